"""Relations: dates (FC5xx).

Calendar claims that can be checked against each other or against the
publication date:

* a weekday written with a date ("Saturday, March 12", "Monday (March 9)",
  "Friday the 13th of June", "on Sunday the 4th"), or after it ("on 9 May, a
  Friday"; "on May 9, which was a Friday"; "9 May (a Friday night)");
* a relative expression set beside an explicit date or weekday
  ("yesterday, March 12", "last year (2018)", "last Tuesday, March 5";
  "yesterday - Friday -"; "on Friday, yesterday, ..."; "two days ago (Sunday)"; "Last year's flood,
  in February 2023," -- a thing of that time dated in apposition; "on Friday 21 March, a week from
  today", "16 days away"; round 24: "will rule in a fortnight, on 30 June", a day or two of slack);
* a running year ("now in its 12th year"; round 24: "now in its ninth summer", read from May to September only)
  and the year something began; an event's edition ("The
  regatta, first staged in 2011, holds its 19th edition on Saturday"): at most one a year, so no more than
  the years since the first, plus one (two for next year's);
* an elapsed time in years ("for more than 60 years", "20 years since")
  and the years or dates it spans;
* an anniversary ("its centenary last year", "the 50th anniversary of the
  1969 landing"; "of the riots, which broke out in 1996") and the year of the
  founding event; marked "to mark" /
  "commemorating" on a day near publication ("met on Saturday to commemorate
  the 30th anniversary of the blast of 4 May 1999"); such a day (or "today",
  "this week") away from New Year fixes the year exactly ("Today marks the
  25th anniversary of the 2001 fire", published 2025), unless a season of
  events opens on it ("launched a year of events to mark ...");
* "to mark N years since" is an anniversary ("met on Sunday to commemorate 40
  years since the 1986 blast"), and so is "celebrated its centenary" with the
  day in its clause ("yesterday celebrated its centenary"; not a weekday of
  another verb); "on the 30th anniversary of" marks the day as well, and a past
  tense does not stop a near day ("Wreaths were laid on Friday to mark ...");
* a thing begun in a year "turns N" at a stated time ("The lido, which opened
  in 1937, turns 88 next month"; "Founded in 1965, the choir turned 60 on
  Saturday"): exactly that year less the first; not a person who founded it;
* the marking day may be a date ("met on 6 July to mark the 40th anniversary
  of the 1986 collapse"; "On 6 July 2025, survivors met to mark ...") or open
  the sentence ("On Sunday, the choir ... celebrated its 50th anniversary");
* "Monday marks 40 years since ...", "Saturday is the 25th anniversary of
  ...", "the 80th anniversary of ... falls on Sunday": that day's year exactly;
* years of birth and death after a name and the age at death ("Ivo Marr
  (1939-2024) died in Vienna aged 85"): the later year less the earlier, or one less;
* (round 24) full dates of birth and death there fix it exactly ("Ivo Marr (2 May 1939 - 1 March 2024)
  died aged 85" / "..., the poet, was 85 when he died"); "until he is 40" is an age to come, no age now;
  "...; at 41, she is ..." after a semicolon is the sentence's one person's age now;
  "has died aged 94. Born on 11 June 1928, he died on 3 January": the next sentence's dated death is the day;
* an age and a birth year in the same sentence; at a death day when the
  sentence dates the death ("who died on Sunday aged 90, was born on 3 May
  1931"); or in adjacent sentences about one named person ("Jo Bell, born in
  June 1970, joins in May. The 49-year-old ..."; "Jo Bell, 49, joins in
  May. She was born in 1970.");
* a count of days or weeks between two dated events in one sentence
  ("nine days after it ran aground on Tuesday, March 23"; one semicolon may
  part them when each side has one date: "left on 3 May; found six days
  later, on 9 May");
* a period stated with both ends and its length ("the walkout, which ran
  from 9 August to 30 August, lasted nine days"; "shut for 30 days, from 28
  December to 14 January"; "from 2 to 9 October - two weeks -"), also
  "between D1 and D2" and "began on D1 and ended on D2" (round 24: "- a span of just four days -",
  "lasted just 12 days"; "from Tuesday 11 to Saturday 15 November"), and a length as a
  compound on the period's noun ("the three-week stoppage, which ran from 2
  to 9 May"); without any year the count is taken when no 29 February can
  fall inside;
* a date that does not exist ("31 April"; "29 February 2023", with a year;
  the later end of "from 14 to 31 September");
* a change of state and its reverse bound a period too ("was grounded on 2
  May and refloated on 19 May, spending nine days aground"; "freed on 30
  May after 12 days in jail");
* the Nth day or week of something begun on a date, on a stated day or now
  ("the vigil, which began on 2 October, reached its 20th day on Sunday"; "... entered its 12th day
  yesterday": the day before the publication date);
* an age after "is" may run on into its clause ("born in 1970, is 49 but
  still ..."); "her 90th birthday" is the subject's own; "the 69-year-old"
  may stand inside the next sentence when it names no one else;
* "turned 82 on Sunday" is the age now; "born in May 1960 and is 64" /
  "and now 64" keeps one subject;
* an age turned at a stated time is exact for that year: "who turns 70 next
  month, was born in May 1954"; "born in 1961, will turn 64 in March" /
  "turned 59 last week" / "on Sunday" / "this year" / "in 2020";
  so is "her 70th birthday" at a stated time ("celebrates her 70th birthday
  next month"); "will be 70 next month" is an age at that month or year;
  the birth may stand in the adjacent sentence ("Tom Okoro turns 70 next
  month. He was born in 1958."; "... born in 1958. She turns 67 on Sunday.");
* an age now and an age in an earlier year for one person ("Ann Roe, who
  turned 64 in May, joined in 1990, aged 20"; "Dr Lee, 58, qualified aged 24
  in 1992");
* a range whose month is written once ("a nine-day strike from 4 to 22
  May", "the four-day fair, from Aug. 8-15,", "between (the) 1st and 29th of
  July") against the length on its noun;
* the length on the noun, then a future or present verb ("the six-day show
  is due to run from 3 to 20 May"; "the 5-day stoppage begins on 1 May and
  ends on 9 May"; "the 5-day fair runs May 3-9"), or restated after the
  range ("from 3 to 20 May - a six-day show -"; "..., will last six days");
* a possessive may open the noun with the length ("Hull's 12-day fair runs
  3-20 May"; "this year's 12-day fair, which runs from 3 to 20 May, ...");
* a range standing alone beside that noun ("the 12-day fair (3-20 May)", "the
  12-day fair, 3 to 20 May, ...", "will take place on 3-20 May"; "the fair,
  3-20 May, lasts 12 days");
* "opens on D1 and runs until D2" / "wraps up on D2" is a period too, and so
  is "for 12 days between 3 and 20 May" / "for 12 days, 3-20 May"; "Running
  from 3 to 20 May, the 12-day fair ..."; "... to 20 May inclusive, 12 days in all";
* a period between two weekdays and no dates ("the two-day summit runs from
  Monday to Friday"), unless the length could reach into a later week;
* "week-long", "fortnight-long" and "a fortnight" are lengths of a period
  ("the week-long fair runs from 3 to 20 May"), and "a fortnight later" a count;
* the one period of a sentence and "The 12-day fair ..." opening the next, on
  its noun or "event"/"period" ("The fair runs from 3 to 20 May. This year's
  12-day event ..."; not "The 12-day pass ...", "The 3-day event that opens it");
* an age at a dated event of the person born ("Lu Kim, born in 1979, was
  only 12 when she joined the orchestra in 2001"; "won a first cap in 2003,
  aged 19"; "Born in 1979, he was 30 when he ... in 2001"): the event year
  less the birth year, or one less;
* "Name, born in ..." opens a sentence whose person "The 70-year-old" in the
  next one is, as is "Quist, 70," / "Mrs Quist, now 70," / "At 70, she is";
  a name after "outside"/"across"/"into" is a place;
* the age at the event may come after it ("won it in 2004, when she was
  just 19"; "made his debut at only 17 in 1999"), and the birth may stand
  alone in the sentence before ("Lu Kim was born in 1979. She was ...");
* an age in apposition to a name and a birth on that surname in the adjacent
  sentence are one person, other names aside ("Rower Ida Falk, 29, has
  retired. Falk, born in Oslo on 2 May 1990, ..." / "Born in Oslo on 2 May
  1990, Falk ..."; not "Tom Falk" against "Ida Falk, born ...", nor two Falks);
* between two bare weekdays a count of days is the days within one week from the
  earlier event ("docked on Friday, two days after leaving on Tuesday": 3 days),
  not the weeks the publication date would give each;
* "On D2, N days later," / "N days later, on D2,": the later date beside the
  count, the first one earlier in the sentence or the only date of the one
  before ("The ferry sailed on 6 April 2022. On 28 May, 30 days later, ...");
  a year left off D2 is the first after D1 ("later"), the last before
  ("earlier"); years between years likewise ("In 2012, six years later,"); not
  "later than planned"; an unhedged round count of days ("100 days") is read to 5%; a weekday written with
  D2 that does not fit that year leaves the span unread (round 15 lead: "on 14 November 2023 ... on Monday
  3 February, almost 64 weeks later" is 2025, not the first 3 February after D1);
* "has died aged 81, her gallery announced on 1 November" (or "on Sunday"): the
  death fell on or before the day it was announced (a year younger allowed);
* an age in apposition after a role ("Retired welder Ed Roy, 66, ..."; "The new
  coach, Ana Vos, 52, ...") and "Born ..., she ..." / "He was born ..." in the
  next sentence, which may go on to later years ("..., he joined in 1983");
* a length granted or taken, its purpose, then the range set apart: "voters had
  ten days to register, from 2 to 20 May"; "was given 28 days to reply to the
  report - from 3 March to 14 April -".
* "last year" / "next year" in the sentence is a year the weekday date may be read in ("Last year's
  regatta, held on Sunday 8 July, ..."): silent when any reading agrees, checked against that year
  when none does and the clause's tense points the same way;
* "Fifteen years have passed since the 2009 landslide": the perfect is in the connective itself;
* a clause told in the past ("Last summer's regatta, on Saturday 8 July, drew ...") may put a date the
  publication year would place after publication in the year before: silent when that reading agrees;
  "Twelve months ago, on 8 July" is not this year's 8 July;
* "The 52-year-old has coached the side since 2019" in the sentence after the birth (or in the
  birth's own sentence): a year after "since" does not date the age; "scored his first Premier League goal, and the 21-year-old ...": a
  capitalised word on the subject's own thing is no second person;
* "on 21 June, 15 days after the cave flooded on 2 June" (or "On 3 January, 20 days later,") with no
  year written nor published: both in one year (or the next across New Year), unless a 29 February
  may fall between;
* "has been detained since February 2 - 54 days -" / "since 10 March (12 days)" / "for 54 days, since
  February 2,": the days from the date to the publication date, in a perfect or present clause.
* an anniversary marked "next month" / "last week" / "later this month" in its own clause ("will mark
  the 40th anniversary of the 1986 flood next month"), or "in July" with a future or past verb (the
  next or last July, up to six months away): that month's or week's year, exactly;
* "Fifteen years after it opened in 2004, the factory closed in 2009": a lead "after" clause and the
  year of the main one;
* "The 2014 accord, signed 13 years ago, ..." / "Signed 13 years ago, the 2014 accord ..." / "The 2014
  accord was signed 13 years ago and expires ...": the year on the noun and its participle;
* "held over 14 days from 1 to 20 May", "spread across three days, ...": "over" is the span, not more than;
  "during the 14 days from 1 to 20 May", "took 14 days, from ...": the range's own length;
* a length in years or months and its period's two ends, each a year or a month of one ("His nine-year
  tenure, which began in 2011, ended in 2016"; "served 12 years, from 2008 to 2019"; "the 2008-19 slump
  lasted seven years"; "ran from May 2021 to June 2022, a span of 20 months"); "N months later" between
  two months of years ("began in May 2021 and ended 20 months later, in June 2022"); one end may be
  dated from publication ("The 16-year reign, which began in 2008, ended last year");
* "born on 9 August 1935 and celebrated her 91st birthday on Sunday": one subject, the birthday's year;
  "who was born on 20 October 1984, is 41 and the youngest ...": the age runs on into its clause;
* "The Bolton winger, born on 14 May 1999, starts ... The 22-year-old ...": a noun subject, not only a name;
  (round 15 lead) an age in apposition to another name than the sentence's subject is that one's age: "Ellie
  Marsden, who was born on 3 March 2008, rode Bramble Lass, an 11-year-old grey mare" (``_apposed_to_another``);
* "The 31-year-old, who was born ..., won her first race four years ago": "ago" after an age on the subject
  does not date that age;
* "is due to open on Friday 3 October" / "will be staged on Wednesday, November 26": a day in a future clause
  is the next such day after publication, last year's reading set aside;
* "after N days" on the later of the sentence's two dated events, the earlier told as a start ("opened on 4
  March and closed on 22 March, after only 18 days"; "returned on Friday after 31 days at sea, having sailed
  on 3 February"; "rearrested on 10 June, seven days after he walked free"; "By Monday, 14 April, the blockade,
  which began on 1 April, had been in place for 13 days"); not "after 12 days of repairs" run on, nor beside
  another time; "from 1 March until the water fell on 17 March" is a period too;
* "Forty years after (on from) the pit closed in March 1983, ...": a lead "after" counts from a month and year (or a
  full date) to now; "the 1998 storm, 30 years ago this month,": the year's noun and the time set apart;
* "born on 2 February 1988, was named at 34 the first woman to captain the club on Monday": an age "at N"
  at an event of the publication week is the age now (not when a birthday falls within that week);
* "Olive Danes marked her 100th birthday on Sunday. She was born on 30 May 1926.": a birthday and the
  birth in adjacent sentences, like "turns N"; "turned 100 yesterday" (the day word is no noun);
* "takes place on Saturday, October 4", "to be held on ...": a timetable is a future clause too;
  "; it had broken down on 2 April" tells the start after a semicolon;
* "by D2 ... had been burning / had occupied the hall for N days", the start told before or after ("which
  started on D1", "having started on D1"); not "had been contained for" (a later state);
* "released on 2 May and recaptured on 28 May, 19 days after his release": the start's own noun restates it;
  "launched on 5 June 2025, splashed down on Tuesday, 312 days later": a weekday as the later day;
* "On 26 July the hunger strike, which began on 3 July, entered its 24th day.": the day reached fronted;
* "Jockey Ann Roe (29), born on 2 June 1998, ...": a bracketed age after a name; "who is 29 and was born on
  ..." keeps one subject;
* the age at the one year may be "was 11 when she joined the choir in 1979", "since 1979, when she was 11",
  "as an 11-year-old in 1979", "in 1979, aged just 11", beside an age now ("Carla Mendes, 63, ...");
* "Senior ranger Tom Abbott, 61, started in 1990 at the age of 18": the role's capital is no second name, and
  "in her uncle's warehouse" no second person;

* "reopens on D2 after a 21-day closure that began on D1": a length on the period's noun, the later day
  one that ends it ("reopened", "resumed"; not "jailed ... after a five-day trial that opened on D1");
* "for 47 days, since a brief shower on 2 June" / "since he was last seen on 2 June": the event after
  "since", then its day, to publication (that clause may be told in the past);
* "The 21-day closure, which began on 17 March, ends on 14 April": the start in a relative clause, then the
  main verb of its end;
* a state lifted ends its period too: "was seized on 4 June and eventually allowed to leave on 30 June,
  after 26 days in the harbour";
* "Ann Roe, who joined in 1980, turned 70 last month. Born in 1958, she ...": a year in the subject's
  relative clause is no rival, and a fronted "Born ..., she" must take up the subject (not "his brother").
* "will vote on Tuesday, 5 March, on next year's budget": a possessive named year after the day is another
  thing's year, not a reading of the day's;
* "in the small hours of yesterday, Sunday,": the weekday set apart after "of yesterday" is the day itself;
* "The mill, built in 1790, is 200 years old" / "The 93-year-old lido, which opened in 1923, ..." / "planted in
  1863, making them 163 years old": a thing's age now (N to N + 1 years) against the sentence's only year,
  told by its origin (built, planted, founded, opened, ...); not a person ("who"), nor "was N years old when";
* dates in figures are read by the grammar ("23/08/1990", "17.06.1985"; "08/23/1990" month first only when
  the day cannot be a month; "03/04/1990", either way round, is its year alone), and "(date of birth
  23/08/1990)" / "DOB" is a birth;
* "spent 39 days on remand - from 14 January until he was freed on 20 April -" / "served 93 days in custody,
  from 2 March to 10 April": a length spent, where, then its range;
* "will shut from 2 June to 30 June for retiling, a closure expected to last two weeks" / "ran from 9 to 30
  March, a marathon that lasted nine days": the period restated by a noun whose clause gives the length;
* "The club's head coach, Marta Lind, who was born on 4 June 1970, ... The 55-year-old ...": a role, then the
  name, then the birth; a capitalised first word on a role ("Veteran striker Joe Kane") is no second name;
  "The 23-year-old striker Ana Ruiz" names someone else;
* "reopens on 9 May after four weeks; it closed on 1 April": the start told after a semicolon without "had"
  (still not "after four weeks of retiling": the work need not fill the closure);
* "The strike, now in its fifth week, began on 2 June" / "Now in its 30th day, the vigil started on 2 June":
  the count set apart, then the main verb of the start;
* "Tom Hale, 45, who was born in 1975, joined the firm in 2001": later years after the subject's age and birth
  leave it the age now, unless it is the age in one of them (either reading agrees: silent);
* "At 41, the goalkeeper, born in August 1988, is the oldest ...": a fronted age, the subject (its birth
  apposed) and a present main verb is the age now; "Now 47, he says ..." opening the sentence after the
  birth is the age now even when that sentence told a later year ("..., bought the pub in 2012. Now 47, ...");
* "the floods of July 2007, exactly 15 years ago this week" / "the 2004 tsunami, just 20 years ago": a word of
  precision may open the distance set apart after the date or the year's noun;
* "served nine years as mayor, from 2009 to 2022" / "worked for 30 years on the railways (1975-2012)": where or
  as what the years were spent may stand between the length and its range; "is now 38 and coaches ...": "now"
  marks an age whatever verb follows;
* "has run the shop since 1998 - 27 years -" / "since 1989 (36 years)" / "for 16 years, since 2009": years from a
  year (or a month of one) to the publication date, as days are from a date;
* "began on 4 June and lasted nine days, ending on 19 June" / "runs for 12 days, opening on 3 May and closing on
  20 May": the length between the two ends, or before their participles;
* "Porters, who walked out on 3 April, are today in the 16th day of their strike": "the Nth day (week) of
  their / the <thing>", not of a month or a year;
* a period with both ends, then its length named in apposition, perhaps after an attribution ("from 9 to 27 March,
  the county said, a closure of 18 days"; a noun of a period: not "a delay of 12 days");
* a start on a date, then the length up to now in a perfect tense ("The ban, which came into force on 2 May, has
  now been in place for 40 days"; "began on 2 May and has lasted 40 days"; not "had lasted", "will have");
* a named person's age now ("for Ida Moss, who turned 91." / "who is now 91") or "turned 91 on Saturday" against a
  birth told of that surname in the next sentence ("Mrs Moss, born on 2 June 1934, ...");
* round 16: a day and month written without a year may fall in either year of a two-year span the text
  writes ("its 2024-25 season ... closes on Saturday, June 28"), or in the year after an earlier day of the
  paragraph later in the calendar ("opens on Thursday, September 12 ... ends on Saturday, June 28"): silent
  when that reading agrees (``_years_left_open``);
* round 16: the day of a death may follow where it happened ("died at her home in Galway on Thursday aged
  74", "died in hospital on 2 May"), and "her home" there is the dead person's own;
* round 16: "now in its 21st season, was launched in 2014": at most one season a year (an upper bound, like
  an edition; not a programme on screen, which may run two a year);
* round 16: "That earned the 21-year-old a place": "the N-year-old" standing alone before a second object.
* (round 16) an age on a name ("Ruth Okafor, 23,"; "Okafor, a 23-year-old teacher"; a headline's "Okafor, 23,")
  and a birth on that surname paragraphs away ("said Okafor, who was born on 9 March 1995"): one person when the
  surname has one first name and no kin, and the age's sentence no other time (``find_ages_by_name``);
* (round 16) a thing's origin year in one sentence and "the N-year-old building" (or the thing's own noun) in the
  next ("Marsh House, which opened in 1962. Inspectors said the 63-year-old building ..."; a "last year" there
  may date the age a year back) (``find_thing_ages_next``);
* (round 17) "born at 29 weeks in March 2014" / "born 10 weeks early on 3 May 2014": how early comes between
  the birth and its date (``_BORN_WEEKS``);
* (round 17) "at yesterday's council meeting on Wednesday": the relative day's own thing, then "on" its weekday
  or date, is that day (``_DAY_THING_ON``; not "yesterday's vote on Tuesday's budget");
* (round 17) the birth on a sentence's subject, one sentence of its paragraph naming no one ("Organisers said
  ..."), then "The 18-year-old, ..." opening the sentence after: that subject's age now (``_age_opens_after_gap``);
* (round 17) an age on a name ("Ann Roe, 53,") and an age then on a sentence opening with that surname in another
  paragraph ("Roe set up the firm in 1998, at the age of 26"), the surname one person's and the age's paragraph
  dated no other time (``find_ages_then_by_name``);
* (round 17) "Ann Roe, 74, who moved to Mill Lane in 1962 when she was 22," / "Founder Tom Lee, 54, set up Birchwood
  in 1997, when he was 26," / "The oldest trader, Ann Roe, 84, has sold fish here since 1958, when she was 18 and took
  over ...": the subject's age now and "when she was N" after the one year; a place or firm between is no second
  person, kin or a second full name is (``find_ages_now_and_when``);
* (round 17) "Ann Roe, 74, has rented the flat for 41 years, since she was 33": the age now less a length in years
  up to now (a present perfect, no hedge, no year in the sentence) is the age it began at (``find_ages_since_was``);
* (round 17) "Ann Roe, 82, who was born above her parents' shop on Mill Lane in 1942, ...": a birth place longer than
  ``_BORN_CUE`` reads, with no clause in it ("and moved", "that", kin) (``find_ages_born_far``);
* (round 17) "Roe, the 17-year-old from Ripon," is an age on the surname as "Roe, a 17-year-old" is; a sentence
  opening on another name and its age ("Ida Fenn, 34, who won in 2022, ...") tells its years from now and does not
  date the paragraph (``_OPENS_ON_AGED_NAME``);
* (round 17) the same age then as "in 1980, aged 20" / "at the age of 20 in 1980" (``_ages_then_of_year``); on a
  surname opening another paragraph, "when she was 20" is the link and not another time, and a place or firm
  ("moved to Mill Lane", "set up Birchwood") no second person (``find_ages_then_by_name``); "Ann Roe, 54, runs the
  shop. She moved to Mill Lane in 1980, when she was 20.": the next sentence of the paragraph on "She"/"He"
  (``find_ages_then_next``);
* (round 17) the age now of those readings may be "Ann Roe, now 74," or '"...," said Ann Roe, 74, who ...'
  (``_age_on_name_now``); "in 1980, at 20" is an age then; "for 40 years - since she was 30" a dash before
  "since"; "Ann Roe, 79, was born above her parents' bakery in 1950": someone's thing where the birth was is no
  second person (``_BORN_AT_THEIR_THING`` in ``find_ages``);
* (round 18) "Ann Roe, who was born on 3 May 1931 and ran the shop for 40 years, died on Sunday aged 90": a second
  verb of the subject's own birth clause is no second person (``_AND_CLAUSE_THEN_AGE_VERB``); "died on Sunday at 90,"
  is the age at death (``_DIED_AT``);
* (round 18) "will mark its 150th anniversary this summer" / "last spring" / "next autumn" / "this June": the season's
  (month's) year from publication, where it is sure (``_near_season``, ``_season_year``); so for "turns 50 this
  summer" of a thing or a person (``_TURN_SEASON``);
* (round 18) "opened on Thursday, 11 November, and closed three days later, on Monday": a bare weekday beside a
  count under a week is counted from the dated other end, within one week (``_weekday_from_other``; also
  "... on 11 November. Three days later, on Monday, ..." in ``_apposed_span``).
* (round 18) "Sunday marks 30 years since the bombing of the market in Leith on 15 June 1996": with the marking
  day told first, a past date after the event's noun is the event's (``_SINCE_EVENT_ON``); "Sunday will mark ..."
  / "On Sunday the town will commemorate ...": the coming day's year (``_WILL_MARK``); "marks exactly 30 years".
* (round 18) "The death of Dean Holt, 41, who was found unresponsive on Friday, 3 May. Holt, who joined in 2009 at
  the age of 22, ...": an age at a dated death on a name (or "Dean Holt died on 3 May aged 41") and the age then of
  an adjacent sentence on the same person (the later one opening on the surname or "He"/"She"); the death day is
  the age's day (``find_ages_then_dead``, ``_age_at_dated_death``); in one sentence, the then in the subject's "who"
  clause and the death its main verb ("Dean Holt, who joined in 2009 at the age of 22, died on 3 May aged 41",
  ``_death_then_one_sentence``); a year of the birth clause's second verb ("and moved to Skye in 1960, died on
  Sunday aged 98") does not date the age at death (``find_ages``).
* (round 19) "The actress Ann Roe, who was born in Leeds in March 1951, ... . Roe, 73, said ...": a role before the
  birth sentence's named subject (or set apart after it: "Ann Roe, the actress, who was born ...") is no second
  person, and "Roe (73) said" is an age on the surname too (``_ROLE_NAME_BORN``, ``_name_linked``);
* (round 19) '"When the pits shut, we all left," said Tom Roe, 46. ... Roe went to sea on his father's boat in 1982,
  aged 16': a "when" or "back then" inside quotation marks does not date the speaker's age (``_SPEECH``), a kin's
  thing ("his father's boat") is no second person, and "in 1982 as a 16-year-old" is an age then
  (``find_ages_then_by_name``, ``find_ages_then_next``);
* (round 19) "The jockey, who was born in November 1979, became the oldest rider to win the race at 47" / "was 47
  when he won": an age at an event told in the past with no time in the sentence came on or before the
  publication date, so it is at most the age now (``_age_at_undated_past``, ``AgeBirth.at_most``; a younger age,
  a future, a wish or a record's level "set the record at 47" are silent).
* (round 19) "began at 2am on Sunday, June 12, 2022, ... . It was not stopped until Tuesday, June 14": a day and
  month without a year after a dated day of its paragraph may be read in that day's year (the next when it comes
  earlier in the calendar); silent when that reading agrees (``_years_left_open``);
* (round 19) a two-year span's years ("in 2022-23") are a day's readings in another paragraph only within a year
  of publication (``_within_a_year``);
* (round 19) "Ann Roe, 39, joined the list in 2012, when she was 23, and lives with her two sons, now aged nine and
  six": the kin's ages after the age then are no second age of hers (``_KIN_AGED``, ``find_ages_now_and_when``);
* (round 19) "were told to leave after a warning for the river, which is forecast to peak on Saturday, January 7": a
  relative clause told ahead ("which is expected / due / set to ... on") is a future clause whatever tense the
  main clause has (``_RELATIVE_FUTURE``, ``_future_clause``).
* (round 20) a planned length, two dated days and the delay: "closed on 2 September for what was meant to be a
  three-week job, and reopened on 30 September - two weeks behind schedule" (28 days less the planned 21 is one
  week); also "due to take", "expected to last", "a planned", "should have taken" and "late", "later than
  planned", "overdue", "ahead of schedule" (:class:`ScheduleSpan`, ``find_schedule_spans``; inferred).
* (round 20) "LEEDS, England, April 18 - Ann Roe, 81, who founded it in 1968 at the age of 31, ...": a wire dateline
  opening the first sentence is no second name, nor part of the subject's lead (``_DATELINE_OPEN``,
  ``_after_dateline``).
* (round 20) "The 97-year-old stadium, which opened in June 1932, ..." / "opened on 4 June 1932": a thing's age now
  against a month or a day of its first year (``find_thing_ages``, ``_month_of_year``); "Okonjo, who was born in
  October 2004, ... in 2013. The 19-year-old led ...": "The N-year-old" opening the next sentence takes up the
  subject the birth is on (``find_aged_anaphor_after_birth``);
* (round 20) "Among the guests was Ann Roe, 74, who carved the first puppets in 1963 at the age of 23, when ...": an
  age on a name and the age then in the "who" clause on it, wherever the name stands and whatever follows the clause
  (``find_ages_in_who_clause``); "He opened it in March 1974, when he was 25, with £400 from his father" after "Its
  founder, Ann Roe, 81, ... on Friday and Saturday nights": a month of the year, kin only after the age then, days
  joined by "and" (``find_ages_then_next``, ``_CALENDAR_WORDS``); the next sentence may open "It was 40 years after
  she first won it as a 28-year-old in 1984" (``_IT_WAS_AFTER_PRONOUN``), and a score ("7-5") is no age.
* (round 21) a thing's start in other verbs: "first went on air in 2011", "came into service", "made its debut",
  "got under way", "was commissioned", "hit the airwaves" (``_START_OTHER_VERBS``, in ``_START_CUE`` and
  ``_BEGUN_ITSELF``).
* (round 21) a coming marking with no date of its own: "The village will mark the 75th anniversary of the 1953
  flood with a service this weekend" is the publication year's, exactly when a day near publication is told
  ("this weekend", "tomorrow", away from New Year), else a year before to two years after it ("coming"); a
  condition, wish or count of years to go leaves it alone (``_coming_marking``, ``_WILL_MARK_BEFORE``,
  ``_WILL_BE_MARKED``); "twenty-fifth anniversary" is 25 (``_TENS_BEFORE``) and "sixtieth" to "ninetieth
  anniversary" are read.
* (round 21) "The oldest exhibitor was 92-year-old Ann Roe, who was born in March 1929 and first showed her jam in
  1947, aged 18": the age then, tied to the sentence's one later year, is set aside and the age now checked against
  the birth (``_set_aside_age_then``).
* (round 21) "A 71-year-old shopkeeper in Penzance has won her appeal ... . Dorothy Penhale, who opened the shop in
  1978 at the age of 34, ...": the lead's unnamed "A N-year-old <noun>" and the next sentence (the next paragraph
  after the story's first sentence) opening on a full name whose "who" clause holds its one year and age then
  (``find_ages_then_named_next``); "Zarina, a 13-year-old female who came to Somerset in 2018. Zarina was born in
  April 2015 and has been paired ... since 2021": a compound age with its noun on the name links to "<Name> was
  born" next (``_name_linked``, ``_NAME_WAS_BORN``), a year in the "who" clause on the age that is not the age's own
  year is no obstacle (``_year_in_who_after_age``).
* (round 21) "Councillors voted ... at the meeting on Thursday, March 5" (published on Friday 7 March 2025): a day
  gone, told in the past tense, is not read in the second year of a span another paragraph writes ("2025-26"),
  a day still to come (``find_weekday_dates``).
* (round 21) "Margaret Olsen, 58, the unit's longest-serving midwife, who joined as a 21-year-old student in 1982":
  a role set between the age and the "who" clause (``_WHO_AFTER_ROLE``), and a compound age then with its noun
  before the year (``_THEN_AGED_NOUN_IN``).
* (round 21) "Ann Birch, 68, ... . She bought the business 30 years ago, in 1994, when she was 33": an "ago" dated by
  its own year moves no time for the ages-then readers (``_moved_time``, ``_AGO_DATED``), and "in 1989, 35 years
  ago, when she was 19" ties the age to the year (``_AGO_AFTER_YEAR``).
* (round 21) "the three-day event opens at Hollin Park on Friday, July 29": a timetable verb up to four words before
  "on" the day is no past tense (``tense_direction``), so last year's reading of the day is not taken.
* (round 22) "Ann Roe, 74, who taught him in 1963 when he was 23": "when he was" after an object "him" (or "when
  she was" after an object "her") is the object's age then, not the subject's (``_when_object_pronoun``; also in
  timelines' one-person test).

Years without a day come from the mention itself, else from the
publication date (the nearest such date to it); weekdays alone are
resolved from the publication date by tense (the latest such weekday on or
before it in a past-tense report, the next on or after it in a future one).
Nothing is checked when a year is neither written nor published. A "first year" is never read as the
year running now ("against 19 in his first year", "now in its first year of league football"; round 14).
* (round 24) a weekday wrong in the publication year but right in the year before is read in the year the other
  day of its range fixes ("from Friday, July 19, to Sunday, July 20": the Sunday is right in one year only;
  ``_range_partner_year``); a weekday wrong in the publication year and in every year its sentence names, within 60
  days of the publication ("began on Thursday, June 18, ... the record set in 2019"); an anniversary's event dated in
  a participle or "which" clause after a comma ("of the town's twinning, agreed in 1954, with events this month";
  ``_EVENT_IN``, ``_EVENT_CLAUSE``).
* (round 25) "200 years ago today, on 27 September 1825" is the anniversary's day, not today (``_YEARS_AGO_BEFORE``);
  "from 1998 to 2006 - 12 years in all -": a figure before a unit of time ends no range (``_LENGTH_WORD``); a marking
  under way now ("is holding a week of concerts to mark its 250th anniversary", "kick off their centenary season";
  ``_MARKING_NOW``) is the publication year's, a year either way; "polling day on 4 July just 12 days away" needs no
  comma, and "three weeks away" is the nearest week (``_DATE_THEN_AWAY``); "a man in his 70s who was born in 1938" is
  an age of 70 to 79 (``_decade_ages``); "who has led the charity since 2009, is stepping down after 18 years"
  (``_leaving_after``); "- more than three months in which ..." after a range (``_LENGTH_ENDS``); "the Hull
  headteacher" is no second person (``_ATTRIBUTIVE_NAME``); a birth year starts no "for four decades before retiring
  in 1989"; "reached the asteroid on D2, some 1,200 days into its mission" after "launched on D1" (``_days_into``);
  "for the first time in half a century, having last been held in 1989" (``_first_time_in``, a tenth either way);
  "who retired last year, ... until his retirement in 2019": one event dated by verb and noun
  (``find_event_years_restated``); "The museum, opened in 1999, marks the 80th anniversary of D-Day": an anniversary
  of another, undated event takes no start year from the sentence (``_OF_ANOTHER_EVENT``; main alarmed), and a
  marking told "late", "belated", "delayed" or "postponed" is of another year.
* (round 31) a part of today dates a marking as "today" does ("gathered this afternoon to mark ...",
  ``_PART_OF_TODAY``); "..., returned on 9 May, ending a 12-day strike": a compound length after the period's end and
  an ending word is the period's (``_ends_the_period``); "last July" / "next March" / "this January" beside a date or
  year of that month (``_REL_MONTH_NAME``, ``named_month_years``: "last July" in September may be either July), also
  past a "when" clause whose figures are measures ("when the gauge reached 37.4C (99.3F) on ...",
  ``_dated_after_when``).
* (round 32) "this weekend, on Saturday 21 June" / "last weekend" / "next weekend" beside a date (``weekend_window``);
  "the 31 January deadline is just 12 days away": a date on its noun after "the" (``_DATED_NOUN_THEN_AWAY``); "will
  mark the 50th anniversary ... next Sunday" (or "next week"): a near coming day, not another year's marking
  (``_NOT_NOW_WILL``). Other round-32 readings live in ``day_steps`` ("the next day, Friday"), ``death_ages`` ("...,
  born in 1929, died on 2 February 2021. He was 84.") and ``ages_then_first`` ("was 19 when she swam it in 1988.
  This week, aged 64, she ...").
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention, PartialDate, Relation
from ..transform import WORD_VALUES
from .context import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, is_past_form, lead_sentence, words
from .categories import names_persons
from .changes import _RECORD_SINCE
from .needs import holds_any, needs

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


# --------------------------------------------------------------- relations
@dataclass(frozen=True)
class WeekdayDate(Relation):
    """A weekday and a calendar date that name the same day."""

    weekday: Mention | None = None  # the mention carrying the weekday
    day: Mention | None = None  # the mention carrying month and day (may be the same)
    stated_weekday: int = 0
    resolved: _dt.date | None = None
    year_source: str = ""  # "stated" | "sentence" | "publication"

    def members(self) -> tuple[Mention, ...]:
        return tuple(dict.fromkeys(m for m in (self.weekday, self.day) if m is not None))


@dataclass(frozen=True)
class RelativeDate(Relation):
    """A relative expression ("yesterday", "last year") beside an explicit
    date, weekday or year that restates it."""

    phrase: Mention | None = None  # pseudo-mention for the relative words
    anchor: Mention | None = None  # the explicit date, weekday or year
    granularity: str = "day"  # "day" | "weekday" | "month" | "year"
    expected_lo: _dt.date | None = None  # what the phrase means, from the publication date
    expected_hi: _dt.date | None = None
    actual: _dt.date | None = None  # the anchor resolved (day/month/year granularity)
    actual_weekday: int | None = None
    published: _dt.date | None = None

    def members(self) -> tuple[Mention, ...]:
        return (self.phrase, self.anchor)


@dataclass(frozen=True)
class RunningYear(Relation):
    """"now in its 12th year" and the year it began."""

    ordinal: Mention | None = None
    start: Mention | None = None
    stated: int = 0
    start_year: int = 0
    ref_year: int = 0
    ref_source: str = "publication"
    unit: str = "year"  # "year" | "decade" | "edition" | "season" (at most one a year: only an upper bound)

    def members(self) -> tuple[Mention, ...]:
        return (self.ordinal, self.start)


@dataclass(frozen=True)
class YearSpan(Relation):
    """A time in years and the two points it spans (year or date each)."""

    duration: Mention | None = None
    first: Mention | None = None  # None: the publication date
    second: Mention | None = None  # None: the publication date
    first_date: _dt.date | None = None  # full dates when known
    second_date: _dt.date | None = None
    first_year: int = 0
    second_year: int = 0
    sources: str = ""  # how each end was resolved, for messages

    def members(self) -> tuple[Mention, ...]:
        return tuple(m for m in (self.duration, self.first, self.second) if m is not None)


@dataclass(frozen=True)
class DaySpan(Relation):
    """A number of days or weeks between two dated events."""

    duration: Mention | None = None
    first: Mention | None = None
    second: Mention | None = None
    first_date: _dt.date | None = None
    second_date: _dt.date | None = None
    sources: str = ""
    ordinal: str = ""  # "day" | "week": "entered its 45th day" (day 1 is the first date)

    def members(self) -> tuple[Mention, ...]:
        return tuple(m for m in (self.duration, self.first, self.second) if m is not None)


@dataclass(frozen=True)
class Anniversary(Relation):
    """"its centenary last year", "the 50th anniversary of the 1969 landing"."""

    phrase: Mention | None = None
    start: Mention | None = None
    stated: int = 0
    start_year: int = 0
    ref_year: int = 0
    ref_source: str = ""  # "stated" | "relative" | "publication" | "day" (marked on a day near it) | "coming"
    ref: Mention | None = None

    def members(self) -> tuple[Mention, ...]:
        return tuple(m for m in (self.phrase, self.start, self.ref) if m is not None)


@dataclass(frozen=True)
class AgeBirth(Relation):
    """An age and a birth year given for the same person in one sentence."""

    age: Mention | None = None
    birth: Mention | None = None
    birth_year: int = 0
    birth_date: _dt.date | None = None
    published: _dt.date | None = None
    birth_month: int | None = None
    ref_date: _dt.date | None = None  # the day the age was reached (None: only ``ref_year``)
    ref_year: int = 0
    ref_how: str = ""  # "published ...", "died June 8, 2024", "died in 2010"
    slack: int = 0  # "has died": a year younger is possible too
    ref_what: str = "death"  # what happened on the reference day: "death", "the event"
    ref_month: int | None = None  # the month of the reference, when only it and the year are known
    at_most: bool = False  # (round 19) an age at an undated past event: no older than the age now

    def members(self) -> tuple[Mention, ...]:
        return (self.age, self.birth)


@dataclass(frozen=True)
class AgeThen(Relation):
    """One person's age now and their age in an earlier year, in one sentence."""

    now: Mention | None = None  # "who turned 70 in January", ", 64,"
    then: Mention | None = None  # "in 1987, aged 25"
    year: int = 0
    published: _dt.date | None = None

    def members(self) -> tuple[Mention, ...]:
        return (self.then, self.now)


@dataclass(frozen=True)
class ImpossibleDate(Relation):
    """A day and month (and year) that no calendar has: "31 April", "February 29, 2023"."""

    date: Mention | None = None
    year: int | None = None  # the year written with it, if any
    month_days: int = 0  # how many days that month has (in that year)

    def members(self) -> tuple[Mention, ...]:
        return (self.date,)


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")


# ----------------------------------------------------------------- helpers
def year_of(m: Mention) -> int | None:
    """The year a YEAR or DATE mention states, if any."""
    if m.kind is Kind.YEAR:
        if m.value is None or m.is_range or not _FOUR_DIGITS.fullmatch(m.text) and not _year_born(m):
            return None  # (round 54: or "1985-born")
        v = int(m.value)
        return v if 1000 <= v <= 2999 else None
    if m.kind is Kind.DATE and m.date is not None and m.date.year is not None:
        return m.date.year
    return None


def nearest_date(month: int, day: int, published: _dt.date) -> _dt.date | None:
    """The date with this month and day closest to the publication date."""
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            d = _dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def resolve_weekday(weekday: int, published: _dt.date, direction: str) -> _dt.date:
    """The weekday on or before (``past``) or on or after (``future``) the
    publication date."""
    if direction == "past":
        return published - _dt.timedelta(days=(published.weekday() - weekday) % 7)
    return published + _dt.timedelta(days=(weekday - published.weekday()) % 7)


_FUTURE = re.compile(
    r"\b(?:will|shall|won't|is due|are due|due to|is scheduled|are scheduled|scheduled for|"
    r"is expected|are expected|is set to|are set to|plans? to|planned for|next|upcoming|coming)\b|'ll\b",
    re.I)
_AMBIGUOUS = re.compile(r"\b(?:(?i:would|could|might|until|till|by|before|from|every|each|"
                        r"deadline|later|earlier|last|this|weekend|overnight)|may)\b")  # "May" is the month


_FRONTED_DAY = re.compile(r"\s*(?:On|By|From|Until|Since)?\s*", re.I)


def tense_direction(doc: Document, m: Mention) -> str | None:
    """``past`` or ``future`` for a bare weekday, from the words of its
    clause; None when the clause is unclear."""
    s = doc.sentences[m.sentence]
    before = doc.text[s.start:m.start]
    cut = max(before.rfind(";"), before.rfind(" - "), before.rfind("—"))
    if cut >= 0:
        before = before[cut + 1:]
    before = before[-90:]
    after = doc.text[m.end:s.end]
    if _FRONTED_DAY.fullmatch(before) and after.lstrip().startswith(","):
        after = after.lstrip()[1:]  # "On Friday 14 March, she set ...": the tense of the main clause
    stop = re.search(r"[,;.]| - |—", after)
    after = after[:stop.start()] if stop else after
    near = doc.text[max(s.start, m.start - 12):m.start]
    if _AMBIGUOUS.search(near):
        return None
    window = before + " " + after[:60]
    if _FUTURE.search(window):
        return "future"
    if re.search(r"\b(?:(?i:would|could|might)|may)\b", window):  # not the month "May"
        return None
    # present tense ("ends on Sunday", "is on Monday") is a timetable: either side
    if re.search(r"\b(?:is|are|ends|starts|begins|opens|closes|resumes|returns|runs|takes\s+place|"
                 r"meets|marks|falls)\s+(?:\w+\s+){0,8}(?:on\s+)?$", before, re.I):  # (round 21) "opens at Hollin Park on"
        return None
    return "past"


def attached_year(doc: Document, m: Mention) -> int | None:
    """The year written straight after a day and month the grammar read
    without it ("4th March 2014")."""
    if m.kind is not Kind.DATE or m.date is None or m.date.year is not None or m.date.day is None:
        return None
    n = doc.mention_at_or_after(m.end)
    if n is not None and n.kind is Kind.YEAR and n.sentence == m.sentence \
            and re.fullmatch(r",?\s*", doc.text[m.end:n.start]):
        return year_of(n)
    return None


def resolve_mention(doc: Document, m: Mention) -> tuple[_dt.date | None, str]:
    """A full date for a DATE or WEEKDAY mention, and how it was found."""
    pub = doc.published
    if m.kind is Kind.DATE and m.date is not None:
        d = m.date
        if d.month is None or d.day is None:
            return None, ""
        if d.year is None and attached_year(doc, m) is not None:
            d = replace(d, year=attached_year(doc, m))
        if d.year is not None:
            try:
                return _dt.date(d.year, d.month, d.day), "stated"
            except ValueError:
                return None, ""
        if pub is None:
            return None, ""
        return nearest_date(d.month, d.day, pub), "publication year"
    if m.kind is Kind.WEEKDAY and m.date is not None and m.date.weekday is not None and pub is not None:
        direction = tense_direction(doc, m)
        if direction is None:
            return None, ""
        return resolve_weekday(m.date.weekday, pub, direction), f"weekday, {direction}"
    return None, ""


def pseudo(doc: Document, start: int, end: int, sentence: int, kind: Kind = Kind.DATE) -> Mention:
    """A mention for words the grammar does not parse ("yesterday", "centenary")."""
    return Mention(start, end, doc.text[start:end], kind, sentence=sentence)


def _grouped(doc: Document) -> dict[int, tuple[Mention, ...]]:
    """Mentions by sentence (computed once per document: every date finder asks)."""
    return doc.mentions_by_sentence()


def _sentences(doc: Document) -> tuple:
    """(sentence, its mentions) for each sentence with mentions, page chrome left
    out: computed once per document, as every date finder walks them."""
    found = doc.memo.get("dates-sentences")
    if found is None:
        grouped = _grouped(doc)
        found = doc.memo["dates-sentences"] = tuple(
            (s, grouped[s.index]) for s in doc.sentences if not s.chrome and s.index in grouped)
    return found


def _dated(ms):
    return [m for m in ms if m.kind in (Kind.DATE, Kind.YEAR, Kind.WEEKDAY)]


# ------------------------------------------------------- weekday with date


_DATE_THEN_WEEKDAY = re.compile(r"\s*[,(]\s*(?:which\s+(?:was|is|will\s+be|falls\s+on|fell\s+on)\s+)?an?\s+", re.I)


# a clause told in the past: a date the publication year puts after publication may be last year's
_PAST_CUE = re.compile(r"\b(?:was|were|had|did|ago|last(?:\s+|['’]s\s+)(?:year|summer|spring|autumn|winter|season)|"
                       r"drew|won|took|came|went|saw|began|ran|fell|rose|lost|met|left|sold|held|"
                       r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)[a-z]{2,}ed)\b", re.I)
# (round 49) who told it, closing the sentence: ", the league announced." -- the telling's tense, not the day's
_CLOSING_ATTRIBUTION = re.compile(r",\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’.-]+\s+){0,5}?(?:said|says|announced|"
                                  r"confirmed|reported|added|stated|told\s+(?:[\w'’-]+\s*){1,3})\s*[.!?]?\s*$", re.I)


def _before_attribution(doc: Document, s) -> int:
    """Where a sentence's own words end: before a closing attribution (``_CLOSING_ATTRIBUTION``)."""
    m = _CLOSING_ATTRIBUTION.search(doc.text, s.start, s.end)
    return m.start() if m else s.end


_REPORTED_FUTURE = re.compile(r"\b(?:would|could|might)\s+(?:(?:now|also|then|again|only|first|finally)\s+)?"
                              r"(?:be\s+)?[a-z]+", re.I)
_LAST_NEXT_YEAR = re.compile(r"\b(last|next|this)\s+year(?:['’]s)?\b", re.I)
# the step "last", "this" or "next" takes from the publication's year, month or week
RELATIVE_STEP = {"last": -1, "this": 0, "next": 1}


def month_from_publication(published, word: str) -> str:
    """The month "last month", "this month" or "next month" names (``word`` its first word), from the
    publication date."""
    return MONTH_NAMES[(published.month - 1 + RELATIVE_STEP[word.lower()]) % 12]


# "will be held on", "is due to open on": a day still to come, told in the day's own clause
# (a verb and a particle only: not "will be remembered for the goal on ...", a past day)
_FUTURE_VERB = re.compile(r"(?:\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|planned|to)(?:\s+to)?)|['’]ll)\s+"
                          r"(?:(?:now|also|then|again|only|first|finally)\s+)?(?:be\s+)?[a-z]+"
                          r"(?:\s+(?:place|off|up|out|down|ahead|back|home|open|again))?"
                          r"(?:\s+(?:at|in)\s+(?:the\s+)?[\w:.'’-]+(?:\s+[\w:.'’-]+){0,2})?\s+(?:on|from|until)\s*$"
                          r"|\b(?:is|are)\s+(?:scheduled|set|due|planned|slated)\s+for\s*$"
                          # a timetable in the present, or "to be held on"
                          r"|\b(?:takes\s+place|take\s+place|(?:is|are)\s+(?:held|staged|played)|opens|kicks\s+off|"
                          r"to\s+be\s+(?:held|staged|played|run|opened))\s+on\s*$", re.I)
_PAST_WORDS = re.compile(r"\b(?:was|were|had|did|last|ago|earlier|previous|previously)\b", re.I)


def _future_clause(doc: Document, s, at: int) -> bool:
    """The day at ``at`` closes a future clause: "The marathon will be held on ..." (no past in it)."""
    head = _INSERTION.sub(" ", doc.text[max(s.start, at - 120):at])
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(" - "), head.rfind("—"), head.rfind("("))
    head = head[cut + 1:]
    return bool(_FUTURE_VERB.search(head) or _FUTURE_VERB_OBJECT.search(head)) \
        and not _PAST_WORDS.search(doc.text, s.start, s.end) \
        or bool(_RELATIVE_FUTURE.search(head)) and not _PAST_WORDS.search(head)


# (round 19) "were told to leave after a warning for the river, which is forecast to peak on Saturday, January 7": a
# relative clause told ahead is future whatever tense the main clause has
_RELATIVE_FUTURE = re.compile(r"\b(?:which|that|who)\s+(?:is|are)\s+(?:now\s+)?(?:forecast|expected|due|set|scheduled|"
                              r"predicted|projected|planned)\s+to\s+[a-z]+(?:\s+(?:again|back|up|down|out|off))?"
                              r"(?:\s+(?:at|in)\s+(?:the\s+)?[\w'’-]+)?\s+on\s*$", re.I)


# round 18: "will publish its first review of the scheme, including how often the cars are used, on Thursday,
# September 12": a future verb, its object, an insertion set in commas, then the day
_INSERTION = re.compile(r",\s*(?:including|such\s+as|among\s+them)\b[^,;()]{0,60},", re.I)
# (an active verb only, and no "for", "after" or "since" in its object: "will be remembered for the goal on
# Friday 14 March" dates the goal, not what is still to come)
_FUTURE_VERB_OBJECT = re.compile(r"\b(?:will|shall)\s+(?:(?:now|also|then|again|only|first|finally)\s+)?"
                                 r"(?!(?:be|have|remember|recall|mark|celebrate|commemorate)\b)[a-z]+"
                                 r"(?:\s+(?!(?:for|after|since|when|of\s+(?:his|her|their))\b)[\w'’-]+){1,8}?\s+on\s*$", re.I)


# (round 33) the noun of a run of events after a two-year span
_RUN_OF_EVENTS = re.compile(r"\s+(?:[a-z]+\s+)?(?:seasons?|programmes?|programs?|series|campaigns?|terms?|tours?|"
                            r"festivals?|fixtures?|calendar|schedule|league|championship)\b", re.I)
# round 16: "its 2024-25 season", "the 2024/2025 season": one span of two years written in the text
_TWO_YEAR_SPAN = re.compile(r"(\d{4})\s*[-–/]\s*(\d{4}|\d{2})")


def _spanned_years(doc: Document) -> frozenset:
    """The years of every two-year span the document writes ("the 2024-25 season": 2024 and 2025), each with the
    paragraph it stands in (round 19), read once per document: a day and month written without a year may fall
    in either."""
    found = doc.memo.get("dates-spanned-years")
    if found is None:
        years = set()
        for m in doc.mentions:
            if m.kind is Kind.YEAR:
                span = _TWO_YEAR_SPAN.fullmatch(m.text)
            elif m.kind is Kind.CODE and _FOUR_DIGITS.fullmatch(m.text):
                # "the 2024/25 season": the grammar reads two codes; the span is the text's
                span = _TWO_YEAR_SPAN.match(doc.text, m.start, min(len(doc.text), m.end + 6))
                if span is not None and doc.text[span.end():span.end() + 1].isdigit():
                    span = None  # "2024/256": no year after the stroke
            else:
                continue
            if span is None:
                continue
            a, b = int(span.group(1)), int(span.group(2))
            b = a // 100 * 100 + b if b < 100 else b
            if b == a + 1:
                paragraph = doc.sentences[m.sentence].paragraph
                # (round 33) the span of a run of events ("its 2024-25 season", "the 2024-2025 programme") holds its
                # own days, however far off; any other ("a budget for 2025-26") only a day within reach
                run = bool(_RUN_OF_EVENTS.match(doc.text, m.end if m.kind is Kind.YEAR else span.end()))
                years.update(((a, paragraph, run), (b, paragraph, run)))
        found = doc.memo["dates-spanned-years"] = frozenset(years)
    return found


def _years_left_open(doc: Document, s, day_m: Mention, pub: _dt.date) -> set:
    """Round 16: the years a day and month written without one may be read in beyond the publication year's
    reading: either year of a two-year span the text writes ("its 2024-25 season ... closes on Saturday, June
    28"), and the year after an earlier day of the paragraph that comes later in the calendar ("opens on
    Thursday, September 12 ... closes on Saturday, June 28": the June after that September)."""
    d = day_m.date
    # (round 19) a span of another paragraph only within a year of publication: "down from 5,800 in 2022-23" does
    # not date "runs until Friday 19 May" paragraphs later, published in March 2025
    # (round 33) and in its own paragraph, a span of no run of events only when that day lies within 400 days of
    # publication: "will set its budget for 2025-26 ... on Thursday 26 February", published in January 2025, is the
    # coming February's day
    years = {y for y, paragraph, run in _spanned_years(doc)
             if _within_a_year(y, d.month, d.day, pub)
             or paragraph == s.paragraph and (run or _within_days(y, d.month, d.day, pub, 400))}
    for m in _paragraph_before(doc, s, day_m):  # the paragraph's earlier days
        y = _dated_day_year(doc, m, d)
        if y is not None:
            years.add(y)
            continue
        if m.kind is not Kind.DATE or m.date is None or m.date.year is not None or m.date.month is None \
                or m.date.day is None or attached_year(doc, m) is not None:
            continue
        if (m.date.month, m.date.day) > (d.month, d.day):
            first = nearest_date(m.date.month, m.date.day, pub)
            if first is not None:
                years.add(first.year + 1)
    return years


def _paragraph_before(doc: Document, s, day_m: Mention) -> list[Mention]:
    """The mentions of ``day_m``'s paragraph before it (its own sentence and the paragraph's earlier ones)."""
    k = s.index
    while k >= 0 and doc.sentences[k].paragraph == s.paragraph:
        k -= 1
    return [m for j in range(k + 1, s.index + 1) for m in doc.mentions_in(j) if m.start < day_m.start]


def _dated_day_year(doc: Document, m: Mention, d) -> int | None:
    """(round 19) The year a full date ``m`` told earlier gives a later day ``d`` written without one: "began on
    Sunday, June 12, 2022, ... was not stopped until Tuesday, June 14": that year, or the next one when the later
    day comes earlier in the calendar; None when ``m`` is no day with a year."""
    if m.kind is not Kind.DATE or m.date is None or m.date.month is None or m.date.day is None:
        return None
    y = m.date.year or attached_year(doc, m)
    return y + ((m.date.month, m.date.day) > (d.month, d.day)) if y else None


def _within_a_year(year: int, month: int, day: int, pub: _dt.date) -> bool:
    """(round 19) That day of that year exists and lies within 366 days of the publication date."""
    return _within_days(year, month, day, pub, 366)


def _within_days(year: int, month: int, day: int, pub: _dt.date, days: int) -> bool:
    """That day of that year exists and lies within ``days`` days of the publication date."""
    try:
        return abs((_dt.date(year, month, day) - pub).days) <= days
    except ValueError:
        return False


# two weekdays and two days joined: "on Saturday and Sunday, January 17 and 18"
_PAIRED_WEEKDAYS = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:and|or|to|-|–)\s+$")
_PAIRED_DAYS = re.compile(r"\s*(?:and|or|to|-|–)\s*\d{1,2}\b")


# (round 24) the words that join the two days of one range: "from Friday, July 19, to Sunday, July 21"
_RANGE_JOIN = re.compile(r"\s*,?\s*(?:to|until|till|through|and|-|–)\s*", re.I)


def _range_partner_year(doc: Document, s, wd_m: Mention, day_m: Mention, pub):
    """The one year, of the publication's and the years either side, in which the other day of a range
    ("from Friday, July 19, to Sunday, July 20") falls on its weekday; None when there is no such partner
    or it fits several years or none."""
    first = min(wd_m.start, day_m.start)
    last = max(wd_m.end, day_m.end)
    partner = None
    nxt = doc.mention_at_or_after(last)
    if nxt is not None and nxt.sentence == s.index and _RANGE_JOIN.fullmatch(doc.text, last, nxt.start):
        partner = nxt
    if partner is None:
        for m in _grouped(doc).get(s.index, ()):
            if m.end <= first and _RANGE_JOIN.fullmatch(doc.text, m.end, first) is not None:
                partner = m
    if partner is None or partner.kind is not Kind.DATE or partner.date is None or partner.date.weekday is None \
            or partner.date.month is None or partner.date.day is None or partner.date.year is not None:
        return None
    fits = set()
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            if _dt.date(y, partner.date.month, partner.date.day).weekday() == partner.date.weekday:
                fits.add(y)
        except ValueError:
            pass
    if len(fits) != 1 or abs(partner.date.month - day_m.date.month) > 1:
        return None  # a range across a year's end is left alone
    return fits.pop()


_SPAN_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_SPAN_JOIN = re.compile(r"\s*(?:and|to|until|till|-|–)\s*$", re.I)


def _spanned_years_after(doc: Document, ms: list[Mention], after: int) -> set[int]:
    """The years of a span written after ``after``: "between 2019 and 2021", "from 2003 to 2011"."""
    years = [m for m in ms if m.kind is Kind.YEAR and m.start >= after]
    out: set[int] = set()
    for a, b in zip(years, years[1:]):
        if _SPAN_OPEN.search(doc.text, max(0, a.start - 9), a.start) and _SPAN_JOIN.fullmatch(doc.text, a.end, b.start):
            out |= {year_of(a), year_of(b)}
    return out - {None}


@needs(Kind.DATE, Kind.WEEKDAY)
def find_weekday_dates(doc: Document):
    pub = doc.published
    grouped = _grouped(doc)
    # every reading starts at a date or a weekday: only their sentences are read, in order
    for idx in sorted({m.sentence for m in doc.mentions if m.kind is Kind.DATE or m.kind is Kind.WEEKDAY}):
        s, ms = doc.sentences[idx], grouped[idx]
        all_written_years = {year_of(m) for m in ms if m.kind is Kind.YEAR} - {None}
        # (round 52) "will walk out on Monday, March 25, ... the first strike since 2019": a year after "since" is
        # one a day still to come follows, never its own
        since_years = {year_of(m) for m in ms if m.kind is Kind.YEAR
                       and _SINCE_BEFORE.search(doc.text, max(s.start, m.start - 7), m.start)} - {None}
        named_years = []
        if pub is not None and "year" in doc.text[s.start:s.end].lower():
            # "Last year's final, on Sunday 14 July": the year before the publication's
            named_years = [(x.start(), pub.year + RELATIVE_STEP[x.group(1).lower()], x.group(0)[-1] in "s’'")
                           for x in _LAST_NEXT_YEAR.finditer(doc.text, s.start, s.end)]
        for m in ms:
            written_years = all_written_years
            pair = None
            if m.kind is Kind.DATE and m.date and m.date.weekday is not None:
                pair = (m, m)
            elif m.kind is Kind.DATE and m.date and m.date.day is not None:
                # "14 March, a Tuesday", "March 14 (a Tuesday)", "March 14, which was a Tuesday"
                nxt = doc.mention_at_or_after(m.end)
                if nxt is not None and nxt.kind is Kind.WEEKDAY and nxt.sentence == m.sentence and nxt.date \
                        and nxt.date.weekday is not None \
                        and _DATE_THEN_WEEKDAY.fullmatch(doc.text, m.end, nxt.start) \
                        and re.match(r"(?:\s+(?:night|morning|afternoon|evening))?\s*(?:[,.;)]|$)",
                                     doc.text[nxt.end:nxt.end + 14]):
                    pair = (nxt, m)
            elif m.kind is Kind.WEEKDAY:
                # "Monday (March 9)", "Wed. Jan. 15" (the abbreviation's dot may end a "sentence")
                nxt = doc.mention_at_or_after(m.end)
                gap = doc.text[m.end:nxt.start] if nxt is not None else ""
                if nxt is not None and nxt.kind is Kind.DATE and nxt.date and nxt.date.weekday is None \
                        and (re.fullmatch(r"\s*(?:(?:night|morning|afternoon|evening)\s*)?(?:['’]s\s*)?(?:\(|,)\s*", gap)
                             # (round 37) "falls on a Friday this year, 25 April": the day named with its year
                             or re.fullmatch(r"\s+this\s+year\s*,\s*", gap) and re.search(
                                 r"\b(?:falls?|fell|is|was|will\s+be)\s+on\s+a\s+$", doc.text[max(s.start, m.start - 16):m.start])
                             or (re.fullmatch(r"\.,?\s+", gap) and len(m.text) <= 4)
                             # "Saturday the 14th of October", "Sunday, the 3rd of May"
                             or (re.fullmatch(r"\s*,?\s*the\s+", gap, re.I) and nxt.text[:1].isdigit())):
                    pair = (m, nxt)
                elif nxt is not None and nxt.kind is Kind.ORDINAL and pub is not None and nxt.value \
                        and 1 <= nxt.value <= 31 and nxt.sentence == m.sentence \
                        and re.fullmatch(r"\s*(?:\(|,)?\s*the\s+", gap) \
                        and re.match(r"\s*(?:[,.;)]|$)", doc.text[nxt.end:nxt.end + 3]):
                    # "on Monday, the 12th": the month nearest the publication date
                    day = int(nxt.value)
                    cands = []
                    for k in (-1, 0, 1):
                        mm = pub.month - 1 + k
                        try:
                            cands.append(_dt.date(pub.year + mm // 12, mm % 12 + 1, day))
                        except ValueError:
                            pass
                    if not cands:
                        continue
                    near = min(cands, key=lambda c: abs((c - pub).days))
                    # only when one month reading is close to the publication date
                    if abs((near - pub).days) > 10:
                        continue
                    yield WeekdayDate("inferred", "day of the month nearest the publication date",
                                      m, nxt, m.date.weekday, near, "publication month")
                    continue
            if pair is None:
                continue
            wd_m, day_m = pair
            if _PAIRED_WEEKDAYS.search(doc.text, max(s.start, wd_m.start - 16), wd_m.start) \
                    and _PAIRED_DAYS.match(doc.text, day_m.end, s.end):
                continue  # "on Saturday and Sunday, January 17 and 18": each weekday has its own day
            # "will meet on Friday, 27 February, to set next year's budget": a possessive after the day
            # names the year of another thing
            if written_years:  # (round 58) "jailed on Friday, February 14, for offences committed between 2019 and
                # 2021": a span of years after the day is the period of another act, not the day's year
                written_years = written_years - _spanned_years_after(doc, ms, max(wd_m.end, day_m.end))
            sentence_years = written_years | {y for at, y, own in named_years
                                              if not (own and at >= max(wd_m.end, day_m.end))}
            weekday = wd_m.date.weekday
            d = day_m.date
            if d is None or d.month is None or d.day is None:
                continue
            if d.year is None and attached_year(doc, day_m) is not None:
                d = replace(d, year=attached_year(doc, day_m))
            if d.year is not None:
                try:
                    resolved = _dt.date(d.year, d.month, d.day)
                except ValueError:
                    continue
                yield WeekdayDate("explicit", "weekday written with a dated year", wd_m, day_m,
                                  weekday, resolved, "stated")
                continue
            if len(written_years) == 1 and written_years == sentence_years:
                # "In 2015, the final was played on Saturday, June 6": that year
                (y,) = sentence_years
                year_m = next(x for x in ms if year_of(x) == y and x.kind is Kind.YEAR)
                if re.search(r"\bin\s+$", doc.text[max(s.start, year_m.start - 4):year_m.start], re.I):
                    try:
                        resolved = _dt.date(y, d.month, d.day)
                    except ValueError:
                        continue
                    near = nearest_date(d.month, d.day, pub) if pub is not None else None
                    if near is not None and near.weekday() == weekday and resolved.weekday() != weekday:
                        # "Founded in 1876, the club will mark it ... on Tuesday 7 July": the year may
                        # date another clause, and the publication year's reading agrees: do not guess
                        continue
                    if near is None or resolved.weekday() != near.weekday():
                        yield WeekdayDate("inferred", f"year {y} from the same sentence", wd_m, day_m, weekday,
                                          resolved, "sentence")
                        continue
            if pub is None:
                continue
            resolved = nearest_date(d.month, d.day, pub)
            if resolved is None:
                continue
            ahead = _future_clause(doc, s, min(wd_m.start, day_m.start))
            if ahead and since_years and resolved >= pub:
                written_years, sentence_years = written_years - since_years, sentence_years - since_years
            if ahead and resolved < pub and not sentence_years:
                # "will be held on Saturday, 26 November", published in January: this year's, not last year's
                if (pub - resolved).days < 30:
                    continue  # a day just gone told in the future: a late report or a quoted plan, no guess
                try:
                    resolved = _dt.date(resolved.year + 1, d.month, d.day)
                except ValueError:
                    continue
            # another reading of the year would make it right: do not guess
            alternatives = set()
            tense = tense_direction(doc, day_m) if _FRONTED_DAY.fullmatch(doc.text[s.start:day_m.start]) else None
            if tense is None and resolved > pub and _PAST_CUE.search(doc.text, s.start, _before_attribution(doc, s)) \
                    and tense_direction(doc, day_m) == "past":
                tense = "past"  # "Last summer's regatta, on Saturday 8 July, drew ...": not a day still to come
            # (round 33) "said the pantomime would open on Friday, November 29": a future told in reported speech
            reported_future = bool(_REPORTED_FUTURE.search(doc.text, s.start, min(wd_m.start, day_m.start)))
            for y in sentence_years | {pub.year - 1, pub.year, pub.year + 1}:
                try:
                    alt = _dt.date(y, d.month, d.day)
                except ValueError:
                    continue
                if ahead and alt < pub and y not in sentence_years:
                    continue  # a day still to come is not last year's
                # within 300 days; a fronted day within a year on the side its clause's tense points to
                # ("On Friday 14 March, she set a record", published the next January)
                if y in sentence_years or abs((alt - pub).days) <= 300 or abs((alt - pub).days) <= 366 and (
                        alt < pub and tense == "past" or alt > pub and (tense == "future" or reported_future)):
                    alternatives.add(alt)
            if resolved.weekday() != weekday:
                told = tense_direction(doc, day_m) if resolved <= pub else None
                for y in _years_left_open(doc, s, day_m, pub):
                    try:
                        alt = _dt.date(y, d.month, d.day)
                    except ValueError:
                        continue
                    if told == "past" and alt > pub and not ahead:
                        continue  # (round 21) "Councillors voted ... at the meeting on Thursday, March 5": a day gone
                    alternatives.add(alt)
            if any(a.weekday() == weekday for a in alternatives) and resolved.weekday() != weekday:
                anchor = _range_partner_year(doc, s, wd_m, day_m, pub)
                if anchor is None or anchor != resolved.year or sentence_years:
                    continue
                # (round 24) "from Friday, July 19, to Sunday, July 20": the partner day is right in one year
                # only, and the two days of one range share it
                yield WeekdayDate("inferred", "year of the other day of the range", wd_m, day_m, weekday,
                                  resolved, "publication")
                continue
            if sentence_years and resolved.year not in sentence_years:
                named = sentence_years - written_years
                if written_years and resolved.weekday() != weekday and not ahead \
                        and abs((resolved - pub).days) <= 60:
                    # (round 24) "began on Thursday, June 18, ... beating the record set in 2019": wrong in the
                    # publication year and in every year the sentence names
                    yield WeekdayDate("inferred", "wrong in every year the sentence offers", wd_m, day_m, weekday,
                                      resolved, "publication")
                    continue
                if written_years or len(named) != 1 or resolved.weekday() == weekday \
                        or any(a.weekday() == weekday for a in alternatives):
                    continue
                # the clause's tense must point the way the named year does
                if tense_direction(doc, day_m) != ("past" if min(named) < pub.year else "future"):
                    continue
                try:  # "Last year's final, on Sunday 14 July": wrong in every year it may be read in
                    resolved = _dt.date(min(named), d.month, d.day)
                except ValueError:
                    continue
                yield WeekdayDate("inferred", "year named beside the date ('last year', 'next year')", wd_m,
                                  day_m, weekday, resolved, "sentence")
                continue
            dated = {_dated_day_year(doc, m, d) for m in _paragraph_before(doc, s, day_m)} - {None} \
                if resolved.weekday() != weekday else set()
            if len(dated) == 1 and resolved.year not in dated:
                try:  # "on Sunday, June 12, 2022, ... until Wednesday, June 14": wrong in that year too
                    yield WeekdayDate("inferred", "year of the date before", wd_m, day_m, weekday,
                                      _dt.date(min(dated), d.month, d.day), "sentence")
                    continue
                except ValueError:
                    pass
            link = "explicit" if abs((resolved - pub).days) <= 120 else "inferred"
            yield WeekdayDate(link, "year from the publication date", wd_m, day_m, weekday,
                              resolved, "publication")


# ---------------------------------------------------------- relative dates
_REL_DAY = re.compile(r"\b(yesterday|today|tonight|tomorrow)\b", re.I)
DAY_WORD_STEP = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}  # days from the publication date
_FROM_TODAY = re.compile(r"\s+(?:from\s+(?:today|now)|away\b(?!\s+from\b))", re.I)
_DATE_THEN_AWAY = re.compile(r"\s*,?\s*(?:(?:is|are|now|still)\s+)*(?:just\s+|only\s+|a\s+mere\s+)?", re.I)
# (round 32) a date on its noun, "the 31 January deadline is just 12 days away", "the May 2 council poll, now 15 days
# away": after "the", up to three lower-case words of the noun (no figure, no verb of ours), then as above
_DATED_NOUN_THEN_AWAY = re.compile(r"(?:\s+(?!(?:is|are|now|still|just|only)\b)[a-z][a-z-]*){1,3}"
                                   r"\s*,?\s*(?:(?:is|are|now|still)\s+)*(?:just\s+|only\s+|a\s+mere\s+)?")


def _dated_noun_then_away(text: str, a: int, b: int) -> bool:
    """(round 32 review) "the 30 June deadline is 9 days away": the words after the date are its noun, none a verb
    of another time ("the 30 June deadline was just 9 days away", "seemed", "had felt": a distance told from a day
    gone by, not from publication)."""
    m = _DATED_NOUN_THEN_AWAY.fullmatch(text, a, b)
    return m is not None and not any(w in _WHEN_AUXILIARY and w not in ("is", "are") or is_past_form(w)
                                     or w in IRREGULAR_PAST for w in re.findall(r"[a-z][a-z-]*", text[a:b]))


_OWN_THING_DATED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*(?:,|\(|\s[-–—])\s*(?:in\s+|on\s+)?")
# (round 29) the thing (a name may be in it), then the verb of its taking place: "last year's Manitoba election,
# held in October 2023", "Last year's final, played on 14 May", "last year's floods, which struck in February 2019",
# "Next year's summit, to be hosted in Lima in November 2027" (not "which began in": a thing may start the year before)
_OWN_THING_HELD = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                             # (round 54) its size after it: "last year's record haul of 61,300 tonnes, landed during"
                             r"(?:\s+of\s+[\d,.]+\s+[a-z]+)?"
                             # (round 47) the thing's place after it: "last year's council elections in Northgate,"
                             r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*(?:,|\(|\s[-–—])\s*"
                             r"(?:(?:which|that)\s+(?:was\s+|were\s+)?|to\s+be\s+|(?:was|were)\s+)?"
                             r"(?:held|staged|played|hosted|contested|fought|struck|hit|took\s+place|happened|occurred|"
                             r"landed|caught|harvested)"  # (round 54) a catch or a crop of that year
                             r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                             # (round 53) its length between: "held over three days in September 2023"
                             r"(?:\s+(?:over|for|across)\s+(?:[\w-]+\s+){0,2}?(?:days|weeks|nights|months))?"
                             r"(?:\s+(?:in|on|during))?\s+")
# (round 46) a thing of the year that happens, straight on to its month: "last year's floods in July 2022"
_EVENT_IN_MONTH = re.compile(r"['’]s?\s+(?:floods?|fires?|wildfires?|storms?|earthquake|quake|eruption|election|"
                             r"elections|strike|strikes|riots?|protests?|drought|heatwave|final|tournament|festival|"
                             r"summit|census|referendum|attack|crash|outbreak|"
                             # (round 50) "cancel last year's edition in February 2022"
                             r"edition|race|show|fair|carnival|parade|marathon|games|championships?|event)\s+in\s+")
# "yesterday's full council meeting on Wednesday": a thing of that day, up to three words, then "on" its day
_THING_PREPOSITIONS = r"(?:on|in|at|of|for|about|over|after|before|and|or|than|to|from|by|with|into|near|across)\b"
_DAY_THING_ON = re.compile(r"['’]s\s+(?:(?!(?:on|in|at|of|for|about|over|after|before|and|or|than)\b)[a-z][\w-]*\s+){0,2}"
                           r"(?!(?:on|in|at|of|for|about|over|after|before|and|or|than)\b)[a-z][\w-]*"
                           # (round 18) "yesterday's match against Rovers, played on Saturday, 14 September"
                           r"(?:\s+(?:against|with|between|v|vs)\.?\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                           r"\s*,?\s+(?:(?:played|held|staged|heard)\s+)?on\s+")
# (round 25) "last year's floods, when the River Parrett burst its banks in ..." / "last year, when ... in": a short
# "when" clause whose own time is the date (no word of another time: "since", "than", "founding", "anniversary")
# (round 31) the clause may tell a measure, its conversion bracketed: "when the gauge reached 37.4C (99.3F) on ...",
# "when prices rose 8% in ...", "closed at 8,120 points on ..." (a figure, never one that may be a year: "when 2019's
# record fell in ...")
_WHEN_MEASURE = (r"[$£€]?(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*(?:%|[A-Za-z°]{1,5}\b)?"
                 r"(?:\s*\([^()\d]{0,5}\d[\d,.]*[^()\d]{0,8}\))?\s+")
_WHEN_CLAUSE_STOPS = (r"since|than|before|after|until|till|had|last|previous|previously|earlier|again|also|as"
                      r"|like|unlike|compared|not|never|first|founded|founding|anniversary|centenary|born|birth")


def _dated_clause(stops: str) -> str:
    """The words of a short clause up to the "in"/"on" of its date (none of ``stops``), a measure among them."""
    return (r"(?P<clause>(?:(?!(?:" + stops + r")\b)(?:[A-Za-z][\w'’-]*\s+|" + _WHEN_MEASURE + r")){1,10}?)"
            r"(?:in|on)\s+")


_WHEN_DATED = re.compile(r"(?:['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?\s*,\s*when\s+"
                         + _dated_clause(_WHEN_CLAUSE_STOPS), re.I)
# (round 31) the thing of that year in a relative clause of its own telling what it did then: "last year's floods,
# which swept through the town in February 2022 and ...", "Next year's summit, which the city will host in May 2027"
# (the thing's words no preposition, lest "which" be of another noun: "last year's visit to Leeds, which hosted the
# race in July 2014"; no verb of a start: a thing may begin the year before)
_WHICH_DATED = re.compile(r"['’]s?\s+(?:(?!" + _THING_PREPOSITIONS + r")[a-z][\w-]*\s+){0,2}?"
                          r"(?!" + _THING_PREPOSITIONS + r")[a-z][\w-]*\s*,\s*(?:which|that)\s+"
                          + _dated_clause(_WHEN_CLAUSE_STOPS + r"|began|begun|begin|begins|started|starts|start|launched"
                                          r"|opened|opens|kicked|commenced|set|scheduled|planned|due|who|which|that"),
                          re.I)

# the verbs of the thing's own taking place or toll (a relative clause telling what it did then), and the words that
# bring in another thing with a time of its own ("which relied on data from tests in", "which examined the crash of")
_WHICH_DATED_VERBS = frozenset("""held staged played hosted host hold stage play contested fought struck hit took
    happened occurred swept tore ripped battered flooded damaged destroyed left shut closed killed injured drew
    attracted brought caused forced disrupted knocked wrecked cut""".split())
_WHICH_OTHER_THING = frozenset("of from about on onto following after before since during over".split())


def when_dated(doc: Document, b: int, e: int, possessive: bool):
    """The "when" clause (or, after a thing of the year's, a "which" clause) between ``b`` and ``e`` dating it."""
    when = _WHEN_DATED.fullmatch(doc.text, b, e)
    if when is not None or not possessive:
        return when
    which = _WHICH_DATED.fullmatch(doc.text, b, e)
    clause = which.group("clause").lower() if which else ""
    words_ = clause.split()
    return which if which and _when_clause_one_verb(clause, irregular=True) and not _WHICH_OTHER_THING & set(words_) \
        and any(w in _WHICH_DATED_VERBS for w in words_) else None
# (review) a verb group of the "when" clause: a past form, a participle or an auxiliary; one after the clause's own verb
# (not joined by "and") opens another clause or a reduced relative whose time the date may be: "when nurses walked out
# over a pay offer made in December 2023", "when the minister admitted the plan was drawn up in", "when it voted to
# close the library in"
_WHEN_AUXILIARY = frozenset("was were is are be been being had has have will would could should may might must can "
                            "did got".split())
_WHEN_JOINED = frozenset(("and", "then", "or", "but", "not", "never"))
_WHEN_DETERMINERS = frozenset("a an the its his her their our".split())


def _when_clause_one_verb(clause: str, irregular: bool = False) -> bool:
    """The words between "when" and its "in"/"on" carry one verb group (an auxiliary and its participle count once;
    a verb joined by "and" or "then" too) and no infinitive ("to close") or relative word: the date is the clause's
    own time.  ``irregular``: past tenses such as "drew", "left" count as verbs too ("which drew on surveys carried
    out in": two verbs)."""
    verb_seen, prev = False, ""
    for k, w in enumerate(clause.split()):
        determiner = w in _WHEN_DETERMINERS
        if w in ("who", "whom", "whose", "which", "that") or prev == "to" and w.islower() and not determiner:
            return False
        verb = w in _WHEN_AUXILIARY or is_past_form(w) or irregular and w in IRREGULAR_PAST
        if verb and verb_seen and prev not in _WHEN_AUXILIARY and prev not in _WHEN_JOINED:
            return False
        # an object's determiner ("beat a team relegated in"): a verb came before it, whatever its form
        verb_seen, prev = verb_seen or verb or determiner and k > 0 and prev != "of", w
    return True


_AND_AFTER = re.compile(r"\s+and\s")
# (review) not "the last year", "over the next month": the twelve months or weeks up to (or from) now, not the calendar's
_REL_WEEK = re.compile(r"(?<!the\s)\b(last|this|next)\s+(week|weekend|month|year)\b", re.I)
# (round 31) "last July", "next March": a month named from the publication date, its year told beside it ("since last
# July, when ... on 19 July 2022"); the month name capitalised (not "this march", "last may")
_REL_MONTH_NAME = re.compile(r"(?<!the\s)\b((?i:last|this|next))\s+(" + "|".join(MONTH_NAMES) + r")\b")
_REL_WEEKDAY = re.compile(r"\b(last|this|next|this\s+coming|this\s+past)\s+$", re.I)
_YEARS_AGO_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|decades?|centuries|century)\s+ago\s*,?\s*$", re.I)


# (round 24) "will decide in a fortnight, on 30 June", "in two weeks' time, on 30 June": a distance from the
# publication day, then the date it names
_IN_TIME_ON = re.compile(r"(?P<phrase>\bin\s+(?:(?:just|only)\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                         r"(days?|weeks?|fortnights?)(?:['’]s?\s+time)?)\s*,\s*(?:on\s+)?$", re.I)
# (review) what makes "in N days" a span or a rate: an ordinal, "the first time", a counted thing before it
_SPAN_NOT_WAIT = re.compile(r"(?:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)"
                            r"|times?|match(?:es)?|games?|starts?|appearances?|races?|fixtures?|visits?)"
                            r"|\d[\d,.]*\s+[a-z]+(?:\s+[a-z]+)?)\s+$", re.I)
_IN_TIME_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|(?:is|are)\s+to|"
                          r"plans?\s+to|intends?\s+to)\b", re.I)


@needs(Kind.DATE)
def find_in_time_dates(doc: Document):
    """(round 24) "The board will rule in a fortnight, on 30 June": the date lies that far after publication,
    a day either side (two for weeks); only in a future clause with no other date, weekday or year beside it."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        text = doc.text[s.start:s.end]
        if "in " not in text:
            continue
        dates = [m for m in ms if m.kind in (Kind.DATE, Kind.WEEKDAY, Kind.YEAR)]
        if len(dates) != 1 or dates[0].kind is not Kind.DATE or dates[0].date is None \
                or dates[0].date.day is None or dates[0].date.month is None:
            continue
        anchor = dates[0]
        rx = _IN_TIME_ON.search(doc.text, s.start, anchor.start)
        if rx is None or not _IN_TIME_FUTURE.search(doc.text, s.start, rx.start()) or not _closed(doc, anchor):
            continue
        count = rx.group(2).lower()
        n = int(count) if count.isdigit() else 1 if count == "a" else WORD_VALUES[count]
        unit = rx.group(3).lower().rstrip("s")
        if count == "a" and unit == "day" or _SPAN_NOT_WAIT.search(doc.text, s.start, rx.start()):
            continue  # "their third match in six days", "40 patients in a day": a span or a rate, no wait
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        if not 1 <= days <= 120:
            continue
        actual, _ = resolve_mention(doc, anchor)
        if actual is None:
            continue
        slack = 1 if unit == "day" else 2
        expected = pub + _dt.timedelta(days=days)
        phrase = pseudo(doc, rx.start("phrase"), rx.end("phrase"), s.index)
        yield RelativeDate("explicit", phrase.text, phrase, anchor, "day", expected - _dt.timedelta(days=slack),
                           expected + _dt.timedelta(days=slack), actual, None, pub)


# (round 30) a countdown to a dated day: "With 100 days to go until the opening ceremony on Friday, July 26", "just 50
# days left until the festival opens on 1 August", "Only 14 days remain before the vote on 18 September"; the count,
# its cue ("to go", "left", "remain"), "until"/"before", at most a few words naming the event, then its date
# (mend) the event in at most five words with no modal of a clause of its own: not "until the election the party
# will publish its manifesto on 10 May" (another thing's day)
_COUNTDOWN = re.compile(r"\s+(?:(?:are|is)\s+)?(?:still\s+)?(?:to\s+go|left|remaining|remain)\s+"
                        r"(?:until|till|before)\s+(?:(?:the\s+)?(?:(?!(?:will|would|could|should|may|might|must|can|"
                        r"shall)\b)[^\s,;:()\d]+\s+){0,4}?(?!(?:will|would|could|should|may|might|must|can|shall)\b)"
                        r"[^\s,;:()\d]+(?:,\s*|\s+)(?:on\s+)?)?$", re.I)


@needs(Kind.DATE)
def find_countdown_dates(doc: Document):
    """(round 30) "With 100 days to go until the opening ceremony on Friday, July 26": the dated day lies that many
    days after publication, a day either side (three for weeks: "six weeks to go" is the nearest week).  The
    sentence dates that one day and tells no past ("was", "had", "ago"): a countdown told at the time of writing;
    a day before publication is another one's."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        dates = [m for m in ms if m.kind in (Kind.DATE, Kind.WEEKDAY, Kind.YEAR)]
        if len(dates) != 1 or not _is_day(dates[0]) or _PAST_WORDS.search(doc.text, s.start, s.end):
            continue
        anchor = dates[0]
        for m in ms:
            unit = _duration_unit(m)
            if m.end > anchor.start or unit not in ("day", "week") or m.is_range or m.compound or m.value is None \
                    or m.value.denominator != 1 or any(m.end <= x.start < anchor.start for x in ms) \
                    or not _COUNTDOWN.fullmatch(doc.text, m.end, anchor.start):
                continue
            actual, _ = resolve_mention(doc, anchor)
            if actual is None or actual < pub:
                continue
            days = int(m.value) * (7 if unit == "week" else 1)
            slack = _dt.timedelta(days=3 if unit == "week" else 1)
            expected = pub + _dt.timedelta(days=days)
            phrase = pseudo(doc, m.start, m.end, s.index)
            yield RelativeDate("explicit", phrase.text, phrase, anchor, "day", expected - slack, expected + slack,
                               actual, None, pub)
            break


def _date_past_length(doc: Document, ms, pos: int) -> Mention | None:
    """(round 53) The date right after an event's length: "Last year's trials, held over three days in September
    2023" -- the length ("over three days") is no date of its own."""
    after = [m for m in ms if m.start >= pos]
    if len(after) < 2 or after[0].kind is not Kind.DURATION or after[1].kind not in (Kind.DATE, Kind.YEAR) \
            or not (re.search(r"\b(?:over|for|across|lasting)\s+$", doc.text[max(pos, after[0].start - 10):after[0].start])
                    or re.match(r"(?:over|for|across)\s", after[0].text, re.I)) \
            or not re.fullmatch(r"\s+(?:in|on)\s+", doc.text[after[0].end:after[1].start]):
        return None
    return after[1]


# (round 54) the thing of that year sized by a figure of its own: "last year's record haul of 61,300 tonnes, landed"
_THING_OF_SIZE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+of\s+$")


def _sized_thing_year(doc: Document, ms, pos: int) -> Mention | None:
    """(round 54) After "last year's", the thing's own size ("record haul of 61,300 tonnes"), then the year or date
    next: the date read as for the thing (``_OWN_THING_HELD`` decides whether it dates it)."""
    after = [m for m in ms if m.start >= pos][:2]
    if len(after) != 2 or not after[0].kind.is_quantity or after[1].kind not in (Kind.DATE, Kind.YEAR) \
            or not _THING_OF_SIZE.fullmatch(doc.text, pos, after[0].start):
        return None
    return after[1]


def _next_mention(ms, pos, kinds):
    for m in ms:
        if m.start >= pos:
            return m if m.kind in kinds else None
    return None


def _prev_mention(ms, pos, kinds):
    prev = None
    for m in ms:
        if m.end <= pos:
            prev = m
    return prev if prev is not None and prev.kind in kinds else None


def _closed(doc: Document, m: Mention) -> bool:
    """An apposition ends at the mention: "yesterday, March 12, the ..." but
    not "last year, 1986 earnings ..."."""
    return re.match(r"\s*(?:[,;:.)!?—–-]|$)", doc.text[m.end:m.end + 3]) is not None


_RECORD_SET_AT = re.compile(r"['’]s\s+record(?:\s+of\s+[^;.()]{1,30}?)?\s*,\s*(?:which|that)\s+was\s+set\s+(?:at|in|during)\s+"
                            r"(?:the|its|their)\s+$", re.I)


def _record_year(doc: Document, ms, b: int):
    """(round 51) The year of the event a record was set at, past the record's own figure: "last year's record of
    9,400 tickets, which was set at the 2022 edition" -> 2022."""
    return next((m for m in ms if m.start >= b and m.kind is Kind.YEAR
                 and _RECORD_SET_AT.fullmatch(doc.text, b, m.start) is not None), None)


_WHEN_THE_YEAR_THING = re.compile(r"\s*,\s*when\s+(?:the|its|their|our)\s+", re.I)
_NOUN_AFTER_YEAR = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:event|edition|race|regatta|festival|show|final|tournament|"
                              r"championships?|games|contest|election|floods?|fires?|storms?|outbreak|harvest|"
                              r"census|summit|marathon|fair|match|series|tour|competition|ceremony|parade)\b", re.I)


def _dated_after_when(doc: Document, ms, b: int) -> Mention | None:
    """(round 31) "last July, when the gauge reached 37.4C (99.3F) on 19 July 2022": the date closing a "when" clause
    whose figures are measures of its own (no other time between)."""
    after = [m for m in ms if m.start >= b]
    dated = next((k for k, m in enumerate(after) if m.kind in (Kind.DATE, Kind.YEAR)), None)
    if not dated or any(m.kind in (Kind.DATE, Kind.YEAR, Kind.WEEKDAY) or _duration_unit(m) is not None
                        for m in after[:dated]):
        return None
    anchor = after[dated]
    possessive = doc.text[b:b + 1] in ("'", "’")
    return anchor if when_dated(doc, b, anchor.start, possessive) else None


def named_month_years(which: str, month: int, pub: _dt.date) -> tuple[int, ...]:
    """The years "last July" / "this July" / "next July" may mean for a story published ``pub``: "last July" in
    September is this July or the year before's (usage differs), in July or before it only last year's; "this
    July" the publication year's (or the next or last one's across New Year)."""
    if which == "last":
        return (pub.year - 1, pub.year) if month < pub.month else (pub.year - 1,)
    if which == "next":
        return (pub.year, pub.year + 1) if month > pub.month else (pub.year + 1,)
    if month - pub.month >= 9:
        return (pub.year - 1, pub.year)
    return (pub.year, pub.year + 1) if pub.month - month >= 9 else (pub.year,)


def find_relative_dates(doc: Document):
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        text = doc.text[s.start:s.end]
        # yesterday / today / tomorrow beside a date or a weekday
        for rx in _REL_DAY.finditer(text):
            word = rx.group(1).lower()
            a, b = s.start + rx.start(), s.start + rx.end()
            offset = DAY_WORD_STEP[word]
            expected = pub + _dt.timedelta(days=offset)
            anchor = _next_mention(ms, b, (Kind.DATE, Kind.WEEKDAY))
            if anchor is not None and _closed(doc, anchor) and _DAY_THING_ON.fullmatch(doc.text, b, anchor.start):
                pass  # "at yesterday's council meeting on Wednesday": the day's own event, then its day
            elif anchor is None or not re.fullmatch(r"\s*(?:,|\(|\s[-–—])\s*(?:on\s+)?", doc.text[b:anchor.start]) \
                    or not _closed(doc, anchor):
                # "on Tuesday (yesterday)", "on Tuesday, yesterday, ...": the relative word closed too
                anchor = _prev_mention(ms, a, (Kind.DATE, Kind.WEEKDAY))
                if anchor is None or not (re.fullmatch(r"\s*\(\s*", doc.text[anchor.end:a])
                                          and doc.text[b:b + 1] == ")"
                                          or re.fullmatch(r"\s*,\s*", doc.text[anchor.end:a])
                                          and re.match(r"\s*[,;.](?!\s*(?:and|or)\b)", doc.text[b:b + 8])):
                    continue
            if _YEARS_AGO_BEFORE.search(doc.text, max(s.start, a - 30), a):
                continue  # (round 25) "200 years ago today, on 27 September 1825", "six months ago, on 2 March"
            before = doc.text[max(s.start, a - 12):a].lower().rstrip()
            if before.endswith(("from", "since", "until")) or before.endswith("of") \
                    and not (anchor.start > b and (doc.text[b:anchor.start].strip() == "("
                                                   or anchor.kind is Kind.WEEKDAY
                                                   and doc.text[b:anchor.start].strip() == ","
                                                   and doc.text[anchor.end:anchor.end + 1] == ",")):
                continue  # (not "the early hours of yesterday (Thursday)" / "..., Monday,": the day itself)
            phrase = pseudo(doc, a, b, s.index)
            if anchor.kind is Kind.WEEKDAY or (anchor.date and anchor.date.day is None):
                if anchor.kind is Kind.WEEKDAY:
                    yield RelativeDate("explicit", word, phrase, anchor, "weekday", expected, expected,
                                       None, anchor.date.weekday, pub)
                continue
            actual, _ = resolve_mention(doc, anchor)
            if actual is None:
                continue
            yield RelativeDate("explicit", word, phrase, anchor, "day", expected, expected, actual, None, pub)
        # "two days ago (Sunday)": the weekday that many days before publication
        for m in ms:
            if _duration_unit(m) != "day" or m.hedge is not None or m.value is None or not 1 <= m.value <= 6 \
                    or m.value.denominator != 1 or m.is_range:
                continue
            ago = re.match(r"\s+ago\b", doc.text[m.end:s.end])
            if ago is None:
                continue
            b = m.end + ago.end()
            anchor = _next_mention(ms, b, (Kind.WEEKDAY,))
            if anchor is None or not re.fullmatch(r"\s*(?:,|\()\s*(?:on\s+|last\s+)?", doc.text[b:anchor.start]) \
                    or not _closed(doc, anchor) or anchor.date is None or anchor.date.weekday is None:
                continue
            expected = pub - _dt.timedelta(days=int(m.value))
            phrase = pseudo(doc, m.start, b, s.index)
            yield RelativeDate("explicit", phrase.text, phrase, anchor, "weekday", expected, expected,
                               None, anchor.date.weekday, pub)
        # "on Friday 21 March, a week from today": a date and its distance from the publication day
        for m in ms:
            unit = _duration_unit(m)
            if unit not in ("day", "week") or m.hedge is not None or m.value is None or m.is_range \
                    or m.value.denominator != 1 or not 1 <= m.value <= 60:
                continue
            ahead = _FROM_TODAY.match(doc.text, m.end, s.end)
            anchor = _prev_mention(ms, m.start, (Kind.DATE,)) if ahead else None
            # (round 25) the comma may be left out, a verb put in: "polling day on 4 July just 12 days away",
            # "the vote, on 4 July, is now only 12 days away"
            if anchor is None or not (_DATE_THEN_AWAY.fullmatch(doc.text, anchor.end, m.start)
                                      or _THE_BEFORE.search(doc.text, max(s.start, anchor.start - 5), anchor.start)
                                      and _dated_noun_then_away(doc.text, anchor.end, m.start)):
                continue
            actual, _ = resolve_mention(doc, anchor)
            if actual is None or anchor.date is None or anchor.date.day is None:
                continue
            expected = pub + _dt.timedelta(days=int(m.value) * (7 if unit == "week" else 1))
            # (round 25) "three weeks away" is the nearest week, "a week from today" the day itself
            slack = _dt.timedelta(days=3 if unit == "week" and ahead.group(0).strip().lower() == "away" else 0)
            phrase = pseudo(doc, m.start, ahead.end(), s.index)
            yield RelativeDate("explicit", phrase.text, phrase, anchor, "day", expected - slack, expected + slack,
                               actual, None, pub)
        # last / this / next week, month, year beside a date or a year
        for rx in list(_REL_WEEK.finditer(text)) + list(_REL_MONTH_NAME.finditer(text)):
            which, unit = rx.group(1).lower(), rx.group(2).lower()
            a, b = s.start + rx.start(), s.start + rx.end()
            possessive = doc.text[b:b + 2] == "'s" or doc.text[b:b + 1] == "’"
            if _YEARS_AGO_BEFORE.search(doc.text, max(s.start, a - 30), a):
                continue  # "born 100 years ago this week, on 2 October 1925": the week of the anniversary
            anchor = _next_mention(ms, b, (Kind.DATE, Kind.YEAR)) or _dated_after_when(doc, ms, b) \
                or (_record_year(doc, ms, b) or _sized_thing_year(doc, ms, b) if possessive and unit == "year"
                    else None) \
                or _date_past_length(doc, ms, b)
            if anchor is None:
                continue
            # (round 25) "last year's floods, when the river burst its banks in February 2020 and ...": a "when"
            # clause dating the thing by a month of a year
            when = when_dated(doc, b, anchor.start, possessive) if anchor.kind is Kind.DATE and anchor.date \
                and anchor.date.month is not None and anchor.date.year is not None else None
            if when is not None and not _when_clause_one_verb(doc.text[when.start("clause"):when.end("clause")]):
                when = None
            # (round 30) "published last month on 3 June", "open next month on 2 September": the day itself after
            # "on", no comma needed
            on_day = not possessive and _is_day(anchor) and re.fullmatch(r"\s+on\s+", doc.text[b:anchor.start]) \
                and _on_day_is_when(doc, s, a, anchor)
            event_in_month = possessive and anchor.kind is Kind.DATE and anchor.date is not None \
                and anchor.date.month is not None and anchor.date.year is not None \
                and _EVENT_IN_MONTH.fullmatch(doc.text, b, anchor.start) is not None
            # (round 48) "last year, when the 2023 event was abandoned": the year of the "when" clause's own thing
            year_thing = unit == "year" and anchor.kind is Kind.YEAR and not possessive \
                and _WHEN_THE_YEAR_THING.fullmatch(doc.text, b, anchor.start) is not None \
                and _NOUN_AFTER_YEAR.match(doc.text, anchor.end) is not None
            # (round 51) "last year's record of 9,400 tickets, which was set at the 2022 edition": the record's event
            record_set = unit == "year" and possessive and anchor.kind is Kind.YEAR \
                and _RECORD_SET_AT.fullmatch(doc.text, b, anchor.start) is not None \
                and _NOUN_AFTER_YEAR.match(doc.text, anchor.end) is not None
            if not (on_day or event_in_month or year_thing or record_set or _closed(doc, anchor)
                    or when is not None and _AND_AFTER.match(doc.text, anchor.end)):
                continue
            if on_day or year_thing or record_set:
                pass
            elif when is None and possessive:
                # "Last year's flood, in February 2023, ...": the thing of that year, then its date in apposition
                # (not "last year's 2019 championship": a season may span two years)
                if not (_OWN_THING_DATED.fullmatch(doc.text, b, anchor.start)
                        or _OWN_THING_HELD.fullmatch(doc.text, b, anchor.start)
                        or event_in_month):
                    continue
            elif when is None and not re.fullmatch(r"\s*(?:,|\(|-|–|—)\s*(?:in\s+|on\s+)?", doc.text[b:anchor.start]):
                continue
            phrase = pseudo(doc, a, b, s.index)
            shift = RELATIVE_STEP[which]
            cue = f"{which} {unit}"
            if unit == "year":
                y = year_of(anchor)
                if y is None:
                    continue
                exp = _dt.date(pub.year + shift, 1, 1)
                # (a record "last year's" may be the one standing then, set earlier: inferred, a warning)
                yield RelativeDate("inferred" if record_set else "explicit", cue, phrase, anchor, "year", exp, exp,
                                   _dt.date(y, 1, 1), None, pub)
            elif unit == "weekend":
                actual, _ = resolve_mention(doc, anchor)
                if actual is None or anchor.date is None or anchor.date.day is None:
                    continue
                lo, hi = weekend_window(pub, which)
                yield RelativeDate("explicit", cue, phrase, anchor, "day", lo, hi, actual, None, pub)
            elif unit not in ("week", "month"):  # (round 31) a named month: "last July, when ... on 19 July 2022"
                named = MONTH_NAMES.index(rx.group(2)) + 1
                y = year_of(anchor)
                if y is None or anchor.kind is Kind.DATE and (anchor.date is None or anchor.date.month != named):
                    continue  # the month's year told by a date of that month or a year alone ("last July (2022)")
                years = named_month_years(which, named, pub)
                exp = _dt.date(y if y in years else min(years, key=lambda yy: abs(yy - y)), named, 1)
                yield RelativeDate("explicit", f"{which} {rx.group(2)}", phrase, anchor, "month", exp, exp,
                                   _dt.date(y, named, 1), None, pub)
            elif unit == "month":
                if anchor.kind is not Kind.DATE or anchor.date is None or anchor.date.month is None:
                    continue
                mm = pub.month - 1 + shift
                exp = _dt.date(pub.year + mm // 12, mm % 12 + 1, 1)
                y = anchor.date.year if anchor.date.year is not None else (
                    exp.year if anchor.date.month == exp.month else None)
                if y is None:
                    # a month name without a year: nearest reading to the publication date
                    y = min((pub.year - 1, pub.year, pub.year + 1),
                            key=lambda yy: abs((_dt.date(yy, anchor.date.month, 15) - pub).days))
                yield RelativeDate("explicit", cue, phrase, anchor, "month", exp, exp,
                                   _dt.date(y, anchor.date.month, 1), None, pub)
            else:  # week
                actual, _ = resolve_mention(doc, anchor)
                if actual is None:
                    continue
                monday = pub - _dt.timedelta(days=pub.weekday())
                lo = monday + _dt.timedelta(days=7 * shift)
                hi = lo + _dt.timedelta(days=6)
                yield RelativeDate("explicit", cue, phrase, anchor, "day", lo, hi, actual, None, pub)
        # last / next / this Tuesday, March 5
        for m in ms:
            if m.kind is not Kind.DATE or m.date is None or m.date.weekday is None:
                continue
            before = doc.text[max(s.start, m.start - 20):m.start]
            rx = _REL_WEEKDAY.search(before)
            if rx is None:
                continue
            actual, _ = resolve_mention(doc, m)
            if actual is None:
                continue
            which = rx.group(1).lower().split()[-1]
            if which in ("last", "past", "next"):
                lo, hi = named_weekday_window(pub, m.date.weekday, -1 if which != "next" else 1)
            else:  # this / this coming
                lo, hi = pub - _dt.timedelta(days=6), pub + _dt.timedelta(days=6)
            a = max(s.start, m.start - 20) + rx.start()
            word_end = m.start + re.match(r"[A-Za-z]+\.?", m.text).end()
            phrase = pseudo(doc, a, word_end, s.index)
            yield RelativeDate("explicit", f"{rx.group(1).lower()} {WEEKDAY_NAMES[m.date.weekday]}",
                               phrase, m, "day", lo, hi, actual, None, pub)


# (mend) "on" of a topic, not a time: "held a hearing last month on Jan. 6", "wrote an essay last month on 4 July
# celebrations", "gave talks last month on 7 July 2005 and what it meant"
_TOPIC_BEFORE_ON = re.compile(r"\b(?:hearings?|reports?|talks?|essays?|lectures?|speech(?:es)?|debates?|articles?|papers?|"
                              r"books?|documentar(?:y|ies)|films?|programmes?|series|inquir(?:y|ies)|statements?|"
                              r"briefings?|testimony|evidence|podcasts?|exhibitions?|stud(?:y|ies)|reviews?|seminars?|"
                              r"conferences?|findings|spoke|speaks|wrote|writes|reported|commented|testified|lectured|"
                              r"reflected|focused|focussed|briefed)\s+$", re.I)
_WHEN_DAY_CLOSES = re.compile(r"\s*(?:[,;:.)!?—–-]|$)|\s+(?:and|but)\s+(?!(?:the|a|an|its|his|her|their|what|how|why|"
                              r"who|its)\b)[a-z]|\s+(?:after|before|by|when|in|at|with|amid|following|as|from|to|for|"
                              r"during|while|ahead|under|despite)\b", re.I)


def _on_day_is_when(doc: Document, s, a: int, anchor: Mention) -> bool:
    """"last month on 3 June": the day the time of the clause, not its topic -- no talk, report or hearing named
    right before the time word, and the day closes its phrase (not "on 4 July celebrations", "on Jan. 6 and the
    attack")."""
    return not _TOPIC_BEFORE_ON.search(doc.text, max(s.start, a - 30), a) \
        and _WHEN_DAY_CLOSES.match(doc.text, anchor.end, s.end) is not None


def weekend_window(pub: _dt.date, which: str) -> tuple[_dt.date, _dt.date]:
    """(round 32) The days "this weekend" / "last weekend" / "next weekend" may be, told on ``pub``: Friday to Monday
    of the weekend closing the publication week (weeks begun on Monday; told on a Monday, "this weekend" may also be
    the one just gone), of the weekend before it ("last"), or of either of the next two ("next": the coming one or the
    one after)."""
    friday = pub - _dt.timedelta(days=pub.weekday()) + _dt.timedelta(days=4)
    if which == "last":
        return friday - _dt.timedelta(days=7), friday - _dt.timedelta(days=4)
    if which == "next":
        return friday, friday + _dt.timedelta(days=10)
    return (friday - _dt.timedelta(days=7) if pub.weekday() == 0 else friday), friday + _dt.timedelta(days=3)


def named_weekday_window(pub: _dt.date, weekday: int, step: int) -> tuple[_dt.date, _dt.date]:
    """(round 30) The days "last Thursday" (``step`` -1) or "next Thursday" (+1) may be, told on ``pub``: the nearest
    such weekday before (after) it, or the one a week further when that is the weekday of the previous (next)
    calendar week, weeks begun on Monday or on Sunday ("last Monday" told on a Friday may be four or eleven days
    back; "last Thursday" told on a Monday is four days back only).  The window runs from one to the other."""
    near = pub + _dt.timedelta(days=step * ((step * (weekday - pub.weekday()) - 1) % 7 + 1))

    def sunday_first(wd):
        return (wd + 1) % 7

    further = step * (weekday - pub.weekday()) > 0 or step * (sunday_first(weekday) - sunday_first(pub.weekday())) > 0
    far = near + _dt.timedelta(days=7 * step) if further else near
    return (min(near, far), max(near, far))


# ----------------------------------------------------------- start years
# (round 21) a thing's start told in other verbs: "first went on air in 2011", "came into service in 1998",
# "made its debut in 2004", "got under way in 2016", "was commissioned in 1990", "hit the airwaves in 2009"
_START_OTHER_VERBS = (r"(?:first\s+)?went\s+(?:on\s+(?:air|sale|line|stream)|live|public|into\s+(?:service|business|"
                      r"operation|production))|(?:first\s+)?came\s+into\s+(?:service|being|existence|operation|use|"
                      r"business)|entered\s+(?:service|operation|production|business)|made\s+(?:its|their|a)\s+"
                      r"(?:\w+\s+)?debut|premiered|kicked\s+off|got\s+(?:under\s*way|going|started)|commissioned|"
                      r"hit\s+the\s+(?:airwaves|air|shelves|road)|took\s+to\s+the\s+(?:airwaves|air)|"
                      r"first\s+(?:sat|met|flew|sailed|rolled|took\s+to|set\s+up|started|began|convened|operated|"
                      r"traded|screened|printed|issued|hosted)")
_START_CUE = re.compile(
    r"(?:\b(?:" + _START_OTHER_VERBS + r"|first\s+(?:held|staged|run|ran|took\s+place|published|broadcast|aired|opened|played|"
    r"organi[sz]ed|launched|introduced|appeared|awarded|contested"
    r"|[a-z]{3,}ed|lit|run|laid|dug|sunk|struck|rung|sung|made|sold|flown|grown|shown|drawn|spun)|"  # (round 46)
    # "which first pumped water to the city in 1925"; (round 52) "the lighthouse, first lit in 1878"
    r"founded|founding|established|opened|began|begun|started|launched|created|formed|built|constructed|"
    r"set\s+up|introduced|inaugurated|incorporated|debuted|unveiled|consecrated|erected|chartered|since|"
    r"completed|"  # (round 45) "the estate, completed by the council in 1974"
    r"joined|took\s+(?:over|office|charge)|elected|appointed|married|wed|walked\s+out|went\s+on\s+strike|"
    r"merged|"  # (round 56) "the two banks merged in 2001": the merged group's start"
    r"downed\s+tools|"
    r"dat(?:es?|ing)\s+(?:back\s+)?(?:to|from))"
    r"\b[^,;.()\d]{0,30}?\b(?:in|on|to|from)\s+(?:the\s+year\s+)?$)"
    r"|(?:\b(?:since|founded|established|built|opened|began)\s+(?:in\s+)?$)"
    # (round 43) "poured its first gold in 1980", "produced its first car in"
    # (round 52) "which fired its first kiln in 1932"
    r"|(?:\b(?:[a-z]{3,}ed|poured|produced|struck|pumped|shipped|sold|made|built|printed|brewed|mined|ran|sent|"
    r"flew|rang|sang|dug|sank|laid|lit|threw|drew|spun|wove|grew|took|won|held)\s+(?:its|their)\s+first\s+"
    r"[a-z]+\s+(?:in|on)\s+$)",
    re.I)
# "born at 29 weeks in March 2014" / "born 11 weeks early on 2 May": how early, in weeks, before the date
_BORN_WEEKS = r"|(?:\bborn\s+(?:at\s+(?:just\s+|only\s+)?\d{1,2}\s+weeks|\d{1,2}\s+weeks\s+(?:early|premature(?:ly)?))\s+(?:in|on)\s+$)"
_BORN_CUE = re.compile(r"(?:\bborn\b(?:(?!\b(?:that|which|where|who|whose|when)\b)[^,;.()\d]){0,30}?\b(?:in|on)\s+$)|(?:\(\s*(?:born|b\.)\s*$)|(?:\bborn\s+$)"
                       # (round 37) a place with its region between: "born in Beaumont, Texas, on August 9, 1948"
                       r"|(?:\bborn\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,?\s+on\s+$)"
                       + _BORN_WEEKS +
                       r"|\b(?:date\s+of\s+birth|DOB|d\.o\.b\.?)\s*:?\s*$", re.I)  # "(date of birth 14/03/1994)"


def _year_born(m: Mention) -> bool:
    """(round 54) A birth year joined to "born": "The 1985-born veteran"."""
    return m.compound and m.text[:4].isdigit() and m.text[4:].lower() == "-born"


def _cued(doc: Document, s, m: Mention, cue: re.Pattern) -> bool:
    before = doc.text[max(s.start, m.start - 60):m.start]
    return cue.search(before) is not None


def start_years(doc: Document, s, ms) -> list[tuple[Mention, int]]:
    out = []
    for m in ms:
        y = year_of(m)
        if y is not None and (_cued(doc, s, m, _START_CUE) or _FRONTED_START.fullmatch(doc.text, s.start, m.start)):
            out.append((m, y))
    return out


# (round 53) a sentence opening on a participle of its subject's start, the year its first: "Founded by two brothers
# in a rented shed in 1987, Duncan's Bakery ..."
_FRONTED_START = re.compile(r"\s*(?:Founded|Established|Built|Opened|Set\s+up|Started|Launched|Formed|Created)\b"
                            r"[^,;.()\d]{0,60}?\b(?:in|on)\s+")


# ------------------------------------------------------------ running year
# (round 24) "now in its ninth summer": a summer comes once a year, a year of the thing (read in summer only)
_ORDINAL_YEAR = re.compile(r"^\s+(year|annual|decade|summer)\b(?!\s+(?:running|in\s+a\s+row|of\s+(?:decline|growth|losses|falls|rises)))", re.I)
_POSSESSIVE = re.compile(r"(?:\b(?:its|their|his|her|our)|['’]s)\s+$", re.I)


# "its 25th edition", "the 40th staging of the race": the count of an event's holdings, at most one a year when
# the start is told as an event's ("first held", "first staged", "first run"), not a publication's
_ORDINAL_EDITION = re.compile(r"^\s+(?:edition|staging|running)s?\b", re.I)
_EVENT_START = re.compile(r"\bfirst\s+(?:held|staged|run|ran|took\s+place|played|contested|organi[sz]ed)\b"
                          r"[^,;.()\d]{0,30}?\b(?:in|on)\s+$", re.I)
_MORE_THAN_YEARLY = re.compile(r"\b(?:weekly|monthly|fortnightly|quarterly|twice|biannual|bi-annual|seasonal|"
                               r"every\s+(?:week|month|spring|autumn|season)|each\s+(?:week|month)|spring\s+and\s+autumn|"
                               r"summer\s+and\s+winter|winter\s+and\s+summer|autumn\s+and\s+spring)\b", re.I)


# (round 62) "held every June since 2021", "staged annually since 2021": the first year and one a year since
_HELD_YEARLY_SINCE = re.compile(r"\b(?:held|staged|run)\s+(?:(?:every|each)\s+(?:year|summer|spring|autumn|winter|"
                                + "|".join(MONTH_NAMES) + r")|annually)\s+since\s+$", re.I)


def _running_edition(doc: Document, s, ms, m: Mention):
    """"The race, first held in 2005, returns on Sunday for its 25th edition": an event held at most once a
    year has had at most (publication year - first year + 1) editions (one more for next year's)."""
    stext = doc.text[s.start:s.end]
    if _MORE_THAN_YEARLY.search(stext) or not (
            _POSSESSIVE.search(doc.text[max(s.start, m.start - 12):m.start])
            or re.search(r"\bthe\s+$", doc.text[max(s.start, m.start - 5):m.start], re.I)
            and re.match(r"\s+\w+\s+of\s+(?:the|this|its)\b", doc.text[m.end:s.end], re.I)):
        return None
    yearly = [x for x in ms if year_of(x) is not None and _cued(doc, s, x, _HELD_YEARLY_SINCE)]
    starts = yearly or [x for x in ms if year_of(x) is not None and _cued(doc, s, x, _EVENT_START)]
    others = [x for x in ms if year_of(x) is not None and x not in starts]
    if len(starts) != 1 or others or year_of(starts[0]) > doc.published.year:
        return None
    # (round 56) "first held in 2003 and held every year since": one a year, this year's the (year - first + 1)th
    annual = bool(yearly) or _EVERY_YEAR_SINCE_AFTER.match(doc.text, starts[0].end, s.end) is not None
    return RunningYear("inferred" if annual else "explicit",
                       "its Nth edition ... first held in" + (", every year since" if annual else ""), m, starts[0],
                       int(m.value), year_of(starts[0]), doc.published.year, "publication",
                       "annual edition" if annual else "edition")


# (round 56) "first held in 2003 and (held) every year since", "first staged in 2003, and annually since": right after
# the first year, closing its clause (not "every year since 2010": another start)
_EVERY_YEAR_SINCE_AFTER = re.compile(r"\s*,?\s*and\s+(?:has\s+been\s+|was\s+)?(?:(?:held|staged|run)\s+)?"
                                     r"(?:(?:every|each)\s+year|annually|yearly)\s+(?:ever\s+)?since\s*[,.;]", re.I)


# (round 55) held every year since a year: "has been held every year since its debut in 2015", "annually since 2015"
_EVERY_YEAR_SINCE = re.compile(r"\b(?:(?:every|each)\s+year|annually|yearly)\s+since\s+(?:(?:its|their)\s+(?:debut|launch|"
                               r"founding|inception|first\s+[a-z]+)\s+in\s+"
                               # (round 60) "held every year since it began in 2019"
                               r"|(?:it|they)\s+(?:began|started|opened|launched|was\s+founded|were\s+founded)\s+in\s+)?$",
                               re.I)
_THIS_EDITION = re.compile(r"(?:\b(?:this|next)\s+(?:weekend|week|month|year|summer|spring|autumn|winter)['’]s|"
                           r"\b(?:its|the|their))\s+$", re.I)


def _annual_edition(doc: Document, s, ms, m: Mention):
    """(round 55) An event held every year since a year, in the same sentence or the one before, and "this weekend's
    12th edition": one a year, so this year's is the (publication year - first year + 1)th."""
    if m.value is None or m.value < 2 or not _THIS_EDITION.search(doc.text, max(s.start, m.start - 25), m.start) \
            or _MORE_THAN_YEARLY.search(doc.text, s.start, s.end):
        return None
    own_years = [x for x in ms if x is not m and year_of(x) is not None]
    if own_years and not (len(own_years) == 1 and own_years[0].end <= m.start and _EVERY_YEAR_SINCE.search(
            doc.text, max(s.start, own_years[0].start - 60), own_years[0].start)):
        return None  # another year in its sentence (but (round 60) its own start: "held every year since it began in
        # 2019, opens on Friday for its ninth edition")
    for k in (s.index, s.index - 1):
        if k < 0 or doc.sentences[k].headline or doc.sentences[k].paragraph != s.paragraph:
            continue
        years = [x for x in doc.mentions_in(k) if year_of(x) is not None]
        if len(years) == 1 and _EVERY_YEAR_SINCE.search(doc.text, max(doc.sentences[k].start, years[0].start - 60),
                                                        years[0].start) \
                and year_of(years[0]) <= doc.published.year:
            return RunningYear("inferred", "its Nth edition ... held every year since", m, years[0], int(m.value),
                               year_of(years[0]), doc.published.year, "publication", "annual edition")
    return None


# round 16: "now in its 21st season": at most one season a year (a season may run across two years)
# a programme's seasons may come twice a year ("The contest show, now in its 25th season, premiered in 2011")
_BROADCAST = re.compile(r"\b(?:show|shows|series|programme|program|premiered?|aired|airs|broadcast\w*|episodes?|"
                        r"TV|television|network|channel|streaming|sitcom|drama|reality|contestants?|viewers)\b", re.I)
_ORDINAL_SEASON = re.compile(r"^\s+seasons?\b(?!\s+(?:running|in\s+a\s+row))", re.I)


def _running_season(doc: Document, s, ms, m: Mention):
    """Round 16: "The league, now in its 21st season, was launched in 2014": a season at most once a year, so
    no more than (publication year - start year + 1) seasons, one more for next year's (an upper bound only:
    a season across two years, or one missed, counts fewer)."""
    if m.value is None or m.value < 2 or _MORE_THAN_YEARLY.search(doc.text, s.start, s.end) \
            or _BROADCAST.search(doc.text, s.start, s.end) \
            or not _POSSESSIVE.search(doc.text[max(s.start, m.start - 12):m.start]):
        return None
    starts = start_years(doc, s, ms)
    others = [x for x in ms if year_of(x) is not None and x not in [st for st, _ in starts]]
    if len({y for _, y in starts}) != 1 or others or starts[0][1] > doc.published.year:
        return None
    start, y = starts[0]
    return RunningYear("explicit", "its Nth season ... began in", m, start, int(m.value), y,
                       doc.published.year, "publication", "season")


def find_running_years(doc: Document):
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        for m in ms:
            if m.kind is not Kind.ORDINAL or m.value is None:
                continue
            after = doc.text[m.end:s.end]
            if _ORDINAL_EDITION.match(after):
                low = doc.text[s.start:s.end].lower()
                # (round 62) "held every June since 2021" starts the count as "first held in" does
                rel = _running_edition(doc, s, ms, m) if "first" in low or "since" in low else None
                if rel is None and "first" not in low:
                    rel = _annual_edition(doc, s, ms, m)
                if rel is not None:
                    yield rel
                continue
            if _ORDINAL_SEASON.match(after):
                rel = _running_season(doc, s, ms, m)
                if rel is not None:
                    yield rel
                continue
            if not _ORDINAL_YEAR.match(after):
                continue
            if m.value == 1:
                continue  # "19 in his first year", "now in its first year of league football": no running count
            if not _POSSESSIVE.search(doc.text[max(s.start, m.start - 12):m.start]) and not (
                    re.search(r"\bthe\s+$", doc.text[max(s.start, m.start - 5):m.start], re.I)
                    and re.match(r"\s+(?:year|decade)\s+of\s+(?:its|their|his|her|the)\b", after, re.I)):
                continue
            starts = start_years(doc, s, ms)
            link = "explicit"
            if not starts and not any(year_of(x) is not None for x in ms):
                starts, link = _start_told_next(doc, s), "inferred"
            years = {y for _, y in starts}
            others = [x for x in ms if year_of(x) is not None and x not in [st for st, _ in starts]]
            if len(years) != 1 or others:
                continue
            start, y = starts[0]
            if y > pub.year:
                continue
            unit = _ORDINAL_YEAR.match(after).group(1).lower()
            if unit == "summer" and not 5 <= pub.month <= 9:
                continue  # (round 24) "its ninth summer" told in winter: the last summer or the next
            yield RunningYear(link, f"its Nth {unit} ... first held in", m, start, int(m.value), y,
                              pub.year, "publication", "decade" if unit == "decade" else "year")


# (round 50) the next sentence tells the start of the thing just said to be in its Nth year: "It was first held in 2019"
_IT_OPENS = re.compile(r"\W*(?:It|The\s+(?:festival|event|race|show|fair|tournament|contest|competition|league|"
                       r"scheme|series|project|award|prize|game|match|run|walk|parade|carnival|market|conference))\s",)


def _start_told_next(doc: Document, s) -> list:
    """(round 50) The start years of the sentence right after ``s`` when it opens on "It" or the thing's noun and names
    no other year ("... now in its ninth year, opened on Friday. It was first held in 2019 ...")."""
    if s.index + 1 >= len(doc.sentences):
        return []
    nxt = doc.sentences[s.index + 1]
    if nxt.chrome or nxt.paragraph != s.paragraph or not _IT_OPENS.match(doc.text, nxt.start):
        return []
    ms = _grouped(doc).get(nxt.index, ())
    starts = start_years(doc, nxt, ms)
    if any(year_of(x) is not None and x not in [st for st, _ in starts] for x in ms):
        return []
    return starts


# ------------------------------------------------------- elapsed durations
_FOR_BEFORE = re.compile(r"\b(?:for|(?:over|in|during)\s+the\s+(?:past|last)|(?:the\s+)?(?:past|last))\s+$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|hasn't|haven't|'s\s+been|now|still|is|are)\b", re.I)
# (round 55: "Twenty years to the day after ...": exactly so many years)
_CONNECT = re.compile(r"^\s+(?:to\s+the\s+day\s+)?(?:(?:have|has)\s+(?:passed|elapsed|gone\s+by)\s+|(?:[a-z]+\s+){1,4}(?=since\b))?"
                      r"(since|after|before|ago|later|earlier|on\s+from|until|till)\b", re.I)
# (round 32) the year a clause names before its span: "reopened last year, 45 years after ..."
_RELATIVE_YEAR_BEFORE = re.compile(r"\b(?:(?:early|late|earlier|later)\s+)?(last|this)\s+year\s*,\s*$", re.I)
_BREAK = re.compile(r"\b(?:and|but|while|whereas|although|though)\b|;", re.I)
_YEAR_UNITS = {"year": 1, "decade": 10, "century": 100}
_DAY_UNITS = {"day": Fraction(1), "week": Fraction(7), "month": Fraction(146097, 4800)}  # days per unit


def _duration_unit(m: Mention) -> str | None:
    if m.kind is not Kind.DURATION or m.interval is None or m.unit is None:
        return None
    u = m.unit.lower().rstrip("s")
    return u if u in _YEAR_UNITS or u in _DAY_UNITS else None


def _point(doc: Document, m: Mention | None):
    """(full date or None, year or None, source) for one end of a span."""
    if m is None:
        pub = doc.published
        return pub, (pub.year if pub else None), "publication date"
    d, how = resolve_mention(doc, m)
    if d is not None:
        return d, d.year, how
    y = year_of(m)
    if y is not None:
        return None, y, "stated year"
    if m.kind is Kind.WEEKDAY and doc.published is not None:
        # a weekday near the publication date: its year is the publication year
        # unless the publication date is in the first or last week of the year
        pub = doc.published
        if 7 <= pub.timetuple().tm_yday <= 358:
            return None, pub.year, "weekday near publication"
    return None, None, ""


def _month_ends(m: Mention | None) -> tuple[int, int | None] | None:
    """(year, month or None) of a year or a month and year without a day."""
    if m is None:
        return None
    y = year_of(m)
    if y is None or m.kind is Kind.DATE and (m.date.day is not None or m.date.weekday is not None):
        return None
    return y, (m.date.month if m.kind is Kind.DATE else None)


def _weekday_from_other(dur, unit, cue, first, second, fd, sd, fs, ss):
    """(round 18) "opened on Thursday, 11 November, and closed three days later, on Monday": a bare weekday
    counted from the dated other end within one week, not from the publication date ("later"/"after": the
    first such day after it; "earlier"/"before": the last before it); left as it was when the count could
    reach a later week."""
    unread, other = (second, fd) if second.kind is Kind.WEEKDAY else (first, sd)
    if other is None or unread.date is None or unread.date.weekday is None \
            or dur.interval is None or dur.interval.hi is None or dur.interval.hi * days_per(unit) + 1 >= 7:
        return fd, sd, fs, ss
    if cue.endswith((" later", " after")):
        forward = unread is second  # the second mention is the later event
    elif cue.endswith((" earlier", " before")):
        forward = unread is first  # "on Monday, two days before the vote on Wednesday, 3 May"
    else:
        return fd, sd, fs, ss
    step = (unread.date.weekday - other.weekday()) % 7 if forward else -((other.weekday() - unread.date.weekday) % 7)
    if step == 0:
        return fd, sd, fs, ss
    day = other + _dt.timedelta(days=step)
    if unread is second:
        return fd, day, fs, "weekday within the week of the other date"
    return day, sd, "weekday within the week of the other date", ss


def _make_span(doc, dur, first, second, link, cue):
    unit = _duration_unit(dur)
    if unit == "month":
        # "began in September 2023 and finished 14 months later, in August 2024": months of years
        ends = sorted(e for e in (_month_ends(first), _month_ends(second)) if e is not None)
        if len(ends) == 2 and (ends[0][1] or ends[1][1]) and (ends[1][0], ends[1][1] or 12) > (ends[0][0], ends[0][1] or 0):
            lo, hi = month_bounds(ends[0], ends[1])
            return MonthSpan(link, cue, dur, first, second, (ends[0], ends[1]), lo, hi, True)
    fd, fy, fs = _point(doc, first)
    sd, sy, ss = _point(doc, second)
    sources = f"{fs}; {ss}"
    if unit in _DAY_UNITS:
        if (fd is None or sd is None or fs == ss == "publication year" and fd.year != sd.year) \
                and first is not None and second is not None \
                and first.kind is Kind.DATE and second.kind is Kind.DATE:
            # (two dates with no year, each nearest the publication date, may fall in different years:
            # "on 14 June, 13 days after ... 1 June", published in December, is one June, not two)
            # "on 14 August, 17 days after the collapse on 3 August": no year written nor published,
            # the count is read when no 29 February can fall between (the earlier event first)
            if cue.endswith(("after", "since", "on from", "later")):
                early, late = first, second
            elif cue.endswith(("before", "until", "till", "earlier")):
                early, late = second, first
            else:
                return None
            found = _range_dates(doc, early, late)
            if found is None:
                return None
            a, b, how = found
            fd, sd = (b, a) if early is second else (a, b)
            if how != "no year given":
                how = "year of the other date"
            fs = ss = how
        if first is not None and second is not None and (first.kind is Kind.WEEKDAY) != (second.kind is Kind.WEEKDAY):
            fd, sd, fs, ss = _weekday_from_other(dur, unit, cue, first, second, fd, sd, fs, ss)
        if fd is None or sd is None:
            return None
        # a day and month without a year take the year of the full date beside them
        if fs == "stated" and ss == "publication year":
            sd, ss = nearest_date(second.date.month, second.date.day, fd), "year of the other date"
        elif ss == "stated" and fs == "publication year":
            fd, fs = nearest_date(first.date.month, first.date.day, sd), "year of the other date"
        if fd is None or sd is None or ("weekday" in fs + ss and abs((fd - sd).days) > 366):
            return None
        sources = fs if fs == ss == "no year given" else f"{fs}; {ss}"
        if first is not None and second is not None and first.kind is Kind.WEEKDAY and second.kind is Kind.WEEKDAY:
            # two bare weekdays: the days between them within one week, from the earlier event
            # ("docked on Friday, two days after leaving on Tuesday": Tuesday to Friday; "before" and
            # "earlier" name the later event first); none when a later week could fit
            stated = dur.interval.hi * days_per(unit) if dur.interval is not None else None
            forward, backward = (sd.weekday() - fd.weekday()) % 7, (fd.weekday() - sd.weekday()) % 7
            if stated is None or stated + 1 >= 7 or forward == 0:
                return None
            a_wd, span = (sd.weekday(), backward) if cue.endswith(("before", "earlier")) else (fd.weekday(), forward)
            fd = _dt.date(2001, 1, 1) + _dt.timedelta(days=a_wd)  # 1 January 2001 was a Monday
            sd, sources = fd + _dt.timedelta(days=span), "weekdays"
        if "weekday" in fs or "weekday" in ss or "publication" in fs or "publication" in ss:
            link = "inferred" if ("weekday" in fs or "weekday" in ss) else link
        return DaySpan(link, cue, dur, first, second, fd, sd, sources)
    if unit in _YEAR_UNITS:
        if fy is None or sy is None or "publication year" in (fs, ss):
            return None  # a day and month without a year cannot date a span of years
        return YearSpan(link, cue, dur, first, second, fd, sd, fy, sy, sources)
    return None


# (round 40) "after 183 days in orbit, having launched on April 24 and landed on September 1": the length, then its
# first and last days told by a verb of beginning and one of ending
# the verbs that tell the day something began and the day it ended (shared with ``_begun_and_ended_before``)
_BEGAN_VERBS = r"launched|left|set\s+off|began|started|departed|took\s+off|opened|sailed|flew\s+out"
_ENDED_VERBS = (r"landed|returned|ended|finished|came\s+back|discharged|released|closed|docked|arrived|got\s+back|"
                r"flew\s+back|splashed\s+down|touched\s+down")
_BEGUN_AFTER_LENGTH = re.compile(r"[^;:.()\d]{0,50}?,\s*(?:having\s+|after\s+|since\s+)?(?:been\s+)?(?:" + _BEGAN_VERBS
                                 + r"|admitted|arrived|went\s+in)\s+(?:on\s+)?$", re.I)
_THEN_ENDED = re.compile(r"\s+and\s+(?:was\s+|were\s+)?(?:" + _ENDED_VERBS + r")\s+(?:on\s+)?$", re.I)


def _begun_and_ended_after(doc: Document, d: Mention, dated: list[Mention]):
    """(round 40) A length in days, then the day it began and the day it ended, each told by its own verb, in the
    same sentence: the days between them (inferred)."""
    later = [m for m in dated if m.start >= d.end and m.date is not None]
    if len(later) != 2:
        return None
    first, second = later
    if not _BEGUN_AFTER_LENGTH.fullmatch(doc.text, d.end, first.start) \
            or not _THEN_ENDED.fullmatch(doc.text, first.end, second.start):
        return None
    # (the cue ends as "later" does: the first date is the earlier, and two dates with no year are read when no
    # 29 February can fall between them)
    return _make_span(doc, d, first, second, "inferred", f"{d.text} from the day it began to the day it ended, later")


# (round 52) the length after the day it ended: "left on 3 January and reached the delta on 17 February after a
# 42-day voyage", "closed on 2 April after 85 days in use", "..., a voyage of 42 days"
_ENDED_THEN_LENGTH = re.compile(r"[^;:.()\d]{0,40}?(?:,?\s+(?:after|following)\s+(?:a\s+|an\s+|some\s+|about\s+)?|"
                                r",\s+(?:a|an)\s+[a-z]+\s+of\s+(?:some\s+|about\s+)?"
                                # (round 56) ", completing the Pacific crossing in 38 days"
                                r"|,\s+(?:completing|finishing|making)\s+(?:the|its|their|his|her)\s+"
                                r"(?:\d[\d,.]*-[a-z]+\s+)?(?:[A-Za-z-]+\s+){0,2}?"  # (round 61) "the 3,000-mile Atlantic"
                                r"(?:crossing|voyage|journey|trip|trek|expedition|row|sail|walk|ride|swim|passage)\s+in\s+"
                                r"(?:just\s+)?)$", re.I)
# the length is of the whole, no part of it: "after 85 days in use", "after a 42-day voyage" (not "after two days in
# Doha", "after 25 days of previews", "after three days stuck at the top camp")
_WHOLE_LENGTH_CLOSES = re.compile(r"(?:\s+(?:in\s+use|in\s+operation|at\s+sea|afloat|open|adrift))?"
                                  r"(?:\s*[,.;)]|\s*$|\s+(?:as|when|and|but|because|while)\b)"
                                  r"|\s+(?:" + "|".join(("voyage", "crossing", "journey", "trip", "flight", "trek",
                                                        "expedition", "strike", "run", "stay", "siege", "search",
                                                        "drive", "walk", "row", "sail", "closure")) + r")\b", re.I)
_BEGUN_BEFORE = re.compile(r"\b(?:" + _BEGAN_VERBS + r"|set\s+sail)\b[^;:.()\d]{0,40}?\s+(?:on\s+)?$", re.I)
_REACHED_THEN = re.compile(r"(?:\s+and|\s*,)\s+(?:was\s+|were\s+)?(?:" + _ENDED_VERBS + r"|reached"
                           # (round 56) "rowed into Port Ellis on 2 March": the journey's end by its own verb
                           r"|(?:rowed|sailed|paddled|swam|cycled|walked)\s+(?:into|in\s+to))\b[^;:.()\d]{0,40}?"
                           r"\s+(?:on\s+)?$", re.I)


def _begun_and_ended_before(doc: Document, s, ms) -> list:
    """(round 52) The day something began and the day it ended, each told by its own verb, then its length in days
    after them ("after 85 days", "after a 42-day voyage", ", a voyage of 42 days"): the days between them (told
    explicitly)."""
    if not any(_duration_unit(d) in _DAY_UNITS for d in ms):
        return []
    dated = [m for m in _dated(ms) if m.date is not None]
    out = []
    for k in range(len(dated) - 1):
        first, second = dated[k], dated[k + 1]
        if not _BEGUN_BEFORE.search(doc.text, max(s.start, first.start - 50), first.start) \
                or not _REACHED_THEN.fullmatch(doc.text, first.end, second.start):
            continue
        lengths = [d for d in ms if d.start >= second.end and _duration_unit(d) in _DAY_UNITS and not d.is_range]
        if lengths and _ENDED_THEN_LENGTH.fullmatch(doc.text, second.end, lengths[0].start) \
                and _WHOLE_LENGTH_CLOSES.match(doc.text, lengths[0].end):
            rel = _make_span(doc, lengths[0], first, second, "explicit",
                             f"{lengths[0].text} from the day it began to the day it ended, later")
            if rel is not None:
                out.append(rel)
    return out


# (round 56) a time limit set on a day, then its deadline: "ruled on 2 May that the firm must reply within 60 days, by
# 1 July" -- the day set after "on", the limit after "within" (or "has"/"had"/"given") with at most a short infinitive
# after it ("to reply"), then ", by"/", until" the deadline, closing its clause
_LIMIT_SET_BEFORE = re.compile(r"\bon\s+$", re.I)
_LIMIT_AFTER_DAY = re.compile(r"[^;:.()\d]{0,70}?\b(?:within|has|have|had|given|gave\s+(?:it|them|him|her|the\s+[a-z]+)"
                              r")\s+(?:just\s+|only\s+)?$", re.I)
_DEADLINE_AFTER_LIMIT = re.compile(r"(?:\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}?)?\s*,\s*(?:that\s+is\s+|i\.e\.\s+)?"
                                   r"(?:by|until|till)\s+(?:on\s+)?$", re.I)
_DEADLINE_CLOSES = re.compile(r"\s*(?:[,.;)]|$|\s+or\b|\s+and\b)")


def _limit_then_deadline(doc: Document, s, ms) -> list:
    """(round 56) "The ombudsman ruled on 2 May that the firm must reply within 60 days, by 1 July": the days from
    the day the limit was set to the deadline told after it (both full dates, none between; not a limit counted from
    another day, "within 60 days of receiving it")."""
    out = []
    dated = [m for m in _dated(ms) if m.date is not None and m.kind is Kind.DATE]
    for k in range(len(dated) - 1):
        first, second = dated[k], dated[k + 1]
        if not _LIMIT_SET_BEFORE.search(doc.text, max(s.start, first.start - 4), first.start):
            continue
        lengths = [d for d in ms if first.end <= d.start and d.end <= second.start]
        if len(lengths) != 1:
            continue
        d = lengths[0]
        if _duration_unit(d) not in _DAY_UNITS or d.is_range or d.compound or d.hedge \
                or not _LIMIT_AFTER_DAY.fullmatch(doc.text, first.end, d.start) \
                or not _DEADLINE_AFTER_LIMIT.fullmatch(doc.text, d.end, second.start) \
                or not _DEADLINE_CLOSES.match(doc.text, second.end):
            continue
        rel = _make_span(doc, d, first, second, "inferred", f"{d.text} from the day it was set to its deadline, on from")
        if rel is not None:
            out.append(rel)
    return out


@needs(Kind.DURATION)
def find_begun_ended_lengths(doc: Document):
    """(round 52) See ``_begun_and_ended_before``; after ``find_spans``, whose readings of the same figures come first
    (its length may be a compound, "a 42-day voyage", which ``find_spans`` does not read).  (Round 56) And a time
    limit set on a day, then its deadline (``_limit_then_deadline``)."""
    for s, ms in _sentences(doc):
        yield from _begun_and_ended_before(doc, s, ms)
        yield from _limit_then_deadline(doc, s, ms)


@needs(Kind.DURATION, or_words=("week", "fortnight"))
def find_spans(doc: Document):
    pub = doc.published
    for s, ms in _sentences(doc):
        lengths = [d for d in list(ms) + [w for w in _week_words(doc, s, ms) if not w.compound]  # "a fortnight later"
                   if _duration_unit(d) is not None and not d.compound]
        if not lengths:
            continue  # a span is a length of time: most sentences hold none (tested before the dates are read)
        stext = doc.text[s.start:s.end]
        dated = _dated(ms)
        starts = start_years(doc, s, ms)
        for d in lengths:
            unit = _duration_unit(d)
            prev = [m for m in ms if m.end <= d.start]
            if (prev and prev[-1].is_quantity and d.start - prev[-1].end <= 2) or \
                    re.search(r"\b(?:per|every|each|a|an)\s+$", doc.text[max(s.start, d.start - 7):d.start], re.I):
                continue  # a rate: "20 pct a year since 1980"
            after = doc.text[d.end:s.end]
            if unit in _DAY_UNITS and _INTO_ITS.match(after):
                rel = _days_into(doc, s, d, dated)
                if rel is not None:
                    yield rel
                    continue
            con = _CONNECT.match(after)
            if con is not None and _record_length(doc, s, d, con.group(1)):
                con = None
            if con is None and unit in _DAY_UNITS:
                rel = _begun_and_ended_after(doc, d, dated)
                if rel is not None:
                    yield rel
                    continue
            if con is None and (unit in _DAY_UNITS or unit in _YEAR_UNITS) and pub is not None:
                rel = _since_then_length(doc, s, ms, d, prev) or _begun_then_length(doc, s, ms, d, prev) \
                    or _leaves_after_years(doc, s, ms, d)
                if rel is not None:
                    yield rel
                    continue
            if con:
                word = con.group(1).lower()
                cpos = d.end + con.end()
                later = [m for m in dated if m.start >= cpos]
                earlier = [m for m in dated if m.end <= d.start]
                if word in ("since", "after", "before", "on from", "until", "till"):
                    if word in ("until", "till") and not earlier_dated(doc, dated, d):
                        continue  # "for 40 days until 2 May": only with the day it began before it
                    if not later:
                        continue
                    anchor = later[0]
                    between = doc.text[cpos:anchor.start]
                    if len(between) > 70 or ";" in between:
                        continue
                    other = None
                    if earlier:
                        other = earlier[-1]
                        if _cued(doc, s, other, _BORN_CUE) and word in ("before", "until", "till"):
                            continue  # (round 25) "Born in 1929, she taught for four decades before retiring in 1989"
                        if _BREAK.search(doc.text[other.end:d.start]) or ";" in doc.text[other.end:d.start]:
                            other = None
                            if len(earlier) and word != "since":
                                continue
                    elif word == "after" and len(later) > 1 and _recent_day_after(doc, later[1:]) \
                            and not re.search(r";|\b(?:but|while|whereas|although|though)\b",
                                              doc.text[anchor.end:later[1].start], re.I):
                        pass  # (round 34) the later event on a day of the publication's week: the years run to now
                    elif len(later) == 2 and re.search(r"\b(?:when|on|by)\b", doc.text[anchor.end:later[1].start]) \
                            and not _BREAK.search(doc.text[anchor.end:later[1].start]):
                        other = later[1]
                    elif len(later) == 2 and word == "after" and not doc.text[s.start:d.start].strip(" \"'‘“") \
                            and re.match(r"\s*,", doc.text[anchor.end:later[1].start]) \
                            and re.search(r"\bin\s+$", doc.text[anchor.end:later[1].start]) \
                            and not _BREAK.search(doc.text[anchor.end:later[1].start]):
                        other = later[1]  # "Fifteen years after it opened in 2004, the factory closed in 2009"
                    elif len(later) > 1:
                        continue
                    opening = word in ("after", "on from") and not doc.text[s.start:d.start].strip(" \"'‘“") \
                        and unit in _YEAR_UNITS and (anchor.kind is Kind.YEAR or anchor.kind is Kind.DATE
                                                     and year_of(anchor) is not None)  # "in January 1981"
                    if other is None and not earlier and len(later) == 1 and word in ("after", "on from") \
                            and pub is not None and unit in _YEAR_UNITS and year_of(anchor) is not None:
                        told = _RELATIVE_YEAR_BEFORE.search(doc.text, s.start, d.start)
                        if told is not None:
                            # (round 32) "reopened last year, 45 years after it closed in 1969": the later end is
                            # the year the time word names, not the publication date
                            year = pub.year + (-1 if told.group(1).lower() == "last" else 0)
                            yield YearSpan("inferred", f"{d.text} {word}, '{told.group(0).strip(' ,')}'", d, anchor,
                                           None, None, None, year_of(anchor), year,
                                           f"stated year; '{told.group(0).strip(' ,')}' (published {pub.year})")
                            continue
                    if other is None:
                        if pub is None:
                            continue
                        if opening:
                            # "Sixty years after the 1966 flood, ...": a lead counts from then to now
                            rel = _make_span(doc, d, anchor, None, "inferred", f"{d.text} after, opening the sentence")
                            if rel is not None:
                                yield rel
                            continue
                        if word != "since" and not (
                                re.search(r"\b(?:has|have|is|are|now)\b", stext, re.I)
                                and not re.search(r"\b(?:had|was|were|did|will|would|later|earlier)\b", stext, re.I)):
                            continue
                        head = doc.text[s.start:d.start]
                        passed = re.match(r"\s+(?:have|has)\s", con.group(0))  # "Ten years have passed since"
                        if word == "since" and (
                                not (passed or re.search(r"\b(?:has|have|is|are|marks|mark|it's|now|this)\b", head, re.I))
                                or re.search(r"\b(?:had|was|were)\b", head, re.I)):
                            continue
                    rel = _make_span(doc, d, anchor, other, "explicit", f"{d.text} {word}")
                    if rel is not None:
                        yield rel
                elif word == "ago":
                    if pub is None:
                        continue
                    # (round 30) "50 years ago today, on 18 August 1975", "30 years ago this week, on 9 May": the
                    # anniversary's day then set apart after the time word
                    told = _AGO_NOW.match(doc.text, cpos, s.end)
                    cpos = told.end() if told and any(0 <= m.start - told.end() <= 8 for m in dated) else cpos
                    near = [m for m in dated if m.kind is not Kind.WEEKDAY and
                            (0 <= m.start - cpos <= 8 or 0 <= d.start - m.end <= 6
                             or 0 <= d.start - m.end <= 24 and _APPOSED_EXACT.fullmatch(doc.text, m.end, d.start))]
                    link = "explicit"
                    if not near:
                        near = _year_of_the_thing(doc, s, dated, d, cpos)
                        link = "inferred"
                    if len(near) != 1:
                        continue
                    gap = doc.text[cpos:near[0].start] if near[0].start >= cpos else doc.text[near[0].end:d.start]
                    if link == "explicit" and not re.fullmatch(r"\s*(?:,|\(|[-–—])?\s*(?:in|on)?\s*", gap) \
                            and not (near[0].end <= d.start and _APPOSED_EXACT.fullmatch(gap)):
                        # "Signed 13 years ago, the 2014 accord ...": an opening participle on the year's noun
                        if near[0].start < cpos or near[0].kind is not Kind.YEAR \
                                or not re.fullmatch(r"\s*,\s*(?:the|its|their|his|her)\s+", gap) \
                                or not _OPENING_PARTICIPLE.fullmatch(doc.text, s.start, d.start) \
                                or year_of(near[0]) >= pub.year:
                            continue
                        link = "inferred"
                    when, how = resolve_mention(doc, near[0])
                    if how == "publication year" and when > pub:
                        continue  # "Twelve months ago, on 8 July" (published 1 July): not this year's 8 July
                    rel = _make_span(doc, d, near[0], None, link, f"{d.text} ago")
                    if rel is not None:
                        yield rel
                else:  # later / earlier
                    if re.match(r"\s*than\b", doc.text[cpos:cpos + 8]):
                        continue  # "30 days later than planned": a delay, not the time between
                    earlier = [m for m in dated if m.end <= d.start]
                    later = [m for m in dated if m.start >= cpos]
                    apposed = _apposed_span(doc, s, d, dated, cpos, word)
                    if apposed is not None:
                        yield apposed
                        continue
                    if not earlier or not later:
                        continue
                    first, second = earlier[-1], later[0]
                    if _BREAK.search(doc.text[cpos:second.start]) or len(doc.text[cpos:second.start]) > 40:
                        continue
                    semis = doc.text.count(";", first.end, second.start)
                    if semis > 1 or semis and len(earlier) > 1:
                        continue  # "went missing on 1 June; ... found five days later, on 9 June": one clause each
                    rel = _make_span(doc, d, first, second, "explicit", f"{d.text} {word}")
                    if rel is not None:
                        yield rel
                continue
            if unit not in _YEAR_UNITS:
                continue
            if pub is not None and _FIRST_TIME_IN.search(doc.text, max(s.start, d.start - 40), d.start):
                rel = _first_time_in(doc, s, ms, d)
                if rel is not None:
                    yield rel
                continue
            # "formed in 1990 and split in 2000 after ten years together"
            if re.search(r"\bafter\s+$", doc.text[max(s.start, d.start - 8):d.start], re.I):
                years = {y for _, y in starts}
                ends = [m for m in ms if year_of(m) is not None and all(m is not st for st, _ in starts)]
                if len(years) == 1 and len(ends) == 1:
                    start, end = starts[0][0], ends[0]
                    lo, hi = sorted((end, d), key=lambda x: x.start)
                    gap = doc.text[lo.end:hi.start]
                    if start.start < min(end.start, d.start) and len(gap) <= 25 and ";" not in gap \
                            and year_of(end) >= starts[0][1]:
                        rel = _make_span(doc, d, start, end, "explicit", f"after {d.text}")
                        if rel is not None:
                            yield rel
                elif len(years) == 1 and not ends and pub is not None:
                    rel = _leaving_after(doc, s, d, starts[0][0])
                    if rel is not None:
                        yield rel
                continue
            # "has carried traffic for more than 60 years" + "opened in 1964"
            if pub is None:
                continue
            marks = _MARKS_NOW.search(doc.text, max(s.start, d.start - 25), d.start)
            if marks and marks.group(1) and not _NOW_TIME.search(stext):
                marks = None  # "celebrated 55 years together" only "this week", "on Sunday", ...
            if marks and not _NOT_NOW.search(stext):
                years = {y for _, y in starts}
                others = [m for m in ms if year_of(m) is not None and all(m is not st for st, _ in starts)]
                if len(years) == 1 and not others and starts[0][1] <= pub.year:
                    rel = _make_span(doc, d, starts[0][0], None, "explicit", f"marks {d.text}")
                    if rel is not None:
                        yield rel
                continue
            if not _FOR_BEFORE.search(doc.text[max(s.start, d.start - 25):d.start]):
                continue
            years = {y for _, y in starts}
            if len(years) != 1:
                continue
            start, y = starts[0]
            others = [m for m in ms if year_of(m) is not None and m is not start]
            if others or y > pub.year:
                continue
            lo, hi = sorted((start, d), key=lambda x: x.start)
            between = doc.text[lo.end:hi.start]
            if _BREAK.search(between) or len(between) > 120:
                continue
            head = doc.text[s.start:d.start]
            if not _PERFECT.search(head) or re.search(r"\b(?:had|was|were|until|till|before|will|would)\b",
                                                     doc.text[s.start:s.end], re.I):
                continue
            if re.search(r"\b(?:first|last|only)\s+time\b", stext, re.I):
                continue
            rel = _make_span(doc, d, start, None, "explicit", f"for {d.text} since {y}")
            if rel is not None:
                yield rel


def _recent_day_after(doc: Document, rest: list[Mention]) -> bool:
    """(round 34) "More than a decade after it was proposed in 2018, the road opened on Wednesday, September 27": the
    dates after the year are one day named by its weekday (perhaps with its day and month, no year), a day of the
    publication's week, so the years run from the year to the publication date."""
    if not rest or len(rest) > 2 or not re.search(r"\bon\s+$", doc.text[max(0, rest[0].start - 4):rest[0].start]):
        return False
    if rest[0].kind is Kind.DATE:  # "Wednesday, September 27" read as one date
        return len(rest) == 1 and rest[0].date is not None and rest[0].date.weekday is not None \
            and year_of(rest[0]) is None
    if rest[0].kind is not Kind.WEEKDAY:
        return False
    if len(rest) == 2:
        return rest[1].kind is Kind.DATE and year_of(rest[1]) is None \
            and re.fullmatch(r"\s*,?\s*", doc.text[rest[0].end:rest[1].start]) is not None
    return True


# (round 25) "..., some 1,200 days into its mission": the count from the thing's start to the day just told; the
# thing one that runs every day once begun, named bare (a trial or inquiry counts its sitting days, and "its second
# leg", "its public hearings" a later part of it)
_INTO_ITS = re.compile(r"\s+into\s+(?:its|their|his|her|the)\s+(?:mission|voyage|journey|flight|crossing|expedition|"
                       r"trek|siege|strike|hunger\s+strike|dispute|walkout|stoppage|lockdown|blockade|occupation|ordeal|"
                       r"search|stand-?off|war)\s*(?:[,;.)–—]|-\s|$)", re.I)


def _days_into(doc: Document, s, d: Mention, dated):
    """"The probe, launched on 14 August 2018, reached the comet on 3 September 2020, some 1,200 days into its
    mission": the later day set apart just before the count, the earlier one its start ("launched on", "set sail
    on"); the sentence's only two dates."""
    before = [m for m in dated if m.end <= d.start]
    if len(before) != 2 or len(dated) != 2 or any(m.kind is not Kind.DATE for m in before):
        return None
    first, second = before
    if not re.fullmatch(r"\s*,\s*", doc.text[second.end:d.start]) \
            or not _set_out_before(doc.text, max(s.start, first.start - 50), first.start):
        return None
    return _make_span(doc, d, first, second, "explicit", f"{d.text} into, after")


def _record_length(doc: Document, s, d: Mention, word: str) -> bool:
    """Round 29: "lost control for the first time in 20 years after its rivals made gains on Thursday", "the
    lowest level in a decade before the rules changed": the length of a record (a first or a superlative, then
    "in" and the length) runs up to now; the clause after "after", "before" or "until" says why or what came
    next, not where the length ends."""
    if word.lower() not in ("after", "before", "until", "till"):
        return False
    head = doc.text[max(s.start, d.start - 50):d.start]
    in_ = re.search(r"\s+in\s+$", head)
    return in_ is not None and bool(_RECORD_SINCE.search(head, 0, in_.start()))


# (round 25) "returned for the first time in half a century, having last been held in 1989": the years from the
# last time to now
_FIRST_TIME_IN = re.compile(r"\bthe\s+first\s+time\s+in\s+$", re.I)
_LAST_IN = re.compile(r"\b(?:last|previously)\s+(?:[a-z]+\s+){1,3}?in\s+$|\blast\s+time\s+(?:[a-z]+\s+){0,4}?(?:was|in)\s+$"
                      r"|\bsince\s+$", re.I)


def _first_time_in(doc: Document, s, ms, d: Mention):
    """"The regatta returned on Saturday for the first time in half a century, having last been held in 1989": the
    sentence's one year, told as the last time (or "since"), to the publication date; inferred.  Not a return told
    at another time ("that season", "back then", "three years later")."""
    years = [m for m in ms if year_of(m) is not None]
    if len(years) != 1 or years[0].kind is not Kind.YEAR \
            or not _LAST_IN.search(doc.text, max(s.start, years[0].start - 40), years[0].start) \
            or year_of(years[0]) >= doc.published.year \
            or re.search(r"\b(?:will|would|next|ago|later|earlier)\b", doc.text[s.start:s.end], re.I) \
            or _TOLD_THEN.search(doc.text, s.start, s.end):
        return None  # a return to come, or one told at an earlier time ("That season", "Three years later")
    if d.hedge is None and d.value is not None and d.interval is not None:
        # a wait counted loosely (either end's year, a round figure): a tenth either way, and at least 18 months
        w = max(Fraction(3, 2) / _YEAR_UNITS[_duration_unit(d)], d.value / 10)
        d = replace(d, interval=Interval(min(d.interval.lo, d.value - w), max(d.interval.hi, d.value + w)))
    return _make_span(doc, d, years[0], None, "inferred", f"the first time in {d.text}, last in {years[0].text}")


# (round 25) "who has led the charity since 2009, is stepping down after 18 years": a post held since a year and
# left now, after the years since; the post's own start ("since", "joined", "took over", "was appointed") only
_LEAVING_NOW = re.compile(r"\b(?:(?:is|are|'s)\s+(?:stepping\s+down|retiring|leaving|quitting|standing\s+down|bowing\s+out|"
                          r"departing|resigning)|(?:has|have)\s+(?:stepped\s+down|retired|left|quit|stood\s+down|bowed\s+out|"
                          r"resigned)|steps\s+down|retires|leaves|quits|stands\s+down|bows\s+out|resigns)\s+after\s+$", re.I)
_POST_START = re.compile(r"\b(?:since|joined|took\s+(?:over|charge|office)|(?:was|were)\s+(?:appointed|elected|named)|"
                         r"became)(?:\s+[^,;.()\d]{0,40}?)?\s+(?:in\s+)?$", re.I)
# the length closes its clause, or names the post itself: "after 18 years.", "after 18 years in the job"
_LENGTH_OF_POST = re.compile(r"(?:\s+(?:in\s+(?:the\s+)?(?:job|role|post|office|charge)|at\s+the\s+helm))?"
                             r"\s*(?:[,;.)–—!?]|-\s|$)", re.I)


# a start that begins all the years the leaving ends: joining the body itself, or leading it since, left as a post
# ("has led the charity since 2009, is stepping down")
_WHOLE_TIME_IN_POST = re.compile(r"^joined\b|^since\b.*\b(?:stepping|standing|stepped|stood|steps|stands)\s+down\b",
                                 re.I | re.S)


def _leaving_after(doc: Document, s, d: Mention, start: Mention):
    """"Ann Roe, who has led the charity since 2009, is stepping down after 18 years": the years from the post's start
    to the publication; inferred (the length could be of a longer career: "after 30 years at the club" is left, and
    after "joined the firm" a post within it: "after 12 years in charge")."""
    cue = _POST_START.search(doc.text, max(s.start, start.start - 60), start.start)
    if cue is None or start.end > d.start or start.kind is not Kind.YEAR or d.hedge is not None \
            or not _LEAVING_NOW.search(doc.text, max(s.start, d.start - 40), d.start) \
            or not (_LENGTH_OF_POST if not cue.group(0).lower().startswith("joined") else _LENGTH_CLOSE).match(
                doc.text, d.end, s.end) \
            or re.search(r"\b(?:had|was|were|will|would|until|till|before|ago|later)\b",
                         doc.text[s.start:cue.start()] + " " + doc.text[start.end:s.end], re.I):
        return None  # (the start's own clause may be told in the past: "who was appointed in 2016")
    if year_of(start) > doc.published.year:
        return None
    if d.interval is not None and d.interval.lo is not None and _duration_unit(d) in _YEAR_UNITS \
            and d.interval.lo * _YEAR_UNITS[_duration_unit(d)] > doc.published.year - year_of(start) \
            and not _WHOLE_TIME_IN_POST.search(cue.group(0) + " " + doc.text[start.end:d.start]):
        return None  # longer than the post: may be the whole career ("took over as head in 2016, is retiring after 35")
    return _make_span(doc, d, start, None, "inferred", f"since {start.text}, leaving after {d.text}")


# "has been held at the port since February 2 - 54 days -": the length up to now set apart after the date
_SINCE_DATE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_LENGTH_APART = re.compile(r"\s*(?:[-–—(]|--|,)\s*")
_SINCE_APART = re.compile(r"\s*(?:[-–—(]|--|,)\s*since\s+(?:the\s+)?"
                          # "since a brief shower on 2 June", "since its last match on 2 May": the event, then its day
                          r"(?:(?:(?<=the\s)|(?:a|an|its|their|his|her)\s+)(?:[a-z][\w'’-]*\s+){1,3}?on\s+"
                          # "since he was last seen on 2 June", "since it closed on 2 June"
                          r"|(?:he|she|it|they)\s+(?:[a-z][\w'’-]*\s+){1,4}?on\s+)?")
_LENGTH_CLOSE = re.compile(r"\s*(?:[-–—)]|--|[.,;:]|$)")
_PAST_ONLY = re.compile(r"\b(?:had|was|were|did|will|would|until|till|before|later|earlier|ago)\b", re.I)


def _since_then_length(doc: Document, s, ms, d: Mention, prev):
    """A date after "since", then the days up to now set apart ("since 2 May - 30 days -", "since 2 May
    (30 days)"): the publication date ends it; a perfect or present tense, no past or future."""
    date = prev[-1] if prev else None
    if date is None or not _LENGTH_APART.fullmatch(doc.text, date.end, d.start) \
            or not _LENGTH_CLOSE.match(doc.text, d.end, s.end) \
            or not _SINCE_DATE.search(doc.text, max(s.start, date.start - 10), date.start):
        # "has been held for 54 days, since February 2": the length first, the date set apart
        date = next((m for m in ms if m.start >= d.end), None)
        if date is None or not _SINCE_APART.fullmatch(doc.text, d.end, date.start) \
                or not _LENGTH_CLOSE.match(doc.text, date.end, s.end):
            return None
    if _duration_unit(d) in _YEAR_UNITS:
        # "has run the shop since 1998 - 27 years -": years from a year (or a month of one) to now
        if year_of(date) is None or date.kind not in (Kind.YEAR, Kind.DATE) or date.start > d.start:
            return None
    elif date.kind is not Kind.DATE or date.date is None or date.date.day is None:
        return None
    head = doc.text[s.start:date.start]
    # the "since" clause after the length may be told in the past ("since he was last seen on 2 June")
    told = doc.text[s.start:d.end] + doc.text[date.end:s.end] if date.start > d.end else doc.text[s.start:s.end]
    if not _PERFECT.search(head) or _PAST_ONLY.search(told):
        return None
    if _duration_unit(d) in _YEAR_UNITS:
        if year_of(date) > doc.published.year:
            return None
    else:
        when, _ = resolve_mention(doc, date)
        if when is None or when > doc.published:
            return None
    return _make_span(doc, d, date, None, "explicit", f"since, {d.text} to the publication date")


# "The ban, which began on 1 June, has now been in force for 79 days": a start on a date, then the
# length up to now in a perfect tense of the same subject
_STARTED_ON_DATE = re.compile(r"\b(?:began|started|begun|opened|came\s+into\s+(?:force|effect)|took\s+effect|went\s+on\s+strike|"
                       r"walked\s+out|(?:was|were)\s+(?:introduced|imposed|declared|launched|opened|started))\s+on\s+"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s+)?(?:the\s+)?$", re.I)
_BEGUN_THEN_PERFECT = re.compile(r"\s*,?\s*(?:and\s+)?(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?"
                                 r"(?:been(?:\s+(?!for\b)[a-z][\w'’-]*){0,3}|lasted|run|gone\s+on)\s+(?:for\s+)?$", re.I)


# (round 54) someone leaving now after a tenure: "retires this month after 32 years at Penmoor", "is stepping down
# after 12 years"
_LEAVES_NOW_AFTER = re.compile(r"\b(?:retires|is\s+retiring|will\s+retire|steps\s+down|is\s+stepping\s+down|"
                               r"will\s+step\s+down|leaves|is\s+leaving|will\s+leave|bows\s+out|is\s+bowing\s+out)"
                               r"(?:\s+(?:this|next)\s+(?:week|month|year)|\s+today|\s+on\s+[A-Z][a-z]+day)?"
                               r"\s+after\s+(?:almost\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$", re.I)
# ... and the year the tenure began, told in the same sentence: "having joined the port as a deckhand in 1989", "who
# joined in 1989", "since arriving in 1989"
# (not "took over" or "was appointed": a post, which a career may outlast -- "who took over as principal in 2017, is
# retiring after 32 years")
_JOINED_IN = re.compile(r"\b(?:joined|joining|arrived|arriving)\b[^.;:()\d]{0,60}?\bin\s+$", re.I)
# the years told of a post, not of the whole time there: "after 12 years in charge", "at the helm", "as chair"
_POST_AFTER_YEARS = re.compile(r"\s+(?:in\s+charge|at\s+the\s+helm|as\s+[a-z]+|in\s+(?:the\s+)?(?:post|role|job|office))\b",
                               re.I)


def _leaves_after_years(doc: Document, s, ms, d: Mention):
    """(round 54) "Gwen Ashby retires this month after 32 years at Penmoor, having joined the port authority as a
    deckhand in 1989": a tenure ending now (a present or future leaving, "this month" at most) and the year it began
    in the same sentence; the publication date ends it."""
    if _duration_unit(d) != "year" or d.compound or d.is_range \
            or not _LEAVES_NOW_AFTER.search(doc.text, max(s.start, d.start - 60), d.start) \
            or _POST_AFTER_YEARS.match(doc.text, d.end):
        return None
    years = [m for m in ms if m.kind is Kind.YEAR and year_of(m) is not None
             and _JOINED_IN.search(doc.text, max(s.start, m.start - 80), m.start)]
    if len(years) != 1 or year_of(years[0]) > doc.published.year:
        return None
    return _make_span(doc, d, years[0], None, "inferred", f"a tenure to the publication date, {d.text}")


def _begun_then_length(doc: Document, s, ms, d: Mention, prev):
    """"X, which began on 1 June, has now been in force for 79 days": the date the thing began, then its
    length up to now; the publication date ends it (no past or future told)."""
    if len(prev) < 1 or _duration_unit(d) not in _DAY_UNITS:
        return None
    date = prev[-1]
    if date.kind is not Kind.DATE or date.date is None or date.date.day is None \
            or not _STARTED_ON_DATE.search(doc.text, max(s.start, date.start - 45), date.start) \
            or not _BEGUN_THEN_PERFECT.fullmatch(doc.text, date.end, d.start) \
            or not _LENGTH_CLOSE.match(doc.text, d.end, s.end) \
            or _PAST_ONLY.search(doc.text, date.end, d.end):
        return None
    when, _ = resolve_mention(doc, date)
    if when is None or when > doc.published:
        return None
    return _make_span(doc, d, date, None, "explicit", f"since, {d.text} to the publication date")


_MARKS_NOW = re.compile(r"\b(?:celebrates|celebrating|marks|marking|(celebrated|marked))\s+(?:its\s+|their\s+)?$",
                        re.I)
_NOW_TIME = re.compile(r"\b(?:this\s+(?:week|weekend|month|year)|today|yesterday|on\s+(?:mon|tues|wednes|thurs|fri|"
                       r"satur|sun)day)\b", re.I)


def _year_of_the_thing(doc: Document, s, dated, d: Mention, cpos: int) -> list[Mention]:
    """"The 1966 final was played 50 years ago.": the sentence's one year, naming the thing in
    the same clause (no break between), and the span ending the sentence."""
    years = [m for m in dated if m.kind is Kind.YEAR]
    if len(years) != 1 or len(dated) != 1 or years[0].end > d.start:
        return []
    if (_PARTICIPLE_AGO.fullmatch(doc.text, years[0].end, d.start) or _NOUN_AGO.fullmatch(doc.text, years[0].end, d.start)) \
            and _AGO_CLOSES.match(doc.text, cpos, s.end) \
            and _YEAR_NAMES_THING.search(doc.text, max(s.start, years[0].start - 12), years[0].start) \
            and year_of(years[0]) < doc.published.year:  # not "The 2030 plan, unveiled two years ago"
        return years  # "The 2014 accord, signed 13 years ago, expires ...": a participle set apart on its noun
    if _NAMED_PARTICIPLE_AGO.fullmatch(doc.text, years[0].end, d.start) and _AGO_CLOSES.match(doc.text, cpos, s.end) \
            and _NAME_BEFORE_YEAR.search(doc.text, max(s.start, years[0].start - 30), years[0].start) \
            and year_of(years[0]) < doc.published.year:
        return years  # (round 29) "The Licensing Act 2003, introduced 25 years ago, ...": the year after the name
    if _BREAK.search(doc.text, years[0].end, d.start) or re.search(r"[,;:()]", doc.text[years[0].end:d.start]) \
            or not (_ENDS_SENTENCE.match(doc.text, cpos, s.end) or _AND_GOES_ON.match(doc.text, cpos, s.end)
                    and _ORIGIN_BEFORE.search(doc.text, max(s.start, d.start - 20), d.start)) \
            or not _YEAR_NAMES_THING.search(doc.text, max(s.start, years[0].start - 12), years[0].start):
        return []
    return years


# verbs of the thing's own making, not of a later change ("amended", "renovated", "unveiled"): the year
# on the noun dates them
_ORIGIN = (r"(?:signed|built|founded|opened|launched|released|published|made|written|drafted|passed|adopted|agreed|"
           r"held|played|staged|won|recorded|introduced|established|created|formed|set\s+up|enacted|sealed|struck|"
           r"fought|completed|issued|brokered|negotiated|concluded|inaugurated|erected|constructed|painted|composed|"
           r"filmed|shot|discovered|started|begun|elected|ratified|approved|hosted|contested|run|fired|laid|dug|"
           r"launched|founded|built|reached|ended|finished|sold|bought|awarded)")
_OPENING_PARTICIPLE = re.compile(r"\s*[\"'‘“]?(?i:" + _ORIGIN + r")\s+")
# "The 2014 accord, signed", "the 1998 final, which was played": the noun of the year, then a participle
_PARTICIPLE_AGO = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}\s*,\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:first\s+)?"
                             + _ORIGIN + r"\s+", re.I)
# (round 29) a legal text's name with its year after it, the year it was made: "the Licensing Act 2003", "the Clean
# Air Act of 1970", "the Paris Agreement of 2015"; not a brand or event named by a year ("Expo 2020" was held in 2021,
# "Office 2019" came out in 2018) nor a plan named by its target year ("Vision 2030")
_NAME_BEFORE_YEAR = re.compile(r"(?<![\w'’-])(?:Act|Treaty|Convention|Accord|Agreement|Charter|Directive|Regulations?|"
                               r"Protocol|Declaration|Statute)\s+(?:of\s+)?$")
# then its making set apart, where or by whom it may say: ", introduced by Parliament", ", staged in Shanghai"
_NAMED_PARTICIPLE_AGO = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:first\s+)?" + _ORIGIN
                                   + r"(?:\s+(?:in|at|by)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+", re.I)
# "the 2007 floods, 15 years ago this week,": the year's noun, the time set apart after it
_NOUN_AGO = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}\s*,\s*(?:(?:exactly|precisely|just|only|fully|a\s+full)\s+)?", re.I)
_AGO_NOW = re.compile(r"\s+(?:today|this\s+(?:week|weekend|month))\b(?=\s*[,(–—-])", re.I)
_AGO_CLOSES = re.compile(r"(?:\s+(?:this\s+(?:week|month|weekend|year)|today))?\s*(?:,|[-–—]|[.!?]?[\"'’”]?\s*$)", re.I)
_ORIGIN_BEFORE = re.compile(r"\b" + _ORIGIN + r"\s+$", re.I)
_AND_GOES_ON = re.compile(r"\s+(?:and|but)\s+(?:is\s+|was\s+|has\s+|will\s+)?[a-z]+(?:s|ed)\b")  # "... ago and expires"
_ENDS_SENTENCE = re.compile(r"\s*[.!?]?[\"'’”]?\s*$")
# "The 1966 final", "its 1998 album": a year before a noun, after a determiner
_YEAR_NAMES_THING = re.compile(r"\b(?:the|its|their|his|her|a)\s+$", re.I)


def earlier_dated(doc: Document, dated, d: Mention) -> bool:
    """A day told as the start, before "for 40 days until ...": "signed on 5 August", "from 2 April"."""
    return any(m.end <= d.start and m.kind is Kind.DATE
               and _STARTED_ON.search(doc.text, max(0, m.start - 30), m.start) for m in dated)


_STARTED_ON = re.compile(r"\b(?:began|begun|started|agreed|signed|opened|declared|launched|imposed|introduced|"
                         r"took\s+effect|came\s+into\s+force|from)\s+(?:on\s+)?$", re.I)


# "On June 10, 100 days later," / "100 days later, on June 10,": the date of the later event
# stands beside the count; the event it counts from is dated before it in the sentence or,
# when this sentence has no other date, in the one before (its only date)
# "the floods of July 2007, exactly 15 years ago": a date, then its distance set apart with a word of precision
_APPOSED_EXACT = re.compile(r"\s*(?:,|\(|[-–—])\s*(?:exactly|precisely|just|only|fully|a\s+full)\s+",
                            re.I)
_APPOSED_BEFORE = re.compile(r"\s*(?:,|\(|[-–—])\s*(?:(?:just|only|barely|exactly|precisely|a\s+mere)\s+)?", re.I)
_APPOSED_AFTER = re.compile(r"\s*(?:,|\(|[-–—])?\s*(?:on|in)?\s*")


def _apposed_span(doc: Document, s, d: Mention, dated, cpos: int, word: str):
    before = [m for m in dated if m.end <= d.start]
    after = [m for m in dated if m.start >= cpos]
    if before and _APPOSED_BEFORE.fullmatch(doc.text[before[-1].end:d.start]):
        second, others = before[-1], before[:-1] + after
    elif after and _APPOSED_AFTER.fullmatch(doc.text[cpos:after[0].start]) and not before:
        second, others = after[0], after[1:]
    else:
        return None
    unit = _duration_unit(d)
    if len(others) > 1 or not (second.kind is Kind.DATE and second.date is not None and second.date.day is not None
                               or unit in _DAY_UNITS and word == "later" and second.kind is Kind.WEEKDAY
                               and second.date is not None and second.date.weekday is not None
                               or unit in _YEAR_UNITS and year_of(second) is not None
                               or unit == "month" and _month_ends(second) is not None):
        return None  # days between days; years between years (or dates with years); months between months
    if others:
        if others[0].end > second.start or doc.text.count(";", others[0].end, second.start) > 1:
            return None
        prev = others  # "closed on 4 May and, on 30 June, six weeks later, reopened"
    else:
        k = s.index - 1
        if k < 0 or doc.sentences[k].chrome or doc.sentences[k].headline or doc.sentences[k].paragraph != s.paragraph:
            return None
        prev = _dated(_grouped(doc).get(k, ()))
    if len(prev) != 1 or prev[0].kind not in (Kind.DATE, Kind.YEAR):
        return None
    first = prev[0]
    if unit in _YEAR_UNITS or unit == "month" and _month_ends(second) is not None:
        return _make_span(doc, d, first, second, "inferred", f"{d.text} {word}")
    fd, fs = resolve_mention(doc, first)
    if fd is None and first.kind is Kind.DATE and second.kind is Kind.DATE and word in ("later", "earlier"):
        # "ran aground on 2 May. ... nine days later, on 20 May" with no year written nor published
        found = _range_dates(doc, first, second) if word == "later" else _range_dates(doc, second, first)
        if found is None:
            return None
        a, b, how = found
        fd, sd = (a, b) if word == "later" else (b, a)
        return DaySpan("inferred", f"{d.text} {word}", d, first, second, fd, sd,
                       how if how == "no year given" else "year of the other date")
    if fd is not None and second.kind is Kind.WEEKDAY:  # "reached orbit on Tuesday, 312 days later"
        sd, ss = resolve_mention(doc, second)
        # (round 18) "Three days later, on Monday,": under a week, the first such day after the first date
        fd, sd, fs, ss = _weekday_from_other(d, unit, f"{d.text} {word}", first, second, fd, sd, fs, ss)
        if sd is None or sd <= fd:
            return None
        return DaySpan("inferred", f"{d.text} {word}", d, first, second, fd, sd, f"{fs}; {ss}")
    if fd is None or second.kind is not Kind.DATE:
        return None
    sd, ss = resolve_mention(doc, second)
    if ss != "stated":
        # the later event's year: the first such day after the first event ("later"), the
        # last before it ("earlier")
        sd = nearest_date(second.date.month, second.date.day, fd)
        if sd is None:
            return None
        if word == "later" and sd < fd:
            sd = sd.replace(year=sd.year + 1) if not (sd.month == 2 and sd.day == 29) else None
        elif word == "earlier" and sd > fd:
            sd = sd.replace(year=sd.year - 1) if not (sd.month == 2 and sd.day == 29) else None
        if sd is None:
            return None
        told = _told_weekday(doc, second)
        if told is not None and sd.weekday() != told:
            return None  # "on 14 November 2023 ... on Monday 3 February, almost 64 weeks later": the weekday
            # says another year than the first 3 February after the first date; which one is unclear
        ss = "year of the other date"
    return DaySpan("inferred", f"{d.text} {word}", d, first, second, fd, sd, f"{fs}; {ss}")


def _told_weekday(doc: Document, m: Mention) -> int | None:
    """The weekday written with a date, as 0-6, or None: the grammar's own ("Monday 3 February", "Monday, 3
    February"), or a weekday mention right before it ("Monday the 3rd of February")."""
    if m.date is not None and m.date.weekday is not None:
        return m.date.weekday
    before = [w for w in doc.mentions_in(m.sentence) if w.end <= m.start]
    if before and before[-1].kind is Kind.WEEKDAY and before[-1].date is not None \
            and re.fullmatch(r",?\s+(?:the\s+)?", doc.text[before[-1].end:m.start]):
        return before[-1].date.weekday
    return None


# ------------------------------------------------------- a stated period
_RANGE_TO = re.compile(r"\s+(?:to|until|till|through|thru)\s+", re.I)
# a period named by a noun ("a closure of 22 days"); (round 29) "recess", "mission", "hiatus", "gap", "interval"
_PERIOD_NOUN = (r"(?:closure|shutdown|stoppage|strike|walkout|lockdown|outage|stay|spell|stint|"
                r"run|tour|trip|voyage|journey|siege|absence|break|holiday|visit|wait|ban|blockade|occupation|"
                r"vigil|sit-in|protest|campaign|festival|season|exhibition|trial|hearing|programme|window|"
                r"recess|mission|hiatus|gap|interval)")
_AFTER_RANGE = re.compile(r"(?:\s+inclusive)?(?:\s*,\s*(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:said|says|confirmed))?"
                          # (round 49) why it ended, before the length: "was lifted on 27 March after talks, lasted"
                          r"(?:\s+(?:after|following|once|when)\s+[^,;:.()\d]{3,80}?(?=,))?"
                          r"\s*(?:,|\(|[-–—])?\s*((?:and\s+)?(?:which\s+|that\s+)?(?:lasted|lasting|spanning|spanned|"
                          # "..., a closure of 22 days": the period named in apposition
                          r"(?:a|an)\s+(?:(?:[a-z]+-)?" + _PERIOD_NOUN + r"\s+of)|"
                          # (round 24) "- a span of just four days -": the period named by its length
                          r"spans|covering|covered|a\s+period\s+of|a\s+(?:span|stretch)\s+of|a\s+total\s+of|spending|having\s+spent|spent|after|"
                          r"following|some|"
                          r"(?:will|would|(?:is|are|was|were)\s+(?:set|due|expected|scheduled)\s+to)\s+(?:last|run\s+for)|"
                          r"lasts|runs\s+for|ran\s+for|"
                          # (round 47) "..., was the longest in the company's history at 21 days"
                          r"(?:was|is|were|are|proved|became)\s+(?:the|its|their)\s+(?:longest|shortest)\b"
                          r"(?:\s+[\w'’-]+){0,6}?\s+at)\s+)?(?:(?:just|only|a\s+mere)\s+)?", re.I)  # (round 24) "lasted just 12 days"
# a length of time granted or taken, an infinitive of its purpose, then the range set apart:
# "was given 28 days to respond to the report - from 3 March to 14 April -"
_GRANTED_BEFORE = re.compile(r"\b(?:given|granted|allowed|gave|give|gives|giving|had|has|have|got|gets|for)\s+$", re.I)
_WINDOW_GAP = re.compile(r"(?:\s+to\s+[a-z][^,;:()\d–—]{0,80}?)?\s*(?:,|\(|\s[-–—])\s*(?:from|between)\s+", re.I)


def _window(doc: Document, s, ms, d: Mention, d1: Mention) -> bool:
    """The count is the length of the range after it: granted ("given 28 days") or taken
    ("for 28 days") and then the range, set apart, after an optional purpose ("to appeal")."""
    if not _GRANTED_BEFORE.search(doc.text[max(s.start, d.start - 10):d.start]):
        return False
    if any(d.end <= m.start < d1.start for m in ms):
        return False
    gap = doc.text[d.end:d1.start]
    # "had 10 days to prepare for the tour, from 2 to 20 May": the range may be the event's own
    return bool(_WINDOW_GAP.fullmatch(gap)) and not _EVENT_IN_PURPOSE.search(gap)


_EVENT_IN_PURPOSE = re.compile(r"\b(?:for|before|ahead|until|after|during|of)\b", re.I)


# (round 53) the period's own length after its range: "cost the operator £1.1m over its 12 days"
_OVER_ITS = re.compile(r"\b(?:over|during|across|throughout|in)\s+(?:its|their|the)\s+(?:(?:full|whole|entire)\s+)?$",
                       re.I)


_BEFORE_RANGE = re.compile(r"\b(?:lasted|lasting|lasts|last|for|spanning|spanned|spans|took|takes|across|"
                           r"spent|spending|spend|spends|served|serving|"
                           # (round 61) how long a piece of work took: "built the park in 120 days, between ..."
                           r"(?<=[a-z] )in|within|"
                           r"over\s+the\s+course\s+of)\s+$",
                           re.I)
# "spent 69 days on remand - from 14 January until ...": the length, where it was spent, then the range
_STATE_THEN_RANGE = re.compile(r"(?:\s+(?:on|in|at|under|behind|aboard|off)\s+[\w'’-]+(?:\s+[\w'’-]+)??)?"
                               r"\s*(?:,|\(|\s[-–—])?\s*(?:from|between)\s+", re.I)
# "from 6 July to 28 August while the culvert is repaired, a closure the council says will last four
# weeks": the period restated by a noun, its length in a clause of its own
_APPOSED_LENGTH = re.compile(r"(?:\s+(?:while|as|when|for)\s+[^,;:()\d–—]{1,60}?)?\s*(?:,|\(|\s[-–—])\s*"
                             r"(?:a|an|the)\s+[a-z][\w-]*(?:\s+(?:that|which))?"
                             r"(?:\s+(?:[\w'’-]+\s+){1,4}?(?:says?|said|expects?|expected|estimates?|believes?)(?:\s+it)?)?"
                             r"\s+(?:(?:will|would|should|could|is\s+(?:expected|due|set|likely)\s+to|"
                             r"(?:expected|due|set|likely)\s+to)\s+)?(?:last|lasts|lasted|lasting|run\s+for|ran\s+for)\s+$",
                             re.I)
# after the count: another measure of time ("12 days of action", "12 days longer")
# a bare length ends its clause: "(12 days).", "- 24 days without trains."
_LENGTH_ENDS = re.compile(r"(?:\s+(?:of|without|in|on|off)\s+[a-z][a-z\s-]*?)?(?:\s+(?:in\s+all|in\s+total|altogether))?"
                          r"\s*(?:[,;.)–—]|-\s|$)"
                          # (round 25) "- more than three months in which 6,000 tonnes piled up": the length's own clause
                          r"|\s+(?:in|during|throughout|over)\s+which\b", re.I)
# "after 56 days of rewiring": what filled the length, its clause naming no other time (not "12 days
# of rewiring and weeks of cleaning")
_FILLED_WITH = re.compile(r"\s+of\s+(?!(?:the|a|an|its|their|this|that|those|these)\b)(?:(?!days?\b|weeks?\b|"
                          r"months?\b|years?\b|hours?\b|fortnights?\b)[a-z][a-z-]*\s*){1,3}(?:[;.)–—]|-\s|,|$)", re.I)
_SET_APART = re.compile(r"\s*[,(–—-]")
_NOT_LENGTH = re.compile(r"\s+(?:of|in(?=\s+(?:\d|advance|one|two|three|four|five|six|seven|eight|nine|ten)\b)|a|an|per|each|every|longer|shorter|more|less|fewer|late|later|early|"
                         r"earlier|ahead|behind|over|before|after|since|ago)\b", re.I)


def _range_dates(doc: Document, d1: Mention, d2: Mention):
    """Full dates for "from D1 to D2"; a missing year comes from the other end, else the
    publication date, else any year (not across a possible 29 February)."""
    r1, s1 = resolve_mention(doc, d1)
    r2, s2 = resolve_mention(doc, d2)
    if s1 == "stated" and s2 == "stated":
        return r1, r2, "dates as stated"
    for m in (d1, d2):
        if m.date is None or m.date.month is None or m.date.day is None:
            return None
    (m1, day1), (m2, day2) = (d1.date.month, d1.date.day), (d2.date.month, d2.date.day)
    try:
        if s1 == "stated":
            a = r1
            b = _dt.date(a.year + ((m2, day2) < (m1, day1)), m2, day2)
            how = "the year of the first date"
        elif s2 == "stated" or doc.published is not None:
            b = r2 if s2 == "stated" else nearest_date(m2, day2, doc.published)
            a = _dt.date(b.year - ((m1, day1) > (m2, day2)), m1, day1)
            how = "the year of the second date" if s2 == "stated" else "publication year"
        else:
            if (2, 29) in ((m1, day1), (m2, day2)):
                return None
            a = _dt.date(2001, m1, day1)
            b = _dt.date(2001 + ((m2, day2) < (m1, day1)), m2, day2)
            if any(a <= _dt.date(y, 2, 28) < b for y in (a.year, b.year)):
                return None  # a 29 February may fall inside
            how = "no year given"
    except (ValueError, TypeError):
        return None
    return a, b, how


# "from 3 February until it finally fell back below the walls on 21 February": the end told as a clause
# (round 54: or a plural subject and its past verb, "until workers returned to the furnaces on")
_UNTIL_CLAUSE = re.compile(r"\s+(?:until|till)\s+(?:it|he|she|they|the|its|their|his|her|we|[a-z]{3,}s\s+[a-z]{3,}ed)\b"
                           r"[^,;:()\d]{0,60}?\s+on\s+", re.I)
_BETWEEN_AND = re.compile(r"\s+and\s+", re.I)
# a change of state on D1 and its reverse on D2: "admitted on D1 and discharged on D2"
_BEGAN_ON = re.compile(r"\b(?:began|begun|started|opened|commenced|kicked\s+off|got\s+under\s*way|admitted|"
                       r"starting|beginning|opening|commencing|"
                       r"(?:(?:will|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to)\s+)?(?:begin|start|open|commence)|"
                       r"begins|starts|opens|commences|kicks\s+off|"
                       r"arrested|detained|held|jailed|remanded|closed|shut|suspended|went\s+missing|disappeared|"
                       r"vanished|left|departed|set\s+(?:off|out|sail)|arrived|moved\s+in|checked\s+in|kidnapped|"
                       r"seized|abducted|evacuated|grounded|stranded|walked\s+out|went\s+on\s+strike|"
                       # (round 58) a ban or order in force: "imposed on 3 July and lifted on 18 September"
                       r"imposed|introduced|declared|enforced|brought\s+in|came\s+into\s+force)"
                       # (round 34) the place, a name, and the day's weekday: "detained at Apapa on Sunday, 11 September"
                       r"(?:\s+(?:at|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                       r"\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s+)?$", re.I)
_ENDED_ON = re.compile(r"\s+and\s+(?:(?:was|were)\s+)?(?:(?:finally|eventually|later|only)\s+)?(?:(?:was|were)\s+)?"
                       r"(?:ended|finished|closed|concluded|wrapped\s+up|"
                       # "detained on D1 and finally allowed to sail on D2": the state lifted
                       r"(?:allowed|permitted|cleared|free)\s+to\s+(?:sail|leave|go\s+home|go|depart|return|resume|fly)|"
                       r"(?:will\s+)?(?:end|finish|close|conclude|reopen|resume)|ends|finishes|closes|concludes|"
                       r"reopens|resumes|ending|finishing|closing|concluding|"
                       r"called\s+off|discharged|released|freed|reopened|resumed|returned|found|rescued|"
                       r"came\s+(?:home|back)|left|checked\s+out|lifted|restored|reinstated|refloated|"
                       r"went\s+back|wraps\s+up|(?:will\s+)?wrap\s+up|"
                       # (round 48) "walked out on 3 March and returned to work on 24 March"
                       r"(?:returned|went\s+back|got\s+back)\s+to\s+(?:work|school|class|classes|duty|their\s+posts?))"
                       # (round 46) how it ended, before the day: "and ended with guilty verdicts on 28 February"
                       r"(?:\s+with\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:verdicts?|draw|win|victory|defeat|"
                       r"agreement|deal|settlement|ceremony|vote|ruling))?\s+on\s+|"
                       r"\s+and\s+(?:(?:will|is\s+(?:set|due)\s+to)\s+)?(?:runs?|ran|continues?|continued|lasts?|lasted|"
                       r"goes\s+on|go\s+on|went\s+on)\s+(?:until|till|through|to)\s+", re.I)
# "The 10-day walkout by bin workers, which began on ...": a duration's noun, then the period
_AUX = (r"(?:\s+(?:will|would|(?:is|are|was|were)(?:\s+(?:set|due|expected|scheduled|planned|going|likely))?"
        r"(?:\s+to)?))?")
# (round 30) the noun's purpose too, up to four words: "The 26-day operation to free the trapped cavers, which began on"
# (round 54: or a name of up to four capitalised words, "The 10-day Brennick Cocoa Festival runs from")
_COMPOUND_BRIDGE = re.compile(r"(?:(?:\s+[a-z][\w'’-]*){1,2}|(?-i:(?:\s+[A-Z][\w'’-]*){3,4}))(?:\s+(?:by|of|at|in|on|for|to)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}){0,2}"
                              r"(?:\s*,\s*(?:which|that)|\s+(?:which|that)|"
                              r"\s*,(?=\s+(?:from|between|running|lasting|taking|held|staged|runs|ran|will|is|was|lasts|"
                              r"lasted|takes|took|began|begins|starts|started|opens|opened)\b))?" + _AUX +
                              r"(?:\s+(?:ran|runs?|running|lasted|lasts?|lasting|went\s+on|go(?:es)?\s+on|took\s+place|"
                              r"takes?\s+place|taking\s+place|continue[sd]?|(?:be\s+|being\s+)?(?:held|staged)))?"
                              r"(?:\s+(?:began|begun|begins?|started|starts?|opened|opens?|commenced|commences?|"
                              r"kicked\s+off|kicks?\s+off)\s+on|\s+from|\s+between|(?<=\bruns)|(?<=\bran)|(?<=\brun)|"
                              r"(?<=\bheld)|(?<=\bstaged))\s+(?:the\s+)?",
                              re.I)


# a range with no "from" before it: "the 10-day fair (2-18 May)", "held on 2-18 May", ", 2 to 18 May,"
_BARE_BEFORE = re.compile(r"(?:\(|,|\b(?:on|held|staged))\s*$", re.I)
_BARE_AFTER = re.compile(r"\s*[),]", re.I)


def _bare_range(doc: Document, s, d1: Mention, d2: Mention) -> bool:
    """"(2-18 May)", "on 2-18 May", ", 2 to 18 May,": a range standing alone."""
    gap = doc.text[d1.end:d2.start]
    before = doc.text[max(s.start, d1.start - 12):d1.start]
    if not (d1.date and d2.date and d1.date.day and d2.date.day) or not _BARE_BEFORE.search(before):
        return False
    if re.fullmatch(r"\s*[-–]\s*", gap):
        return True
    return bool(_RANGE_TO.fullmatch(gap) and re.search(r"[(,]\s*$", before) and _BARE_AFTER.match(doc.text, d2.end))


_COMPOUND_BARE = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}(?:\s*[(,]|" + _AUX + r"(?:\s+(?:takes?|took|taking)\s+place|"
                            r"\s+(?:be\s+|being\s+)?(?:held|staged))?\s+on)\s*", re.I)


# a sentence opening with its period: "Running from 3 to 20 May, the 12-day fair ..."
_FRONTED_RANGE = re.compile(r"\s*(?:Running|Held|Staged|Taking\s+place|Lasting|Spanning)\s+(?:from|between)\s+")


def _period_ends(doc: Document, s, d1: Mention, d2: Mention) -> bool:
    """"from D1 to D2", "between D1 and D2", "began on D1 and ended on D2"; (round 30) D2 may be a day told
    by its word, with no "on" before it ("began on 9 January and ended yesterday")."""
    gap = doc.text[d1.end:d2.start]
    if is_day_word(d2) and not re.search(r"\bon\s+$", gap, re.I):
        return _period_gap(doc, s, d1, d2, gap) or _period_gap(doc, s, d1, d2, gap + "on ")
    return _period_gap(doc, s, d1, d2, gap)


def _period_gap(doc: Document, s, d1: Mention, d2: Mention, gap: str) -> bool:
    """``_period_ends`` with the words between the two ends given."""
    before = doc.text[max(s.start, d1.start - 45):d1.start]
    if _bare_range(doc, s, d1, d2):
        return True
    if re.search(r"\bfrom\s+(?:the\s+)?$", before, re.I):
        return bool(_RANGE_TO.fullmatch(gap) or d1.date and d1.date.year is None and re.fullmatch(r"\s*[-–]\s*", gap)
                    or _UNTIL_CLAUSE.fullmatch(gap))
    if re.search(r"\bbetween\s+(?:the\s+)?$", before, re.I):
        return bool(_BETWEEN_AND.fullmatch(gap))
    if d1.date and d1.date.year is None and re.fullmatch(r"\s*[-–]\s*", gap) and \
            re.search(r"\b(?:runs?|ran|running|held|staged|takes?\s+place|took\s+place|lasts?|lasted)\s+$", before, re.I):
        return True  # "runs June 2-20"
    began = _BEGAN_ON.search(before)
    if began and _ENDED_AFTER_RELATIVE.fullmatch(_without_start_reason(gap)) \
            and (re.search(r"\b(?:which|that)\s+(?:had\s+|has\s+)?$", before[:began.start()], re.I)
                 or _apposed_start(doc, s, d1.start - len(before) + began.start())):
        return True  # "The closure, which began on 17 March, ends on 14 April"; (round 34) "The ship, detained on ..."
    return bool(began and (_ENDED_ON.fullmatch(_without_start_reason(gap)) or _LASTED_ENDING.fullmatch(gap)))


# (round 34) the start's own reason or place after its date, no figure in it: "detained on 11 September over unpaid
# port dues and released on ...", "closed on 6 July for engineering work, reopened on ..."
_START_REASON = re.compile(r"^(\s*,)?\s+(?:over|for|in|at|amid|off|near|outside|with)\s+[^,;:()\d]{1,40}?(?=\s*,|\s+and\b)",
                           re.I)


def _without_start_reason(gap: str) -> str:
    """The words between a start's date and its end's verb, less a short phrase of the start's reason or place."""
    m = _START_REASON.match(gap)
    gap = gap[m.end():] if m else gap
    return re.sub(r"^\s*,(?=\s+and\s)", "", gap)  # "on Sunday, 11 September, and released": the date's closing comma


# (round 34) the start told in a participle set apart after the subject: "The bulk carrier, detained on ..."
_APPOSED_SUBJECT = re.compile(r"^\s*(?:the|a|an|its|their|his|her)\s+[^,;:()\d]{1,50},\s*$", re.I)


def _apposed_start(doc: Document, s, verb_at: int) -> bool:
    """The start's participle opens an aside right after the sentence's subject, a noun phrase without figures."""
    return bool(_APPOSED_SUBJECT.match(doc.text[s.start:verb_at]))


# "began on 3 March and lasted ten days, ending on 20 March": the length told between the two ends
# (round 30) or "and runs for 12 weeks until pupils break up on D2", "and will run for six weeks, until D2": the end
# told after "until", as a date or a short clause dated by "on"
_LASTED_ENDING = re.compile(r"\s+and\s+(?:will\s+)?(?P<verb>lasted|lasts|last|ran\s+for|runs\s+for|run\s+for|"
                            r"went\s+on\s+for|goes\s+on\s+for|go\s+on\s+for|continued\s+for|continues\s+for|"
                            r"continue\s+for|lasted\s+for|lasts\s+for|last\s+for)\s+"
                            r"[^,;:()\d]{0,20}?\d*[^,;:()\d]{0,20}?(?:,\s*(?:ending|finishing|closing|concluding|"
                            r"wrapping\s+up)\s+on\s+|,?\s+(?:until|till)\s+(?:[^,;:()\d]{0,50}?\s+on\s+)?)", re.I)
# "runs for ten days, starting on 3 March and finishing on 20 March": the length, then the ends set apart
_LENGTH_THEN_STARTING = re.compile(r"\s*,\s*(?:starting|beginning|opening|commencing)\s+on\s+", re.I)


# the main verb after a relative clause of the start: ", ends on", ", is due to end on"
_ENDED_AFTER_RELATIVE = re.compile(r"\s*,\s*(?:(?:will|is\s+(?:due|set|expected)\s+to|was|were)\s+)?(?:ends?|ended|finish(?:es|ed)?|"
                                   r"(?:be\s+)?called\s+off|abandoned|"  # (round 30) "..., was called off yesterday"
                                   r"released|freed|discharged|rescued|refloated|"  # (round 34) "..., was released on"
                                   r"close[sd]?|conclude[sd]?|wraps?\s+up|wrapped\s+up|re-?open(?:s|ed)?|resume[sd]?|"
                                   r"lifted|lifts?)\s+on\s+", re.I)


_COMPOUND_DET = re.compile(r"(?:^|\b(?:the|a|an|its|their|his|her|this|that|our|[a-z][\w-]*['’]s)(?:\s+[a-z]+)?)\s*$",
                           re.I)


def _leading_compound(doc: Document, s, durations, d1: Mention, d2: Mention, n_dates: int) -> Mention | None:
    """"The 10-day walkout, which began on D1 and ended on D2": the period's own
    length, written as a compound on the noun that opens the clause of the dates."""
    if n_dates != 2:
        return None
    lead = [d for d in durations if d.end <= d1.start]
    if len(lead) != 1 or not lead[0].compound:
        return None
    d = lead[0]
    if not _COMPOUND_DET.search(doc.text[max(s.start, d.start - 30):d.start]):
        return None  # "the planned 12-day walkout"; "this year's 10-day festival"
    bridge = doc.text[d.end:d1.start]
    if re.search(r"\d|;|\b(?:and|but|after|before|since|while|following|until)\b", bridge, re.I) or len(bridge) > 90:
        return None
    if _COMPOUND_BRIDGE.fullmatch(bridge):
        return d
    # "the 10-day fair (2-18 May)", "the 10-day fair, 2-18 May,", "the 10-day fair will take place on 2-18 May"
    return d if _bare_range(doc, s, d1, d2) and _COMPOUND_BARE.fullmatch(bridge) else None


_MONTH_RX = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY_RX = r"(\d{1,2}(?:st|nd|rd|th)?)"
_ELIDED_JOIN = r"\s*(?:[-–]|\s(?:to|until|till|through|and)\s)\s*"
# "from 3 to 18 March", "between 3 and 18 March", "3-18 March"; "from March 3 to 18", "March 3-18"
# (round 24) a weekday may stand before each day: "from Tuesday 11 to Saturday 15 November"
_ELIDED_WD_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?"
_ELIDED_WD = r"(?:" + _ELIDED_WD_WORD + r")?"
_ELIDED_DM = re.compile(r"(?<![\w.,-])" + _DAY_RX + _ELIDED_JOIN + _ELIDED_WD + _DAY_RX + r"\s+(?:of\s+)?" + _MONTH_RX +
                        r"(?![\w-])")
_ELIDED_MD = re.compile(r"(?<![\w-])" + _MONTH_RX + r"\s+" + _DAY_RX + _ELIDED_JOIN + _DAY_RX + r"(?![\w-]|\s*(?:[-–]|\s(?:to|and)\s+\d)|\s+" + _MONTH_RX + r"|,?\s*\d)")


def _month_number(word: str) -> int:
    return [n[:3] for n in MONTH_NAMES].index(word[:3].title()) + 1


def _elided_ranges(doc: Document, s, ms):
    """Both ends of a range whose month is written once ("from 3 to 18 March"), as
    day mentions sharing it: (first, second)."""
    text = doc.text[s.start:s.end]
    for rx, order in ((_ELIDED_DM, (1, 2, 3)), (_ELIDED_MD, (2, 3, 1))):
        for mt in rx.finditer(text):
            g1, g2, gm = order
            month = _month_number(mt.group(gm))
            a, b = (int(re.match(r"\d+", mt.group(g)).group(0)) for g in (g1, g2))
            if not (1 <= a <= 31 and 1 <= b <= 31 and a < b):
                continue
            o = s.start
            year = None  # "4 to 20 June 2023": the year the grammar read with the month
            for m in ms:
                if m.start <= o + mt.start(gm) < m.end and m.date is not None and m.date.year is not None:
                    year = m.date.year
                elif m.kind is Kind.YEAR and re.fullmatch(r",?\s*", doc.text[o + mt.end():m.start]):
                    year = year_of(m)
            first = replace(pseudo(doc, o + mt.start(g1), o + mt.end(g1), s.index),
                            date=PartialDate(year, month, a))
            second = replace(pseudo(doc, o + mt.start(g2), o + mt.end(), s.index), date=PartialDate(year, month, b))
            if order[0] == 2:  # "March 3": the first end begins with the month
                first = replace(first, start=o + mt.start(), text=doc.text[o + mt.start():o + mt.end(g1)])
                second = replace(second, start=o + mt.start(g2), end=o + mt.end(g2), text=mt.group(g2))
            else:  # (round 24) "from Tuesday 11 to Saturday 15 November": each end with its weekday
                first, second = (_with_weekday(doc, s, x) for x in (first, second))
            yield first, second


def _with_weekday(doc: Document, s, end: Mention) -> Mention:
    """(round 24) A range's day end widened over the weekday before it ("Tuesday 11")."""
    wd = re.search(_ELIDED_WD_WORD + r"$", doc.text[max(s.start, end.start - 16):end.start])
    if wd is None:
        return end
    start = end.start - len(wd.group(0))
    return replace(end, start=start, text=doc.text[start:end.end])


# lengths the grammar does not read: "the week-long fair", "a fortnight-long strike", "lasts a fortnight"
# (round 29) not "a fortnight" out of "a fortnight-long outage": the compound there
_WEEK_WORDS = re.compile(r"\b(?:(week|fortnight)(?:-|\s)?long|a\s+(fortnight)(?![-\s]?long))\b", re.I)


def _week_words(doc: Document, s, ms) -> list[Mention]:
    text = doc.text[s.start:s.end]
    if "week" not in text and "fortnight" not in text:
        return []
    out = []
    for w in _WEEK_WORDS.finditer(text):
        a, b = s.start + w.start(), s.start + w.end()
        if any(m.start < b and a < m.end for m in ms) or re.match(r"[\w-]", doc.text[b:b + 1]):
            continue
        weeks = 1 if (w.group(1) or "").lower() == "week" else 2
        out.append(replace(pseudo(doc, a, b, s.index, Kind.DURATION), value=Fraction(weeks), unit="weeks",
                           interval=Interval.point(Fraction(weeks)), compound=w.group(1) is not None))
    return out


# "The 10-day event ..." opening the next sentence: the period of this one
_LEAD_LENGTH = re.compile(r"\s*(?:(?:This|Last|Next)\s+year['’]s\s+|(?:The|This|That|Its|Their)\s+(?:[a-z][\w-]*\s+)?)")


_GENERIC_EVENT = frozenset(("event", "events", "period", "stretch", "spell", "run", "programme", "program",
                            "occasion", "celebration", "celebrations", "festivities"))


def _period_then_length(doc: Document, s, ms):
    """"The fair runs from 3 to 20 May. The 12-day event ...": the one period of a
    sentence, and the length on the subject of the next, which gives no date."""
    k = s.index + 1
    if k >= len(doc.sentences) or not [m for m in ms if m.kind is Kind.DATE]:
        return None
    other = doc.sentences[k]
    if other.chrome or other.headline or other.paragraph != s.paragraph or \
            not re.match(r"\s*(?:The|This|That|Its|Their|Last|Next)\b", doc.text[other.start:other.start + 12]):
        return None
    oms = _grouped(doc).get(k, ())
    lengths = [m for m in oms if m.kind is Kind.DURATION and _duration_unit(m) in _DAY_UNITS] \
        + _week_words(doc, other, oms)
    noun = re.match(r"\s+([a-z][\w-]*)(?!\s+(?:that|which|of|at|in|on|within|inside|during|before|after)\b"
                    r"|\s+[a-z]+\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b)",  # "festival finale is"
                    doc.text[lengths[0].end:other.end]) if len(lengths) == 1 else None
    if noun is None or not _LEAD_LENGTH.fullmatch(doc.text, other.start, lengths[0].start) or not lengths[0].compound \
            or lengths[0].is_range or _dated(oms):
        return None
    dates = [m for m in ms if m.kind is Kind.DATE]
    elided = list(_elided_ranges(doc, s, ms))
    pairs = [(d1, dates[i + 1]) for i, d1 in enumerate(dates[:-1])] + elided
    periods = [(d1, d2) for d1, d2 in pairs if _period_ends(doc, s, d1, d2)]
    if len(periods) != 1 or (len(elided), len(dates)) not in ((0, 2), (1, 1)) or _dated(ms) != dates:
        return None
    d1, d2 = periods[0]
    # the same thing: its noun in the sentence of the period ("The fair ... The 12-day fair"), or "event"
    word = noun.group(1).lower()
    if word not in _GENERIC_EVENT and not re.search(r"\b" + re.escape(word) + r"s?\b",
                                                    doc.text[s.start:d1.start], re.I):
        return None
    resolved = _range_dates(doc, d1, d2)
    if resolved is None or resolved[1] < resolved[0] or (resolved[1] - resolved[0]).days > 366:
        return None
    a, b, how = resolved
    return DaySpan("inferred", f"from {d1.text} to {d2.text}; the next sentence's {lengths[0].text}", lengths[0],
                   d1, d2, a, b, how)


# "held over 14 days from 1 to 20 May", "spread across two weeks": "over" is the period's span, not "more than"
_SPREAD_VERB = re.compile(r"\b(?:held|staged|spread|played(?:\s+out)?|run|ran|took\s+place|takes?\s+place|"
                          r"taking\s+place|unfold(?:ed|s|ing)?|conducted|fought|stretch(?:ed|es|ing)?|hosted|"
                          r"contested|heard|sat|sitting|met|meeting|carried\s+out|played)\s+(?:out\s+)?$", re.I)


# "during the 14 days from 1 to 20 May": the range's own length
_THE_DAYS = re.compile(r"\b(?:in|during|over|across|throughout|within|for)\s+the\s+$", re.I)


def _spread_over(doc: Document, s, d: Mention) -> Mention | None:
    """"held over 14 days": the length itself, read as unhedged, or None."""
    if d.hedge is None and d.value is not None and re.search(r"\bover\s+$", doc.text[max(s.start, d.start - 6):d.start]) \
            and _SPREAD_VERB.search(doc.text, max(s.start, d.start - 30), d.start - 5):
        return d  # "took place over a fortnight"
    if not (d.hedge and d.hedge.lower() == "over" and d.text.lower().startswith("over")) or d.value is None:
        return None
    opening = not doc.text[s.start:d.start].strip(" \"'‘“") and re.match(r"\s*,?\s*(?:from|between)\s", doc.text[d.end:s.end])
    if not opening and not _SPREAD_VERB.search(doc.text, max(s.start, d.start - 25), d.start):
        return None  # "Over 14 days, from 1 to 20 May, ...": the sentence opens on the span
    v = Fraction(d.value)
    return replace(d, hedge=None, interval=Interval(v - Fraction(1, 2), v + Fraction(1, 2)))


# (round 30) a period's end told by its day word: "opened on 9 January and ended yesterday, lasted 81 days", "went
# back to work today, ending a 31-day strike that began on 4 November"; not "yesterday's" (a thing of that day)
_DAY_WORD_END = re.compile(r"\b(yesterday|today|tonight|tomorrow)\b(?!['’])", re.I)


def day_word_dates(doc: Document, s, ms) -> list[Mention]:
    """The sentence's mentions with its days told by their word ("yesterday", "today", "tomorrow") as dates of the
    publication date, in text order; ``ms`` itself without a publication date or such a word, or when the sentence
    dates two days already (the word then stands for neither end)."""
    if doc.published is None or sum(m.kind is Kind.DATE for m in ms) > 1:
        return ms
    found = []
    for w in _DAY_WORD_END.finditer(doc.text, s.start, s.end):
        day = doc.published + _dt.timedelta(days=DAY_WORD_STEP[w.group(1).lower()])
        found.append(replace(pseudo(doc, w.start(), w.end(), s.index),
                             date=PartialDate(year=day.year, month=day.month, day=day.day)))
    return sorted(list(ms) + found, key=lambda m: m.start) if found else ms


def is_day_word(m: Mention) -> bool:
    """A date made by ``day_word_dates``."""
    return m.value is None and m.text.lower() in DAY_WORD_STEP


# (round 31) after the period's end, its noun with the length told by an ending word: "..., ending a 12-day strike
# that closed the port", "..., bringing an end to the two-week shutdown"; the rest of the sentence then dates nothing
# (not "the strike that had begun on 1 May": a start of its own)
# (review) not a noun whose scope is wider than the thing the dates tell: "shut on 3 May and reopened on 9 May, ending a
# 40-day blockade of the region", "ending a 12-day run of disruption across the county", "a 30-day siege by rebels"
_ENDED_NOUN = re.compile(r"\s+[a-z][\w'’]*\b(?![-‐])(?!\s+(?:of|across|throughout|by|against|around)\b)", re.I)


# (round 48) the period ended, then its length after "lasting"/"of": ", ending a strike lasting 25 days"
_ENDING_NOUN_LASTING = re.compile(r"\s*,\s*(?:ending|to\s+end|which\s+ended|bringing\s+to\s+an\s+end)\s+"
                                  r"(?:a|an|the|their|its)\s+(?:strike|walkout|stoppage|closure|shutdown|suspension|"
                                  r"lockout|sit-in)\s+(?:lasting|of)\s+(?:(?:just|only|some|about|nearly)\s+)?", re.I)


def _ends_the_period(doc: Document, s, d2: Mention, d: Mention) -> bool:
    """"..., returned on 9 May, ending a 12-day strike": the compound length ``d`` names the period that closed on
    ``d2``, told by an ending word right after the end's date."""
    return _ENDING_THE.fullmatch(doc.text, d2.end, d.start) is not None \
        and _ENDED_NOUN.match(doc.text, d.end, s.end) is not None \
        and _NOUN_THAT_BEGAN.match(doc.text, d.end, s.end) is None \
        and not any(m.start >= d.end and year_of(m) is not None or m.kind is Kind.DATE and m.start >= d.end
                    for m in _grouped(doc).get(s.index, ()))


_PERIOD_TAKEN_UP = re.compile(r"\s+(" + _PERIOD_NOUN + r")\s+(?:cost|costs|was|were|is|had|has|left|hit|meant|saw|"
                              r"disrupted|affected|caused|will|would|ended|forced)\b", re.I)
_PERIOD_NOUN_IN = re.compile(_PERIOD_NOUN, re.I)
_ALIKE_PERIODS = (frozenset({"strike", "stoppage", "walkout"}), frozenset({"closure", "shutdown"}))


def _period_taken_up(doc: Document, s, d1: Mention, d: Mention) -> bool:
    """(round 47) "The strike ran from March 3 to March 21; the 23-day stoppage cost ...": the clause after a
    semicolon opens on the period's noun sized by the length, straight on to its verb, and the noun is the one the
    range's clause named (or a word for the same: strike, stoppage, walkout)."""
    taken = _PERIOD_TAKEN_UP.match(doc.text, d.end, s.end)
    if taken is None:
        return False
    noun = taken.group(1).lower()
    named = {w.group(0).lower() for w in _PERIOD_NOUN_IN.finditer(doc.text, s.start, d1.start)}
    return noun in named or any(noun in group and named & group for group in _ALIKE_PERIODS)


# (round 50) why the period ran, in a clause with no figure, then the period restated: "was shut from 3 January to
# 27 February while a cracked pylon was replaced, a 45-day closure"
_WHY_THEN_APPOSED = re.compile(r"\s+(?:while|as|when|after|because|for)\s+[^,;:.()\d]{1,70},\s*(?:a|an|the)\s+", re.I)


def find_periods(doc: Document):
    """"The strike, which ran from 3 June to 28 June, lasted 12 days": a count of days
    or weeks given for a period stated with both its ends ("lasted 12 days, from ...");
    (round 30) an end may be told by its day word ("ended yesterday")."""
    for s, ms in _sentences(doc):
        durations = [m for m in ms if m.kind is Kind.DURATION and _duration_unit(m) in _DAY_UNITS and not m.is_range]
        durations += _week_words(doc, s, ms)
        if not durations:
            rel = _period_then_length(doc, s, ms)
            if rel is not None:
                yield rel
            continue  # every period is checked against a length in days or weeks
        spread = {id(x): x for x in (_spread_over(doc, s, m) for m in durations) if x is not None}
        ms = day_word_dates(doc, s, ms)
        dates = [m for m in ms if m.kind is Kind.DATE]
        pairs = [(d1, dates[i + 1]) for i, d1 in enumerate(dates[:-1])]
        elided = list(_elided_ranges(doc, s, ms))
        n_dates = len(dates) + len(elided)
        if elided:
            n_dates = 2 if len(elided) == 1 and len(dates) == 1 else 0
        pairs += elided
        wdays = [m for m in ms if m.kind is Kind.WEEKDAY and m.date is not None and m.date.weekday is not None]
        if not dates and len(wdays) == 2:  # "the two-day summit runs from Monday to Thursday"
            pairs, n_dates = [(wdays[0], wdays[1])], 2
        for d1, d2 in pairs:
            if not _period_ends(doc, s, d1, d2):
                continue
            linked = _leading_compound(doc, s, durations, d1, d2, n_dates)
            for d in durations if linked is None else ():
                bridge = _AFTER_RANGE.fullmatch(doc.text[d2.end:d.start]) if d.start >= d2.end else None
                if bridge and not d.compound and (bridge.group(1) or _LENGTH_ENDS.match(doc.text, d.end, s.end)):
                    linked = d  # "..., lasted 12 days"; "... - 12 days -" (not "..., 12 days were lost")
                elif d.compound and d.start >= d2.end \
                        and (re.fullmatch(r"\s*(?:,|\(|[-–—])\s*(?:a|an|the)\s+", doc.text[d2.end:d.start])
                             or _WHY_THEN_APPOSED.fullmatch(doc.text, d2.end, d.start)) \
                        and re.match(r"\s+[a-z][\w'’-]*\s*(?:[,;.)–—]|-\s|$|(?:that|which)\s+(?:cost|left|forced|"
                                     r"meant|saw|hit|kept|closed|shut|disrupted|"
                                     r"[a-z]{3,}ed\b)"  # (round 62) "that stranded freight", "that halted exports"
                                     # (round 53) "a 25-day shutdown that highways officials say is unavoidable"
                                     r"|(?:that|which)\s+(?:[a-z]+\s+){1,2}(?:say|says|said|call|calls|called|describe|"
                                     r"describes|described)\b)", doc.text[d.end:s.end]):
                    linked = d  # "from 2 to 20 June - a 12-day strike -": the period restated ((round 50) "..., a
                    # 45-day closure that cost the resort")
                elif d.compound and d.start >= d2.end \
                        and re.fullmatch(r"\s*;\s*(?:the|this|that)\s+", doc.text[d2.end:d.start]) \
                        and _period_taken_up(doc, s, d1, d):
                    linked = d  # (round 47) "ran from March 3 to March 21; the 23-day stoppage cost ...": taken up
                elif d.compound and d.start >= d2.end and _ends_the_period(doc, s, d2, d):
                    linked = d  # (round 31) "walked out on 3 May and went back on 9 May, ending a 12-day strike"
                elif not d.compound and d.start >= d2.end and _ENDING_NOUN_LASTING.fullmatch(doc.text, d2.end, d.start) \
                        and not any(d2.end <= m.start < d.start for m in ms):
                    linked = d  # (round 48) "..., ending a strike lasting 25 days"
                elif d.end <= d1.start and (_BEFORE_RANGE.search(doc.text[max(s.start, d.start - 22):d.start])
                                            or any(x.start == d.start for x in spread.values())
                                            or _THE_DAYS.search(doc.text, max(s.start, d.start - 22), d.start)) \
                        and not d.compound and (_STATE_THEN_RANGE.fullmatch(doc.text, d.end, d1.start)
                                                or re.fullmatch(r"\s*[,(]\s*", doc.text[d.end:d1.start])
                                                and _bare_range(doc, s, d1, d2)):
                    linked = d  # "lasted 12 days, from 3 to 14 May"; "will run for 12 days, 3-14 May"
                elif d.start >= d2.end and not d.compound and _APPOSED_LENGTH.fullmatch(doc.text, d2.end, d.start) \
                        and not any(d2.end <= m.start < d.start for m in ms) \
                        and _LENGTH_ENDS.match(doc.text, d.end, s.end):
                    linked = d  # "..., a closure expected to last two weeks"
                elif d1.end <= d.start and d.end <= d2.start and not d.compound \
                        and _LASTED_ENDING.fullmatch(doc.text, d1.end, d2.start) \
                        and re.search(r"(?:lasted|for)\s+$", doc.text[d1.end:d.start]):
                    linked = d  # "began on 3 March and lasted ten days, ending on 20 March"
                elif d.end <= d1.start and not d.compound and _LENGTH_THEN_STARTING.fullmatch(doc.text, d.end, d1.start) \
                        and _BEFORE_RANGE.search(doc.text[max(s.start, d.start - 22):d.start]):
                    linked = d  # "runs for ten days, starting on 3 March and finishing on 20 March"
                elif d.end <= d1.start and not d.compound and _window(doc, s, ms, d, d1):
                    linked = d  # "was given 28 days to reply - from 3 March to 31 March -": a window granted
                elif not d.compound and d.start >= d2.end and _OVER_ITS.search(doc.text, max(s.start, d.start - 24),
                                                                             d.start) \
                        and not any(d2.end <= m.start < d.start and m.kind in (Kind.DATE, Kind.DURATION, Kind.WEEKDAY)
                                    for m in ms) and _LENGTH_ENDS.match(doc.text, d.end, s.end):
                    linked = d  # (round 53) "which ran from 3 March to 17 March, cost £1.1m over its 12 days"
                elif d.compound and d.start >= d2.end and _FRONTED_RANGE.fullmatch(doc.text, s.start, d1.start) \
                        and re.fullmatch(r"\s*,\s*(?:the|this|its)\s+(?:[a-z][\w'’-]*\s+)?", doc.text[d2.end:d.start]):
                    linked = d  # "Running from 3 to 20 May, the 12-day fair ..."
                if linked is not None:
                    linked = next((x for x in spread.values() if x.start == linked.start), linked)
                    break
            if linked is None or _NOT_LENGTH.match(doc.text[linked.end:s.end]) and not (
                    _SET_APART.match(doc.text, d2.end, linked.start) and _FILLED_WITH.match(doc.text, linked.end, s.end)):
                continue  # (", after 56 days of rewiring": set apart, the whole time; not " after 12 days of repairs")
            resolved = _range_dates(doc, d1, d2) if d1.kind is Kind.DATE else _weekday_range(d1, d2, linked)
            if resolved is None:
                continue
            a, b, how = resolved
            if b < a or (b - a).days > 366:
                continue
            yield DaySpan("explicit", f"from {d1.text} to {d2.text}", linked, d1, d2, a, b, how)


# (round 29) the end's date told first, then the period it closed and its start: "returned to work on 28 February,
# ending a 32-day strike that began on 3 February"; "..., bringing to an end the nine-day shutdown that had begun
# on 23 August".  Only a word that makes the dated event the end itself ("ending", "to end", "which ended"), not
# "after a 40-day walkout" (the return may come days after the end)
_ENDING_THE = re.compile(r"\s*,?\s*(?:ending|to\s+end|which\s+ended|that\s+ended|and\s+ended|bringing\s+(?:to\s+)?"
                         r"an\s+end(?:\s+to)?|putting\s+an\s+end\s+to)\s+(?:a|an|the|its|their|his|her)\s+"
                         r"(?:(?!planned|scheduled|proposed|threatened|original|expected|intended)[a-z]+\s+)?$", re.I)
# the period's noun (a word or two), then its start in a relative clause: "strike that began on", "outage which
# had started", "walkout that started" (US: no "on")
_NOUN_THAT_BEGAN = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}\s*,?\s+(?:that|which)\s+(?:(?:had|has)\s+)?(?:began|begun|"
                              r"started|broke\s+out|got\s+under\s*way|kicked\s+off|commenced)(?:\s+on)?\s+(?:the\s+)?",
                              re.I)


@needs(Kind.DATE)
def find_periods_ended_first(doc: Document):
    """(round 29) "Flights resumed on 9 September, ending the nine-day shutdown that had begun on 23 August": a
    length on the period's noun between its end, dated first, and its start, dated in the noun's relative clause.
    The sentence holds these two dates only; (round 30) the end may be its day word ("resume today, ending ...")."""
    for s, ms in _sentences(doc):
        dates = [m for m in day_word_dates(doc, s, ms) if m.kind is Kind.DATE]
        if len(dates) != 2:
            continue
        end, start = dates
        lengths = [m for m in ms if m.kind is Kind.DURATION and _duration_unit(m) in _DAY_UNITS and not m.is_range
                   and m.compound and end.end <= m.start and m.end <= start.start] \
            + [w for w in _week_words(doc, s, ms) if w.compound and end.end <= w.start and w.end <= start.start]
        if len(lengths) != 1:
            continue
        length = lengths[0]
        if not _ENDING_THE.fullmatch(doc.text, end.end, length.start) \
                or not _NOUN_THAT_BEGAN.fullmatch(doc.text, length.end, start.start):
            continue
        span = _dated_span(doc, start, end, length)
        if span is not None:
            yield span


# (round 29) two dated events joined by "and", each verb with its own words: "will leave Westminster on 25 July for
# the summer recess and return on 2 September", "closed Aug. 2 and reopened Aug. 9" (not "between 2 and 9 May")
_EVENTS_AND = re.compile(r"(?:\s+[A-Za-z'’.-]+){0,6}?\s+and\s+(?:[A-Za-z'’-]+\s+){1,5}?(?:on\s+)?")
# the first event a going away or a stop, of the clause's subject: "will leave", "closed", "rose", "set off"
_GOING_AWAY = re.compile(r"\b(?:leaves?|left|leaving|depart(?:s|ed)?|set(?:s)?\s+off|break(?:s)?\s+up|broke\s+up|"
                         r"rise|rises|rose|close[sd]?|shut|suspend(?:s|ed)?|adjourn(?:s|ed)?|halt(?:s|ed)?|"
                         r"walk(?:s|ed)?\s+out|went\s+on\s+strike|went\s+away|flew\s+out|sailed)\b"
                         r"(?:\s+[A-Za-z'’.-]+){0,6}?\s+$", re.I)
# and the second its coming back, the same subject (no new one after "and"): "and return", "and was back home"
_COMING_BACK = re.compile(r"\s+and\s+(?:(?:will|would|then|later|finally|to|was|were|is|are)\s+){0,2}"
                          r"(?:return(?:s|ed)?|reopen(?:s|ed)?|resume[sd]?|reconvene[sd]?|restart(?:s|ed)?|"
                          r"(?:come|comes|came|go|goes|went|get|gets|got|fly|flew|sail(?:s|ed)?)\s+back|back)\b", re.I)
# then the time between named in apposition: ", a break of nearly three months", " - a recess of two weeks"
_PERIOD_APPOSED = re.compile(r"\s*(?:,|:|\s[-–—])\s*(?:a|an)\s+(?:[a-z]+\s+)?" + _PERIOD_NOUN
                             + r"\s+of\s+(?:(?:just|only|a\s+mere)\s+)?", re.I)


@needs(Kind.DATE, count=2)
def find_paired_events_period(doc: Document):
    """(round 29) "MPs will leave on 25 July and return on 2 September, a break of nearly three months": the
    period between two dated events of one sentence, named after the second with its length.  The sentence holds
    these two dates only, the second event joined to the first by "and": a going away or a stop ("leave", "closed")
    and the same subject's coming back ("and return", "and reopened"), no new subject between (not "and the
    festival opens", nor "played Leeds on ... and Glasgow on ...": a tour's stops, not its length)."""
    for s, ms in _sentences(doc):
        dates = [m for m in ms if m.kind is Kind.DATE]
        if len(dates) != 2:
            continue
        d1, d2 = dates
        if not _EVENTS_AND.fullmatch(doc.text, d1.end, d2.start) \
                or not _GOING_AWAY.search(doc.text, max(s.start, d1.start - 60), d1.start) \
                or not _COMING_BACK.match(doc.text[d1.end:d2.start], re.search(r"\s+and\s", doc.text[d1.end:d2.start]).start()):
            continue  # "Tickets go on sale on 1 March and the festival opens on 12 July": not a going and coming back
        lengths = [m for m in ms if m.kind is Kind.DURATION and _duration_unit(m) in _DAY_UNITS and not m.is_range
                   and not m.compound and m.start >= d2.end] \
            + [w for w in _week_words(doc, s, ms) if not w.compound and w.start >= d2.end]
        if len(lengths) != 1 or not _PERIOD_APPOSED.fullmatch(doc.text, d2.end, lengths[0].start) \
                or not _LENGTH_ENDS.match(doc.text, lengths[0].end, s.end) \
                or any(m.start >= d2.end and m is not lengths[0] for m in ms):
            continue
        span = _dated_span(doc, d1, d2, lengths[0])
        if span is not None:
            yield span


def _dated_span(doc: Document, start: Mention, end: Mention, length: Mention) -> DaySpan | None:
    """(round 29) The days from one date to the other, told as ``length`` (explicit); None when the dates cannot be
    resolved, run backwards or lie more than a year apart."""
    resolved = _range_dates(doc, start, end)
    if resolved is None:
        return None
    a, b, how = resolved
    if b < a or (b - a).days > 366:
        return None
    return DaySpan("explicit", f"from {start.text} to {end.text}", length, start, end, a, b, how)


def _weekday_range(d1: Mention, d2: Mention, length: Mention):
    """"from Friday to Sunday": the days between two weekdays of one week (any such week);
    nothing when the length could reach into a later week ("ten days, from Monday to Friday")."""
    span = (d2.date.weekday - d1.date.weekday) % 7
    unit = _duration_unit(length)
    if span == 0 or unit is None or length.interval is None or span + 7 <= length.interval.hi * days_per(unit) + 1:
        return None  # "from Monday to Monday": a week or nothing
    a = _dt.date(2001, 1, 1) + _dt.timedelta(days=d1.date.weekday)  # 1 January 2001 was a Monday
    return a, a + _dt.timedelta(days=span), "weekdays"


# ------------------------------------------------------- running day
_ORDINAL_DAY = re.compile(r"\s+(day|week)\b(?!\s+(?:running|in\s+a\s+row))", re.I)
_NOW = re.compile(r"\b(?:now|today|is|are|enters|enter)\s+(?:\w+\s+){0,2}$", re.I)
# the day the count was reached, told after it relative to the publication date
_TOLD_DAY = re.compile(r"\s+(yesterday|today)\b", re.I)
_SET_APART_COUNT = re.compile(r"(?:^|,)\s*(?:now\s+)?(?:in|into|on)\s+(?:its|their|his|her)\s+$", re.I)
_THEN_BEGAN = re.compile(r"\s*,\s*(?:the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+)?(?:began|started|opened|commenced|"
                         r"got\s+under\s*way|kicked\s+off)\s+on\s+", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_OF_THE_THING = re.compile(r"\s+of\s+(?:its|their|his|her|our|the)\s+(?!(?:month|year|week|season|term|calendar|"
                           r"quarter|festival|holiday|holidays|[a-z]+day)\b)[a-z]", re.I)


@needs(Kind.ORDINAL)
def find_running_days(doc: Document):
    """"The strike, which began on Sept. 15, entered its 45th day on Tuesday": the Nth day
    of something begun on a stated date, on a stated day (or now, in the present tense)."""
    for s, ms in _sentences(doc):
        for m in ms:
            word = _ORDINAL_DAY.match(doc.text, m.end, s.end) if m.kind is Kind.ORDINAL and m.value else None
            if word is None or not (_POSSESSIVE.search(doc.text[max(s.start, m.start - 12):m.start])
                                    or _THE_BEFORE.search(doc.text, max(s.start, m.start - 5), m.start)
                                    and _OF_THE_THING.match(doc.text, word.end(), s.end)):
                continue  # "its 12th day"; "the 12th day of their strike" (not "of the month")
            starts = [x for x in ms if x.kind in (Kind.DATE, Kind.WEEKDAY) and x.end <= m.start
                      and _cued(doc, s, x, _START_CUE)]
            if not starts:
                # "The strike, now in its fifth week, began on 2 June": the count set apart, then the start
                after = [x for x in ms if x.kind in (Kind.DATE, Kind.WEEKDAY) and x.start >= word.end()]
                if after and _SET_APART_COUNT.search(doc.text, max(s.start, m.start - 20), m.start) \
                        and _THEN_BEGAN.fullmatch(doc.text, word.end(), after[0].start):
                    starts = after[:1]
            others = [x for x in ms if x.kind in (Kind.DATE, Kind.WEEKDAY, Kind.YEAR) and x not in starts]
            if len(starts) != 1 or len(others) > 1:
                continue
            ref, told = None, None
            if others:
                ref = others[0]
                fronted = ref.end <= starts[0].start and re.fullmatch(r"\s*(?:On|By)\s+", doc.text[s.start:ref.start]) \
                    and re.match(r"\s*(?:[.,;]|$)", doc.text[word.end():s.end])  # "On July 26 the fire, ..., entered its 24th day."
                if not fronted and (ref.start < word.end()
                                    or not re.fullmatch(r"\s+(?:on\s+|,\s*)?", doc.text[word.end():ref.start])):
                    continue  # "its 45th day on Tuesday": the day the count was reached
            else:
                told = _TOLD_DAY.match(doc.text, word.end(), s.end)  # "entered its 12th day yesterday"
                if told is None and (not _NOW.search(doc.text[max(s.start, m.start - 30):m.start])
                                     or _NOT_NOW.search(doc.text[s.start:s.end])):
                    continue
            phrase = replace(m, end=word.end(), text=doc.text[m.start:word.end()])
            rel = _make_span(doc, _day_duration(phrase), starts[0], ref, "explicit", f"its {phrase.text}")
            if rel is not None and ref is None and told is not None and isinstance(rel, DaySpan) \
                    and rel.second_date is not None:
                back = 1 if told.group(1).lower() == "yesterday" else 0
                rel = replace(rel, second_date=rel.second_date - _dt.timedelta(days=back))
            if rel is not None:
                yield replace(rel, duration=phrase, ordinal=word.group(1).lower())


def _day_duration(phrase: Mention) -> Mention:
    """A stand-in duration so that the two ends resolve as for a count of days."""
    return replace(phrase, kind=Kind.DURATION, unit="days", interval=Interval.point(Fraction(phrase.value)))


# ---------------------------------------------------------- anniversaries
_ANNIV_WORDS = {
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
    "tercentenary": 300, "tricentennial": 300, "tercentennial": 300, "sesquicentennial": 150,
    "quincentenary": 500, "semicentennial": 50,
    "silver jubilee": 25, "golden jubilee": 50, "diamond jubilee": 60, "platinum jubilee": 70,
    "silver anniversary": 25, "pearl anniversary": 30, "ruby anniversary": 40,
    "golden anniversary": 50, "diamond anniversary": 60, "platinum anniversary": 70,
    # (round 21) ordinal words the number grammar does not read: "the sixtieth anniversary"
    "sixtieth anniversary": 60, "seventieth anniversary": 70, "eightieth anniversary": 80,
    "ninetieth anniversary": 90,
}
# (round 30) a wedding anniversary named by its gift: "their golden wedding (anniversary)", "a ruby wedding"
_ANNIV_WORDS.update({f"{gift} wedding{anniversary}": years
                     for gift, years in (("silver", 25), ("pearl", 30), ("ruby", 40), ("golden", 50), ("diamond", 60),
                                         ("platinum", 70))
                     for anniversary in ("", " anniversary")})
_GIFT_WEDDINGS = frozenset(k for k in _ANNIV_WORDS if k.endswith(" wedding"))
# (mend) a bare gift name is a couple's anniversary only as theirs and not a thing's word: "their golden wedding", not
# "a golden wedding party for his parents", "her platinum wedding ring", "the golden wedding dress"
_GIFT_OWNER_BEFORE = re.compile(r"(?:\b(?:their|his|her|our|my|your)|\w['’]s?)\s+$", re.I)
_GIFT_NAME_CLOSES = re.compile(r"\s*(?:[,;:.)!?\"'’”—–-]|$)|\s+(?:on|in|at|with|this|next|last|today|tonight|yesterday|"
                               r"tomorrow|and|by|celebrations?|party|parties|year|day|weekend|week|month|was|is|were|"
                               r"are|will|falls?|fell)\b", re.I)


def _gift_wedding_is_theirs(doc: Document, s, a: int, b: int) -> bool:
    """"their ruby wedding" (on Saturday): an owner before the gift's name and no noun of its own after it."""
    return _GIFT_OWNER_BEFORE.search(doc.text, max(s.start, a - 20), a) is not None \
        and _GIFT_NAME_CLOSES.match(doc.text, b, s.end) is not None


# (round 21) "its twenty-fifth anniversary": the tens word joined to an ordinal the grammar reads apart ("fifth")
_TENS_BEFORE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-‐ ]$", re.I)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ANNIV = re.compile(r"\b(" + "|".join(sorted((k.replace(" ", r"\s+") for k in _ANNIV_WORDS), key=len, reverse=True))
                    + r")\b", re.I)
# (round 33) the anniversary's own time told as years ago, right after the phrase: "marked its centenary three years ago"
_YEARS_AGO_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
                              r"several|some)\s+years\s+ago\b", re.I)
_REL_YEAR = re.compile(r"\b(last|this|next)\s+year\b|\b(?:earlier|later)\s+this\s+year\b", re.I)
# (round 31) a part of today is today: "gathered this afternoon to mark ...", "was marked this morning"
_PART_OF_TODAY = r"this\s+(?:morning|afternoon|evening)"
_PRESENT = re.compile(r"\b(?:marks|(?:is|are)\s+(?:marking|celebrating|commemorating)|celebrates|"
                      r"commemorates|today|tonight|this\s+(?:week|weekend|month)|" + _PART_OF_TODAY
                      + r"|is\s+the|falls\s+on)\b", re.I)
# words that put an anniversary in another year than the text's own; "late" only told of the marking itself ("four
# years late", "held late."), not "the late John Smith", "a late change", "late-night"
# (round 52: "last" of a time only, not "the last resident keeper's granddaughter")
_OTHER_TIME_WORDS = (r"last(?!\s+(?:resident|remaining|surviving|living|known|keeper|member|survivor|of)\b)|"
                     r"ago|will|would|next|plans?|planning|planned|prepar\w*|(?:years?|months?|weeks?)\s+late|"
                     r"late(?=\s*(?:[,.;:!?)–—]|$))|belated\w*|delayed|postponed|"
                     r"ahead|upcoming|forthcoming|approach\w*|run-up|countdown|until|before|since")
# (round 52) a clause of its own after the anniversary's: "..., and celebrations are planned on all the islands"
_NEXT_CLAUSE = re.compile(r",\s+and\s+(?:the\s+|a\s+)?[a-z]+\s+(?:are|is|will|were|was|have|has)\b.*$", re.S)
_NOT_NOW = re.compile(r"\b(?:was|were|had|did|" + _OTHER_TIME_WORDS + r")\b", re.I)
# (round 29) a clause telling of the remembered event itself: "the 2013 floods, in which thousands were killed"
_REMEMBERED_EVENT_CLAUSE = re.compile(r",\s*(?:in\s+which|during\s+which|when|which|who)\s+[^,;:()]*?\b(?:was|were|had|did)\b[^,;:()]*",
                                      re.I)
# marked on a stated day near publication, a past tense is no obstacle ("were laid on Monday to mark ...")
_NOT_NOW_MARKED = re.compile(r"\b(?:" + _OTHER_TIME_WORDS + r")\b", re.I)
_MARKING = re.compile(r"\b(?:to\s+(?:mark|commemorate|celebrate)|marking|commemorating|celebrating|marked|"
                      r"commemorated|celebrated|on\s+the\s+\w+\s+anniversary\s+of)\b", re.I)
_MARKED = re.compile(r"\b(?:marked|commemorated|celebrated)\b", re.I)  # the day must stand by the phrase
# "to mark 50 years since the 1976 uprising": an anniversary in other words
_MARK_YEARS = re.compile(r"\b(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))\s+(?:the\s+)?"
                         r"(?:(?:exactly|precisely)\s+)?$", re.I)  # (round 18) "marks exactly 30 years since"
# celebrations opened on a day may run ahead of the year itself: the year is then the
# publication year's, to a year either way ("launched on Monday its 50th anniversary season")
_SEASON_WORDS = r"(?:year|season|celebrations?|festivities|events|programme|program|campaign|tour|series|edition)"
_SEASON_OPENS = re.compile(r"\b(?:(?:launch\w*|kick\w*\s+off|began|begins?|beginning|start\w*|open\w*)\s+"
                           r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z]+\s+){0,3}?|anniversary\s+)" + _SEASON_WORDS
                           + r"\b", re.I)
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:week|weekend)|" + _PART_OF_TODAY + r")\b", re.I)
# (round 25) "the 80th anniversary of D-Day": an event named after the phrase, undated, is not the thing whose start the
# sentence dates ("The museum, opened in 1999, marks ..."), unless it is that start ("of its founding")
_OF_ANOTHER_EVENT = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:[\w'’-]+['’]s?\s+|its\s+|their\s+|his\s+|her\s+)?(?:founding|"
                               r"foundation|opening|formation|launch|creation|establishment|consecration|birth)\b)",
                               re.I)
# (round 25) a marking under way now in other words: "is holding a week of concerts to mark its 250th anniversary",
# "kick off their centenary season this afternoon" (a present opener of the anniversary's season)
_MARKING_NOW = re.compile(r"\b(?:is|are)\s+(?:holding|hosting|staging|running|throwing|putting\s+on|laying\s+on)\b"
                          r"[^.;:]{0,60}?\bto\s+(?:mark|celebrate|commemorate)\b"
                          r"|\b(?:kicks?\s+off|begins?|opens?|launch(?:es)?|starts?|(?:is|are)\s+(?:kicking\s+off|beginning|"
                          r"opening|launching|starting))\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
                          + _SEASON_WORDS + r"\b", re.I)
# (round 37) days of a fixed date that may open "... marks the Nth anniversary": the day's own year, near publication
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "new year's day": (1, 1),
             "new year’s day": (1, 1), "new year's eve": (12, 31), "new year’s eve": (12, 31), "anzac day": (4, 25),
             "australia day": (1, 26), "waitangi day": (2, 6), "bastille day": (7, 14), "independence day": (7, 4),
             "remembrance day": (11, 11), "armistice day": (11, 11), "valentine's day": (2, 14),
             "valentine’s day": (2, 14), "halloween": (10, 31), "st patrick's day": (3, 17),
             "st patrick’s day": (3, 17), "canada day": (7, 1), "burns night": (1, 25), "bonfire night": (11, 5)}
_HOLIDAY_OPENS = re.compile(r"\W*(" + "|".join(re.escape(h) for h in sorted(_HOLIDAYS, key=len, reverse=True))
                            + r")\s+(?:marks|will\s+mark|is)\b", re.I)
_HOLIDAY_NEAR_DAYS = 12


def _holiday_year(doc: Document, s) -> int | None:
    """(Round 37) The year of a holiday of fixed date opening the sentence as what marks an anniversary ("Christmas Day
    marks the 50th anniversary of ..."), when that day falls within twelve days of publication; else None."""
    hit = _HOLIDAY_OPENS.match(doc.text, s.start, s.end)
    if hit is None or doc.published is None:
        return None
    month, day = _HOLIDAYS[hit.group(1).lower()]
    pub = doc.published
    for year in (pub.year - 1, pub.year, pub.year + 1):
        if abs((_dt.date(year, month, day) - pub).days) <= _HOLIDAY_NEAR_DAYS:
            return year
    return None


_DAYS_NEAR = re.compile(r"\b(?:today|yesterday|tonight|this\s+(?:week|weekend)|" + _PART_OF_TODAY + r")\b", re.I)
# the thing "of" names, told as a common noun: "of the museum", "of the club"
_OF_COMMON_NOUN = re.compile(r"\s+of\s+(?:the\s+)?(?!the\b)([a-z][a-z'’-]+)\b")


# (round 43) the anniversary of the subject's own thing: "the 50th anniversary of its pit"
_OF_OWN_AFTER = re.compile(r"\s+of\s+(?:its|their)\s", re.I)
_ITS_RIGHT_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
# the next sentence opens on the thing, by its noun or one of its group, then its start in its first clause: "The
# mine, which poured its first gold in 1980, ..."
# (round 52: past a fronted participle and its year, "First played in 1992, the tournament now ...")
_THING_SUBJECT = re.compile(r"\s*(?:(?:First\s+)?[a-z]{3,}(?:ed|n)\s+in\s+\d{4}\s*,\s*)?[Tt]he\s+([a-z][\w'’-]*)\b")
# the nouns one thing may be called by in the next sentence: "its pit ... The mine", "its taproom ... The bar"
_THING_GROUPS = (frozenset("pit mine colliery quarry".split()), frozenset("ground stadium park arena".split()),
                 frozenset("shop store branch".split()), frozenset("plant factory works mill".split()),
                 frozenset("school academy college".split()), frozenset("church chapel cathedral".split()),
                 frozenset("theatre theater playhouse".split()), frozenset("bar pub taproom tavern inn".split()),
                 frozenset("hotel inn".split()), frozenset("museum gallery".split()),
                 frozenset("hospital infirmary".split()), frozenset("line railway route funicular tramway".split()),
                 # (round 52) "The Grauhorn Handball Cup celebrates its 30th anniversary ... the tournament"
                 frozenset("cup trophy tournament competition championship championships".split()),
                 frozenset("festival fair show".split()), frozenset("race marathon regatta".split()),
                 # (round 54) "the 150th anniversary of its lighthouse ... The tower was first lit on"
                 frozenset("lighthouse tower light".split()), frozenset("bridge viaduct span crossing".split()))


_THING_STEMS = tuple(frozenset(w.rstrip("s") for w in g) for g in _THING_GROUPS)


def _same_thing(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("s"), b.lower().rstrip("s")
    return a == b or any(a in g and b in g for g in _THING_STEMS)


# (round 55) the sentence's subject marking its own years: "The funicular marks 50 years of service this week"
_SUBJECT_MARKS = re.compile(r"\s*(?:The\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:marks|celebrates|(?:is|are)\s+(?:marking|"
                            r"celebrating)|will\s+(?:mark|celebrate))\s+")
_IT_AFTER_CLAUSE = re.compile(r"[^,;.()\d]{0,60}?,\s*(?:it|they)\s+[a-z]", re.I)


_IT_STARTED = re.compile(r"\s*It\s+(?:was\s+)?(?:first\s+)?(?:opened|founded|established|built|launched|formed|began|"
                         r"started|set\s+up|created|inaugurated|opened\s+its\s+doors)\s+(?:in|on)\s+"
                         r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?")


def _own_start_told_next(doc: Document, s, ms, a: int, b: int) -> Mention | None:
    """(round 43) An anniversary of the subject's own thing in a sentence with no year, its start told by the next
    sentence's subject: "Ruvuma Mining is marking the 50th anniversary of its pit this week. The mine, which poured
    its first gold in 1980, ..." (an inferred link: the next subject may be another thing)."""
    if any(year_of(m) is not None for m in ms) or s.index + 1 >= len(doc.sentences):
        return None
    own_of = _OF_OWN_AFTER.match(doc.text, b, s.end) is not None
    own_its = not own_of and (_ITS_RIGHT_BEFORE.search(doc.text, max(s.start, a - 5), a) is not None
                              or _SUBJECT_MARKS.fullmatch(doc.text, s.start, a) is not None)
    if not (own_of or own_its):
        return None
    nxt = doc.sentences[s.index + 1]
    subject = _THING_SUBJECT.match(doc.text, nxt.start, nxt.end)
    if own_its and subject is None and not nxt.chrome:
        # (round 53) the next sentence opening on a participle of the start, then "it": "... celebrates its 75th
        # anniversary this week. Founded in 1952 to repair river barges, it now builds ..."
        nms = doc.mentions_in(nxt.index)
        years = [m for m in nms if year_of(m) is not None]
        if len(years) == 1 and _FRONTED_START.fullmatch(doc.text, nxt.start, years[0].start) \
                and _IT_AFTER_CLAUSE.match(doc.text, years[0].end, nxt.end):
            return years[0]
        # (round 58) "... celebrates its 75th anniversary this week. It opened in September 1952 with ...": "it" and
        # a verb of starting
        if len(years) == 1 and _IT_STARTED.fullmatch(doc.text, nxt.start, years[0].start):
            return years[0]
    if own_its:
        # (round 51) "The Silver Star Bingo Club will celebrate its 100th anniversary ... The club was founded in
        # 1931": the sentence's own subject, named again by its head noun
        named = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", doc.text[s.start:a])[:6]]
    else:
        named = re.split(r"[,;:.()]", doc.text[b:min(s.end, b + 60)])[0].split()[2:6]  # "of its Mbeya Hills pit this"
    if nxt.chrome or subject is None or not any(_same_thing(w, subject.group(1)) for w in named):
        return None  # (not "of its ground ... The stand, which was built in 1990": another thing)
    nms = doc.mentions_in(nxt.index)
    st = start_years(doc, nxt, nms)
    if len(st) != 1 or len([m for m in nms if year_of(m) is not None]) != 1:
        return None
    m = st[0][0]
    clause = re.search(r"[;:]|\s[-–—]\s", doc.text[nxt.start:m.start])
    return None if clause else m


def _of_another_event(doc: Document, s, a: int, b: int, start: Mention) -> bool:
    """"The museum, opened in 1999, marks the 80th anniversary of D-Day": the anniversary of an event after the
    phrase, the start dated before it of something else; not when the start is dated after the phrase ("of the
    club, founded in 1974") or the thing named is the sentence's own ("The museum, opened in 1989, marks the 25th
    anniversary of the museum")."""
    if start.start >= b or not (_OF_ANOTHER_EVENT.match(doc.text, b, s.end)
                                and re.search(r"anniversar|cent|jubilee", doc.text[a:b], re.I)):
        return False
    thing = _OF_COMMON_NOUN.match(doc.text, b, s.end)
    if thing and thing.group(1).lower() in _MERGER_NOUNS and _MERGED_BEFORE.search(doc.text, max(s.start,
                                                                                                 start.start - 40),
                                                                                     start.start):
        return False  # (round 56) "merged in 2001, and this year marks the 25th anniversary of the deal": the merger
    return not (thing and re.search(r"\b" + re.escape(thing.group(1)) + r"\b", doc.text[s.start:a], re.I))


_MERGER_NOUNS = frozenset("merger deal tie-up amalgamation union".split())
_MERGED_BEFORE = re.compile(r"\bmerged\b[^,;.()\d]{0,30}?\b(?:in|on)\s+$", re.I)



# the event the anniversary counts from, with its own year: "of the rising, which broke out in 1976"
# (round 24) or a participle after a comma: "of the town's twinning with Caen, signed in 1962"
_EVENT_PARTICIPLE = r"(?:first\s+)?(?:[a-z]+ed|[a-z]*built|begun|won|held|written|set\s+up|lit|run|laid|sunk|dug)\s+"  # "signed", "first held"
_EVENT_IN = re.compile(r"\s+of\s+(?:the\s+|a\s+|its\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}\s*(?:,?\s+(?:which|that|when\s+it)\s+"
                       r"(?:[a-z]+\s+){1,3}|,\s+" + _EVENT_PARTICIPLE
                       # (round 59) the thing that made the event set apart: "of the first flight into the town, a
                       # DC-3 that landed on July 19, 1953"
                       + r"|,\s+(?:a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:which|that)\s+(?:[a-z]+\s+){1,3})(?:in|on)\s+",
                       re.I)


# (round 18) "Sunday will mark 30 years since ...", "On Sunday the town will commemorate the 30th anniversary of ...":
# the future of a day near publication; no other time word ("last", "ago", "plans", "until", a past verb)
_WILL_MARK = re.compile(r"\b(?:will|'ll|’ll)\s+(?:mark|celebrate|commemorate|be)\b", re.I)
# (round 32) "next Sunday", "next week(end)" is a day near publication, not another year's marking ("next year")
_NOT_NOW_WILL = re.compile(r"\b(?:was|were|had|did|last|ago|would|next(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                           r"week(?:end)?)\b)|plans?|planning|planned|prepar\w*|ahead|upcoming|"
                           r"forthcoming|approach\w*|run-up|countdown|until|before|since)\b", re.I)
# (round 18) "Sunday marks 30 years since the bombing of the market on 15 June 1996": with the marking day told
# before the phrase, a past date after the event's noun is the event's, not the marking's
# (round 52: or a name's, "Saturday marks the 40th anniversary of Tavalu's independence in 1987")
_SINCE_EVENT_ON = re.compile(r"\s+(?:of|since)\s+(?:the|a|an|its|their|[A-Z][\w'’-]*['’]s)\s+[^,;:()\d]{0,60}?\b(?:in|on)\s+")


def _is_day(m: Mention) -> bool:
    """A day of a month ("16 June", "June 16, 2025")."""
    return m.kind is Kind.DATE and m.date is not None and m.date.month is not None and m.date.day is not None


def _day_by(doc: Document, s, a: int, b: int, near) -> bool:
    """The one weekday (or "yesterday"/"today") of the sentence stands within the
    clause of the anniversary phrase a..b ("on Saturday celebrated its centenary")."""
    if len(near) != 1:
        return False
    if near[0] is None:
        w = _DAYS_NEAR.search(doc.text, s.start, s.end)
        lo, hi = w.start(), w.end()
    else:
        lo, hi = near[0].start, near[0].end
    if re.fullmatch(r"\s*(?:On|Yesterday|Today|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)\s*",
                    doc.text[s.start:lo]) and hi <= a and ";" not in doc.text[hi:a]:
        return True  # "On 16 June 2025, crowds gathered to mark ...": the day of the whole sentence
    gap = doc.text[hi:a] if hi <= a else doc.text[b:lo]
    return len(gap) <= 40 and not re.search(r"[,;()]", gap)


# the thing itself began: "The museum, which opened in 1926, ...", "Founded in 1976, the ...", ", formed in 1976,"
_BEGUN_ITSELF = re.compile(r"(?:^|,|\(|\bwhich|\bthat|\bwas|\bwere|\bbeen|\bfirst)\s*(?:opened|founded|established|"
                           r"formed|built|launched|created|set\s+up|started|began|begun|inaugurated|incorporated|"
                           + _START_OTHER_VERBS + r")"
                           r"\s+(?:in\s+)?$", re.I)


def _turned_anniversary(doc: Document, s, ms, stext: str):
    """"The museum, which opened in 1926, turns 100 next month": the year it is turned
    less the year it began, exactly."""
    found = _turning_in(doc, s, ms, stext)
    if found is None:
        return None
    age, (year, month, how, ref) = found
    starts = [(m, y) for m, y in start_years(doc, s, ms) if m is not ref]
    if len({y for _, y in starts}) != 1 or any(year_of(m) is not None and m is not ref and m is not starts[0][0]
                                               for m in ms):
        return None
    start, start_year = starts[0]
    if start_year >= year or re.search(r"\bwho\b", stext, re.I) or \
            not _BEGUN_ITSELF.search(doc.text[max(s.start, start.start - 40):start.start]):
        return None  # "Jo Lee, who founded the firm in 1990, turns 60": the person turns
    verb = _TURN_BEFORE.search(doc.text[max(s.start, age.start - 14):age.start])
    vstart = age.start - (len(verb.group(0)) if verb else 0)
    if start.end > vstart or not re.fullmatch(r"\s*[,)]?\s*(?:(?:the|its|this|that)\s+(?:[a-z][\w'’-]*\s+){0,2})?",
                                              doc.text[start.end:vstart]):
        return None  # "..., set up in 1990, said its founder turns 80": another subject
    at = doc.text.find(how, age.end, s.end)
    if ref is None and at >= 0:
        ref = pseudo(doc, at, at + len(how), s.index)  # "next month"
    phrase = pseudo(doc, vstart, age.end, s.index)  # "turns 100"
    return Anniversary("explicit", f"{phrase.text} {how}", phrase, start, int(age.value), start_year, year,
                       "turned", ref)


# "next month", "last week", "later this month": a month or week near publication, in the phrase's clause
_REL_MONTH = re.compile(r"\b(?:(last|this|next)|(?:earlier|later)\s+this)\s+(month|week)\b", re.I)


_MONTH_PAST = re.compile(r"\b(?:was|were|had|did|(?<!be )(?<!been )(?:marked|celebrated|commemorated|held)|gathered|met)\b", re.I)
_MONTH_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|due|set|planning|preparing)|plans?|planning)\b", re.I)


# (round 24) the event's own dated clause between the phrase and its marking: "the 75th anniversary of the twinning,
# signed in 1954, with a week of events this month"
_EVENT_CLAUSE = re.compile(r"^\s+of\s+[^,;:()]{1,50},\s+(?:(?:which|that)\s+(?:[a-z]+\s+){1,3}|" + _EVENT_PARTICIPLE
                           + r")(?:in|on)\s+[^,;:()]{0,20}?\b\d{4},", re.I)


def _near_month(doc: Document, s, a: int, b: int):
    """(year, "relative", phrase) for the one "next month" / "last week" of the sentence, in the clause
    of the anniversary phrase a..b ("will mark the 40th anniversary of the 1986 flood next month") or
    opening the sentence ("Next month, the town marks ..."); None otherwise."""
    text = doc.text[s.start:s.end]
    pub = doc.published
    month = [m for m in _grouped(doc).get(s.index, ()) if m.kind is Kind.DATE and m.date is not None
             and m.date.month is not None and m.date.day is None and m.date.year is None]
    if len(month) == 1 and re.search(r"\bin\s+$", doc.text[max(s.start, month[0].start - 4):month[0].start]) \
            and "month" not in text and "week" not in text:
        # "will be marked in July": the July nearest to publication, within five months of it
        m = month[0]
        gap = doc.text[m.end:a] if m.end <= a else doc.text[b:m.start]
        past, future = bool(_MONTH_PAST.search(text)), bool(_MONTH_FUTURE.search(text))
        if past == future:
            return None  # "falls in July": this July or next
        ahead = (m.date.month - pub.month) % 12
        back = (pub.month - m.date.month) % 12
        year = pub.year + (pub.month + ahead > 12) if future else pub.year - (pub.month - back < 1)
        if 1 <= (ahead if future else back) <= 6 and len(gap) <= 80 and not re.search(
                r"[,;:()]|\b(?:and|but|while|whereas|when|after|before)\b", gap, re.I):
            return year, "relative", m
        return None
    if "month" not in text and "week" not in text:
        return None
    found = list(_REL_MONTH.finditer(text))
    if len(found) != 1:
        return None
    lo, hi = s.start + found[0].start(), s.start + found[0].end()
    if hi <= a:
        gap = doc.text[hi:a]
    else:  # (round 58) the start's making set apart first: "since its first edition, printed in Falmouth in 1879,"
        made = _SINCE_THING_MADE.match(doc.text, b, lo)
        after_made = re.match(r"\d{4}\s*,?", doc.text[made.end():lo]) if made else None
        gap = " " + doc.text[made.end() + after_made.end():lo] if after_made else \
            _EVENT_CLAUSE.sub(" ", doc.text[b:lo], count=1)

    def distance(x: int, y: int) -> int:
        return a - y if y <= a else x - b
    if any(distance(s.start + r.start(), s.start + r.end()) < len(gap) for r in _REL_YEAR.finditer(text)):
        return None  # "next year's 40th anniversary ..., on sale next month": the nearer one dates it
    opening = hi <= a and re.fullmatch(r"\s*", doc.text[s.start:lo]) and re.match(r"\s*,", doc.text[hi:a])
    if not opening and (len(gap) > 80 or re.search(r"[,;:()]|\b(?:and|but|while|whereas|when|after|before)\b",
                                                     gap, re.I)):
        return None
    step = RELATIVE_STEP.get((found[0].group(1) or "this").lower(), 0)
    if found[0].group(2).lower() == "week":
        when = pub + _dt.timedelta(days=7 * step)
        year = when.year
    else:
        year = pub.year + (pub.month - 1 + step) // 12
    return year, "relative", pseudo(doc, lo, hi, s.index)


# (round 18) "will mark its 150th anniversary this summer": a season named from publication
# (a month named so, "this June", is read the same way; its capital is needed: "this may take"; "this fall in
# visitors" is no season)
_SEASON_NAMES = (r"(spring|summer|autumn|fall(?!\s+(?:in|of|to|from|by|on|back|short|through|apart|below|behind)\b)|(?-i:January|February|March|April|May|June|July|August|September|"
                 r"October|November|December))")
_REL_SEASON = re.compile(r"\b(?:(this|last|next)|(?:earlier|later)\s+this)\s+" + _SEASON_NAMES + r"\b", re.I)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _near_season(doc: Document, s, a: int, b: int):
    """(year, "relative", phrase) for the one "this summer" / "last spring" / "next autumn" of the sentence, in
    the clause of the anniversary phrase a..b or opening the sentence ("This summer, the club marks ..."): this
    season is the publication year's; last and next only where the year is sure ("last summer" in March is
    last year's; "next summer" only once this summer has begun); winter spans New Year and is left alone."""
    pub = doc.published
    found = list(_REL_SEASON.finditer(doc.text, s.start, s.end))
    if len(found) != 1:
        return None
    f = found[0]
    lo, hi = f.start(), f.end()
    gap = doc.text[hi:a] if hi <= a else doc.text[b:lo]
    opening = hi <= a and re.fullmatch(r"\s*", doc.text[s.start:lo])
    if not opening and (len(gap) > 80 or re.search(r"[,;:()–—]|\s-\s|\b(?:and|but|while|whereas|when|after|before)\b",
                                                     gap, re.I)):
        return None
    year = _season_year(f, pub)
    return None if year is None else (year, "relative", pseudo(doc, lo, hi, s.index))


def _season_year(f: re.Match, pub: _dt.date) -> int | None:
    """The year of a ``_REL_SEASON`` match from the publication date, or None when unsure ("next summer" in
    March: this summer or the one after)."""
    step = (f.group(1) or "this").lower()
    if step == "this":
        return pub.year
    if f.group(2).lower() not in _SEASON_MONTHS:  # a month: "last June" only once June has come round again
        month = MONTH_NAMES.index(f.group(2)) + 1
        if step == "last":
            return pub.year - 1 if month >= pub.month else None
        return pub.year + 1 if month <= pub.month else None
    first, last = _SEASON_MONTHS[f.group(2).lower()]
    if step == "last":
        return pub.year - 1 if pub.month <= last else pub.year
    return pub.year + 1 if pub.month >= first else None


# "who married in June 1978", "were married at St Mary's in 1978": the year of a wedding
# (round 30) "wed" and "tied the knot" too, and a day before the month ("wed on 2 June 1990")
_MARRIED_IN = re.compile(r"\b(?:married|wed|tied\s+the\s+knot)\b[^.;()]{0,40}?\b((?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                         r"(?:(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d)\b", re.I)


# (round 21) the marking verb governs the anniversary phrase, in the future: "will mark the 75th anniversary",
# "will celebrate its centenary", "'ll commemorate exactly 50 years since", "Sunday will be the 40th anniversary"
_WILL_MARK_BEFORE = re.compile(r"\b(?:will|'ll|’ll)\s+(?:[a-z]+ly\s+|also\s+|again\s+|once\s+again\s+)?"
                               r"(?:mark|celebrate|commemorate|be)\s+(?:(?:the|its|their|his|her|our|this\s+year['’]s)\s+)?"
                               r"(?:[A-Za-z][\w-]*\s+)?(?:[A-Za-z][\w-]*['’]s?\s+)?(?:(?:exactly|precisely)\s+)?$", re.I)
# (round 48) a gathering to come, held to mark the phrase: "will gather at the harbour wall next Saturday to mark the"
_WILL_TO_MARK_BEFORE = re.compile(r"\b(?:will|'ll|’ll)\s+[a-z]+\b[^,;:()]{0,60}?\bto\s+(?:mark|celebrate|commemorate)\s+"
                                  r"(?:the|its|their|his|her|our)\s+$", re.I)


def _will_to_mark(doc: Document, s, a: int) -> bool:
    return _WILL_TO_MARK_BEFORE.search(doc.text, max(s.start, a - 100), a) is not None


# "The 75th anniversary of the 1953 flood will be marked with ...": the phrase, its event, then the passive
_WILL_BE_MARKED = re.compile(r"\s+(?:of\s+[^,;:()]{0,60}?\s+)?(?:will|'ll|’ll)\s+be\s+(?:[a-z]+ly\s+)?"
                             r"(?:marked|celebrated|commemorated)\b", re.I)
# a coming marking whose year is left open: a condition, a wish, a plan, a countdown ("when it turns 100 it will
# celebrate", "hopes it will mark", "in four years' time")
_COMING_OPEN = re.compile(r"\b(?:when|once|if|unless|whether|hopes?|hoping|aims?|wants?|intends?|expects?|could|"
                          r"might|(?-i:may)|should|would|by\s+the\s+time|in\s+time\s+for|time|eventually|one\s+day|"
                          r"future|due|scheduled|proposed|possible|bid|campaign\w*|years?|decades?)\b", re.I)
# a day near publication named in the sentence: the marking's, in the publication year
_COMING_DAY = re.compile(r"\b(?:today|tonight|tomorrow|this\s+(?:week|weekend|evening|morning|afternoon))\b", re.I)


def _without_start_clause(doc: Document, s, start: Mention, stext: str) -> str:
    """``stext`` (the sentence s's text) with the start's own clause blanked out ("which was set up in 1899"),
    when a start cue dates it; otherwise unchanged."""
    cue = _START_CUE.search(doc.text[max(s.start, start.start - 60):start.start])
    if cue is None:
        return stext
    lo = max(s.start, start.start - 60) + cue.start() - s.start
    back = re.search(r"(?:\b(?:which|that|who)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:first\s+)?$",
                     stext[:lo], re.I)
    lo = back.start() if back else lo
    hi = start.end - s.start
    if back and back.group(0).lower().startswith(("which", "that", "who")):
        # (round 53) a relative clause runs on to its comma: "which opened in 1967 and replaced a ferry that had run
        # since the 1820s"
        comma = stext.find(",", hi)
        hi = comma if comma >= 0 else len(stext)
    return stext[:lo] + " " * (hi - lo) + stext[hi:]


def _day_just_ahead(m: Mention, pub) -> bool:
    """(round 55) A day of the month with no year, within a month after publication: the marking's own day ("will
    mark ... on the weekend of 10 and 11 May", published on 6 May)."""
    if m.kind is not Kind.DATE or m.date is None or m.date.year is not None or m.date.month is None \
            or m.date.day is None or pub is None:
        return False
    try:
        day = _dt.date(pub.year, m.date.month, m.date.day)
    except ValueError:
        return False
    return 0 <= (day - pub).days <= 31


def _coming_marking(doc: Document, s, ms, a: int, b: int, start: Mention):
    """(round 21) (year, source) of a future marking with no date of its own, the marking verb governing the
    phrase a..b: "The village will mark the 75th anniversary of the 1953 flood with a service this weekend" is
    this year's, exactly, when a day near publication ("this weekend", "tomorrow", the one coming weekday next to
    the phrase) is told away from New Year; with no day ("will celebrate its centenary with an exhibition"), the
    publication year, a year either way ("publication").  Any other time ("next", "plans", "until"), a
    condition or wish ("when", "hopes", "could"), or another figure of time in the sentence leaves it alone.
    With no day at all the marking may be up to two years ahead of publication ("coming": the rule allows the
    anniversary a year before to two years after the publication year)."""
    pub = doc.published
    if not (_WILL_MARK_BEFORE.search(doc.text, max(s.start, a - 40), a) or _WILL_BE_MARKED.match(doc.text, b, s.end)
            or _will_to_mark(doc, s, a)):
        return None
    rest = doc.text[s.start:a] + " " + doc.text[b:s.end]  # "years" of "50 years since" is the phrase's own
    if _COMING_OPEN.search(rest) or any(m.kind in (Kind.DURATION, Kind.DATE, Kind.YEAR) and m is not start
                                       and not (a <= m.start < b) and not _day_just_ahead(m, pub) for m in ms):
        return None
    edge = not 7 <= pub.timetuple().tm_yday <= 358
    weekdays = [m for m in ms if m.kind is Kind.WEEKDAY]
    days = list(_COMING_DAY.finditer(doc.text, s.start, s.end))
    if len(weekdays) + len(days) > 1:
        return None
    if weekdays and tense_direction(doc, weekdays[0]) != "future":
        return None
    if days and days[0].group(0).lower() == "tomorrow":
        return (pub + _dt.timedelta(days=1)).year, "publication" if edge else "day"
    if days and not edge:
        return pub.year, "day"
    return pub.year, "publication" if days or weekdays else "coming"


_ANNIVERSARY_AFTER_TRIGGER = ("anniversary", "birthday")  # the words of an ordinal's "25th wedding anniversary"


# (round 58) the thing the years are counted from, then its making set apart: "since its first edition, printed in
# Falmouth in", "since the bridge, built by Telford in"
_SINCE_THING_MADE = re.compile(r"\s+(?:of|since|after)\s+(?:its|the|their|his|her)\s+[^,;()\d]{1,40}?,\s*"
                               r"(?:first\s+)?(?:[a-z]+ed|built|made|founded|set\s+up|begun|written|drawn|sung|run)\s+"
                               r"(?:[^,;()\d]{0,40}?\s)?in\s+", re.I)


@needs(words=("cent", "jubilee", "anniversary", "wedding", "years", "birthday", "turn"))
def find_anniversaries(doc: Document):
    pub = doc.published
    for s, ms in _sentences(doc):
        stext = doc.text[s.start:s.end]
        lowered = stext.lower()
        phrases = []
        # every name in _ANNIV_WORDS holds one of these: most sentences skip the pattern
        if "cent" in lowered or "jubilee" in lowered or "anniversary" in lowered or "wedding" in lowered:
            for rx in _ANNIV.finditer(stext):
                key = re.sub(r"\s+", " ", rx.group(1).lower())
                if key in _GIFT_WEDDINGS and not _gift_wedding_is_theirs(doc, s, s.start + rx.start(), s.start + rx.end()):
                    continue
                phrases.append((s.start + rx.start(), s.start + rx.end(), _ANNIV_WORDS[key]))
        institution = "born" not in lowered
        if "years" in lowered:
            for m in ms:
                if _duration_unit(m) == "year" and m.value and m.hedge is None and not m.is_range and not m.compound \
                        and _MARK_YEARS.search(doc.text[max(s.start, m.start - 26):m.start]) \
                        and re.match(r"\s+(?:since|of|after)\b", doc.text[m.end:s.end], re.I):
                    phrases.append((m.start, m.end, int(m.value)))
        # (round 29, speed) an ordinal's anniversary needs its word in the sentence: a cheap test first
        for m in ms if holds_any(stext, _ANNIVERSARY_AFTER_TRIGGER) else ():
            if m.kind is not Kind.ORDINAL or not m.value:
                continue
            word = re.match(r"\s+(?:wedding\s+)?(anniversary|birthday)\b", doc.text[m.end:s.end], re.I)
            if word and (word.group(1).lower() == "anniversary" or institution):
                tens = _TENS_BEFORE.search(doc.text, max(s.start, m.start - 9), m.start) if m.value < 10 else None
                if tens:  # "twenty-fifth": 25, from the tens word on
                    phrases.append((tens.start(), m.end + word.end(), _TENS[tens.group(1).lower()] + int(m.value)))
                else:
                    phrases.append((m.start, m.end + word.end(), int(m.value)))
        if not phrases and "turn" in stext and institution:
            rel = _turned_anniversary(doc, s, ms, stext)
            if rel is not None:
                yield rel
            continue
        if len(phrases) != 1:
            continue
        a, b, n = phrases[0]
        start = None
        wedding = False
        if re.search(r"\bwedding\s+$", doc.text[max(s.start, a - 12):a], re.I) or \
                re.match(r"\s+wedding\b", doc.text[b:s.end], re.I) or re.search(r"\swedding\b", doc.text[a:b], re.I):
            # a wedding anniversary counts from the marriage: "who married in June 1978, celebrated their
            # 50th wedding anniversary" (else it is left alone)
            wed = _MARRIED_IN.search(stext)
            start = next((m for m in ms if wed and s.start + wed.start(1) <= m.start < s.start + wed.end(1)
                          and year_of(m) is not None), None)
            if start is None:
                continue
            wedding = True
        phrase = pseudo(doc, a, b, s.index)
        # the founding year: "anniversary of the 1969 landing" or a start cue
        after = [m for m in ms if m.start >= b and year_of(m) is not None]
        if start is not None:
            pass
        elif after and re.fullmatch(r"\s+(?:of|since|after)\b[^,;()]{0,60}?", doc.text[b:after[0].start], re.I) \
                and not re.search(r"\b(?:in|on)\s+$", doc.text[b:after[0].start], re.I):
            start = after[0]
        elif after and _SINCE_THING_MADE.fullmatch(doc.text, b, after[0].start):
            start = after[0]  # (round 58) "mark 150 years since its first edition, printed in Falmouth in 1879"
        elif after and _SINCE_EVENT_ON.fullmatch(doc.text[b:after[0].start]) and pub is not None \
                and year_of(after[0]) < pub.year and (_DAYS_NEAR.search(stext) or any(
                    m.kind is Kind.WEEKDAY and m.end <= a for m in ms)
                    or _WILL_MARK_BEFORE.search(doc.text, max(s.start, a - 40), a)):
            start = after[0]  # "Sunday marks 30 years since the bombing on 15 June 1996": the event's own day
            # (round 55: or a marking to come, "will mark the 150th anniversary of its opening to the public in 1885
            # with free entry", its year read by _coming_marking)
        elif after and _EVENT_IN.fullmatch(doc.text[b:after[0].start]) \
                and not re.search(r"celebrat|mark|commemorat|anniversar", doc.text[b:after[0].start], re.I):
            start = after[0]  # "the 50th anniversary of the uprising, which broke out in 1976"
        if start is None:
            st = start_years(doc, s, ms)
            if len({y for _, y in st}) == 1 and not _of_another_event(doc, s, a, b, st[0][0]):
                start = st[0][0]
        link = "explicit"
        if start is None and not wedding:
            start = _own_start_told_next(doc, s, ms, a, b)
            link = "inferred"
        if start is None:
            continue
        start_year = year_of(start)
        others = [m for m in ms if year_of(m) is not None and m is not start]
        ref = None
        ref_year = None
        source = ""
        # "celebrated its centenary in 1987"
        for m in others:
            if m.start >= b and re.fullmatch(r"\s+(?:[a-z]+\s+){0,3}?in\s+", doc.text[b:m.start]) and m.kind is Kind.YEAR:
                ref, ref_year, source = m, year_of(m), "stated"
                break
        if ref is None and len(others) == 1 and _is_day(others[0]) and _MARKING.search(stext) \
                and _day_by(doc, s, a, b, others):
            ref, ref_year, source = others[0], year_of(others[0]), "stated"  # "on 16 June 2025, ... to mark ..."
        if ref is None and wedding and pub is not None and not others and 7 <= pub.timetuple().tm_yday <= 358:
            # a couple's anniversary told as news is this year's (a party may follow the day by weeks)
            ref, ref_year, source = start, pub.year, "publication"
        if ref is None and _YEARS_AGO_AFTER.match(doc.text, b, s.end):
            continue  # (round 33) "marked its centenary three years ago": when, told loosely; a "last year" later
            # in the sentence is another clause's
        if ref is None and len(others) == 0:
            edge = pub is not None and not 7 <= pub.timetuple().tm_yday <= 358  # "yesterday" may be last year
            loose = edge or bool(_SEASON_OPENS.search(stext))
            # "to mark 50 years since ...": that "since" is the phrase's own
            nowtext = stext[:b - s.start] + re.sub(r"^\s+since\b", " of", stext[b - s.start:], flags=re.I)
            rel_years = list(_REL_YEAR.finditer(stext))
            months = _near_month(doc, s, a, b) if pub is not None else None
            if months is not None:
                ref_year, source, ref = months  # "will mark the 40th anniversary ... next month"
            elif not rel_years and pub is not None and _REL_SEASON.search(stext) \
                    and _near_season(doc, s, a, b) is not None:
                ref_year, source, ref = _near_season(doc, s, a, b)  # "will mark its 150th anniversary this summer"
            elif len(rel_years) == 1 and pub is not None:
                which = (rel_years[0].group(1) or "this").lower()
                ref_year = pub.year + RELATIVE_STEP[which]
                source = "relative"
                ref = pseudo(doc, s.start + rel_years[0].start(), s.start + rel_years[0].end(), s.index)
            elif not rel_years and pub is not None and (_PRESENT.search(stext) or _MARKING_NOW.search(stext)) \
                    and not _NOT_NOW.search(_REMEMBERED_EVENT_CLAUSE.sub(" ", _NEXT_CLAUSE.sub("", nowtext))):
                # "Today marks the 40th anniversary", "Monday marks ...": the day itself, unless near New Year
                near = [m for m in ms if m.kind is Kind.WEEKDAY]
                on_day = _TODAY.search(stext) or len(near) == 1 and _day_by(doc, s, a, b, near)
                ref_year, source = pub.year, "day" if on_day and not loose else "publication"
                holiday = _holiday_year(doc, s) if not on_day else None  # (the day itself: no slack either way)
                if holiday is not None:
                    ref_year, source = holiday, "day"  # (round 37) "Christmas Day marks the 50th anniversary of ..."
            elif not rel_years and pub is not None and _MARKING.search(stext) \
                    and not _NOT_NOW_MARKED.search(_without_start_clause(doc, s, start, nowtext)) \
                    and not _will_to_mark(doc, s, a):
                # "gathered on Sunday to mark the 40th anniversary": marked on a day near publication
                near = [m for m in ms if m.kind is Kind.WEEKDAY or _is_day(m) and m is not start] \
                    if _DAYS_NEAR.search(stext) is None else [None]
                if not _MARKING.search(_MARKED.sub(" ", stext)) and not _day_by(doc, s, a, b, near):
                    continue  # "celebrated its 50th anniversary on Saturday", not "..., played on Friday"
                years = {_point(doc, m)[1] if m is not None else (None if edge else pub.year) for m in near}
                if len(near) == 1 and len(years) == 1 and None not in years:
                    ref_year, source = years.pop(), "publication" if loose else "day"
            elif not rel_years and pub is not None and not loose \
                    and (_WILL_MARK.search(stext) or _will_to_mark(doc, s, a)) and not _NOT_NOW_WILL.search(nowtext):
                # (round 18) "Sunday will mark 30 years since the 1995 flood": the coming day's year
                near = [m for m in ms if m.kind is Kind.WEEKDAY]
                if len(near) == 1 and _day_by(doc, s, a, b, near) and tense_direction(doc, near[0]) == "future":
                    ref_year, source = resolve_weekday(near[0].date.weekday, pub, "future").year, "day"
                else:
                    coming = _coming_marking(doc, s, ms, a, b, start)
                    if coming is not None:
                        ref_year, source = coming  # (round 21) "will mark the 75th anniversary ... this weekend"
            elif not rel_years and pub is not None and not loose and _WILL_MARK.search(stext) \
                    and not _NOT_NOW_WILL.search(_without_start_clause(doc, s, start, nowtext)):
                # (round 21) "The society, which was set up in 1899, will celebrate its 125th anniversary": the
                # past tense is the start's own
                coming = _coming_marking(doc, s, ms, a, b, start)
                if coming is not None:
                    ref_year, source = coming
        if ref_year is None or start_year is None or start_year >= ref_year + 1:
            continue
        link = "explicit" if source in ("stated", "relative") and link == "explicit" else "inferred"
        yield Anniversary(link, doc.text[a:b], phrase, start, n, start_year, ref_year, source, ref)


# ------------------------------------------------------------ age and birth
# words of a death (not "his late father": another's death; round 38: nor the offence "causing death by dangerous
# driving")
_DEATH = re.compile(r"\b(?:died|dies|dead|(?<!causing )death(?!\s+by\s+(?:dangerous|careless))|killed|"
                    r"(?<!his )(?<!her )(?<!their )late|passed\s+away|would\s+have|when|then|at\s+the\s+time)\b", re.I)
# "died on Saturday", "was killed on 3 May 2019", "died in 2010": the day the age was reached
# round 16: where may come first: "died at her home in Galway on Thursday", "died in hospital on 2 May"
_DIED_ON = re.compile(r"\b(?:died|was\s+killed|were\s+killed|passed\s+away)(?:\s+(?:peacefully|suddenly|unexpectedly))?"
                      r"(?:\s+(?:at|in)\s+(?:(?:her|his|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
                      r"(?:\s+(?:in|near|outside)\s+(?:[A-Z][\w'’-]*\s+){0,2}?[A-Z][\w'’-]*)?)?\s+(?:on|in)\s+$"
                      # (round 39) the US style, the day straight after the verb: "died Saturday at 87"
                      r"|\b(?:died|passed\s+away)\s+$",
                      re.I)
_HAS_DIED = re.compile(r"\b(?:has|have)\s+died\b", re.I)
# the words of a sentence that may stand between an age and its person's birth
# the nearest kin, told beside a name as a second person (``_KIN`` below is the wider list of relatives)
_CLOSE_KIN = r"mother|father|son|daughter|wife|husband|brother|sister|child|children|parents?"
_TWO_PEOPLE = re.compile(r"\b(?:and|with|whose|her|his|their|while|whereas|" + _CLOSE_KIN + r")\b|;", re.I)
# "The 58-year-old ..." opening a sentence: the person of the sentence before
_ANAPHOR_AGE = re.compile(r"\s*(?:The|the|Now|now)\s+$")
# "She was born in ...", "Born in Leeds in 1961, she ...": the person of the sentence before
_ANAPHOR_BIRTH = re.compile(r"\s*(?:(?:He|She)\s+(?:was\s+)?born|Born)\b")
# a birth clause on the sentence's subject: "Ann Fox, who was born in ...", "Ann Fox (born ...", "Born in ..., Ann"
_SUBJECT_BIRTH = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s*(?:,\s*(?:who\s+was\s+)?|\(\s*|\s+was\s+|"
                            r",\s*(?:who|the|a|an)\b[^.;:()]{0,60}?,\s*was\s+)born\b|Born\b|"
                            r"The\s+(?:(?!of\b)[\w'’-]+\s+){0,3}(?!of\b)[\w'’-]+\s*,\s*(?:who\s+was\s+)?born\b|"
                            # a role, then the name: "The club's head coach, Ann Fox, who was born ..."
                            r"(?:The\s+)?(?:(?!of\b|and\b|with\b)[A-Za-z][\w'’-]*\s+){0,3}(?!of\b|and\b|with\b)[a-z][\w'’-]*"
                            r"\s*,?\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
                            r"[A-Z][\w'’.-]*\s*,\s*(?:who\s+was\s+)?born\b|"
                            r"(?:He|She)\s+was\s+born\b)")


# "the 23-year-old striker Ana Ruiz": a name apposed to the age
_AGE_THEN_NAME = re.compile(r"(?:\s+(?!(?:has|have|had|is|was|will|would|can|could|and|to|of|in|at|for|from|with|by|"
                            r"on|joined|leads|led|said|says|scored|won|took|left)\b)[a-z][\w'’-]*(?<!ed)){0,3}"
                            r"\s+(?:[A-Z][\w'’.-]*\s+)+([A-Z][a-z][\w'’-]*)")
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|de|van|von|al|bin)\s+)?[A-Z][\w'’.-]*)*")
_NOT_NAMES = frozenset(WEEKDAY_NAMES + MONTH_NAMES + ("He", "She", "Born", "The", "Mr", "Mrs", "Ms", "Dr"))


# a name after these is a place: "born outside Kendal", "grew up across the Tyne"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|of|outside|inside|across|around|beyond|towards?|into|via|within|"
                           r"throughout|along)\s+(?:the\s+)?$")


# (round 20) a wire dateline opening a story's first sentence names a place, not a person: "LEEDS, England, April
# 18 - Ann Roe, 81, ..." / "KILBROOK, Ireland, Aug 27 - " / "NAIROBI (Reuters) - "
_DATELINE_OPEN = re.compile(r"\s*(?-i:[A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,\s*[^,;:—–()\n]{1,30}){0,3}?\s*(?:\([^)]{1,30}\)\s*)?"
                            r"(?:[—–]+|\s-+)\s*(?=[A-Z])")


def _after_dateline(lead: str) -> str:
    """``lead`` without a wire dateline opening it ("KILBROOK, Ireland, Aug 27 - Ann Roe, " -> "Ann Roe, ")."""
    dateline = _DATELINE_OPEN.match(lead)
    return lead if dateline is None else lead[dateline.end():]


# (round 33) a capitalised word between "the" and a noun that runs on into a name: a description of the one named
_DESCRIBED_BEFORE = re.compile(r"\b(?:the|an?)\s+$")
_DESCRIBED_NAME = re.compile(r"\s+[a-z][a-z-]*\s+[A-Z]")
_ATTRIBUTIVE_NAME = re.compile(r"[\w'’.]\s*,\s*(?:the|an?)\s+$")  # set apart after a name: "Ann Roe, the Hull ..."
_ROLE_AFTER = re.compile(r"\s+[a-z][a-z-]*(?:er|or|ist|ian|ess|man|woman)\b")


# (round 60) a name owning something national: a country ("Kenya's national squad", "Chile's national airline")
_NATIONAL_AFTER = re.compile(r"\s+national\b")


def _one_person(text: str, full_names: bool = False) -> bool:
    """At most one name in a sentence (places after "in"/"at"/"from", months and
    pronouns aside): a "the 58-year-old" beside it can only be that person.
    ``full_names``: only names of two words or more count ("Kendal, Cumbria" and
    "with Penguin" are no second person); a dateline opening the text is no name."""
    names = 0
    dateline = _DATELINE_OPEN.match(text)
    if dateline is not None:
        text = " " * dateline.end() + text[dateline.end():]
    for rx in _NAME_RUN.finditer(text):
        if rx.group(0).rstrip(".") in _NOT_NAMES or _PLACE_BEFORE.search(text[max(0, rx.start() - 12):rx.start()]):
            continue
        if _ATTRIBUTIVE_NAME.search(text, max(0, rx.start() - 8), rx.start()) and _ROLE_AFTER.match(text, rx.end()):
            continue  # (round 25) "the Hull headteacher", "a Leeds striker": a place or party on a role, no person
        if full_names and names and len(rx.group(0).split()) < 2:
            continue
        if _DESCRIBED_BEFORE.search(text, max(0, rx.start() - 5), rx.start()) and _DESCRIBED_NAME.match(text, rx.end()):
            continue  # (round 33) "the Asian elephant Kamala", "the Welsh poet Ann Roe": a word of origin describing the one named
        if rx.group(0)[-2:] in ("'s", "’s") and _NATIONAL_AFTER.match(text, rx.end()):
            continue  # (round 60) "has coached Mongolia's national archery team": a country, no person
        names += 1
    return names <= 1


def _mid_anaphor(doc: Document, s, age: Mention) -> bool:
    """"Friends paid tribute to the 36-year-old on Monday": "the N-year-old" standing alone
    (no noun after it) inside a sentence that names no one (its first word aside)."""
    if not re.search(r"\bthe\s+$", doc.text[max(s.start, age.start - 5):age.start]):
        return False
    # (round 16: "that gave the 21-year-old an average of 55": a second object after it, the age standing alone)
    if not re.match(r"\s*(?:[,.;:]|$|(?:on|in|at|from|for|who|was|had|has|is|and|after|before|during|when|since|with|over|as|by|"
                    r"a|an|the|his|her|their)\b)",
                    doc.text[age.end:s.end]):
        return False
    text = doc.text[s.start:s.end]
    first = re.match(r"\s*[A-Z][a-z]+\s+(?=[a-z])", text)
    return _one_person(text) and (first is not None or not _NAME_RUN.search(text[:age.start - s.start]))


# "At 41, the goalkeeper, born in 1988, is ...": a subject (a name or "the" noun, an apposition or relative
# clause of the birth) and then a present main verb; no past verb before it
_AT_AGE_SUBJECT_NOW = re.compile(
    r"\s*,\s*(?:(?:the|The)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)"
    r"(?:\s*,\s*(?:(?:who\s+was\s+)?born\b[^.;:()]{0,40}?|(?:who\s+)?(?:is\s+)?(?:a|an|the)\s+[^.;:(),]{0,40}?)\s*,)?"
    r"\s+(?:still\s+|now\s+)?(?:is|remains|has|still|says|lives|runs|holds|walks|works|plays|leads)\b")


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# an age in apposition to a name: "..., rode Bramble Lass, an 11-year-old grey mare"
_APPOSED_TO_NAME = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,\s*an?\s+$")


def _apposed_to_another(doc: Document, s, m: Mention) -> bool:
    """An age set after another name than the one the sentence opens on: "Ellie Marsden, who was born
    in 2008, rode Bramble Lass, an 11-year-old grey mare" -- the mare's age, not hers."""
    named = _APPOSED_TO_NAME.search(doc.text, max(s.start, m.start - 40), m.start)
    if named is None or named.start() == s.start:
        return False
    first = None
    for run in _CAPITALISED_RUN.finditer(doc.text, s.start, named.start()):
        ws = [w for w in run.group(0).split() if w not in MONTH_NAMES and w not in WEEKDAY_NAMES]
        if ws and (len(ws) > 1 or run.start() > s.start or doc.text[run.end():run.end() + 1] == ","):
            first = ws
            break
    return first is not None and not set(first) & set(named.group(1).split())


# (round 18) "died on Sunday at 93": the age, not a time nor a house number (a stop or comma must follow it)
_DIED_AT = re.compile(r"\b(?:died|passed\s+away)\b[^;,()]{0,50}?\bat\s+(?:(?:just|only)\s+)?$", re.I)


# (round 29) the same with the day of death between, its dates masked: "died on Tuesday, April 30, at 88"
_DIED_AT_APART = re.compile(r"\b(?:died|passed\s+away)\b[^;,()]{0,50}?(?:,\s*)?\bat\s+(?:(?:just|only)\s+)?$", re.I)


def _dates_masked(doc: Document, ms, lo: int, hi: int) -> str:
    """The text from ``lo`` to ``hi`` with each date, weekday or year in it written "D" (its commas gone)."""
    parts, pos = [], lo
    for m in ms:
        if m.kind in (Kind.DATE, Kind.WEEKDAY, Kind.YEAR) and lo <= m.start and m.end <= hi:
            parts += [doc.text[pos:m.start], "D"]
            pos = m.end
    parts.append(doc.text[pos:hi])
    return "".join(parts)


def _ages_in(doc: Document, s, ms) -> list[Mention]:
    ages = [m for m in ms if m.kind is Kind.AGE and m.interval is not None and not _apposed_to_another(doc, s, m)]
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None and
             re.search(r"\b(?:aged|age\s+of|age|is|turns|now)\s+$",
                       doc.text[max(s.start, m.start - 12):m.start], re.I)
             and re.match(r"\s*(?:[.,;]|$|years?\s+old|(?:and|but)\s+(?:is|has|was|shows|says|said|lives|still|now|already|"
                          r"(?:the|one\s+of\s+the)\s+(?:youngest|oldest|first|only|last))\b)",
                          doc.text[m.end:s.end])]
    # "who was born in 1990, is now 38 and plays for Leeds": "now" marks the age, whatever verb follows
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None and m not in ages
             and m.value is not None and 0 < m.value < 120 and not m.is_range
             and re.search(r"\b(?:is|are)\s+now\s+$", doc.text[max(s.start, m.start - 12):m.start], re.I)
             and re.match(r"\s+(?:and|but)\s+[a-z]+", doc.text[m.end:s.end])]
    # "turned 97 on Saturday": reached within the past year, so still the age now
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None and m not in ages
             and re.search(r"\b(?:just\s+)?turned\s+$", doc.text[max(s.start, m.start - 12):m.start], re.I)
             and re.match(r"\s*(?:[.,;]|$|(?:on|in|this|earlier|recently|at|and|but)\b)", doc.text[m.end:s.end], re.I)]
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None
             and m not in ages and m.value is not None and 0 < m.value < 120
             and doc.text[max(s.start, m.start - 2):m.start].strip() == ","
             and doc.text[m.end:m.end + 1] == ","]  # "The singer, 31, was born ..."
    # "Ann Roe (31), born ...": a bracketed age after a name
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None and m not in ages
             and m.value is not None and 0 < m.value < 120 and not m.is_range
             and re.search(r"[A-Z][\w'’-]*[a-z]\s*\(\s*$", doc.text[max(s.start, m.start - 20):m.start])
             and re.match(r"\s*\)", doc.text[m.end:m.end + 3])]
    # (round 18) "died on Sunday at 93, his family said": "at" after the death is the age at death
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None and m not in ages
             and m.value is not None and 0 < m.value < 120 and not m.is_range
             and (_DIED_AT.search(doc.text, max(s.start, m.start - 60), m.start)
                  or _DIED_AT_APART.search(_dates_masked(doc, ms, max(s.start, m.start - 80), m.start)))
             and re.match(r"\s*(?:[.,;]|$)", doc.text[m.end:s.end])]
    # "At 86, she is ...": the age of the sentence's subject, now
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None and m not in ages
             and re.fullmatch(r"\s*At\s+(?:(?:just|only)\s+)?", doc.text[s.start:m.start])
             and (re.match(r"\s*,?\s*(?:she|he)\s+(?:is|has|remains|still|(?!was\b)[a-z]{2,}[^s]s)\b",
                           doc.text[m.end:s.end])  # (round 52: or with no comma, "At 32 she is the oldest winner";
                  # or a verb in the present, "At 36, he says this fight will be his last")
                  or _AT_AGE_SUBJECT_NOW.match(doc.text, m.end, s.end))]
    # (round 24) "..., at 41, he is the oldest ...": the same after a semicolon or dash closing the clause before
    ages += [m for m in ms if m.kind is Kind.COUNT and m.interval is not None and m.noun is None and m not in ages
             and m.value is not None and 0 < m.value < 120 and not m.is_range
             and _AT_AGE_AFTER_CLAUSE.search(doc.text, s.start, m.start)
             and re.match(r"\s*,\s*(?:she|he)\s+(?:is|has|remains|still)\b", doc.text[m.end:s.end])]
    for m in ms:
        if m.kind is Kind.ORDINAL and m.value and re.match(r"\s+birthday\b", doc.text[m.end:s.end], re.I):
            ages.append(m)
    # (round 24) "a deal that runs until he is 40": an age still to come, not the age now
    ages = [m for m in ages if not (m.kind is Kind.COUNT and _FUTURE_AGE.search(doc.text, max(s.start, m.start - 40), m.start))]
    return ages


# (round 25) "a man in his 70s", "in her early eighties": an age told by its decade, one person's ("their" may be two)
_DECADE_WORDS = {tens[:-1] + "ies": value for tens, value in _TENS.items()}  # "twenties": 20
_DECADE_AGE = re.compile(r"\bin\s+(?:his|her)\s+(?:(early|mid|late)[- ]?)?(?:'?([1-9])0['’]?s|("
                         + "|".join(_DECADE_WORDS) + r"))\b", re.I)
# the age now: after a present "is" ("is now in his 70s"), or describing a person ("a sprightly man in his 70s");
# after a past verb it is the age then ("took up painting in her 60s")
_DECADE_AGE_NOW_BEFORE = re.compile(r"(?:\b(?:is|['’]s)\s+(?:(?:now|still|already|well|probably)\s+)?|\bnow\s+|"
                                    r"\ban?\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z]+)\s+)$", re.I)
_DECADE_PART = {None: (0, 9), "early": (0, 5), "mid": (2, 8), "late": (5, 9)}  # loosely: "mid-thirties" at 32


def _decade_ages(doc: Document, s) -> list[Mention]:
    """(round 25) Ages told by their decade, as ranges: "in his 70s" is 70 to 79, "in her early eighties" 80 to 84;
    the age now only (``_DECADE_AGE_NOW_BEFORE``)."""
    from .restatements import PERSON_NOUNS  # (restatements imports shares, which imports this module)
    out = []
    for rx in _DECADE_AGE.finditer(doc.text, s.start, s.end):
        now = _DECADE_AGE_NOW_BEFORE.search(doc.text, max(s.start, rx.start() - 50), rx.start())
        if now is None or now.group(1) and now.group(1).lower() not in PERSON_NOUNS:
            continue
        tens = int(rx.group(2)) * 10 if rx.group(2) else _DECADE_WORDS[rx.group(3).lower()]
        lo, hi = _DECADE_PART[rx.group(1) and rx.group(1).lower()]
        out.append(replace(pseudo(doc, rx.start(), rx.end(), s.index, Kind.AGE), value=Fraction(tens + lo), unit="year",
                           interval=Interval(Fraction(tens + lo), Fraction(tens + hi)), is_range=True,
                           range_hi=Fraction(tens + hi)))
    return out


# (round 24) "until he is nearly 40", "by the time she turns 30": an age of the future
_FUTURE_AGE = re.compile(r"\b(?:until|till|by\s+the\s+time|once|before)\s+(?:he|she|they)\s+(?:is|turns|reaches)\s+$", re.I)
# (round 24) "was appointed this week; at 41, she is ...": "at N" opening the clause after a semicolon or dash
_AT_AGE_AFTER_CLAUSE = re.compile(r"[;:–—]\s*[Aa]t\s+(?:(?:just|only)\s+)?$")


_AGO_OR_YEAR = re.compile(r"\b(?:last|next)\s+year\b|\bago\b", re.I)


_ROLE_APPOSED_NAME = re.compile(r"\s*(?:(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s)|The|Its|Their)\s+"
                                # ((round 53) or a bare role with its article: "The rector, Anna Dvořáková, 58, ...")
                                r"(?:[a-z][\w-]*\s+){0,2}"
                                r"[a-z][\w-]*\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*,\s*")


def _age_on_subject(doc: Document, s, age: Mention) -> bool:
    """"The 29-year-old, ..." opening the sentence, or "Ann Roe, 29, ...": the subject's age now (a dateline before
    it aside: "LEEDS, April 18 - Ann Roe, 29, ...")."""
    lead = _after_dateline(doc.text[s.start:age.start])
    after = doc.text[age.end:s.end]
    return bool(age.kind is Kind.AGE and re.fullmatch(r"\s*(?:The|Born\b[^.;]{0,80},\s*the)\s+", lead)
                or re.fullmatch(r"\s*(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s*,\s*", lead) and re.match(r"\s*,", after)
                # (round 39) a role between the names: "Grambling coach Bill Harmon, 58, ..."
                or re.fullmatch(r"\s*(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w'’-]*\s+){1,2}(?:[A-Z][\w'’.-]*\s+){0,3}"
                                r"[A-Z][\w'’.-]*\s*,\s*", lead) and re.match(r"\s*,", after)
                # (round 46) a role set apart before the name: "Leigh Grammar's headteacher, Ann Roe, 52, ..."
                or _ROLE_APPOSED_NAME.fullmatch(lead) and re.match(r"\s*,", after)
                or re.fullmatch(r"\s*(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s*\(\s*", lead) and re.match(r"\s*\)", after)
                or re.fullmatch(r"\s*(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s*,\s*who\s+is\s+", lead)
                and re.match(r"\s*(?:,|and\b)", after))


def _birth(doc: Document, birth: Mention):
    """(year, month or None, full date or None) of a birth mention."""
    by = year_of(birth)
    bm = bd = None
    if birth.kind is Kind.DATE and birth.date and birth.date.month:
        bm = birth.date.month
        if birth.date.day:
            try:
                bd = _dt.date(birth.date.year, bm, birth.date.day)
            except ValueError:
                return None
    return by, bm, bd


def _death_reference(doc: Document, s, ms, stext: str):
    """The day (or year) a dead person's age was reached: "who died on Saturday aged
    87" -> that Saturday; "has died aged 87" -> the publication date, a year of slack.
    (date or None, year, how, slack) or None when the sentence is unclear."""
    dates = [m for m in ms if m.kind in (Kind.DATE, Kind.WEEKDAY, Kind.YEAR)
             and _DIED_ON.search(doc.text[max(s.start, m.start - 70):m.start])]
    cleared = _DIED_ON.sub(" ", _HAS_DIED.sub(" ", stext))
    deaths = len(re.findall(r"\b(?:died|killed|passed\s+away)\b", stext, re.I))
    if deaths != 1 or re.search(r"\b(?:dead|death|late|would\s+have|when|then|at\s+the\s+time)\b", cleared, re.I):
        return None
    if len(dates) == 1:
        m = dates[0]
        if m.kind is Kind.YEAR or (m.kind is Kind.DATE and m.date and m.date.day is None):
            y = year_of(m)
            return (None, y, "year of death", 0, m) if y else None
        d, how = resolve_mention(doc, m)
        if d is None:
            return None
        return d, d.year, f"'{m.text}', {how}", 0, m
    if not dates and _HAS_DIED.search(stext):
        said = [m for m in ms if m.kind in (Kind.DATE, Kind.WEEKDAY)
                and _SAID_ON.search(doc.text[max(s.start, m.start - 30):m.start])]
        if len(said) == 1 and said[0].start > _HAS_DIED.search(stext).start() + s.start:
            # "has died aged 79, his family said on 2 February": died on or before that day
            d, how = resolve_mention(doc, said[0])
            if d is not None and (said[0].kind is Kind.WEEKDAY or said[0].date and said[0].date.day):
                return d, d.year, f"'{said[0].text}', {how}", 1, said[0]
            return None
        if doc.published is not None:
            pub = doc.published
            return pub, pub.year, "", 1, None
    return None


# the day a death was announced: "has died, his family said on 2 February"
_SAID_ON = re.compile(r"\b(?:said|announced|confirmed|reported|revealed|told\s+[\w ]{1,20}?)\s+on\s+$", re.I)


# "turns 80 next month", "turned 64 on Sunday", "will turn 50 in May 2026": an age reached
# at a stated time, so exactly that year less the birth year
_TURN_BEFORE = re.compile(r"\b(?:turns|turned|turning|(?:will|to|'ll|’ll)\s+turn)\s+$", re.I)
_TURN_WHEN = re.compile(r"\s+(?:(?:later|earlier)\s+)?(?:(this|next|last)\s+(month|year|week|weekend)|"
                        r"(today|tomorrow|yesterday|tonight))\b|\s+(?:on|in)\s+(?=\S)", re.I)
# (round 18) "turns 120 this summer": a season after the age turned (``_season_year``)
_TURN_SEASON = re.compile(r"\s+(?:(this|last|next)|(?:earlier|later)\s+this)\s+" + _SEASON_NAMES + r"\b", re.I)
# "will be 80 next month": an age at a time, not on the birthday itself
_WILL_BE = re.compile(r"\b(?:will|'ll|’ll|(?:is|are)\s+(?:set|due)\s+to)\s+be\s+$", re.I)
_PAST_BIRTHDAY = re.compile(r"\b(?:celebrated|marked|had|spent|was|were|reached)\b", re.I)
_TURN_STEP = {"this": 0, "today": 0, "tonight": 0, "next": 1, "tomorrow": 1, "last": -1, "yesterday": -1}


_DAY_WORDS = frozenset(("yesterday", "today", "tonight", "tomorrow"))  # "turned 95 yesterday": no noun


def _turning(doc: Document, s, ms, m: Mention):
    """(year, month or None, how, mention or None) of the day an age is turned, or None."""
    pub = doc.published
    before = doc.text[max(s.start, m.start - 14):m.start]
    if m.kind is Kind.ORDINAL and m.value and 0 < m.value < 120:  # "celebrates her 80th birthday next month"
        word = re.match(r"\s+birthday\b", doc.text[m.end:s.end], re.I)
        if word is None or not re.search(r"\b(?:her|his)\s+$", before, re.I):
            return None  # "her 80th birthday", not "the club's 80th birthday"
        end = m.end + word.end()
        past = bool(_PAST_BIRTHDAY.search(doc.text[max(s.start, m.start - 30):m.start]))
    elif m.kind is not Kind.COUNT or m.noun is not None and m.noun.lower() not in _DAY_WORDS \
            or m.value is None or not 0 < m.value < 120 \
            or m.is_range or not (_TURN_BEFORE.search(before) or _WILL_BE.search(before)):
        return None
    else:
        end, past = m.end, "turned" in before.lower()
    season = _TURN_SEASON.match(doc.text, end, s.end)
    if season is not None:  # (round 18) "turns 120 this summer", "turned 70 last spring"
        year = _season_year(season, pub) if pub is not None else None
        return None if year is None else (year, None, season.group(0).strip(), None)
    w = _TURN_WHEN.match(doc.text, end, s.end)
    if w is None:
        return None
    how = w.group(0).strip()
    if w.group(1) or w.group(3):
        if pub is None:
            return None
        step = _TURN_STEP[(w.group(1) or w.group(3)).lower()]
        unit = (w.group(2) or "day").lower()
        if unit == "year":
            return pub.year + step, None, how, None
        if unit == "month":
            k = pub.year * 12 + pub.month - 1 + step
            return k // 12, k % 12 + 1, how, None
        width = 0 if unit == "day" else 6
        lo = pub + _dt.timedelta(days=7 * step - width if width else step)
        hi = pub + _dt.timedelta(days=7 * step + width if width else step)
        # (round 32) the month too when the day or week lies within one: "turned 90 last week"
        return (lo.year, lo.month if lo.month == hi.month else None, how, None) if lo.year == hi.year else None
    nxt = doc.mention_at_or_after(w.end())
    if nxt is None or nxt.start != w.end() or nxt not in ms:
        return None
    how = f"{how} {nxt.text.rstrip('.,;')}"
    y = year_of(nxt)
    if y is not None:
        return y, (nxt.date.month if nxt.kind is Kind.DATE and nxt.date else None), how, nxt
    if pub is None or nxt.date is None:
        return None
    if nxt.kind is Kind.WEEKDAY and nxt.date.weekday is not None:
        d = resolve_weekday(nxt.date.weekday, pub, "past" if past else "future")
        return d.year, d.month, how, nxt
    if nxt.kind is Kind.DATE and nxt.date.month is not None:  # the first such month ahead, the last one past
        key, now = (nxt.date.month, nxt.date.day or 0), (pub.month, pub.day if nxt.date.day else 0)
        y = pub.year + (1 if not past and key < now else -1 if past and key > now else 0)
        return y, nxt.date.month, how, nxt
    return None


_AND_CELEBRATED = re.compile(r"\band\s+(?:(?:will|is\s+(?:set|due)\s+to|is)\s+)?(?:celebrat(?:ed|es|e|ing)|mark(?:ed|s|ing)?|"
                             r"enjoy(?:ed|s)?|spent|spends|reached|reaches)\s*$", re.I)


def _turned_age(doc: Document, s, ms, birth: Mention, stext: str):
    """The AgeBirth of "who turns 80 next month, was born in October 1948", or None."""
    found = [(m, t) for m in ms if (t := _turning(doc, s, ms, m)) is not None]
    if len(found) != 1 or _DEATH.search(stext):
        return None
    age, (year, month, how, ref) = found[0]
    if any(year_of(m) is not None and m is not birth and m is not ref for m in ms):
        return None
    lo, hi = sorted((age, birth), key=lambda x: x.start)
    between = doc.text[lo.end:hi.start]
    if age.start > birth.start:  # "was born in May 1950 and turns 75 next month"
        between = re.sub(r"\band\s+(?:(?:will|is\s+set\s+to|is\s+due\s+to)\s+)?(?:turns?|turned|is\s+turning)\s*$", "", between)
    if age.kind is Kind.ORDINAL:
        between = re.sub(r"\b(?:her|his|their)\s*$", "", between)  # "born in 1950, celebrates her 75th birthday"
        if age.start > birth.start:  # "was born on 4 May 1931 and marked her 90th birthday on Sunday": one subject
            between = _AND_CELEBRATED.sub("", between)
    if _TWO_PEOPLE.search(between):
        return None
    rel = _age_birth(doc, age, birth, "inferred", (None, year, how, 0, None))
    if rel is not None and _WILL_BE.search(doc.text[max(s.start, age.start - 20):age.start]):
        return replace(rel, cue="will be ... born", ref_what=f"'{how}'", ref_month=month)
    return None if rel is None else replace(rel, cue="turns ... born", ref_what="birthday", ref_month=month)


# the subject turning: "Judge Ann Roe turns 80 ...", "Roe, who turns 80 ...", "She turns 80 ..."
# (round 32) who says so may come first: "Keepers said Zola, who turned 30 last year, ..."
_TURN_SUBJECT = re.compile(r"\s*(?P<said>(?P<speaker>[A-Z][\w'’-]*)(?:\s+[a-z][\w'’-]*){0,2}\s+(?:said|say|says|believe|"
                           r"believes|think|thinks)\s+(?:that\s+)?)?"
                           # (round 33) the name after its description: "The elephant Kamala", "The zoo's oldest
                           # resident, the Asian elephant Kamala, turned 45"
                           r"(?P<described>(?:The\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*\s*,\s*)?(?:the|The|An?|an?)\s+"
                           r"(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){1,2}(?=[A-Z]))?"
                           r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
                           r"(?:\s*,\s*who|(?P<rel>\s*,\s*who\s+(?!was\s+born|is\s+\d)[^,;:()]{1,90}),|(?(described)\s*,))?"
                           r"\s+(?:(?:will|is\s+set\s+to|is\s+due\s+to)\s+turn|turns|turned|is\s+turning)\s+")


def _turn_subject(lead: str) -> re.Match | None:
    """The subject turning, read from the words before the age (``_TURN_SUBJECT``); (round 32) who says so before
    it only when a group of people ("Keepers said Zola, who turned 30 ..."; not "Jones said": a second person)."""
    subject = _TURN_SUBJECT.fullmatch(lead)
    if subject is not None and subject.group("said") and not names_persons(subject.group("speaker")):
        return None
    return subject


_BORN_THEN_PRONOUN = re.compile(r"\s*Born\b[^.;:,]*(?:,[^.;:,]*)?,\s*(?:he|she)\b")
# (round 25 review) or the same person named or described: "Born in 1931 in Leeds, Roe trained", "Born in 1931, the
# former nurse spent ..."
_BORN_THEN_SUBJECT = re.compile(r"\s*Born\b[^.;:,]*(?:,[^.;:,]*)?,\s*(?:(?:he|she)\b|the\s+(?:former|late|retired)\s"
                                r"|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’-]*[a-z])\s+(?!and\b)[a-z])")


def _born_then_same(stext: str, otext: str) -> bool:
    """"Born in 1931, she ...", "..., Roe trained", "..., the former nurse": the person of the sentence beside it
    (a name only when that sentence names them: "his brother" or another name is someone else)."""
    born = _BORN_THEN_SUBJECT.match(stext)
    return born is not None and (born.group(1) is None or re.search(r"\b" + re.escape(born.group(1)) + r"\b", otext)
                                 is not None)
_TURN_PRONOUN = re.compile(r"\s*(?:She|He)\s+(?:(?:will|is\s+set\s+to|is\s+due\s+to)\s+turn|turns|turned|is\s+turning)\s+")
# "Edith Parr celebrated her 95th birthday ...", "She marks her 95th birthday ...": the birthday's subject
_CELEBRATES = r"(?:(?:will|is\s+set\s+to|is\s+due\s+to)\s+(?:celebrate|mark)|celebrates|celebrated|marks|marked|is\s+celebrating)\s+(?:her|his)\s+"
_BIRTHDAY_SUBJECT = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s*,\s*who)?\s+"
                               + _CELEBRATES)
_BIRTHDAY_PRONOUN = re.compile(r"\s*(?:She|He)\s+" + _CELEBRATES)


def _turning_in(doc: Document, s, ms, stext: str):
    """The one "turns N <when>" of a sentence: (age, (year, month, how, mention)), or None."""
    if "turn" not in stext and "birthday" not in stext:
        return None
    found = [(m, t) for m in ms if m.kind in (Kind.COUNT, Kind.ORDINAL) and (t := _turning(doc, s, ms, m)) is not None]
    return found[0] if len(found) == 1 else None


# "became at 33 the youngest ... this week": an age at an event of the days around publication
_NOW_EVENT = re.compile(r"\b(?:this\s+week(?:end)?|last\s+weekend|today|yesterday|tonight|"
                        r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")  # (round 37) "last weekend"
_AT_AGE_BEFORE = re.compile(r"\b(?:at|aged)\s+(?:(?:just|only|barely)\s+)?$|\bat\s+the\s+age\s+of\s+$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|told|revealed|reported|wrote|added)\s+(?:\w+\s+){0,2}$",
                          re.I)
_REAL_DEATH = re.compile(r"\b(?:died|dies|dead|(?<!causing )death(?!\s+by\s+(?:dangerous|careless))|killed|passed\s+away|"
                         r"would\s+have|funeral|inquest)\b", re.I)


_ANOTHER_ACT_BETWEEN = re.compile(r"\b(?:and|but|before|after)\b|;")


# (round 61) a possessive on a thing, no person: "won her 12th county title" (not "her father", "his rival")
_OWN_THING_BEFORE = re.compile(r"\b(?:her|his|their)\s+(?!(?:" + _CLOSE_KIN
                               + r"|partner|rival|coach|friend|team-?mates?|grand[a-z]+)\b)", re.I)


def _age_at_now_event(doc: Document, s, ms, birth: Mention, stext: str):
    """"Ellis Hart, born on 12 March 1990, became at 33 the youngest chief executive this week": the age
    at that event is the age now, unless a birthday falls within a week of the publication date."""
    pub = doc.published
    now = _NOW_EVENT.search(stext)
    if not now or _REAL_DEATH.search(stext) or _SAID_BEFORE.search(stext, 0, now.start()):
        return None  # (not "..., the club said on Monday": the day of the telling)
    if any(m is not birth and (year_of(m) is not None or m.kind is Kind.DATE) for m in ms):
        return None
    ages = [m for m in ms if m.kind is Kind.COUNT and m.noun is None and m.value is not None and 0 < m.value < 120
            and not m.is_range and m.interval is not None
            and _AT_AGE_BEFORE.search(doc.text, max(s.start, m.start - 18), m.start)
            and not re.search(r"\b(?:was|were|is|are)\s+(?:only\s+|just\s+)?at\s+$", doc.text[max(s.start, m.start - 18):m.start],
                              re.I)]  # "was at 24 the youngest": a state, of any time
    if len(ages) != 1:
        return None
    age = ages[0]
    lo, hi = sorted((age, birth), key=lambda x: x.start)
    between = doc.text[lo.end:hi.start]
    if age.start < birth.start or _TWO_PEOPLE.search(_OWN_THING_BEFORE.sub("", between)) \
            or not _one_person(_ROLE_FIRST.sub("", stext)):
        return None
    at = s.start + now.start()
    if _ANOTHER_ACT_BETWEEN.search(doc.text, min(age.end, at), max(age.start, at)):
        return None  # (round 46) "founded the unit at the age of 34 and retired this week": the age at another act
    parsed = _birth(doc, birth)
    if parsed is None:
        return None
    by, bm, bd = parsed
    for k in range(-8, 9):  # a birthday within the week: either age
        day = pub + _dt.timedelta(days=k)
        if (bm is None or day.month == bm) and (bd is None or day.day == bd.day) and (bm is not None or day.timetuple().tm_yday == 1):
            return None
    rel = _age_birth(doc, age, birth, "inferred")
    return None if rel is None else replace(rel, cue="age at an event of the publication week")


# (round 19) the age at an event told in the past with no time of its own: "at 47", "at the age of 47", "when he
# was 47" -- ("who was born in November 1979, became the oldest rider to win the race at 47")
_AT_AGE_UNDATED = re.compile(r"\b(?:at|aged)\s+(?:(?:just|only|barely)\s+)?$|\bat\s+the\s+age\s+of\s+(?:(?:just|only)\s+)?$|"
                             r"\bwhen\s+(?:she|he)\s+was\s+(?:(?:just|only|still|barely)\s+)?$", re.I)
# "set the record at 47", "closed the round at 47": a measure's level, not an age
_MEASURE_AT = re.compile(r"\b(?:record|mark|level|price|rate|total|score|tally|odds|speed|number|figure|time|count|rank|"
                         r"ranking|position|place|par|handicap|weight|height|depth|temperature|pace|cost|value|fee|stake|"
                         r"valuation|bid|offer|round|lap|innings|game|set|share|shares|stock|index|percent|per\s+cent|"
                         r"point|points|goals?|runs?|votes?|seats?)\s+(?:at|aged)\s+(?:(?:just|only|barely)\s+)?$", re.I)
# a verb of the past between the birth and the age: "became", "won", "set up", "was named", "has become"
_PAST_CLAUSE = re.compile(r"\b(?:became|won|took|made|set|broke|rode|ran|swam|drove|led|got|went|came|beat|began|"
                          r"overcame|fought|sang|wrote|flew|held|left|sat|stood|was|were|has\s+become|[a-z]{3,}ed)\b")
# a future, a wish or a condition: an age to come, not one reached
_NOT_REACHED = re.compile(r"\b(?:will|would|could|might|may|shall|should|must|hopes?|hoping|aims?|aiming|plans?|planning|"
                          r"bids?|set\s+to|due\s+to|expected|expects|wants?|going\s+to|intends?|if|unless|tries|trying|"
                          r"seeks?|seeking|attempts?|attempting|is|are|be)\b|['’]ll\b", re.I)


def _weekday_of_age(doc: Document, m: Mention, ms) -> bool:
    """(round 42) A weekday right after the sentence's age at an event ("made her debut at the age of 41 on
    Saturday"): the event's day, within the week before publication, so the age is still at most the age now."""
    if m.kind is not Kind.WEEKDAY:
        return False
    return any(a.kind is Kind.COUNT and re.fullmatch(r"\s*(?:years?\s+old\s*)?on\s+", doc.text[a.end:m.start])
               for a in ms)


_BECAME_AT = re.compile(r"\b(?:became|was|won|set|broke|made)\s+at\s+$", re.I)
_FIRST_AFTER_AGE = re.compile(r"\s+the\s+(?:first|youngest|oldest|only|last)\b", re.I)


def _age_at_undated_past(doc: Document, s, ms, birth: Mention, stext: str):
    """"The jockey, who was born in November 1979, became the oldest rider to win the race at 47": an age at an
    event told in the past, with no time in the sentence, was reached at or before the publication date, so it
    is at most the age now (``AgeBirth.at_most``; any younger age is silent)."""
    if _REAL_DEATH.search(stext) or _AGO_OR_YEAR.search(stext) \
            or re.search(r"\b(?:then|later|earlier|since|until|before|after|now|today|yesterday|tonight)\b", stext, re.I):
        return None
    if any(m is not birth and (year_of(m) is not None or m.kind in (Kind.DATE, Kind.WEEKDAY, Kind.DURATION, Kind.TIME))
           and not _weekday_of_age(doc, m, ms) for m in ms):
        return None
    ages = [m for m in ms if m.kind is Kind.COUNT and m.noun is None and m.value is not None and 0 < m.value < 120
            and m.value.denominator == 1 and not m.is_range and m.interval is not None and m.start > birth.end
            and (_AT_AGE_UNDATED.search(doc.text, max(s.start, m.start - 24), m.start)
                 and not _MEASURE_AT.search(doc.text, max(s.start, m.start - 40), m.start)
                 and (re.match(r"\s*(?:years?\s+old\s*)?(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*)?(?:[.,;]|$)",
                               doc.text[m.end:s.end])
                      # (round 58) "became at 29 the first woman to ride the winner": the age before what was become
                      or _BECAME_AT.search(doc.text, max(s.start, m.start - 14), m.start)
                      and _FIRST_AFTER_AGE.match(doc.text, m.end, s.end))
                 or _WAS_BEFORE.search(doc.text, max(s.start, m.start - 24), m.start)
                 and _AGE_WHEN.match(doc.text, m.end, s.end))]  # "was 47 when he won the race"
    if len(ages) != 1:
        return None
    age = ages[0]
    between = doc.text[birth.end:age.start]
    # "won his first title at 47": the subject's own thing; kin, "and", "with", "whose" remain another person
    own = re.sub(r"\b(?:his|her|their)\b", " ", between, flags=re.I)
    if not _PAST_CLAUSE.search(between) or _NOT_REACHED.search(between) or _TWO_PEOPLE.search(own) \
            or re.search(r"\b(?:who|whom|whose|which|that|where)\b", between) or not _SUBJECT_BIRTH.match(stext):
        return None
    rel = _age_birth(doc, age, birth, "inferred")
    return None if rel is None else replace(rel, cue="age at an undated past event", at_most=True)


# (round 29) "since I was eight years old", "when she was 12": an age the holder had then, not now
_PAST_AGE_BEFORE = re.compile(r"\b(?:since|when|until|till|before|after|as|because)\s+(?:I|he|she|we|they|you)\s+"
                              r"(?:was|were)\s+(?:just\s+|only\s+|about\s+|around\s+|barely\s+)?$", re.I)


# (round 40) an event told as happening now: "is stepping down", "will retire", "retires"
_HAPPENING_NOW = re.compile(r"\b(?:(?:is|are)\s+(?:now\s+)?[a-z]+ing|will\s+(?:now\s+)?[a-z]+|(?:retires|steps|stands|leaves|"
                            r"quits|bows|hands)\b"
                            # (round 46) a past act dated to the present: "retired this week at the age of 58"
                            r"|\b(?:retired|resigned|stepped\s+down|graduated|qualified)\s+(?:[a-z]+\s+){0,3}?"
                            r"(?:this\s+week|today|yesterday)\b)", re.I)


def _now_event(doc: Document, s, ms, birth: Mention, age: Mention) -> bool:
    """(round 40) "who was born in August 1949, is stepping down as chairman at the age of 81": the age at an event
    told as happening now, the birth the sentence's one date, so the age is the age now."""
    return birth.end <= age.start and _HAPPENING_NOW.search(doc.text, birth.end, age.start) is not None \
        and not any(m is not birth and (year_of(m) is not None or m.date is not None) for m in ms)


@needs(words=("born", "b.", "birth", "dob"))
def find_ages(doc: Document):
    pub = doc.published
    grouped = _grouped(doc)
    for s, ms in _sentences(doc):
        stext = doc.text[s.start:s.end]
        low = stext.lower()
        if "born" not in low and "b." not in stext and "birth" not in low and "dob" not in low:
            continue
        births = [m for m in ms if year_of(m) is not None and (_cued(doc, s, m, _BORN_CUE) or _year_born(m))]
        if len(births) != 1:
            continue
        birth = births[0]
        if "turn" in stext or "birthday" in stext or " be " in stext:
            rel = _turned_age(doc, s, ms, birth, stext)
            if rel is not None:
                yield rel
                continue
        ages = [a for a in _ages_in(doc, s, ms) + _decade_ages(doc, s)
                if not _PAST_AGE_BEFORE.search(doc.text, max(s.start, a.start - 30), a.start)]
        if ages and all(_AT_THE_AGE.search(doc.text, max(s.start, a.start - 16), a.start)
                        and not _DIED_AGED.search(doc.text, max(s.start, a.start - 60), a.start)
                        and not _now_event(doc, s, ms, birth, a) for a in ages):
            ages = []  # "Born in 1931, he made his debut at the age of 19": the age at an event
        if not ages:
            if pub is not None and _DEATH.search(stext):
                rel = _died_aged_then_born_died_on(doc, s, ms, birth, stext, grouped)
                if rel is not None:  # (round 24) the age at death in the sentence before
                    yield rel
                    continue
            if pub is not None:
                rel = _age_at_now_event(doc, s, ms, birth, stext)
                if rel is not None:
                    yield rel
                    continue
                rel = _age_at_undated_past(doc, s, ms, birth, stext)
                if rel is not None:  # (round 19) and the age now may stand in the next sentence as well
                    yield rel
                found = list(_across_sentences(doc, s, ms, birth, grouped))
                if not found:
                    rel = _named_dead_then_age(doc, s, ms, birth, stext, grouped)
                    found = [rel] if rel is not None else []
                yield from found or _age_opens_after_gap(doc, s, ms, birth, grouped)
            else:
                rel = _dated_death_before(doc, s, birth, stext, grouped)
                if rel is not None:
                    yield rel
            continue
        then_year = None
        if len(ages) == 2 and pub is not None and not _DEATH.search(stext):
            ages, then_year = _set_aside_age_then(doc, s, ms, ages, birth)
        if len(ages) != 1:
            continue
        ref = None
        if _DEATH.search(stext):
            ref = _death_reference(doc, s, ms, stext)
            if ref is None:
                continue
        elif pub is None:
            continue
        others = [m for m in ms if year_of(m) is not None and m is not birth and (ref is None or m is not ref[4])
                  and m is not then_year
                  and not (ref is None and _SINCE_YEAR.search(doc.text, max(s.start, m.start - 12), m.start))]
        if others and ref is not None and ages[0].start > birth.start \
                and _SUBJECT_BIRTH.match(doc.text, s.start, birth.start):
            # (round 18) "Ann Roe, who was born in 1931 and moved to Leeds in 1960, died on Sunday aged 90": a year of
            # the birth clause's second verb does not date the age at death
            clause = _AND_CLAUSE_THEN_AGE_VERB.match(doc.text[birth.end:ages[0].start])
            if clause and all(birth.end <= o.start and o.end <= birth.end + clause.end() for o in others):
                others = []
        moved = _AGO_OR_YEAR.search(stext)
        on_subject = ref is None and _age_on_subject(doc, s, ages[0])
        if others and on_subject and pub is not None and all(
                o.start > max(ages[0].end, birth.end) and year_of(o) is not None and year_of(o) > year_of(birth)
                and ages[0].value not in (year_of(o) - year_of(birth), year_of(o) - year_of(birth) - 1)
                for o in others) and not _DEATH.search(stext):
            # "Ann Roe, 45, who was born in 1975, joined in 2001": the subject's age now, unless it is her
            # age in the later year ("Ann Roe, 26, ... joined in 2001": either reading, silent)
            others = []
        if others or moved and not (on_subject and s.start + moved.start() > max(ages[0].end, birth.end)):
            continue  # (not "The 29-year-old, born in 1998, won her first race a decade ago": the age now)
        age = ages[0]
        lo, hi = sorted((age, birth), key=lambda x: x.start)
        between = doc.text[lo.end:hi.start]
        if age.kind is Kind.ORDINAL and age.start > birth.start:
            between = re.sub(r"\b(?:her|his|their)\s*$", "", between)  # "..., celebrated her 90th birthday"
        if ref is not None:
            between = re.sub(r"\band\s+(?=died\b)", "", between)
            # round 16: "died at her home in Galway on Thursday": the dead person's own home, no second person
            between = _OWN_DEATH_PLACE.sub(" ", between)
        if birth.start < age.start and _SUBJECT_BIRTH.match(doc.text, s.start, birth.start):
            between = _AND_CLAUSE_THEN_AGE_VERB.sub(" ", between)  # (round 48: also "..., retires this week aged 58")
        if age.start < birth.start:  # "Ann Roe, who is 29 and was born on ...": one subject
            between = re.sub(r"^\s*(?:years?\s+old\s*)?,?\s*and\s+(?:was\s+)?(?=born\b)", " ", between)
        if age.start > birth.start:  # "was born on ... and is 74" / "and turned 74 in May": one subject
            between = re.sub(r"\band\s+(?:(?:is|has)\s+)?(?:now|is|just|turned|turns)?\s*(?:now\s+)?(?:aged\s+)?$", "", between)  # "was born on ... and died on ..."
            if _AND_THE_AGED.search(between) \
                    and not _SECOND_PERSON.search(_PLACE_OR_SIDE.sub(" ", _OWN_TITLE.sub(" ", between))) \
                    and _one_person(_PLACE_OR_SIDE.sub(" ", stext)):
                # "The singer, born on 12 March 1961, released his album on Friday, and the 62-year-old
                # dedicated it to ...": the sentence's one person, told of twice
                between = _HIS_HER.sub(" ", _AND_THE_AGED.sub("", between))
        if age.start > birth.start and _AT_AGE_AFTER_CLAUSE.search(between) and _one_person(stext):
            # (round 24) "Jo Bell, born in 1980, joined in May; at 41, she is ...": the sentence's one person
            between = _AT_AGE_AFTER_CLAUSE.sub(" ", between)
        if _TWO_PEOPLE.search(_BORN_AT_THEIR_THING.sub("born", between)):
            continue  # perhaps two people
        rel = _age_birth(doc, age, birth, "inferred", ref)
        if rel is not None:
            yield rel


def _set_aside_age_then(doc: Document, s, ms, ages: list, birth: Mention):
    """(round 21) (the ages left, the year set aside) for two ages in a birth's sentence, one of them tied to the
    sentence's one later year ("in 1947, aged 18", "aged 18 in 1947", "in 1947 when she was 18"): that age is the
    age then (read by ``find_ages_at_event``), the other the age now -- "The oldest exhibitor was 92-year-old Ann
    Roe, who was born in March 1929 and first showed her jam in 1947, aged 18"; otherwise (ages, None)."""
    years = [m for m in ms if year_of(m) is not None and m is not birth]
    if len(years) != 1 or years[0].kind is not Kind.YEAR or years[0].start < birth.end \
            or year_of(years[0]) <= year_of(birth):
        return ages, None
    thens = [a for a in _ages_then_of_year(doc, s, ms, years[0])[0] if a in ages]
    if len(thens) != 1:
        return ages, None
    now = [a for a in ages if a is not thens[0]]
    if now[0].kind is Kind.ORDINAL or now[0].start > birth.start:
        return ages, None  # the age now told first, before the birth and the years after it
    return now, years[0]


# (round 17) "born above her parents' bakery": the birth's place, someone's thing, no second person
_BORN_AT_THEIR_THING = re.compile(r"\bborn\s+(?:above|at|in|on|into|inside|behind|over|under)\s+(?:her|his|their)\s+"
                                  r"[a-z]+(?:['’]s|s['’])\s+[a-z]+", re.I)
# "died at her home", "died in his sleep": the place of the death is the dead person's own (round 16); (round 24)
# also with the day between ("died on Sunday at his flat")
_OWN_DEATH_PLACE = re.compile(r"\b(?:died|passed\s+away)(?:\s+(?:peacefully|suddenly|unexpectedly))?"
                              r"(?:\s+(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2}(?:\s+[A-Z][a-z]+)?)?|on\s+\d{1,2}\s+[A-Z][a-z]+|"
                              r"yesterday|last\s+week))?\s+(?:at|in)\s+(?:her|his|their)\s+(?:own\s+)?"
                              r"(?:home|house|flat|bed|sleep)\b", re.I)
# (round 18) "Ann Roe, who was born on 3 May 1931 and ran the shop for 40 years, died on Sunday aged 90": a
# second verb of the subject's own "who was born" clause, closed by the comma before the death (round 48: or before
# "retires", "turns", "celebrates": "..., retires this week aged 58"), is no second person
_AND_CLAUSE_THEN_AGE_VERB = re.compile(r"^\s*(?i:and)\s+(?:(?:later|then|also|afterwards)\s+)?(?!(?:the|a|an|her|his|their|its|"
                                   r"she|he|they|we|whose|who|which|that|was|were|is|had)\b)[a-z][\w'’-]*\b"
                                   r"(?:(?!\b(?:who|whose|whom|which|where|while|when)\b)[^;()\[\]])*?,\s*"
                                   r"(?=(?:died|passed\s+away|retires|retired|retiring|is\s+retiring|turns|turned|"
                                   r"celebrates|celebrated)\b)")  # (round 48) "..., retires this week aged 58"
# "..., and the 62-year-old": the subject again, by its age
_AND_THE_AGED = re.compile(r",\s*and\s+the\s*$", re.I)
# (round 38) a place or a side after a preposition is no second person: "in Rosario", "for Inter Miami" (not after
# "to" or "against": "passed to Luis Suarez", "against Ann Roe" are people)
_PLACE_OR_SIDE = re.compile(r"\b(?:in|for|at|from|on|near|into)\s+(?:the\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+[A-Z][\w'’-]*)*")
_HIS_HER = re.compile(r"\b(?:his|her|their)\b", re.I)
# "struck his first Test hundred", "won her Olympic gold": a capitalised word on the subject's own thing
_OWN_TITLE = re.compile(r"\b(?:his|her|their)\s+(?:(?:first|second|third|maiden|last|latest|debut|own|only)\s+)?"
                        r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+[a-z])")
# another person in the words between: a relative, a name, a second subject
_SECOND_PERSON = re.compile(r"(?i:\b(?:with|whose|mother|father|son|daughter|wife|husband|partner|brother|sister|child|"
                           r"children|parents?|friend|colleague|team-?mates?)\b)|(?:\band|[a-z,])\s+"
                            r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December)\b)[A-Z][a-z]+")


# "Ann Roe (1931-2024) died on Sunday aged 92": the years of birth and death after a name
_LIFESPAN = re.compile(r"(?<=[A-Za-z.’'])\s*\(\s*(1[5-9]\d\d|20\d\d)\s*[-–—]\s*(1[5-9]\d\d|20\d\d)\s*\)")
# the age is the age at death: "died ... aged 92", "died at the age of 92", "died at 92"
_DIED_AGED = re.compile(r"\bdied\b[^;,()]{0,50}?\b(?:aged|at\s+the\s+age\s+of|at)\s*$", re.I)


@needs(words="died")
def find_lifespans(doc: Document):
    """"The poet Ann Roe (1931-2024) died in May aged 80": the age at death is the year of
    death less the year of birth, or one less."""
    for s, ms in _sentences(doc):
        text = doc.text[s.start:s.end]
        if "(" not in text or "died" not in text:
            continue
        spans = list(_LIFESPAN.finditer(text))
        if len(spans) != 1:
            continue
        mt = spans[0]
        a, b = s.start + mt.start(), s.start + mt.end()
        by, dy = int(mt.group(1)), int(mt.group(2))
        if not 0 < dy - by <= 120:
            continue
        inside = [m for m in ms if a <= m.start < b]
        outside = [m for m in ms if m not in inside]
        ages = [m for m in outside if m.kind in (Kind.AGE, Kind.COUNT) and m.value and m.start > b
                and _DIED_AGED.search(doc.text[max(b, m.start - 70):m.start] + ("aged " if m.kind is Kind.AGE else ""))]
        if len(ages) != 1 or any(year_of(m) is not None for m in outside) or \
                _TWO_PEOPLE.search(doc.text[b:ages[0].start]) or \
                re.search(r"\b(?:would\s+have|when|then)\b", doc.text[b:s.end], re.I):
            continue
        birth = replace(pseudo(doc, s.start + mt.start(1), s.start + mt.end(1), s.index, Kind.YEAR),
                        value=Fraction(by))
        rel = AgeBirth("inferred", "years of birth and death after a name", ages[0], birth, by, None, doc.published,
                       None, None, dy, "year of death", 0)
        yield rel


# (round 24) "was 91 when she died": the age at death, told after the death's dates
_WAS_WHEN_DIED = re.compile(r"\s+(?:years?\s+old\s+)?when\s+(?:she|he)\s+died\b", re.I)


# (review) a person's name right before the bracket of a lifespan: capitalised words, the last no name of a thing
_PERSON_BEFORE_BRACKET = re.compile(r"(?:\b[A-Z][\w'’.-]+\s+)?\b(?!(?:Prize|Award|Awards|Exhibition|Festival|Fund|Trust|Centre|Center|"
                                    r"Act|Project|Scheme|Programme|Program|Show|Season|Tour|War|Era|Games|Cup|Gallery|"
                                    r"Museum|Collection|Lecture|Lectures|Foundation|Hall|House|Building|Bridge|Line)\b)"
                                    r"[A-Z][\w'’-]+\s*\(\s*$")


@needs(words="died")
def find_dated_lifespans(doc: Document):
    """(round 24) "Ann Roe (4 May 1930 - 29 April 2021) died aged 91" / "..., the poet, was 91 when she died":
    full dates of birth and death in brackets after a name fix the age at death exactly."""
    for s, ms in _sentences(doc):
        text = doc.text[s.start:s.end]
        if "(" not in text or "died" not in text:
            continue
        full = [m for m in ms if m.kind is Kind.DATE and m.date and m.date.year and m.date.month and m.date.day]
        pairs = [(d1, d2) for d1, d2 in zip(full, full[1:])
                 if re.fullmatch(r"\s*[-–—]\s*", doc.text[d1.end:d2.start])
                 and re.search(r"[A-Za-z.’']\s*\(\s*$", doc.text[max(s.start, d1.start - 4):d1.start])
                 and re.match(r"\s*\)", doc.text[d2.end:s.end])]
        if len(pairs) != 1:
            continue
        d1, d2 = pairs[0]
        b = d2.end + doc.text[d2.end:s.end].index(")") + 1
        try:
            born = _dt.date(d1.date.year, d1.date.month, d1.date.day)
            died = _dt.date(d2.date.year, d2.date.month, d2.date.day)
        except ValueError:
            continue
        if not 10 * 365 < (died - born).days <= 120 * 366 or not _PERSON_BEFORE_BRACKET.search(
                doc.text, max(s.start, d1.start - 60), d1.start):
            continue  # (review) "The exhibition (12 May 2023 - 3 March 2024)", "The Ann Roe Prize (...)": no life
        outside = [m for m in ms if m is not d1 and m is not d2]
        ages = [m for m in outside if m.kind in (Kind.AGE, Kind.COUNT) and m.value and m.start > b
                and (_DIED_AGED.search(doc.text[max(b, m.start - 70):m.start] + ("aged " if m.kind is Kind.AGE else ""))
                     or re.search(r"\bwas\s+$", doc.text[max(b, m.start - 8):m.start])
                     and _WAS_WHEN_DIED.match(doc.text, m.end, s.end))]
        if len(ages) != 1 or any(year_of(m) is not None for m in outside) or \
                _TWO_PEOPLE.search(_OWN_DEATH_PLACE.sub(" ", doc.text[b:ages[0].start])) or \
                re.search(r"\b(?:would\s+have|then)\b", doc.text[b:s.end], re.I):
            continue
        yield AgeBirth("inferred", "dates of birth and death after a name", ages[0], d1, born.year, born,
                       doc.published, born.month, died, died.year, f"died {died.isoformat()}", 0)


# "in 1987, aged 25", "in 1987 at the age of 25" / "aged 25 in 1987", "at 25, in 1987"
_THEN_AFTER_YEAR = re.compile(r"\s*,?\s*(?:(?:aged|at\s+(?:the\s+)?age\s+(?:of\s+)?)\s*)?", re.I)
_AGED_N = r"\s*,?\s*(?:aged|at\s+(?:the\s+)?age\s+(?:of\s+)?)\s*\d+"
# "in her parents' garage", "at his uncle's farm": a place owned by others, no second person of the ages
_THEIR_THINGS = re.compile(r"\b(?:her|his|their)\s+(?:[a-z]+\s+)?[a-z]+(?:['’]s|s['’])\s+[a-z]+", re.I)
_THEN_BEFORE_YEAR = re.compile(r"\s*,?\s+in\s*$", re.I)


def find_ages_then(doc: Document):
    """"Jo Peters, who turned 70 in January, was first elected in 1987, aged 25": the age
    in the year, from the age now, is (year - publication year) + age now, one either side."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        years = [m for m in ms if year_of(m) is not None]
        if len(years) != 1:
            continue  # (cheap first: one year in the sentence)
        stext = doc.text[s.start:s.end]
        if _moved_time(stext) or _REAL_DEATH.search(stext):
            continue
        if when_age_is_anothers(stext):
            continue  # "Ada Quill, 54, met her partner's son in 1980 when he was 20": his age then, not hers
        if _DEATH.search(stext) or "year-old" in stext or "as a" in stext:
            pair = _now_and_then(doc, s, ms, years[0], stext)  # "was 19 when she joined in 1987", "as a 19-year-old"
            if pair is not None:
                yield pair
            continue
        ages = _ages_in(doc, s, ms)
        if len(years) == 1 and len(ages) == 1:  # "joined at the age of 22 in 1996"
            ages += [m for m in ms if m.kind is Kind.COUNT and m.noun is None and m.interval is not None
                     and m.end < years[0].start and _THEN_BEFORE_YEAR.fullmatch(doc.text[m.end:years[0].start])
                     and re.search(r"\b(?:aged|at\s+(?:the\s+)?age\s+of)\s+$", doc.text[max(s.start, m.start - 16):m.start],
                                   re.I)]
        if len(years) != 1 or years[0].kind is not Kind.YEAR or len(ages) != 2:
            pair = _now_and_then(doc, s, ms, years[0], stext) if len(ages) == 1 else None
            if pair is not None:
                yield pair
            continue
        if not _one_person(stext) and not (_TITLED_SUBJECT.match(doc.text[s.start:ages[0].start])
                                           and _one_person(_ROLE_FIRST.sub("", stext))):
            continue  # "Head keeper Sue Mallory, 58, ...": the role's capital is no second name
        year = years[0]
        then = [a for a in ages if a.start > year.end and _THEN_AFTER_YEAR.fullmatch(doc.text[year.end:a.start])
                and re.fullmatch(_AGED_N, doc.text[year.end:a.end], re.I)
                or a.end < year.start and _THEN_BEFORE_YEAR.fullmatch(doc.text[a.end:year.start])
                and re.search(r"\b(?:aged|at\s+(?:the\s+)?age\s+of)\s+\d+$", doc.text[max(s.start, a.start - 16):a.end], re.I)]
        if len(then) != 1:
            pair = _now_and_then(doc, s, ms, year, stext)
            if pair is not None:
                yield pair
            continue
        now = next(a for a in ages if a is not then[0])
        lo, hi = sorted((now, then[0]), key=lambda x: x.start)
        if _SECOND_PERSON.search(_THEIR_THINGS.sub(" ", doc.text[lo.end:hi.start])) or now.kind is Kind.ORDINAL \
                or now.interval is None:
            continue
        y = year_of(year)
        if y is None or not 0 < pub.year - y <= 100:
            continue
        yield AgeThen("inferred", f"age now and aged ... in {y}", now, then[0], y, pub)


_WHEN_PRONOUN = re.compile(r"\bwhen\s+(he|she)\s+was\b", re.I)
_MALE = re.compile(r"\b(?:he|his|him)\b", re.I)
_FEMALE = re.compile(r"\b(?:she|her|hers)\b", re.I)


def _plain_age_figure(m: Mention) -> bool:
    """A bare whole figure that may be an age told by a surname elsewhere: an age, or a count with no noun, 1-119."""
    return m.kind in (Kind.AGE, Kind.COUNT) and m.value is not None and not m.is_range and 0 < m.value < 120 \
        and m.interval is not None and not (m.kind is Kind.COUNT and m.noun is not None)


def _when_other_gender(stext: str) -> bool:
    """"when he was 20" after "her" in the sentence (or "when she was" after "his"): the age then is another
    person's (round 17)."""
    when = _WHEN_PRONOUN.search(stext)
    if when is None:
        return False
    other = _FEMALE if when.group(1).lower() == "he" else _MALE
    return other.search(stext, 0, when.start()) is not None


# the subject (a "who" or the other pronoun) doing something to "him"/"her": "who taught him", "she first met him"
_OBJECT_HIM = re.compile(r"\b(?:who|she|I|we)\s+(?:[a-z]+\s+){0,3}?him\b", re.I)
_OBJECT_HER = re.compile(r"\b(?:who|he|I|we)\s+(?:[a-z]+\s+){0,3}?her\b(?=\s*(?:[,.;]|(?:in|at|on|to|for|when|from|with|"
                         r"as|about|during|after|before|until|since|through)\b))", re.I)


def _when_object_pronoun(stext: str) -> bool:
    """"when he was 23" after the subject did something to "him" (or "when she was" after an object "her":
    "who coached her in 1990 when she was 15"): the age then is the object's, not the subject's ("Ann Roe, 74, who
    taught him in 1963 when he was 23") (round 22; not "said the club signed him in 1996 when he was 17", his own)."""
    when = _WHEN_PRONOUN.search(stext)
    if when is None:
        return False
    obj = _OBJECT_HIM if when.group(1).lower() == "he" else _OBJECT_HER
    return obj.search(stext, 0, when.start()) is not None



def when_age_is_anothers(stext: str) -> bool:
    """The "when he/she was N" of the sentence tells another person's age than its subject's: the other gender's
    pronoun before it, or an object "him"/"her" the subject acted on (``_when_other_gender``,
    ``_when_object_pronoun``)."""
    return _when_other_gender(stext) or _when_object_pronoun(stext)

# the age at the year, after it ("in 1987, when she was 19", "in 1987 as a 19-year-old") or before it
# ("aged 19 in 1987", "as a 19-year-old in 1987", "was 19 when she joined the zoo in 1987")
_THEN_LINK_AFTER = re.compile(r"\s*,?\s*(?:(?:aged|at\s+(?:the\s+)?age\s+of|as|at|when\s+(?:he|she)\s+was)\s+"
                              r"(?:(?:just|only|barely)\s+)?(?:an?\s+)?)?", re.I)
_THEN_AGED_IN = re.compile(r"\s*(?:years?\s+old\s*)?,?\s+in\s*", re.I)
_THEN_WHEN_IN = re.compile(r"\s+(?:years?\s+old\s+)?when\s+(?:he|she)\s+[a-z]+(?:\s+[a-z'’-]+){0,5}\s+in\s+", re.I)


def ages_at_year(doc: Document, s, ms, year: Mention) -> list[Mention]:
    """The ages tied to the sentence's one year by "aged", "at the age of", "as a N-year-old", "was N when ... in" or
    "in YEAR, when she was N" (``_event_age``)."""
    thens = []
    for m in ms:
        if m.kind not in (Kind.AGE, Kind.COUNT) or m.interval is None or m.value is None or m.is_range \
                or not 0 < m.value < 120 or m.kind is Kind.COUNT and m.noun is not None:
            continue
        how = _event_age(doc, s, m)
        if how is None:
            continue
        if m.start >= year.end:
            ok = _THEN_LINK_AFTER.fullmatch(doc.text, year.end, m.start)
        else:
            gap = doc.text[m.end:year.start]
            ok = how == "aged" and _THEN_AGED_IN.fullmatch(gap) or how == "when" and _THEN_WHEN_IN.fullmatch(gap)
        if ok:
            thens.append(m)
    return thens


def _now_and_then(doc: Document, s, ms, year: Mention, stext: str):
    """The AgeThen of one person's age now and an age tied to the sentence's one year by "aged",
    "at the age of", "as a N-year-old", "was N when ... in" or "in YEAR, when she was N"; or None."""
    pub = doc.published
    if year.kind is not Kind.YEAR or _REAL_DEATH.search(stext):
        return None
    thens = ages_at_year(doc, s, ms, year)
    if len(thens) != 1:
        return None
    then = thens[0]
    nows = [a for a in _ages_in(doc, s, ms) if a is not then and a.kind is not Kind.ORDINAL and a.interval is not None
            and _event_age(doc, s, a) is None]
    if len(nows) != 1:
        return None
    now = nows[0]
    lo, hi = sorted((now, then), key=lambda x: x.start)
    if _TWO_PEOPLE.search(_THEIR_THINGS.sub(" ", doc.text[lo.end:hi.start])) \
            or not (_one_person(stext) or _TITLED_SUBJECT.match(doc.text[s.start:now.start])
                    and _one_person(_ROLE_FIRST.sub("", stext))):
        return None
    y = year_of(year)
    if y is None or not 0 < pub.year - y <= 100:
        return None
    return AgeThen("inferred", f"age now and aged ... in {y}", now, then, y, pub)


# an age at a dated event: "was (only) 16 when ...", "was a 16-year-old when ...",
# "aged 16", "at the age of 16", "as a 16-year-old"
_AGE_WHEN = re.compile(r"\s+(?:years?\s+old\s+)?when\b", re.I)
_WAS_BEFORE = re.compile(r"\bwas\s+(?:(?:just|only|still|barely|not\s+yet|already)\s+){0,2}(?:an?\s+)?$", re.I)
_AGED_BEFORE = re.compile(r"\b(?:aged|at\s+(?:the\s+)?age(?:\s+of)?|as\s+an?)\s+(?:(?:just|only|barely)\s+)?$", re.I)
# another person, or a break, between the birth, the age and the event
_OTHER_PERSON = re.compile(r"\b(?:and|but|whose|while|whereas|mother|father|son|daughter|wife|husband|brother|"
                           r"sister|child|children|parents?|he|she|they|him|them)\b|;", re.I)


def _event_age(doc: Document, s, age: Mention) -> str | None:
    """How an age is tied to an event: "when" (the event follows in a when-clause),
    "aged" (the age is put on the event: "in 2001, aged 30"), else None."""
    before = doc.text[max(s.start, age.start - 24):age.start]
    after = doc.text[age.end:s.end]
    if _WAS_BEFORE.search(before) and _AGE_WHEN.match(after):
        return "when"
    if age.kind is Kind.AGE and re.match(r"aged\b", age.text, re.I) or _AGED_BEFORE.search(before) \
            or age.kind is Kind.AGE and re.search(r"\bas\s+an?\s+$", before, re.I):
        return "aged"
    if age.kind is Kind.COUNT and age.noun is None and re.search(r"\bat\s+(?:(?:just|only|barely)\s+)?$", before, re.I) \
            and re.match(r"\s*(?:[,.;]|$|in\b|when\b)", after):
        return "aged"  # "made her debut at just 16 in 2009"
    if re.search(r"\bwhen\s+(?:he|she)\s+was\s+(?:(?:just|only|still|barely)\s+)?(?:an?\s+)?$", before, re.I) \
            and re.match(r"\s*(?:years?\s+old\s*)?(?:[,.;]|$)", after):
        return "then"  # "won it in 2009, when she was just 16"
    return None


_NOT_AT_EVENT = re.compile(r"\b(?:died|dies|killed|passed\s+away|would\s+have)\b|\b(?:last|next)\s+year\b|\bago\b", re.I)


@needs(words=("born", "b."))
def find_ages_at_event(doc: Document):
    """"Ann Roe, born in 1987, was 16 when she won her first title in 2009": the age at the
    event is (event year - birth year) or one less; with both full dates, exactly one.
    The birth may stand alone in the sentence before ("Ann Roe was born in 1987. She was
    16 when ...")."""
    grouped = _grouped(doc)
    for s, ms in _sentences(doc):
        stext = doc.text[s.start:s.end]
        if ("born" not in stext.lower() and "b." not in stext) or _NOT_AT_EVENT.search(stext):
            continue
        births = [m for m in ms if year_of(m) is not None and (_cued(doc, s, m, _BORN_CUE) or _year_born(m))]
        if len(births) != 1:
            continue
        birth = births[0]
        rel = _age_at_event(doc, s, [m for m in ms if m is not birth], birth)
        if rel is None and len([m for m in ms if m.is_quantity or year_of(m) is not None]) == 1 \
                and s.index + 1 < len(doc.sentences) and _one_person(stext):
            # "Ann Roe was born in 1987. She was 16 when she won the title in 2009."
            nxt = doc.sentences[s.index + 1]
            ntext = doc.text[nxt.start:nxt.end]
            if nxt.paragraph == s.paragraph and not nxt.chrome and re.match(r"\s*(?:She|He)\s", ntext) \
                    and not _NOT_AT_EVENT.search(ntext) and _one_person(ntext):
                rel = _age_at_event(doc, nxt, list(grouped.get(nxt.index, ())), birth)
        if rel is not None:
            yield rel


# the event's time right before its year: "in", "on"; (round 30) a part of that year, "in the summer of 2019", "in
# autumn 2002", "during the spring of 1985", "in early 1990" (not winter: it may run into the next year)
_EVENT_TIME_BEFORE = re.compile(r"\b(?:in|on|(?:in|during)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
                                r"(?:(?:early|late)|(?:spring|summer|autumn|fall)(?:\s+of)?))\s+$", re.I)


def _age_at_event(doc: Document, s, ms, birth: Mention):
    """The relation for one age and one dated event among ``ms`` (the birth not among them)."""
    stext = doc.text[s.start:s.end]
    events = [m for m in ms if m.kind in (Kind.YEAR, Kind.DATE, Kind.WEEKDAY, Kind.DURATION)]
    ages = [m for m in _ages_in(doc, s, ms) + [m for m in ms if m.kind is Kind.COUNT]
            if m.interval is not None and _event_age(doc, s, m)]
    ages = list(dict.fromkeys(ages))
    if len(events) != 1 or len(ages) != 1 or year_of(events[0]) is None:
        return None
    event, age = events[0], ages[0]
    how = _event_age(doc, s, age)
    start = birth.end if s.start <= birth.start < s.end else s.start
    if age.start > event.start:
        # "won his first cap in 2001, aged 30" / "in 1990 at the age of 35"
        if not (how == "aged" and re.fullmatch(r"\s*,?\s*(?:(?:aged|at\s+(?:the\s+)?age(?:\s+of)?|as\s+an?|at)\s+"
                                               r"(?:(?:just|only|barely)\s+)?)?", doc.text[event.end:age.start], re.I)
                or how == "then" and _one_person(stext) and re.fullmatch(
                    r"\s*,?\s*when\s+(?:he|she)\s+was\s+(?:(?:just|only|still|barely)\s+)?(?:an?\s+)?",
                    doc.text[event.end:age.start], re.I)):
            return None
        gap = doc.text[start:event.start]
    else:
        # "was 16 when she won her first title in 2009": the when-clause holds the event
        link = doc.text[age.end:event.start]
        if how == "aged" and re.fullmatch(r"\s*,?\s*in\s+", link, re.I):
            link = " when in "  # "made her debut aged 16 in 2009": the age and its year
        elif how != "when":
            return None
        if len(link) > 80 or re.search(r"[,;:()]|\s[-–—]\s", link) \
                or not _EVENT_TIME_BEFORE.search(link) \
                or re.search(r"\b(?:and|but|after|before|since|until|later|earlier|whose|his|her|their)\s+"
                             r"(?:[a-z]+\s+)?(?:son|daughter|wife|husband|mother|father|brother|sister|"
                             r"partner|children|child|parents?)\b|\b(?:and|but|after|before|since|until)\b",
                             link, re.I) \
                or not re.match(r"\s+(?:years?\s+old\s+)?when\s+(?:(?:he|she|they)\s+)?[a-z]", link, re.I):
            return None
        gap = doc.text[start:age.start]
    if start == s.start:
        gap = re.sub(r"^\s*(?:She|He)\s", " ", gap)  # the next sentence's subject: the person born
    elif re.match(r"\s*Born\b", stext):
        gap = re.sub(r"^\s*,\s*(?:she|he)\s", " ", gap)  # "Born in 1982, she was 25 when ...": its subject
    gap = re.sub(r"\band\s+(?=(?:[a-z]+ed|won|became|made|went|took|left|began|got|was|had)\b)", "", gap)  # one subject
    if start > min(age.start, event.start) or _OTHER_PERSON.search(gap):
        return None  # the birth first, then the age and event of its subject
    if any(m not in (age, event) and m.kind is not Kind.ORDINAL
           and min(age.start, event.start) < m.start < max(age.end, event.end) for m in ms):
        return None
    y = year_of(event)
    d = None
    if event.kind is Kind.DATE and event.date is not None and event.date.month and event.date.day:
        try:
            d = _dt.date(y, event.date.month, event.date.day)
        except ValueError:
            return None
    rel = _age_birth(doc, age, birth, "inferred", (d, y, f"'{event.text}'", 0, event))
    month = event.date.month if event.kind is Kind.DATE and event.date is not None and d is None else None
    return None if rel is None else replace(rel, cue="age at a dated event", ref_what="the event", ref_month=month)


def _age_birth(doc: Document, age: Mention, birth: Mention, link: str, ref=None):
    pub = doc.published
    parsed = _birth(doc, birth)
    if parsed is None:
        return None
    by, bm, bd = parsed
    if ref is None:
        ref = (pub, pub.year, "", 0, None)
    ref_date, ref_year, how, slack, _ = ref
    if by is None or by >= ref_year or ref_year - by > 105:
        return None
    cue = "died ... aged ... born" if ref[4] is not None or slack else "born in ... aged"
    return AgeBirth(link, cue, age, birth, by, bd, pub, bm, ref_date, ref_year, how, slack)


# "The 61-year-old has led the trust since 2017": a year the age does not date
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s+)?$", re.I)


# "Now 47, he says ...": an age said to be the age now, opening the sentence
_NOW_AGE_OPENS = re.compile(r"\s*Now\s+(?:aged\s+)?\w+\s*,\s*(?:she|he)\s+(?!was\b|were\b|had\b)[a-z]+")


def _now_age_next(doc: Document, k: int) -> bool:
    """The sentence ``k`` opens with "Now N, she ..." in the present: its age is now, whatever years the
    sentence before told ("The coach, born in 1970, took charge in 2019. Now 55, she ...")."""
    if k >= len(doc.sentences):
        return False
    other = doc.sentences[k]
    return bool(_NOW_AGE_OPENS.match(doc.text, other.start, other.end))


# (round 21) the birth sentence opens on a name and "was born": "Zarina was born in Tallinn in April 2015 and has ..."
_NAME_WAS_BORN = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*[a-z]"
                            r"(?:\s+was\s+|\s*,\s*(?:who\s+was\s+)?)born\b")  # (round 58) "Reilly, born in ..., won"


def _year_after_name_age(doc: Document, other, age: Mention, year: Mention) -> bool:
    """(round 58) "Anand Pillai, 58, founded the collective in 1998.": an age set on the name opening the sentence
    is the age now, whatever year the sentence's act falls in after it."""
    return year.start > age.end and _NAME_AGE_OPENS.fullmatch(doc.text, other.start, age.start) is not None \
        and doc.text[age.end:age.end + 1] == ","


def _year_in_who_after_age(doc: Document, other, age: Mention, year: Mention, birth: Mention) -> bool:
    """(round 21) A year in the "who" clause right after an age on a name, not the age's own year: "Zarina, a
    13-year-old female who came to Somerset in 2018" -- the age is now unless it is the age in that year (the
    year less the birth year, or one less)."""
    clause = re.match(r"\s+[a-z]+\s+(?:who|that|which)\s+(?!(?:is|was)\s+(?:then|at)\b)[a-z]+\b[^,;()]*$",
                      doc.text[age.end:year.start]) if age.kind is Kind.AGE and age.compound \
        else re.match(r"\s*,\s*who\s+[a-z]+\b[^,;()]*$", doc.text[age.end:year.start])
    if clause is None or year.kind is not Kind.YEAR or year_of(birth) is None or age.value is None:
        return False
    return int(age.value) not in (year_of(year) - year_of(birth), year_of(year) - year_of(birth) - 1)


def _across_sentences(doc: Document, s, ms, birth: Mention, grouped):
    """The birth in one sentence, the age in the next ("... born in March 1958, takes
    over. The 58-year-old ...") or the age first and then "She was born in 1958"."""
    stext = doc.text[s.start:s.end]
    later = [m for m in ms if year_of(m) is not None and m is not birth]
    if _DEATH.search(stext) or [m for m in later if m.start < birth.end]:
        return
    for k in (s.index + 1, s.index - 1):
        if later and not (k < s.index and (_ANAPHOR_BIRTH.match(stext) or _NAME_WAS_BORN.match(stext))) \
                and not (k > s.index and _now_age_next(doc, k)):
            continue  # "Ann Fox, 58, ... . Born in 1966, she joined in 1990.": only after the age now
        if not 0 <= k < len(doc.sentences):
            continue
        other = doc.sentences[k]
        if other.chrome or other.headline or other.paragraph != s.paragraph and k < s.index:
            continue
        oms = grouped.get(k, [])
        otext = doc.text[other.start:other.end]
        turned = _turning_in(doc, other, oms, otext)
        if turned is not None:  # "Ann Roe turns 80 next month. She was born in October 1948."
            age, when = turned
            lead = doc.text[other.start:age.start]
            subject = _turn_subject(lead)
            spoken = subject.end("said") if subject is not None and subject.group("said") else 0
            aside = (other.start + subject.start("rel"), other.start + subject.end("rel")) \
                if subject is not None and subject.group("rel") else (0, 0)
            linked = k < s.index and _turn_name_linked(stext, otext, lead)
            # "Luca Bianchi, who opened his first cafe in 1994, turned 60 last month": a year in the
            # subject's relative clause dates another thing
            if _DEATH.search(otext) or any(year_of(m) is not None and m is not when[3]
                                           and not aside[0] <= m.start < aside[1] for m in oms) \
                    or not _one_person(stext) or not (linked or _one_person(otext[spoken:])) \
                    or not (k < s.index and _ANAPHOR_BIRTH.match(stext)
                            and (subject or _BIRTHDAY_SUBJECT.fullmatch(lead))
                            or linked
                            or k > s.index and _SUBJECT_BIRTH.match(stext)
                            and (_TURN_PRONOUN.fullmatch(lead) or _BIRTHDAY_PRONOUN.fullmatch(lead))):
                continue
            if k < s.index and re.match(r"\s*Born\b", stext) and not _BORN_THEN_PRONOUN.match(stext):
                continue  # "... turned 60. Born in 1968, his brother runs the bar": another person born
            rel = _age_birth(doc, age, birth, "inferred", (None, when[0], when[2], 0, None))
            if rel is not None:
                yield replace(rel, cue="turns ... born, adjacent sentences", ref_what="birthday", ref_month=when[1])
            return
        if k < s.index and (_ANAPHOR_BIRTH.match(stext) or _born_by_name_of(stext, otext)) and _DEATH.search(otext):
            if re.match(r"\s*Born\b", stext) and not _born_then_same(stext, otext):
                return  # (round 25) "... has died aged 79. Born in 1931, his brother ran ...": another person born
            rel = _died_then_born(doc, other, oms, otext, birth)
            if rel is not None:
                yield rel
            return
        ages = _ages_in(doc, other, oms)
        if _DEATH.search(otext) or any(year_of(m) is not None and not _SINCE_YEAR.search(
                    doc.text, max(other.start, m.start - 12), m.start)
                    and not (k < s.index and len(ages) == 1 and _year_in_who_after_age(doc, other, ages[0], m, birth))
                    and not (k < s.index and len(ages) == 1 and _year_after_name_age(doc, other, ages[0], m))
                    and not (k > s.index and len(ages) == 1 and _anaphor_age_not_then(doc, other, ages[0], m, birth))
                    for m in oms) or \
                re.search(r"\b(?:last|next)\s+year\b|\bago\b", otext, re.I):
            continue
        if len(ages) != 1:
            continue
        age = ages[0]
        if _name_linked(doc, stext, other, age):
            pass  # "Tom Reilly, 45, ..." beside "Reilly, born in Canberra on ...": one person by name
        elif not _one_person(_no_body(_ROLE_FIRST.sub("", stext)), full_names=k > s.index) or not (
                k > s.index and _FRONTED_AGE_PRONOUN.match(doc.text, other.start, other.end)) and not _one_person(
                _no_body(_ROLE_FIRST.sub("", otext) if k < s.index and _TITLED_SUBJECT.match(doc.text[other.start:age.start])
                         else otext)):
            continue
        elif k > s.index:
            # the next sentence opens with "The 58-year-old": the subject of this one
            lead = doc.text[other.start:age.start]
            if not _SUBJECT_BIRTH.match(stext) or _person_noun_between(doc, birth.end, s.end):
                continue  # (round 26) "..., born in 1962, was robbed by a neighbour. The 24-year-old ...": whose age?
            named = _AGE_THEN_NAME.match(doc.text, age.end, other.end)
            if named is not None and named.group(1) not in stext:
                continue  # "The 23-year-old striker Ana Ruiz ...": the age of someone else, named
            if not (_ANAPHOR_AGE.fullmatch(lead) or _mid_anaphor(doc, other, age)) \
                    or (age.kind is not Kind.AGE and not lead.strip().lower() == "now"):
                if not _same_subject_age(doc, stext, other, age) \
                        and not _FRONTED_AGE_PRONOUN.match(doc.text, other.start, other.end):
                    continue
        else:
            # "Ann Fox, 58, takes over ... She was born in 1958": the age on the subject
            lead = doc.text[other.start:age.start]
            if _role_anaphor_birth(doc, stext, other, age):
                pass  # (round 36) "Gareth Evans, 45, denies the charges. The former soldier, who was born in 1989, ..."
            elif not _ANAPHOR_BIRTH.match(stext) or not (
                    _AGE_ON_SUBJECT.match(lead)
                    or _TITLED_SUBJECT.match(lead) and not _TWO_PEOPLE.search(lead) and _PRONOUN_BIRTH.match(stext)):
                continue
        rel = _age_birth(doc, age, birth, "inferred")
        if rel is not None:
            yield replace(rel, cue="age and birth in adjacent sentences")
        return


# (round 36) the birth of a role that points back: "The former soldier, who was born in March 1989, ..."
_ROLE_BIRTH = re.compile(r"\s*The\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]*)\s*,\s*who\s+was\s+born\b")
# roles that may name another person than the subject: the other party of a report ("the victim"), kin, a bare "man"
_OTHER_PARTY = frozenset("""man woman boy girl child baby toddler teenager youth victim complainant pedestrian passenger
    cyclist motorcyclist rider witness officer constable neighbour partner wife husband son daughter mother father
    brother sister friend girlfriend boyfriend suspect driver""".split())
_ROLE_SUFFIX = re.compile(r"(?:er|or|ist|ant|ent|ian|man|woman)$")  # "accountant", "electrician", "director"
_NAME_AGE_OPENS = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*[a-z]\s*,\s*$")


def _role_anaphor_birth(doc: Document, stext: str, other, age: Mention) -> bool:
    """(round 36) The age on a name opening the sentence before ("Gareth Evans, 45, of Swansea, denies all the
    charges."), then the birth of a role pointing back to him, opening this one ("The former soldier, who was born
    in March 1989, ..."): the same person when the role is none of ``_OTHER_PARTY`` and the age's sentence names no
    one else (one name, no other noun of a person after the age)."""
    role = _ROLE_BIRTH.match(stext)
    if role is None or role.group(1) in _OTHER_PARTY \
            or not (_is_person_word(role.group(1)) or _ROLE_SUFFIX.search(role.group(1))) \
            or not _NAME_AGE_OPENS.fullmatch(doc.text, other.start, age.start):
        return False
    otext = doc.text[other.start:other.end]
    return _one_person(otext, full_names=True) and not any(
        _is_person_word(w.group(0)) or w.group(0) == role.group(1)  # "denies attacking an accountant. The accountant"
        for w in _LOWER_WORD.finditer(doc.text, age.end, other.end))


# (round 36) the dead named, just now: "Ann Roe, who was born on 3 May 1958, has been named as the woman who died in
# the fire" (the death undated, one death verb)
_NAMED_AS_DEAD = re.compile(r"\bha(?:s|ve)\s+been\s+(?:named|identified)\s+(?:locally\s+)?as\s+the\s+"
                            r"(?:[a-z][\w'’-]*\s+){1,2}?(?:who|that)\s+(?:was\s+killed|died)\b", re.I)


_CHILD_NOUNS = frozenset("boy girl child baby toddler teenager teen youngster pupil schoolboy schoolgirl son daughter".split())
# the nouns of a person of the other sex than the one named ("the woman who died" is no grandfather)
_SEX_NOUNS = {"female": frozenset("man boy father grandfather husband son brother uncle nephew grandson".split()),
              "male": frozenset("woman girl mother grandmother wife daughter sister aunt niece granddaughter".split())}


# the sex "named as the woman who died" tells (female first, as the words are read), and the other parties with no sex
_NAMED_SEX = {"female": frozenset("woman girl mother grandmother wife".split()),
              "male": frozenset("man boy father grandfather husband".split())}
_UNSEXED_PARTY = _OTHER_PARTY - _SEX_NOUNS["male"] - _SEX_NOUNS["female"]


def _named_dead_then_age(doc: Document, s, ms, birth: Mention, stext: str, grouped):
    """(round 36) "Margaret Doyle, who was born on 3 May 1958, has been named as the woman who died in the house
    fire. Neighbours described the 62-year-old grandmother as ...": the subject's birth and her naming as one who
    died, undated (so lately: the publication date is the reference, a year of slack as for "has died"), then her age
    inside the next sentence as "the N-year-old" standing for her (no one else named there, no year; opening it,
    "The 62-year-old" is ``find_aged_anaphor_after_birth``'s).  Silent when the death is dated or anything else in the sentence is a year."""
    k = s.index + 1
    named_as = _NAMED_AS_DEAD.search(stext) if doc.published is not None and k < len(doc.sentences) else None
    if named_as is None \
            or not _SUBJECT_BIRTH.match(stext) or not _one_person(_no_body(stext), full_names=True) \
            or len(re.findall(r"\b(?:died|killed|passed\s+away)\b", stext, re.I)) != 1 \
            or any(m is not birth and m.kind in (Kind.DATE, Kind.WEEKDAY, Kind.YEAR) for m in ms):
        return None
    other = doc.sentences[k]
    if other.chrome or other.headline or other.paragraph != s.paragraph:
        return None
    oms = grouped.get(k, [])
    ages = _ages_in(doc, other, oms)
    if len(ages) != 1 or ages[0].kind is not Kind.AGE or any(year_of(m) is not None for m in oms):
        return None
    age = ages[0]
    lead = doc.text[other.start:age.start]
    if _ANAPHOR_AGE.fullmatch(lead) or not re.search(r"\bthe\s+$", lead) \
            or not _one_person(doc.text[other.start:other.end]) or _DEATH.search(doc.text[age.end:other.end]):
        return None  # (opening the sentence, "The 62-year-old" is ``find_aged_anaphor_after_birth``'s)
    # the age's noun, if any, fits the one named ("the 62-year-old grandmother"), not another ("the 12-year-old boy
    # who raised the alarm"): no relative clause after it, no child, no noun of the other sex
    noun = re.match(r"\s+([a-z][\w'’-]*)(?:\s+(who|that|whose)\b)?", doc.text[age.end:other.end])
    if noun is not None and _is_person_word(noun.group(1)):
        named = set(re.findall(r"[a-z]+", named_as.group(0).lower()))
        sex = next((sex for sex, nouns in _NAMED_SEX.items() if named & nouns), None)
        if noun.group(2) or noun.group(1) in _CHILD_NOUNS or noun.group(1) in _UNSEXED_PARTY \
                or sex is not None and noun.group(1) in _SEX_NOUNS[sex]:
            return None
    pub = doc.published
    rel = _age_birth(doc, age, birth, "inferred", (pub, pub.year, "", 1, None))
    return replace(rel, cue="named as dead ... born, the N-year-old next") if rel is not None else None


def _anaphor_age_not_then(doc: Document, other, age: Mention, year: Mention, birth: Mention) -> bool:
    """(round 26) "... who was born in March 1979, takes over. The 51-year-old joined as a cadet in 1997.": a year
    after "The N-year-old" opening the next sentence dates what the person did; the age is now unless it is the age
    reached that year (``_age_then_in_years``), so the year does not stop the reading."""
    by = year_of(birth)
    return by is not None and year.start > age.end and age.kind is Kind.AGE and age.compound \
        and _ANAPHOR_AGE.fullmatch(doc.text, other.start, age.start) is not None \
        and _age_its_own_verb(doc, age, other.end) \
        and not _age_then_in_years(age, by, [year_of(year)])


# "The 18-year-old, seeded seventh, won ...": an age standing alone as a sentence's subject (a comma or a verb after it)
_AGE_OPENS = re.compile(r"\s*The\s+$")
_AGE_STANDS_ALONE = re.compile(r"\s*,|\s+(?:(?:has|had|is|was|will|won|took|beat|made|became|said|says|added)\b)")
_HE_SHE = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)


def _age_opens_after_gap(doc: Document, s, ms, birth: Mention, grouped):
    """The birth on the sentence's subject, one sentence that names no one, then "The 18-year-old, ..." opening
    the sentence after ("Ann Fox, who was born on 2 May 2006, won on Saturday. Organisers said the hall was
    full. The 18-year-old, seeded seventh, ..."): the age of that subject now.  Ages later in that sentence
    with a noun of their own ("the 27-year-old Frenchwoman") are other people's."""
    k = s.index + 2
    stext = doc.text[s.start:s.end]
    if k >= len(doc.sentences) or _DEATH.search(stext) or not _SUBJECT_BIRTH.match(stext) \
            or not _one_person(stext, full_names=True) \
            or any(year_of(m) is not None for m in ms if m is not birth):
        return
    gap, other = doc.sentences[k - 1], doc.sentences[k]
    if gap.chrome or gap.headline or other.chrome or other.headline or gap.paragraph != s.paragraph:
        return
    gtext = doc.text[gap.start:gap.end]
    gms = grouped.get(k - 1, [])
    runs = [rx for rx in _NAME_RUN.finditer(gtext) if rx.group(0).rstrip(".") not in _NOT_NAMES
            and not _PLACE_BEFORE.search(gtext[max(0, rx.start() - 12):rx.start()])]
    otext = doc.text[other.start:other.end]
    # the gap names no one: at most its first word, a common noun ("Organisers said ..."), never capitalised
    # inside a sentence of the text (a surname told elsewhere: "Reid said ...")
    if _HE_SHE.search(gtext) or _ages_in(doc, gap, gms) or any(year_of(m) is not None for m in gms) \
            or any(rx.start() > 0 or len(rx.group(0).split()) > 1
                   or re.search(r"[\w,;:’'\"]\s+" + re.escape(rx.group(0)) + r"\b", doc.text) for rx in runs):
        return
    oms = grouped.get(k, [])
    if _DEATH.search(otext) or _AGO_OR_YEAR.search(otext) or any(year_of(m) is not None for m in oms):
        return
    ages = [m for m in oms if m.kind is Kind.AGE and m.interval is not None]
    if not ages or not _AGE_OPENS.fullmatch(doc.text, other.start, ages[0].start) \
            or not _AGE_STANDS_ALONE.match(doc.text, ages[0].end, other.end) \
            or any(_AGE_STANDS_ALONE.match(doc.text, m.end, other.end) for m in ages[1:]):
        return
    rel = _age_birth(doc, ages[0], birth, "inferred")
    if rel is not None:
        yield replace(rel, cue="age opening the sentence after the next")


_DIED_RIGHT_BEFORE = re.compile(r"\bdied\s+$", re.I)
_AT_THE_AGE = re.compile(r"\bat\s+the\s+age\s+of\s+$", re.I)


def _died_aged_then_born_died_on(doc: Document, s, ms, birth: Mention, stext: str, grouped):
    """(round 24) "Ann Roe has died at the age of 94. Born on 11 June 1928, she died on 3 January at a care
    home.": the age at death told in the sentence before, the birth and the dated death of the pronoun in this
    one -- the death's day is the reference."""
    if s.index == 0 or not _PRONOUN_BIRTH.match(stext):
        return None
    ref = _death_reference(doc, s, ms, stext)
    if ref is None or ref[0] is None or ref[4] is None \
            or any(year_of(m) is not None and m is not birth and m is not ref[4] for m in ms):
        return None
    other = doc.sentences[s.index - 1]
    if other.chrome or other.headline or other.paragraph != s.paragraph:
        return None
    oms = grouped.get(s.index - 1, [])
    otext = doc.text[other.start:other.end]
    ages = _ages_in(doc, other, oms)
    if len(ages) != 1 or any(year_of(m) is not None for m in oms) \
            or not _one_person(_ROLE_FIRST.sub("", otext), full_names=True):
        return None
    lead = doc.text[max(other.start, ages[0].start - 60):ages[0].start]
    if not (_DIED_AGED.search(lead) or ages[0].text.lower().startswith("aged") and _DIED_RIGHT_BEFORE.search(lead)):
        return None
    rel = _age_birth(doc, ages[0], birth, "inferred", ref)
    return replace(rel, cue="died aged ... born ..., died on, adjacent sentences") if rel is not None else None


# (round 29) the age at death after the death's day or place, one comma at most right before it, once the dates
# are masked: "died at home in Bath on 4 March, aged 70", "died on Thursday, January 9, aged 81", "died on Tuesday at 88"
_DIED_THEN_AGED = re.compile(r"\bdied\b[^;,()]{0,60}?(?:,\s*)?\b(?:aged|at\s+the\s+age\s+of|at)\s*$", re.I)
_AGE_WORD = re.compile(r"(?:aged|at\s+the\s+age\s+of|at)\b", re.I)
# "Odile Marchand, 77, died on 12 October": an age set on the subject right before the death's verb
_APPOSED_AGE_DIED = re.compile(r"\s*,\s*(?:who\s+)?(?:has\s+)?died\b", re.I)


def _told_age_at_death(doc: Document, s, ms, age: Mention) -> bool:
    """(round 29) ``age`` is the age at death of the sentence's person: after "died", the day (dates masked) or
    place of the death between ("died in Vienna on 2 June 2021 aged 64"; "died on Sunday, aged 59, ..."), or in
    apposition to the subject right before "died" ("The painter Odile Marchand, 77, died on 12 October")."""
    word = _AGE_WORD.match(age.text)
    lead = _dates_masked(doc, ms, max(s.start, age.start - 90), age.start) + (word.group(0) + " " if word else "")
    died = re.search(r"\bdied\b", doc.text[s.start:age.end])
    if died is not None and _TWO_PEOPLE.search(doc.text, s.start, s.start + died.start()):
        return False  # "Her husband died on 4 March, aged 70. She was born ...": another's death
    if _DIED_THEN_AGED.search(lead):
        return True
    return age.kind is Kind.AGE and not word and _APPOSED_AGE_DIED.match(doc.text, age.end, s.end) is not None \
        and (_AGE_ON_SUBJECT.match(doc.text, s.start, age.start) or _TITLED_SUBJECT.match(doc.text, s.start, age.start)) \
        is not None


# (round 52) the next sentence opening on the age of its pronoun subject, the person just born: "At 36, he says ..."
# (another name later in it is another person's, "his fight against Moses Ssali")
_FRONTED_AGE_PRONOUN = re.compile(r"\s*At\s+(?:(?:just|only)\s+)?\d{1,3}\s*,?\s*(?:he|she)\s+[a-z]")


def _born_by_name_of(stext: str, otext: str) -> bool:
    """(round 29) "Reyes was born in 1952 in El Paso." after a sentence naming Reyes: the birth of that person."""
    named = _NAME_WAS_BORN.match(stext)
    if named is None:
        return False
    surname = re.search(r"([A-Z][\w'’-]*[a-z])\s+was\s+born\b", named.group(0))
    return surname is not None and re.search(r"\b" + re.escape(surname.group(1)) + r"\b", otext) is not None


def _dated_death_before(doc: Document, s, birth: Mention, stext: str, grouped):
    """(round 29) No publication date: "..., died in Vienna on 2 June 2021 aged 64. Born in 1940, she ...": the
    age at a death dated in full in the sentence before, against the birth of its person in this one."""
    by_name = _NAME_WAS_BORN.match(stext) is not None  # "Reyes was born ...": that name must be in the death's sentence
    if s.index == 0 or not (_ANAPHOR_BIRTH.match(stext) or by_name):
        return None
    other = doc.sentences[s.index - 1]
    otext = doc.text[other.start:other.end]
    if other.chrome or other.headline or other.paragraph != s.paragraph or not _DEATH.search(otext) \
            or by_name and not _born_by_name_of(stext, otext) \
            or re.match(r"\s*Born\b", stext) and not _born_then_same(stext, otext) \
            or any(year_of(m) is not None and m is not birth for m in grouped.get(s.index, [])):
        return None
    return _died_then_born(doc, other, grouped.get(other.index, []), otext, birth)


# (round 52) a thing the dead person started, and its year: "who founded Pell's Pawnbrokers on Mill Lane in 1958"
_FOUNDING_VERBS = r"(?:co-)?(?:founded|opened|established|started|set\s+up|launched)"
_FOUNDED_IN = re.compile(r"\b" + _FOUNDING_VERBS + r"\b[^,;.()\d]{0,60}?\bin\s+$", re.I)


# ... and the clause telling it, whose names are the thing's and its street's: ", who founded Pell's Pawnbrokers ...,"
_WHO_FOUNDED = re.compile(r",\s+who\s+" + _FOUNDING_VERBS + r"\b[^,;()]*,")


def _died_then_born(doc: Document, other, oms, otext: str, birth: Mention):
    """"Ann Roe, the conductor, has died aged 92. Born on 14 March 1931 in Leeds, she ...": the
    age at death of the one person named, against a birth told of her in the next sentence."""
    ages = _ages_in(doc, other, oms)
    if len(ages) != 1:
        return None
    lead = doc.text[max(other.start, ages[0].start - 60):ages[0].start]
    if not (_DIED_AGED.search(lead) or ages[0].text.lower().startswith("aged") and _DIED_RIGHT_BEFORE.search(lead)
            or _told_age_at_death(doc, other, oms, ages[0])):
        return None
    ref = _death_reference(doc, other, oms, otext)
    # (round 52: a year the person founded or opened something, "who founded Pell's Pawnbrokers in 1958", dates no
    # death)
    if ref is None or any(year_of(m) is not None and m is not ref[4] and not _cued(doc, other, m, _FOUNDED_IN)
                          for m in oms) \
            or not _one_person(_no_body(_ROLE_FIRST.sub("", _WHO_FOUNDED.sub(" ", otext)))):
        return None
    rel = _age_birth(doc, ages[0], birth, "inferred", ref)
    return replace(rel, cue="died aged ... born, adjacent sentences") if rel is not None else None


# (round 56) kinds of business or body named before its name: "the Perth insurer Kell Mutual"
_BUSINESS_KINDS = (r"(?:insurer|bank|lender|firm|company|retailer|brewery|distillery|winery|publisher|airline|carmaker|"
                   r"chain|supermarket|builder|developer|manufacturer|maker|miner|shipyard|newspaper|broadcaster|"
                   r"charity|label|agency|bakery|mill|store|department\s+store|restaurant|hotel|group)")
# (round 29) no person: a body named after "the" inside a sentence ("led the Northern Jazz Orchestra") and a
# place of origin ("the Leeds-born trumpeter")
_INSTITUTION_OR_ORIGIN = re.compile(  # (round 56) first, a business named after its kind: "ran the Perth insurer Kell
                                    # Mutual", "joined the family law firm Dunne & Roe"
                                    r"(?<=\bthe\s)(?:[A-Z][\w'’.-]*\s+)?(?:[a-z]+\s+){0,2}?" + _BUSINESS_KINDS
                                    + r"\s+(?:[A-Z][\w'’.&-]*\s+(?:&\s+)?){0,3}[A-Z][\w'’.-]*"
                                    r"|(?<=\bthe\s)(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+)?)*[A-Z][\w'’.-]*"
                                    r"|\b[A-Z][\w'’]*-born\b")




def _no_body(text: str) -> str:
    """``text`` with the bodies and places of origin of ``_INSTITUTION_OR_ORIGIN`` blanked, for ``_one_person``
    ("appointed to the Constitutional Court", "the Leeds-born trumpeter" name no second person)."""
    return _INSTITUTION_OR_ORIGIN.sub("x", text)


_AGE_ON_SUBJECT = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s*,\s*(?:aged\s+)?$|\s*(?:The|the)\s+$")
# a name after a role: "Dairy farmer Glyn Rees, 65,", "The new finance minister, Ida Falk, 47,"
_TITLED_SUBJECT = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*\s*,?\s+"
                             r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*,\s*(?:aged\s+|now\s+)?$")


# the birth of a pronoun: "She was born ...", "Born in Hull on ..., he ..." (not "..., Ned Holt")
_PRONOUN_BIRTH = re.compile(r"\s*(?:(?:He|She)\s+(?:was\s+)?born\b|Born\b[^.;]*?,\s*(?:she|he)\b)")
# "Dairy farmer Glyn Rees, 65, ...": the role's capital is no second name
_ROLE_FIRST = re.compile(r"^\s*[A-Z][a-z'’-]+\s+(?=[a-z])")


# the birth sentence's subject by name: "Reilly, born in Perth on ...", "Dr Ann Reilly (born ..."
_BIRTH_SUBJECT_NAME = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?((?:[A-Z][\w'’.-]*\s+){0,2})([A-Z][\w'’-]*[a-z])"
                                 r"\s*(?:,\s*(?:who\s+was\s+)?|\(\s*|\s+was\s+)born\b")


# "Born in Perth on 4 May 1981, Reilly won ...": the subject after a fronted birth clause
_BORN_FRONTED_NAME = re.compile(r"\s*Born\b[^.;,]{0,60}?\b(?:1[89]|20)\d\d\s*,\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                                r"((?:[A-Z][\w'’.-]*\s+){0,2})([A-Z][\w'’-]*[a-z])\b(?!\s*,)")


# (round 19) the birth sentence's subject by name after a role, or with a role set apart after it: "The actress
# Ann Reilly, who was born in Leeds in ...", "Veteran actress Ann Reilly - who was born ...", "The actress, Ann
# Reilly, born ...", "Ann Reilly, the actress, who was born ..." (the role has a word in small letters)
_ROLE_WORD = (r"(?!(?:of|and|with|for|to|by|from|whose|mother|father|son|daughter|wife|husband|brother|sister|widow|"
              r"widower|partner|parents?|children|child|friend|cousin|uncle|aunt)\b)")
_ROLE_NAME_BORN = re.compile(r"\s*(?:(?:The|A|An)\s+)?(?:(?:" + _ROLE_WORD + r"[A-Za-z][\w'’-]*\s+){0,3}?" + _ROLE_WORD
                             + r"[a-z][\w'’-]*\s*,?\s+)?"
                             r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?((?:[A-Z][\w'’.-]*\s+){0,2})([A-Z][\w'’-]*[a-z])"
                             r"\s*(?:,\s*(?:(?:the|a|an)\s+[a-z][^.;:(),\d]{0,40}?,\s*)?(?:who\s+was\s+)?|\(\s*|"
                             r"\s+[-–—]\s*(?:who\s+was\s+)?|\s+was\s+)born\b")


def _name_linked(doc: Document, stext: str, other, age: Mention) -> bool:
    """The age stands in apposition right after a name ("Tom Reilly, 45,") whose surname
    is the birth sentence's subject ("Reilly, born on 4 August 1981, ...")."""
    name = _BIRTH_SUBJECT_NAME.match(stext) or _BORN_FRONTED_NAME.match(stext) or _ROLE_NAME_BORN.match(stext)
    if name is None or name.group(2) in _NOT_NAMES:
        return False
    surname = re.escape(name.group(2))
    otext = doc.text[other.start:other.end]
    if len(re.findall(rf"(?<![\w-]){surname}\b", otext)) != 1 or len(re.findall(rf"(?<![\w-]){surname}\b", stext)) != 1:
        return False  # two people of one name ("Tom Reilly and his father Sean Reilly")
    lead = doc.text[max(other.start, age.start - 60):age.start]
    # "Tom Reilly, 45,"; "Ada Quist, who turned 96." / "who is now 96" (a relative clause on the name)
    named = re.search(rf"(?:([A-Z][\w'’.-]*)\s+)?(?<![\w-]){surname}\s*(?:,\s*(?:aged\s+|now\s+|who\s+(?:has\s+)?"
                      r"(?:just\s+)?turned\s+|who\s+is\s+(?:now\s+)?)?|\(\s*)$", lead)
    if named is None and age.kind is Kind.AGE and age.compound:
        # (round 21) "Zarina, a 13-year-old female who came ...": the compound age and its noun on the name
        named = re.search(rf"(?:([A-Z][\w'’.-]*)\s+)?(?<![\w-]){surname}\s*,\s*(?:an?|the)\s+$", lead)
        if named is not None and not re.match(r"\s+[a-z]+(?:\s+(?:from|of)\s+[A-Z][\w'’-]*)?(?:\s*(?:[,.]|$)|\s+(?:who|that)\b)",
                                              doc.text[age.end:other.end]):
            named = None
    elif named is None or not re.match(r"\s*\)" if lead.rstrip().endswith("(") else r"\s*(?:,|\.|$)",
                                       doc.text[age.end:other.end]):
        return False  # (round 19: "Reilly (45) said": a bracketed age on the name)
    if named is None:
        return False
    first = name.group(1).split()[:1]
    # "Tom Quist, 70," is not "Ada Quist, born ...": a first name must agree
    return not (first and named.group(1) and named.group(1) != first[0]
                and named.group(1).rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss", "Dr"))


def _turn_name_linked(stext: str, otext: str, lead: str) -> bool:
    """The one turning is named, and the birth sentence's subject is that name ("... for Edna Pryce, who
    turned 93 on Saturday. Mrs Pryce, born on 9 May 1934, ..."): one person, by a surname each sentence
    holds once."""
    name = _BIRTH_SUBJECT_NAME.match(stext)
    if name is None or name.group(2) in _NOT_NAMES:
        return False
    surname = re.escape(name.group(2))
    if len(re.findall(rf"(?<![\w-]){surname}\b", otext)) != 1 or len(re.findall(rf"(?<![\w-]){surname}\b", stext)) != 1:
        return False
    return re.search(rf"(?<![\w-]){surname}\s*(?:,\s*who\s+)?(?:(?:will|is\s+set\s+to|is\s+due\s+to)\s+turn|turns|"
                     r"turned|has\s+(?:just\s+)?turned|is\s+turning)\s+$", lead) is not None


def _same_subject_age(doc: Document, stext: str, other, age: Mention) -> bool:
    """The next sentence gives the age of the birth sentence's subject by name or pronoun:
    "Pike, 86, said ...", "Mrs Pike, now 86, ...", "At 86, she is ..."."""
    lead = doc.text[other.start:age.start]
    after = doc.text[age.end:other.end]
    if re.fullmatch(r"\s*At\s+(?:(?:just|only)\s+)?", lead) and re.match(r"\s*,\s*(?:she|he)\s+(?:is|has|remains|still)\b", after):
        return True
    name = re.match(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3})([A-Z][\w'’.-]*)\s*(?:,|\(|\s+was\s+born|\s+is\b)", stext)
    if name is None or not re.match(r"\s*,", after):
        return False
    first = name.group(1).split()[:1]
    opt_first = rf"(?:{re.escape(first[0])}\s+)?" if first else ""
    return bool(re.fullmatch(rf"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{opt_first}{re.escape(name.group(2))}\s*,\s*"
                             r"(?:now\s+|aged\s+)?", lead))


# a birth on a named subject, up to the cue of the birth mention: "said Dragan, who was born in Arad on",
# "Ivo Marr (born", "Marr was born in"
_NAME_THEN_BORN = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+){0,2})([A-Z][\w'’-]*[a-z])\s*(?:,\s*(?:who\s+was\s+)?|"
                             r"\(\s*|\s+was\s+)born\b(?:[^,;.()\d]{0,40}?\b(?:in|on)\s+|\s+)$")
# an age in apposition to a surname, before it: "Ivo Marr, 19,", "Marr, aged 19,", "Marr (19)", "Marr, a 19-year-old"
_SURNAME_AGE_LEAD = r"(?:([A-Z][\w'’.-]*)\s+)?(?<![\w'’-]){}\s*(?:,\s*(?:aged\s+|now\s+|an?\s+|the\s+)?|\(\s*)$"
_KIN = (r"(?:mother|father|son|daughter|wife|husband|brother|sister|twin|parents?|family|uncle|aunt|cousin|"
        r"grand(?:mother|father|son|daughter)|widow(?:er)?|partner|sons|daughters|brothers|sisters|twins)")
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr")


def _surname_age(doc: Document, s, m: Mention, surname: str):
    """(first name or None) when the age ``m`` stands in apposition to ``surname`` ("Isla Brennan, 16,"; "Brennan,
    a 16-year-old schoolgirl"; "16-year-old Isla Brennan"), else None: the age told of that person, now."""
    lead = doc.text[max(s.start, m.start - 60):m.start]
    after = doc.text[m.end:s.end]
    named = re.search(_SURNAME_AGE_LEAD.format(re.escape(surname)), lead)
    if named is not None:
        article = re.search(r"\b(?:an?|the)\s+$", lead)
        if article is not None and not (m.kind is Kind.AGE and m.compound):
            return None  # "Brennan, a 16-year-old ..." / "Brennan, the 16-year-old from Leeds": only the compound age takes the article
        if lead.rstrip().endswith("("):
            ok = re.match(r"\s*\)", after)
        elif m.compound:
            ok = True  # "Brennan, a 16-year-old schoolgirl from Dunmore, ..."
        else:
            ok = re.match(r"\s*(?:,|\.|$)", after)
        return (named.group(1) or "") if ok else None
    if m.kind is Kind.AGE and m.compound:  # "16-year-old Isla Brennan"
        named = re.match(rf"\s+(?:([A-Z][\w'’.-]*)\s+)?{re.escape(surname)}\b", after)
        if named is not None:
            return named.group(1) or ""
    return None


# (round 19) words quoted, not the writer's: '"When the quota runs out, we stop," said Tom Roe, 46,' -- the quote's
# "when" does not date the age in apposition to the speaker
_SPEECH = re.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”')


# a paragraph told of an earlier time: "That summer, Okafor, 23, moved to Paris."
_TOLD_THEN = re.compile(r"\b(?:that|the\s+same|the\s+following|the\s+previous)\s+(?:year|summer|winter|spring|autumn|"
                        r"season|month|week|day)\b|\bat\s+the\s+time\b|\bback\s+then\b|\bin\s+those\s+days\b", re.I)


# a sentence opening on a name and its age now: "Pryce, 34, who won ...", "Ann Pryce (34) won ..."
_OPENS_ON_AGED_NAME = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*[a-z]\s*(?:,\s*\d{1,3}\s*,|\(\s*\d{1,3}\s*\))")


def _paragraph_told_then(doc: Document, sent, birth: Mention) -> bool:
    """The paragraph of ``sent`` holds a year (not "since ...", not the birth) or a "that year" / "at the time":
    an age in it may be the age of that time ("In 1998 she left Lagos. Okafor, 23, found work in Leeds."); (round
    19) not a "back then" inside a quotation ('"Back then we had six bakers," said Baird, 46.')."""
    grouped = _grouped(doc)
    k = sent.index
    while k > 0 and doc.sentences[k - 1].paragraph == sent.paragraph:
        k -= 1
    while k < len(doc.sentences) and doc.sentences[k].paragraph == sent.paragraph:
        t = doc.sentences[k]
        if k != sent.index and _OPENS_ON_AGED_NAME.match(doc.text, t.start, t.end):
            k += 1
            continue  # "Pryce, 34, who won the title in 2022, ...": another sentence told now, its years looked back on
        if _TOLD_THEN.search(_SPEECH.sub(" ", doc.text[t.start:t.end])) or any(
                o is not birth and year_of(o) is not None
                and not _SINCE_YEAR.search(doc.text, max(t.start, o.start - 12), o.start) for o in grouped.get(k, ())):
            return True
        k += 1
    return False


@needs(words="born")
def find_ages_by_name(doc: Document):
    """"Isla Brennan, a 16-year-old schoolgirl, ... [paragraphs later] ... Brennan, who was born on 2 August
    2008, ...": an age in apposition to a name and a birth told of that surname further off in the article
    (the headline, another paragraph; the adjacent sentence is ``_across_sentences``'s), when the surname
    names one person (one first name, no kin of that name) and nothing in the age's sentence dates it
    otherwise (a death, "when", "then", "ago", a year)."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        if s.headline or "born" not in doc.text[s.start:s.end].lower():
            continue
        births = [m for m in ms if year_of(m) is not None and (_cued(doc, s, m, _BORN_CUE) or _year_born(m))]
        if len(births) != 1 or _ages_in(doc, s, ms) or _DEATH.search(doc.text[s.start:s.end]):
            continue
        birth = births[0]
        name = _NAME_THEN_BORN.search(doc.text, max(s.start, birth.start - 90), birth.start)
        if name is None:
            name = _BORN_FRONTED_NAME.match(doc.text, s.start, s.end)
        if name is None or name.group(2) in _NOT_NAMES:
            continue
        surname, first = name.group(2), (name.group(1).split() or [""])[-1]
        sx = re.escape(surname)
        if re.search(rf"\b{_KIN}\s*,?\s+(?:[A-Z][\w'’.-]*\s+)?{sx}\b|(?<![\w'’-]){sx}(?:['’]s?)?\s+{_KIN}\b|"
                     rf"\b{sx}s\b", doc.text):
            continue  # "her mother, Kate Brennan": two people of one surname
        # the first names written before the surname, a capital opening a headline aside (a role: "Qualifier Dragan")
        heads = {h.start for h in doc.sentences if h.headline}
        firsts = {f.group(1) for f in re.finditer(rf"(?<![\w'’.-])([A-Z][\w'’-]*\.?)[ \t]+{sx}\b", doc.text)
                  if f.group(1).rstrip(".") not in _TITLES and f.group(1) not in _NOT_NAMES
                  and not (f.group(1).endswith(".") and len(f.group(1)) > 2)  # "on Tuesday. Brennan"
                  and f.start() not in heads}
        if len(firsts) > 1:
            continue  # "Isla Brennan" and "Megan Brennan": two people
        found = []
        for k, oms in _grouped(doc).items():
            if abs(k - s.index) < 2:
                continue  # the sentence itself and the adjacent ones: ``find_ages``
            other = doc.sentences[k]
            if other.chrome:
                continue
            for m in oms:
                if not _plain_age_figure(m):
                    continue
                f = _surname_age(doc, other, m, surname)
                if f is None:
                    continue
                otext = doc.text[other.start:other.end]
                if _DEATH.search(otext) or _AGO_OR_YEAR.search(otext) or any(
                        year_of(o) is not None and not _SINCE_YEAR.search(doc.text, max(other.start, o.start - 12), o.start)
                        for o in oms):
                    continue  # an age of another time
                if _paragraph_told_then(doc, other, birth):
                    continue
                found.append((abs(k - s.index), m, f))
        if not found or len({m.value for _, m, _ in found}) != 1:
            continue  # no age on the name, or two (then and now)
        if first and any(f and f != first and f.rstrip(".") not in _TITLES for _, _, f in found):
            continue  # "Tom Quist, 70," is not "Ada Quist, born ..."
        _, age, _ = min(found, key=lambda t: t[0])
        rel = _age_birth(doc, age, birth, "inferred")
        if rel is not None:
            yield replace(rel, cue="age on a name and a birth on its surname, further off")


# "when she was 22" is the link of an age then, not another time (round 17)
_WHEN_SHE_WAS = re.compile(r"\bwhen\s+(?:she|he)\s+was\b", re.I)
# a sentence opening on a surname and its verb: "Kowalczyk set up ...", "Dr Ann Kowalczyk joined ..."
_SURNAME_OPENS = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:([A-Z][\w'’-]*)\s+)?([A-Z][\w'’-]*[a-z])\s+(?=[a-z])")


def _surname_of_one(doc: Document, surname: str, first: str) -> bool:
    """The surname names one person in the text: no kin of that name ("her mother, Kate Brennan"), no plural, and
    one first name at most before it (a headline's opening capital aside)."""
    sx = re.escape(surname)
    if re.search(rf"\b{_KIN}\s*,?\s+(?:[A-Z][\w'’.-]*\s+)?{sx}\b|(?<![\w'’-]){sx}(?:['’]s?)?\s+{_KIN}\b|"
                 rf"\b{sx}s\b", doc.text):
        return False
    heads = {h.start for h in doc.sentences if h.headline}
    firsts = {f.group(1) for f in re.finditer(rf"(?<![\w'’.-])([A-Z][\w'’-]*\.?)[ \t]+{sx}\b", doc.text)
              if f.group(1).rstrip(".") not in _TITLES and f.group(1) not in _NOT_NAMES
              and not (f.group(1).endswith(".") and len(f.group(1)) > 2) and f.start() not in heads}
    return len(firsts | ({first} if first else set())) <= 1


def find_ages_then_by_name(doc: Document):
    """"Kowalczyk set up the studio in 1998, at the age of 26" and, in another paragraph, "Marta Kowalczyk, 53,":
    the age then on a sentence opening with a surname (its only person and year) against an age in apposition to
    that surname elsewhere (``find_ages_then`` reads the two in one sentence), when the surname names one person
    and nothing in the age's paragraph dates it otherwise (a year, "that year", a death, "ago")."""
    pub = doc.published
    if pub is None:
        return
    grouped = None
    for s, ms in _sentences(doc):
        years = [m for m in ms if year_of(m) is not None]
        if s.headline or s.chrome or len(years) != 1 or years[0].kind is not Kind.YEAR:
            continue
        stext = doc.text[s.start:s.end]
        if "age" not in stext and " at " not in stext and "when" not in stext and "year-old" not in stext:
            continue  # (cheap first: no word of an age at the year; round 19: "in 1982 as a 16-year-old")
        subject = _SURNAME_OPENS.match(stext)
        if subject is None or subject.group(2) in _NOT_NAMES or subject.group(1) in _NOT_NAMES \
                or _moved_time(stext) \
                or _DEATH.search(_WHEN_SHE_WAS.sub(" ", stext)) or _REAL_DEATH.search(stext) \
                or not (_one_person(stext) or not _OTHER_ONE.search(_THEIR_THINGS.sub(" ", stext)) and not _second_full_name(
                    doc, s.start + subject.end(), s.end)):  # (round 17: "Roe moved to Mill Lane in 1962 when she was 22")
            continue  # (round 19: "Roe went to sea on his father's boat in 1982, aged 16": kin's thing, no second person)
        year = years[0]
        thens = [m for m in ms if m.kind in (Kind.AGE, Kind.COUNT) and m.interval is not None and m.value is not None
                 and not m.is_range and 0 < m.value < 120 and not (m.kind is Kind.COUNT and m.noun is not None)
                 and m.start >= year.end and _event_age(doc, s, m) is not None
                 and _THEN_LINK_AFTER.fullmatch(doc.text, year.end, m.start)]
        if len(thens) != 1 or [a for a in _ages_in(doc, s, ms) if a is not thens[0]]:
            continue  # an age now in the sentence too: ``find_ages_then``
        then = thens[0]
        if _TWO_PEOPLE.search(_THEIR_THINGS.sub(" ", doc.text[s.start + subject.end():then.start])):
            continue  # "Kowalczyk hired her son in 1998, aged 19": whose age?
        surname, first = subject.group(2), subject.group(1) or ""
        if not _surname_of_one(doc, surname, first):
            continue
        grouped = grouped if grouped is not None else _grouped(doc)
        found = []
        for k, oms in grouped.items():
            other = doc.sentences[k]
            if k == s.index or other.chrome:
                continue
            for m in oms:
                if not _plain_age_figure(m):
                    continue
                f = _surname_age(doc, other, m, surname)
                if f is None:
                    continue
                otext = doc.text[other.start:other.end]
                if _DEATH.search(_SPEECH.sub(" ", otext)) or _AGO_OR_YEAR.search(otext) \
                        or _paragraph_told_then(doc, other, None):
                    continue  # an age of another time (the paragraph of the year itself among them)
                found.append((abs(k - s.index), m, f))
        if not found or len({m.value for _, m, _ in found}) != 1:
            continue
        if first and any(f and f != first and f.rstrip(".") not in _TITLES for _, _, f in found):
            continue
        _, now, _ = min(found, key=lambda t: t[0])
        y = year_of(year)
        if y is None or not 0 < pub.year - y <= 100:
            continue
        yield AgeThen("inferred", f"age on a name and aged ... in {y} on its surname", now, then, y, pub)


# "..., when she was 22" after the sentence's one year, the clause ending there or going on with "and" and a verb
_WHEN_WAS = re.compile(r"\s*,?\s*when\s+(she|he)\s+was\s+(?:(?:just|only|still|barely)\s+)?(?:an?\s+)?", re.I)
_WHEN_WAS_END = re.compile(r"\s*(?:years?\s+old\s*)?(?:[,.;)]|$|(?:and|but)\s+(?!(?:her|his|their|the|a|an)\b)[a-z])")
# between the age now and the age then, a sign of a second person: kin, "with", "whose", "and Tom", a semicolon
_OTHER_ONE = re.compile(rf"\b(?:{_KIN}|with|whose|friends?|colleagues?)\b|;|\b(?:and|or)\s+[A-Z]")
# a capitalised run after these is a place or a thing: "moved to Larch Avenue", "set up Pebblegate"
_THING_BEFORE = re.compile(r"\b(?:in|at|from|near|of|to|into|on|onto|for|outside|across|around|along|up|over|"
                           r"through|the)\s+$")


def _second_full_name(doc: Document, a: int, b: int) -> bool:
    """A name of two words or more between ``a`` and ``b`` not after "to", "in", "up", ... ("who married Tom Lee"; not
    "moved to Mill Lane", "set up Birchwood"): perhaps a second person."""
    return any(len(run.group(0).split()) > 1 and run.group(0).split()[0] not in _NOT_NAMES
               and not _THING_BEFORE.search(doc.text[max(0, run.start() - 10):run.start()])
               for run in _NAME_RUN.finditer(doc.text, a, b))


# (round 26) a person told by a noun after a determiner ("by the nephew of Joan Hart", "robbed by a neighbour", "to the
# daughter of ..."), not a role of the subject's own ("trained as a nurse", "became a teacher")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ANOTHERS_DETERMINER = r"(?:a|an|the|another|one|two|three|four|several|some)"
# (review) the agent of a verb ("robbed by a neighbour", "treated by her own student"), or a person told by another
# ("the daughter of Frank Hale"); not the subject's own kin or the object of her verb ("moved with her family",
# "coached the players")
_AGENT_BEFORE = re.compile(r"\bby\s+(?:" + _ANOTHERS_DETERMINER + r"|her|his|their|its)\s+(?:[a-z][\w'’-]*\s+){0,2}$")
_DETERMINER_BEFORE_OF = re.compile(r"\b" + _ANOTHERS_DETERMINER + r"\s+(?:[a-z][\w'’-]*\s+){0,2}$")
_OWN_ROLE_BEFORE = re.compile(r"\b(?:as|became|become|becomes|is|was|remains|remained|named|appointed|turned)\s+"
                              r"(?:a|an|the|her|his|their)\s+(?:[a-z][\w'’-]*\s+){0,2}$")


def _is_person_word(word: str) -> bool:
    """A noun of a person (``PERSON_NOUNS`` or its plural, ``_PEOPLE_WON_OR_TAUGHT``) or of kin (``_KIN``)."""
    from .restatements import PERSON_NOUNS, singular  # (restatements imports shares, which imports this module)
    return word in PERSON_NOUNS or singular(word) in PERSON_NOUNS or singular(word) in _PEOPLE_WON_OR_TAUGHT \
        or bool(re.fullmatch(_KIN, word))


# (round 28 review) people one trains, signs or coaches that ``PERSON_NOUNS`` lacks: "who trained the champion"
_PEOPLE_WON_OR_TAUGHT = frozenset("champion winner athlete star recruit rookie apprentice protege".split())


def _person_noun_between(doc: Document, a: int, b: int) -> bool:
    """A noun of a person (``PERSON_NOUNS``, kin, or their plural) between ``a`` and ``b`` as the agent after "by a /
    the / her ..." or told by another ("the daughter of ..."), not the subject's own role after "as", "became", ...:
    perhaps a second person ("Ann Price, born in 1950, was attacked by the nephew of Joan Hart. The 31-year-old was
    arrested": the nephew's age).  (review) Not her own family ("moved to Leeds with her family") nor the object of
    her verb ("coached the players"): the age is still hers."""
    for w in _LOWER_WORD.finditer(doc.text, a, b):
        word = w.group(0)
        if not _is_person_word(word):
            continue
        before = doc.text[max(a, w.start() - 50):w.start()]
        if _OWN_ROLE_BEFORE.search(before):
            continue
        if _AGENT_BEFORE.search(before) or _DETERMINER_BEFORE_OF.search(before) \
                and re.match(r"\s+of\s", doc.text[w.end():b]):
            return True
    return False


# "Ann Roe, now 74," / '"...," said Ann Roe, 74, who ...': an age on a name beyond ``_age_on_subject``'s openings
_NOW_ON_NAME = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s*,\s*now\s+")
_SAID_NAME = re.compile(r"\b(?:said|says|added|recalled|explained|remembered)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
                        r"\s*,\s*$")


def _age_on_name_now(doc: Document, s, age: Mention) -> bool:
    """The age now of the sentence's person: on its subject ("Ann Roe, 74,", "The trader, Ann Roe, 74,", "Ann Roe,
    now 74,") or on the name after "said" with a "who" clause following ('"...," said Ann Roe, 74, who ...')."""
    lead = _after_dateline(doc.text[s.start:age.start])
    after = doc.text[age.end:s.end]
    return bool(_age_on_subject(doc, s, age) or _TITLED_SUBJECT.fullmatch(lead)
                or _NOW_ON_NAME.fullmatch(lead) and re.match(r"\s*,", after)
                or _SAID_NAME.search(lead) and re.match(r"\s*,\s*who\b", after))


# (round 21) "as a 21-year-old student in 1982": the compound age's noun (one or two words) before the year
_THEN_AGED_NOUN_IN = re.compile(r"(?:\s+(?!(?:and|or|but|with|who|whose|when|while|from|of|at|on|to|for)\b)[a-z][\w'’-]*){1,2}"
                                r",?\s+in\s*")


# (round 21) the year's distance set apart after it: "in 1989, 35 years ago," (the age then follows)
_AGO_AFTER_YEAR = re.compile(r"\s*,\s*(?:(?:some|about|almost|nearly|exactly|more\s+than)\s+)?[\w-]+\s+"
                             r"(?:years?|decades?)\s+ago(?=\s*,)", re.I)


def _ages_then_of_year(doc: Document, s, ms, year: Mention):
    """(the ages tied to ``year``, the "when she was" match or None): "in 1980 when she was 20" / "in 1980, aged 20" /
    "aged 20 in 1980" / "at the age of 20 in 1980"."""
    ago = _AGO_AFTER_YEAR.match(doc.text, year.end, s.end)  # (round 21) "in 1989, 35 years ago, when she was 19"
    end = ago.end() if ago is not None else year.end
    when = _WHEN_WAS.match(doc.text, end)
    candidates = [m for m in ms if m.kind in (Kind.AGE, Kind.COUNT) and m.interval is not None and m.value is not None
                  and not m.is_range and 0 < m.value < 120 and not (m.kind is Kind.COUNT and m.noun is not None)]
    if when is not None:
        return [m for m in candidates if m.start == when.end() and _WHEN_WAS_END.match(doc.text[m.end:s.end])], when
    return [m for m in candidates if _event_age(doc, s, m) == "aged" and (
        m.start >= end and _THEN_LINK_AFTER.fullmatch(doc.text, end, m.start)
        or m.end <= year.start and (_THEN_AGED_IN.fullmatch(doc.text[m.end:year.start])
                                    or m.kind is Kind.AGE and m.compound
                                    and _THEN_AGED_NOUN_IN.fullmatch(doc.text[m.end:year.start])))], None


# (round 19) the ages of kin named after them: "with her two sons, now aged nine and six"
_KIN_AGED = re.compile(rf"\b{_KIN}\s*,?\s*(?:(?:now|both|who\s+are)\s+)?(?:aged\s+)?(?:\w+\s*(?:,|and)\s*)?$", re.I)


def find_ages_now_and_when(doc: Document):
    """"Ann Roe, 74, who moved to Mill Lane in 1962 when she was 22, said ..." / "Founder Tom Lee, 54, set up
    Birchfield in 1997, when he was 26," / "The oldest trader, Ann Roe, 84, has sold fish here since 1958, when
    she was 18 and took over the stall": the age in apposition to the sentence's subject is the age now, "when
    she was N" after the sentence's one year the age then (``AgeThen``), when nothing between them names a
    second person (kin, "with", "and Tom", a full name not after "to"/"in"/... , the other pronoun); the
    sentences ``find_ages_then`` already reads are left to it. The age then may also be "in 1980, aged 20", "aged
    20 in 1980" or "at the age of 20 in 1980" (no pronoun between then)."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        years = [m for m in ms if year_of(m) is not None]
        if s.headline or s.chrome or len(years) != 1 or years[0].kind is not Kind.YEAR:
            continue
        stext = doc.text[s.start:s.end]
        if ("when" not in stext and "age" not in stext and " at " not in stext) \
                or _moved_time(stext) or _REAL_DEATH.search(stext):
            continue
        year = years[0]
        thens, when = _ages_then_of_year(doc, s, ms, year)
        nows = [a for a in _ages_in(doc, s, ms) if a.end < year.start and a.kind is not Kind.ORDINAL
                and a.interval is not None and a.value is not None and re.match(r"\s*[,)]", doc.text[a.end:s.end])
                and _age_on_name_now(doc, s, a)]
        if len(thens) != 1 or len(nows) != 1 or len([a for a in _ages_in(doc, s, ms) if a is not thens[0] and not (
                a.start > thens[0].end and _KIN_AGED.search(doc.text, max(s.start, a.start - 50), a.start))]) != 1:
            continue  # (round 19: "..., with her two sons, now aged nine and six": the kin's ages, after the then)
        now, then = nows[0], thens[0]
        between = doc.text[now.end:then.start]
        pronoun = when.group(1).lower() if when is not None else ""
        if _OTHER_ONE.search(between) or _when_object_pronoun(stext) or pronoun and re.search(
                r"\b(?:he|him|his)\b" if pronoun == "she" else r"\b(?:she|her|hers)\b", between, re.I) \
                or not pronoun and re.search(r"\b(?:he|him|his|she|her|hers|they|them|their)\b", between, re.I):
            continue  # "Ann Roe, 74, whose husband set up the shop in 1962 when he was 22": whose age?
        if _second_full_name(doc, now.end, then.start):
            continue  # "who married Tom Lee in 1962 when she was 22": a second person's name
        if _now_and_then(doc, s, ms, year, stext) is not None or any(find_ages_then(_one_sentence(doc, s))):
            continue  # read by ``find_ages_then``
        y = year_of(year)
        if y is None or not 0 < pub.year - y <= 100:
            continue
        yield AgeThen("inferred", f"age on a name and 'when she was' in {y}", now, then, y, pub)


# (round 20) the names of days and months: "on Friday and Saturday nights" joins no second person
_CALENDAR_WORDS = re.compile(r"\b(?:" + "|".join(WEEKDAY_NAMES + MONTH_NAMES) + r")s?\b")
# (round 20) "It was 40 years after she first won the title as a 28-year-old in 1984.": the pronoun as the subject of
# the clause the sentence opens on, the year after it
_IT_WAS_AFTER_PRONOUN = re.compile(r"\s*It\s+(?:was|is|had\s+been|has\s+been)\s+[^,;.]{0,40}?\b(?:after|since)\s+"
                                   r"(?i:(she|he))\s+(?:first\s+|last\s+)?[a-z]+")
# a sentence opening on "She"/"He" and a verb: "She moved to Mill Lane in 1980, when she was 20."
_PRONOUN_OPENS = re.compile(r"\s*(She|He)\s+(?:[a-z]+ly\s+)?[a-z]+")


def find_ages_then_next(doc: Document):
    """"Ann Roe, 54, runs the corner shop. She moved to Mill Lane in 1980, when she was 20.": the age on the
    subject of one sentence (its only age, one full name, no year, no other time) and the age then of the next
    one opening on "She"/"He" in the same paragraph (its one year; no kin, "with" or second full name): one
    person's ages now and in that year (``AgeThen``)."""
    pub = doc.published
    if pub is None:
        return
    grouped = None
    for s, ms in _sentences(doc):
        years = [m for m in ms if year_of(m) is not None]
        if s.headline or s.chrome or s.index == 0 or len(years) != 1 or not (
                years[0].kind is Kind.YEAR or years[0].kind is Kind.DATE and years[0].date is not None
                and years[0].date.month is not None):
            continue  # (round 20: a month of the year, "in March 1974, when he was 25")
        stext = doc.text[s.start:s.end]
        opens = _PRONOUN_OPENS.match(stext) or _IT_WAS_AFTER_PRONOUN.match(stext)
        if opens is None or _moved_time(stext) \
                or _REAL_DEATH.search(stext) or _DEATH.search(_WHEN_SHE_WAS.sub(" ", stext)):
            continue
        thens, when = _ages_then_of_year(doc, s, ms, years[0])
        if len(thens) != 1 or [a for a in _ages_in(doc, s, ms) if a is not thens[0]] \
                or when is not None and when.group(1).lower() != opens.group(1).lower():
            continue
        # (round 20) a second person only up to the age then: "He opened it in 1974, when he was 25, with £400 from
        # his father" is still his age
        upto = doc.text[s.start:max(thens[0].end, years[0].end)]
        if _OTHER_ONE.search(_THEIR_THINGS.sub(" ", upto)) or _second_full_name(doc, s.start, s.start + len(upto)):
            continue  # (round 19: "She joined her mother's firm in 1980, aged 20": kin's thing, no second person)
        prev = doc.sentences[s.index - 1]
        if prev.paragraph != s.paragraph or prev.headline or prev.chrome:
            continue
        grouped = grouped if grouped is not None else _grouped(doc)
        pms = grouped.get(prev.index, ())
        ptext = doc.text[prev.start:prev.end]
        nows = [a for a in _ages_in(doc, prev, pms) if not re.search(r"\d\s*[-–]\s*\d", a.text)]  # (round 20) not "7-5"
        if len(nows) != 1 or any(year_of(m) is not None for m in pms) or _DEATH.search(ptext) \
                or _AGO_OR_YEAR.search(ptext) or _OTHER_ONE.search(_CALENDAR_WORDS.sub("day", ptext)) \
                or not _one_person(_ROLE_FIRST.sub("", ptext), full_names=True) \
                or re.search(r"\b(?:he|him|his)\b" if opens.group(1).lower() == "she" else r"\b(?:she|her|hers)\b", ptext, re.I):
            continue
        now = nows[0]
        if now.kind is Kind.ORDINAL or now.interval is None or now.value is None \
                or not (_age_on_subject(doc, prev, now) or _TITLED_SUBJECT.fullmatch(doc.text[prev.start:now.start])):
            continue
        y = year_of(years[0])
        if y is None or not 0 < pub.year - y <= 100:
            continue
        yield AgeThen("inferred", f"age on a name and 'She ... in {y}' next", now, thens[0], y, pub)

# (round 21) "30 years ago, in 1994" / "in 1994, 30 years ago": an "ago" dated by its own year moves no time
_AGO_DATED = re.compile(r"\b[\w-]+\s+(?:years?|decades?)\s+ago\s*(?:,|\s[-–—])?\s*in\s+(?:1[89]|20)\d\d\b|"
                        r"\bin\s+(?:1[89]|20)\d\d\s*,\s*(?:(?:some|about|almost|nearly|exactly|more\s+than)\s+)?"
                        r"[\w-]+\s+(?:years?|decades?)\s+ago\b", re.I)
_TIME_MOVED = re.compile(r"\bborn\b|\bb\.|\b(?:last|next)\s+year\b|\bago\b", re.I)


def _moved_time(stext: str) -> bool:
    """A birth or another time than now in an ages-then sentence ("born", "last year", "ago"); (round 21) an "ago"
    dated by its own year ("30 years ago, in 1994") is only that year."""
    return _TIME_MOVED.search(_AGO_DATED.sub(" ", stext)) is not None


# (round 21) a sentence opening on a full name and a "who" clause on it: "Dorothy Penhale, who opened the shop in 1978"
# (a first name and a surname; not an office's title before a name: "Detective Ann Cole, who joined ...")
_NAME_WHO_OPENS = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?!(?:Detective|Inspector|Sergeant|Sgt|Constable|PC|"
                             r"Officer|Chief|Superintendent|Councillor|Cllr|Professor|Prof|Judge|Justice|Father|Sister|"
                             r"Brother|Reverend|Rev|Canon|Bishop|Captain|Capt|Major|Colonel|General|Lord|Lady|Sir|Dame|"
                             r"Coach|Manager|President|Mayor|Senator|Governor|Minister|Coroner|Sheriff|Deputy)\b)"
                             r"[A-Z][\w'’-]*[a-z]\s+[A-Z][\w'’-]*[a-z]\s*,\s*"
                             r"who\s+(?!(?:is|was|are|were)\s+(?:her|his|their|a|an|the)\b)")
# an unnamed person opening the lead on an age: "A 71-year-old shopkeeper in Penzance has won ..."
_INDEFINITE_AGED = re.compile(r"\s*(?:An?|The)\s+$")


def _names_a_person(text: str) -> bool:
    """A capitalised name in ``text`` that is not a place ("in Penzance"), a day, a month or a pronoun."""
    return any(rx.group(0).rstrip(".") not in _NOT_NAMES and not _PLACE_BEFORE.search(text[max(0, rx.start() - 12):rx.start()])
               for rx in _NAME_RUN.finditer(_CALENDAR_WORDS.sub("day", text)))


def _second_name_in(text: str) -> bool:
    """A name of two words or more in ``text`` not after "to", "in", "up", ... (``_second_full_name`` on a string)."""
    return any(len(run.group(0).split()) > 1 and run.group(0).split()[0] not in _NOT_NAMES
               and not _THING_BEFORE.search(text[max(0, run.start() - 10):run.start()])
               for run in _NAME_RUN.finditer(text))


def find_ages_then_named_next(doc: Document):
    """(round 21) "A 71-year-old shopkeeper has won her appeal ... . Dorothy Penhale, who opened the shop in 1978 at
    the age of 34, challenged ...": the lead's unnamed "A N-year-old <noun>" (its only age; no name, year or other
    time) and, in the next sentence (the next paragraph only after the story's first sentence), a full name opening
    on a "who" clause that holds the sentence's one year and its one age then ("at the age of 34", "aged 34", "when
    she was 34"), no second person up to it: the person named for the first time, their ages now and in that year
    (``AgeThen``)."""
    pub = doc.published
    if pub is None:
        return
    grouped = None
    for s, ms in _sentences(doc):
        if s.headline or s.chrome or s.index == 0:
            continue
        stext = doc.text[s.start:s.end]
        opens = _NAME_WHO_OPENS.match(stext)
        years = [m for m in ms if year_of(m) is not None]
        if opens is None or len(years) != 1 or years[0].kind is not Kind.YEAR \
                or _moved_time(stext) \
                or _REAL_DEATH.search(stext) or _DEATH.search(_WHEN_SHE_WAS.sub(" ", stext)):
            continue
        thens, when = _ages_then_of_year(doc, s, ms, years[0])
        if len(thens) != 1 or [a for a in _ages_in(doc, s, ms) if a is not thens[0]] \
                or any(m.kind is Kind.AGE and m is not thens[0] for m in ms):
            continue
        upto = doc.text[s.start + opens.end():max(thens[0].end, years[0].end)]
        if "," in upto.rstrip(", ").replace(", aged", "").replace(", when", "").replace(", at", "") \
                or _OTHER_ONE.search(_THEIR_THINGS.sub(" ", upto)) \
                or _second_name_in(re.sub(r"[A-Z][\w-]*['’]s\b", "its", upto)):
            continue  # the age then inside the "who" clause, nobody else named up to it ("Penhale's Hardware" is hers)
        prev = doc.sentences[s.index - 1]
        if prev.headline or prev.chrome or prev.paragraph != s.paragraph and prev is not lead_sentence(doc):
            continue
        grouped = grouped if grouped is not None else _grouped(doc)
        pms = grouped.get(prev.index, ())
        ptext = doc.text[prev.start:prev.end]
        nows = [a for a in _ages_in(doc, prev, pms) if a.kind is Kind.AGE]
        if len(nows) != 1 or len([m for m in pms if m.kind is Kind.AGE]) != 1 \
                or not _INDEFINITE_AGED.fullmatch(doc.text[prev.start:nows[0].start]) \
                or any(year_of(m) is not None for m in pms) or _DEATH.search(ptext) or _AGO_OR_YEAR.search(ptext) \
                or _OTHER_ONE.search(_CALENDAR_WORDS.sub("day", ptext)) \
                or _names_a_person(doc.text[nows[0].end:prev.end]):
            continue
        pronoun = when.group(1).lower() if when is not None else ""
        if pronoun and re.search(r"\b(?:he|him|his)\b" if pronoun == "she" else r"\b(?:she|her|hers)\b", ptext, re.I):
            continue
        now = nows[0]
        y = year_of(years[0])
        if now.interval is None or now.value is None or y is None or not 0 < pub.year - y <= 100:
            continue
        yield AgeThen("inferred", f"'A N-year-old' in the lead, a name and its age in {y} next", now, thens[0], y,
                      pub)


# (round 20) an age in apposition to a name, a "who" clause on it: "... was Hanna Wolska, 74, who carved the first
# puppets in 1963 at the age of 23, when ..."; "Club chairman Tom Pask, 84, who joined as a 12-year-old in 1962, said
# the stand was built in 1987" (not "who is", "who will")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]*[a-z]\s*,\s*$")
_WHO_ON_AGE = re.compile(r"\s*,\s*who\s+(?!(?:is|are|will|would|could|may|might)\b)")
# (round 21) a role set between the age and the clause: "Ann Roe, 58, the unit's longest-serving midwife, who joined ..."
_WHO_AFTER_ROLE = re.compile(r"\s*,\s*the\s+(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*\s*,\s*who\s+"
                             r"(?!(?:is|are|will|would|could|may|might)\b)")
_OTHER_PRONOUN = re.compile(r"\b(?:he|him|she|they|them)\b|\bher\b(?=\s*(?:[,.;]|$|(?:in|on|at|to|for|when|and|after|before)\b))",
                            re.I)


def find_ages_in_who_clause(doc: Document):
    """"Among the guests was Hanna Wolska, 74, who carved the first puppets in 1963 at the age of 23, when she came
    from Krakow": the age in apposition to a name wherever the name stands in the sentence, and the age then in the
    "who" clause on it, tied to the clause's first year ("at the age of 23" / "aged 23" / "when she was 23" after it,
    "as a 12-year-old in" / "aged 23 in" before it): one person's ages now and then (``AgeThen``), whatever the rest
    of the sentence tells (another year, another name after the clause). The clause must run unbroken (no comma but
    the one before the age then) and name no one else (kin, "with", a second full name, another pronoun); no year
    may stand before the age now, nor a year in the paragraph's sentence before, nor a death or "ago"."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        if s.headline or s.chrome or len(ms) < 3:
            continue
        stext = doc.text[s.start:s.end]
        if "who" not in stext or _moved_time(stext) \
                or _REAL_DEATH.search(stext) or _TOLD_THEN.search(_SPEECH.sub(" ", stext)):
            continue
        for now in ms:
            if now.kind is not Kind.AGE or now.compound or now.hedge is not None or now.value is None \
                    or now.interval is None or now.value.denominator != 1 or not 0 < now.value < 120:
                continue
            who = _WHO_ON_AGE.match(doc.text, now.end) or _WHO_AFTER_ROLE.match(doc.text, now.end, s.end)
            if who is None or not _NAME_COMMA_BEFORE.search(doc.text, max(s.start, now.start - 40), now.start) \
                    or any(year_of(m) is not None and m.start < now.start for m in ms):
                continue
            years = [m for m in ms if m.start > now.end and year_of(m) is not None]
            if not years or not (years[0].kind is Kind.YEAR or years[0].kind is Kind.DATE and years[0].date is not None
                                 and years[0].date.month is not None):
                continue
            year = years[0]
            thens, when = _ages_then_of_year(doc, s, ms, year)
            thens = [t for t in thens if t.start > who.end()]
            if len(thens) != 1:
                continue
            then = thens[0]
            core = doc.text[who.end():min(year.start, then.start)]
            core = re.sub(r"\s*,?\s*(?:aged|at\s+(?:the\s+)?age\s+of|as\s+an?|when\s+(?:she|he)\s+was)\s*$", "", core, flags=re.I)
            upto = doc.text[now.end:max(year.end, then.end)]
            if re.search(r"[,;:()–—]|\s-\s", core) or _OTHER_ONE.search(_THEIR_THINGS.sub(" ", _CALENDAR_WORDS.sub("day", upto))) \
                    or _second_full_name(doc, who.end(), max(year.end, then.end)):
                continue
            pronoun = when.group(1).lower() if when is not None else ""
            rest = upto if not pronoun else upto[:when.start() - now.end]
            if _OTHER_PRONOUN.search(rest) or pronoun and re.search(
                    r"\b(?:he|him|his)\b" if pronoun == "she" else r"\b(?:she|her|hers)\b", rest, re.I):
                continue  # "who sold it to her in 1962 when she was 20": whose age?
            prev = doc.sentences[s.index - 1] if s.index > 0 else None
            if prev is not None and prev.paragraph == s.paragraph and any(
                    year_of(m) is not None for m in _grouped(doc).get(prev.index, ())):
                continue  # "In 1990 the club moved. Tom Pask, 54, who joined in 1962 aged 12, ...": told then?
            y = year_of(year)
            if y is None or not 0 < pub.year - y <= 100:
                continue
            yield AgeThen("inferred", f"age on a name and its who-clause's age in {y}", now, then, y, pub)


# (round 20) a sentence opening on its named subject and the birth in the clause on it: "Okonjo, who was born in
# October 2004 and turned professional in March, clocked ..."; "Dr Ann Okonjo (born on 3 May 2004) ..."
_OPENS_ON_BORN_NAME = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+)?([A-Z][\w'’-]*[a-z])\s*"
                                 # (round 25) or a role in apposition: "Graham Pettifer, a former bank manager born in"
                                 r"(?:,\s*(?:who\s+was\s+|an?\s+(?:(?!(?:of|to|for|with|and|or|the|his|her|their|who|whose|whom|which|that|was|were)\b)"
                                 r"[a-z][\w'’-]*\s+){1,4}?)?|\(\s*"
                                 # (round 28) or a "who" clause set apart, then the sentence's own verb: "Ramesh Iyer,
                                 # who founded the museum in 1984, was born in May 1948" (the clause's year no birth)
                                 r"|,\s*(?:who|whose)\s+(?P<who>[^,;.()\d\n]{3,60}?(?:\s+(?:in|since)\s+(?:1[89]|20)\d\d)?),\s*"
                                 r"(?:was\s+))born\b"
                                 r"(?:\s+[^,;.()\d\n]{0,40}?)?\s+(?:in|on)\s+$")
# another person of the birth's sentence tied to a past year is no rival for an age now: "the mark set by Kenya's Joyce
# Wambui in 2013"
_PAST_YEAR_AFTER = re.compile(r"[^,;.]{0,20}?\bin\s+(?:1\d|20)\d\d\b")
# "The 21-year-old led from the bell": the age on the subject opening the sentence, a verb (or a noun) next, no name
_AGED_ANAPHOR_OPENS = re.compile(r"\s*The\s+$")
_LAST_OR_NEXT_YEAR = re.compile(r"\b(last|next)\s+year\b", re.I)
_AGED_ANAPHOR_VERB = re.compile(r"\s+(?!(?:and|or|with|whose|of)\b)(?:[a-z][\w'’-]*\b(?!\s+[A-Z])"
                                # (round 59) a verb in the present or past before a name: "The 58-year-old replaces
                                # Dr Amoah" (not a noun naming the person, "The 25-year-old striker Smith")
                                r"|[a-z]+(?<!s)(?:s|ed)\b)")


def _other_person_in_who(doc: Document, opened: re.Match) -> bool:
    """The "who" clause between the subject and "was born" names someone else (a full name, or a single capitalised
    word not after "the" or a word of place: "who signed Okafor from Leeds", "who married Harris"; or any person's
    noun, even as an object: "who hired a young striker in 2019"): the age after may be theirs."""
    if opened.group("who") is None:
        return False
    a, b = opened.span("who")
    return any(_full_names(doc, a, b)) \
        or any(run.group(0) not in _NOT_NAMES and not _THE_OR_PLACE_BEFORE.search(doc.text, max(0, run.start() - 12),
                                                                                    run.start())
               for run in _NAME_RUN.finditer(doc.text, a, b)) \
        or any(_is_person_word(w.group(0)) for w in _LOWER_WORD.finditer(doc.text, a, b)
               if w.group(0) not in _KIN_GROUPS)


_KIN_GROUPS = frozenset({"family", "parents"})  # no one person the age could be of: "whose family moved to Leeds"
# "who led the Tigers to a title": a team or a thing after "the", no person; "whose family moved to Leeds": a place
_THE_OR_PLACE_BEFORE = re.compile(_PLACE_BEFORE.pattern + r"|\bthe\s+$|\b(?:moved|came|went|returned|emigrated|"
                                  r"relocated|fled)\s+to\s+$")


def _full_names(doc: Document, a: int, b: int):
    """Runs of two capitalised words or more between ``a`` and ``b``, not after a word of place ("at Norwich Crown
    Court"): people other than the subject, perhaps."""
    return (run for run in _NAME_RUN.finditer(doc.text, a, b)
            if len(run.group(0).split()) > 1 and not _PLACE_BEFORE.search(doc.text, max(0, run.start() - 12), run.start()))


def _who_clause_year(opened: re.Match) -> int | None:
    """The year the "who" clause before "was born" dates its deed by ("who took over the pub in 1999")."""
    said = re.search(r"\b((?:1[89]|20)\d\d)\s*$", opened.group("who") or "")
    return int(said.group(1)) if said else None


def find_aged_anaphor_after_birth(doc: Document):
    """"Okonjo, who was born in October 2004, clocked 1:57.86, ahead of Joyce Wambui's 2013 mark. The 19-year-old led
    from the bell, ...": a sentence opening on "The N-year-old" and a verb takes up the subject of the sentence before
    (the next paragraph's first sentence too), named at its start with the birth in the clause on it; whatever else
    either sentence names after. The age's sentence tells no year, death, "ago" or "then"; the age is now."""
    pub = doc.published
    if pub is None:
        return
    grouped = None
    for s, ms in _sentences(doc):
        if s.headline or s.chrome or s.index == 0:
            continue
        ages = [m for m in ms if m.kind is Kind.AGE and m.compound and m.unit == "year" and m.value is not None
                and m.interval is not None and not m.is_range and m.hedge is None]
        if not ages or not _AGED_ANAPHOR_OPENS.fullmatch(doc.text, s.start, ages[0].start) \
                or not _AGED_ANAPHOR_VERB.match(doc.text, ages[0].end, s.end):
            continue
        age = ages[0]
        stext = doc.text[s.start:s.end]
        event_years = [y for y in (year_of(m) for m in ms) if y is not None]
        # (round 38) "The 66-year-old was made an MBE last year": the age may be last year's or this one's
        last_next = _LAST_OR_NEXT_YEAR.search(stext)
        if last_next and not re.search(r"\bago\b", stext, re.I):
            event_years = event_years + [pub.year + (1 if last_next.group(1).lower() == "next" else -1)]
        elif _AGO_OR_YEAR.search(stext):
            continue
        if _REAL_DEATH.search(stext) \
                or _TOLD_THEN.search(_SPEECH.sub(" ", stext)) or re.search(r"\bborn\b", stext):
            continue
        prev = doc.sentences[s.index - 1]
        if prev.headline or prev.chrome or prev.paragraph < s.paragraph - 1:
            continue
        grouped = grouped if grouped is not None else _grouped(doc)
        births = [m for m in grouped.get(prev.index, ()) if year_of(m) is not None and (
            m.kind is Kind.YEAR or m.kind is Kind.DATE and m.date is not None and m.date.month is not None)
            and _OPENS_ON_BORN_NAME.fullmatch(doc.text, prev.start, m.start)]
        if len(births) != 1 or len(re.findall(r"\bborn\b", doc.text[prev.start:prev.end])) != 1 \
                or _DEATH.search(_WHEN_SHE_WAS.sub(" ", doc.text[prev.start:births[0].end])):
            continue
        opened = _OPENS_ON_BORN_NAME.fullmatch(doc.text, prev.start, births[0].start)
        if _other_person_in_who(doc, opened):
            continue  # (round 28) "Ann Roe, who founded it with Raj Patel in 1984, was born ...": which is the age's?
        deed_year = _who_clause_year(opened)
        if deed_year is not None and _age_then_in_years(age, year_of(births[0]), [deed_year]):
            continue  # (round 28 review) "who took over the pub in 1999, was born in 1948. The 51-year-old": then
        if any(not _PAST_YEAR_AFTER.match(doc.text, run.end(), prev.end)
               for run in _full_names(doc, births[0].end, prev.end)):
            continue  # "Dara Roe, who was born in 1980, replaces Joe Kiely. The 39-year-old ...": which of the two?
        if _person_noun_between(doc, births[0].end, prev.end):
            continue  # (round 26) "..., born in 1950, was attacked by the nephew of Joan Hart. The 31-year-old ...": his
        if event_years and (not (_age_its_own_verb(doc, age, s.end) or last_next)
                            or _age_then_in_years(age, year_of(births[0]), event_years)):
            continue  # "The 19-year-old won the title in 2013": the age then may be meant
        rel = _age_birth(doc, age, births[0], "inferred")
        if rel is not None:
            yield replace(rel, cue="'The N-year-old' after the birth on the sentence's subject")


# (round 26) "The 51-year-old joined ...": the age the subject of a verb, no noun of another person after it ("The
# 72-year-old mentor he hired in 1983")
_AGE_THEN_VERB = re.compile(r"\s+(?:([a-z]+ed|" + IRREGULAR_PARTICIPLES
                            + r")|led|began|ran|went|came|gave|grew|rose|wrote|left|met|would|also|first|then)\b")
# (round 26 mend) ... not a participle picking out another person: "The 30-year-old signed by the club in 2019 will be
# his deputy", "The 38-year-old appointed to succeed her", or "hired as head baker in 2022 now runs it" (a main verb
# of its own after); nor an age set off by a comma ("The 30-year-old, who joined from Leeds in 2019, will be ...")
_PARTICIPLE_CLAUSE = re.compile(r"\s+(?:by|to\s+[a-z]+)\b")
_PARTICIPLE_AS = re.compile(r"\s+as\b")
_LATER_MAIN_VERB = re.compile(r"\b(?:will|would|shall|can|could|must|is|are|was|were|has|have|had|now|still)\s+[a-z]",
                              re.I)


def _age_its_own_verb(doc: Document, age: Mention, end: int) -> bool:
    """(round 26 mend) "The 51-year-old joined as a cadet in 1997": the age is the subject of the verb right after it,
    so a year in its sentence dates what that person did (``_AGE_THEN_VERB``, no participle clause)."""
    verb = _AGE_THEN_VERB.match(doc.text, age.end, end)
    if verb is None:
        return False
    if verb.group(1) is None:
        return True
    if _PARTICIPLE_CLAUSE.match(doc.text, verb.end(), end):
        return False
    return not (_PARTICIPLE_AS.match(doc.text, verb.end(), end) and _LATER_MAIN_VERB.search(doc.text, verb.end(), end))


def _age_then_in_years(age: Mention, birth_year: int, years: list[int]) -> bool:
    """(round 26) "The 51-year-old joined as a cadet in 1997": a year in the sentence of "The N-year-old" dates what
    the person did, and the age may be told of then or of now; only an age that fits neither (born 1979: 17 or 18
    in 1997, 45 now) is wrong.  True when the age can be the one reached in one of ``years``."""
    iv = age.interval
    return iv is None or any(iv.intersects(Interval(Fraction(y - birth_year - 1), Fraction(y - birth_year)))
                             for y in years)


# "born above her parents' shop on Mill Lane in 1942": a birth place of more words than ``_BORN_CUE`` reads, the
# year after it; no clause in between (no "who", "that", "and", "moved", kin)
_BORN_FAR = re.compile(r"\bborn\s+(?:above|at|in|on|near|into|under|behind|beside|inside|over|to)\s+([^,;.()\d]{0,80}?)\s+in\s+$",
                       re.I)
_BORN_FAR_CLAUSE = re.compile(rf"\b(?:who|whom|which|that|where|when|while|after|before|until|and|but|or|then|"
                              rf"moved|emigrated|settled|left|{_KIN})\b", re.I)


@needs(words="born")
def find_ages_born_far(doc: Document):
    """"Ann Roe, 82, who was born above her parents' bakery on Mill Lane in 1942, ...": the age on the subject
    and a birth year after a longer place than ``_BORN_CUE`` reads ("born in Leeds in 1942" is ``find_ages``'s):
    the age is the publication year less the birth year, or one less (``AgeBirth``); only "who was born"
    between the age and the birth, and the sentence's only year."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        if s.headline or s.chrome:
            continue
        stext = doc.text[s.start:s.end]
        if "born" not in stext:
            continue
        years = [m for m in ms if year_of(m) is not None]
        if len(years) != 1 or years[0].kind is not Kind.YEAR or _cued(doc, s, years[0], _BORN_CUE) \
                or _AGO_OR_YEAR.search(stext) or _REAL_DEATH.search(stext) or _DEATH.search(stext):
            continue
        birth = years[0]
        far = _BORN_FAR.search(doc.text, max(s.start, birth.start - 110), birth.start)
        if far is None or _BORN_FAR_CLAUSE.search(_THEIR_THINGS.sub(" thing", far.group(0))):
            continue  # "born in Leeds and moved to Hull in 1962": the year of the move
        ages = _ages_in(doc, s, ms)
        if len(ages) != 1:
            continue
        age = ages[0]
        if age.end > far.start() or age.kind is Kind.ORDINAL or age.interval is None \
                or not re.fullmatch(r"\s*[,)]\s*,?\s*(?:(?:who\s+)?was\s+)?", doc.text[age.end:far.start()]) \
                or not _age_on_name_now(doc, s, age):
            continue
        rel = _age_birth(doc, age, birth, "inferred")
        if rel is not None:
            yield replace(rel, cue="born ... in YEAR, the age on the subject")


# "for 41 years, since she was 33" / "since the age of 33": a length up to now and the age it began at
_SINCE_WAS = re.compile(r"\s*(?:,|[-–—])?\s*since\s+(?:(?:she|he)\s+was|(?:the\s+)?age\s+of)\s+(?:(?:just|only|barely)\s+)?(?:an?\s+)?",
                        re.I)


@needs(words="since")
def find_ages_since_was(doc: Document):
    """"Ann Roe, 74, has lived in the flat for 41 years, since she was 33": the age on the subject now, a length
    in years in a present perfect and the age it began at; the age then is the age now less the years, one either
    side (``AgeThen`` of the year the length began). No year in the sentence, no hedge on the length, no second
    person between the two ages."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        if s.headline or s.chrome:
            continue
        stext = doc.text[s.start:s.end]
        if "since" not in stext or any(year_of(m) is not None for m in ms) or _AGO_OR_YEAR.search(stext) \
                or _REAL_DEATH.search(stext):
            continue
        for d in ms:
            if _duration_unit(d) not in ("year",) or d.hedge or d.is_range or d.value is None \
                    or d.value != int(d.value) or not 0 < d.value < 100:
                continue
            since = _SINCE_WAS.match(doc.text, d.end)
            if since is None:
                continue
            thens = [m for m in ms if m.start == since.end() and m.kind in (Kind.AGE, Kind.COUNT) and m.value is not None
                     and m.interval is not None and not m.is_range and 0 < m.value < 120
                     and not (m.kind is Kind.COUNT and m.noun is not None) and _WHEN_WAS_END.match(doc.text[m.end:s.end])]
            ages = [a for a in _ages_in(doc, s, ms) if not thens or a is not thens[0]]
            if len(thens) != 1 or len(ages) != 1:
                continue
            now, then = ages[0], thens[0]
            if now.end > d.start or now.kind is Kind.ORDINAL or now.interval is None or now.value is None \
                    or not re.match(r"\s*[,)]", doc.text[now.end:s.end]) \
                    or not _age_on_name_now(doc, s, now):
                continue
            between = doc.text[now.end:d.start]
            if not re.search(r"\b(?:has|have)\b|['’]s\s+been\b", between, re.I) \
                    or _OTHER_ONE.search(_THEIR_THINGS.sub(" ", between)) \
                    or _second_full_name(doc, now.end, d.start):
                continue  # "Ann Roe, 74, has known Tom Lee for 41 years, since she was 33": whose age?
            y = pub.year - int(d.value)
            yield AgeThen("inferred", f"age on a name and '{d.text}, since she was'", now, then, y, pub)


BIRTHDAY_EARLY_MONTHS = 2


def expected_ages(rel: AgeBirth) -> tuple[int, ...]:
    """The ages the person may have been at the reference day (or year)."""
    if rel.ref_what == "birthday":  # "turns 80 next month": the birthday falls in that year
        born_month = rel.birth_date.month if rel.birth_date is not None else rel.birth_month
        if rel.ref_month and born_month and born_month - rel.ref_month >= BIRTHDAY_EARLY_MONTHS:
            # (round 32) "born in June 1925, celebrated her 100th birthday last month" (February 2025): months
            # before the birthday, the age is still one less (a party a few weeks early is allowed)
            return (rel.ref_year - rel.birth_year - 1,)
        return (rel.ref_year - rel.birth_year,)
    ref = rel.ref_date if rel.ref_date is not None else rel.published
    if rel.ref_date is None and rel.ref_year and (ref is None or rel.ref_year != ref.year or rel.ref_what != "death"):
        ref = None  # only a year: either side of the birthday
    if ref is None and rel.ref_month and rel.birth_month and rel.ref_month != rel.birth_month:
        ages = (rel.ref_year - rel.birth_year - (rel.ref_month < rel.birth_month),)  # "born in May ..., in July 2009"
    elif ref is None:
        ages = (rel.ref_year - rel.birth_year - 1, rel.ref_year - rel.birth_year)
    elif rel.birth_date is not None:
        b = rel.birth_date
        ages = (ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day)),)
    elif rel.birth_month is not None and rel.birth_month != ref.month:
        ages = (ref.year - rel.birth_year - (ref.month < rel.birth_month),)
    else:
        ages = (ref.year - rel.birth_year - 1, ref.year - rel.birth_year)
    if rel.slack:
        ages = (ages[0] - 1,) + ages
    return tuple(dict.fromkeys(ages))


# ------------------------------------------------------------ impossible dates
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # at most, in any year


@needs(Kind.DATE)
def find_impossible_dates(doc: Document):
    """"31 April", "June 31st", "February 29, 2023": the day is past the month's end.
    29 February counts only with a written year."""
    for s, ms in _sentences(doc):
        for m in ms:
            if m.kind is not Kind.DATE or m.date is None or m.date.month is None or m.date.day is None:
                continue
            month, day = m.date.month, m.date.day
            year = m.date.year if m.date.year is not None else attached_year(doc, m)
            if day > _MONTH_DAYS[month - 1]:
                days = _MONTH_DAYS[month - 1] if month != 2 or year is None else 28 + _leap(year)
                yield ImpossibleDate("explicit", "day past the end of the month", m, year, days)
            elif year is not None and month == 2 and day == 29 and not _leap(year):
                yield ImpossibleDate("explicit", f"{year} is not a leap year", m, year, 28)
        text = doc.text[s.start:s.end]
        if ("29" in text or "30" in text or "31" in text) and any(m.kind is Kind.DATE for m in ms):
            for first, second in _elided_ranges(doc, s, ms):  # "from 12 to 31 April": the later end
                d = second.date
                if any(m.kind is Kind.DATE and m.date and m.date.day and m.start <= second.start < m.end for m in ms):
                    continue  # read whole by the grammar: checked above
                if d.day > _MONTH_DAYS[d.month - 1] or d.year is not None and (d.month, d.day) == (2, 29) \
                        and not _leap(d.year):
                    days = _MONTH_DAYS[d.month - 1] if d.month != 2 or d.year is None else 28 + _leap(d.year)
                    yield ImpossibleDate("explicit", "day past the end of the month", second, d.year, days)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def duration_unit(m: Mention) -> str | None:
    return _duration_unit(m)


def days_per(unit: str) -> Fraction:
    return _DAY_UNITS[unit]


@dataclass(frozen=True)
class BirthdayAge(Relation):
    """A birthday just reached ("celebrated her 100th birthday", "turned 100 on Tuesday") and
    the age given of the same person in that sentence or the next ("The 101-year-old ...")."""

    birthday: Mention | None = None
    age: Mention | None = None

    def members(self) -> tuple[Mention, ...]:
        return (self.age, self.birthday)


# a birthday reached: "celebrated her 100th birthday", "on his 90th birthday", "turned 100 on Tuesday"
_BIRTHDAY_AFTER = re.compile(r"\s+birthday\b", re.I)
_BIRTHDAY_BEFORE = re.compile(r"(?:\b(?:celebrated|celebrates|celebrating|marked|marks|marking|on|reached|reaches|"
                              r"had|spent)|,)\s+(?:her|his|their)\s+$", re.I)  # ", her 95th birthday,"
_TURNED_BEFORE = re.compile(r"\b(?:turned|has\s+turned|just\s+turned)\s+$", re.I)
_NOT_YET = re.compile(r"\b(?:will|would|next|tomorrow|upcoming|ahead\s+of|before|shy\s+of|days?\s+from|"
                      r"due\s+to|plans?|planning)\b", re.I)


@needs(Kind.AGE)
@needs(words=("birthday", "turned"))
def find_birthday_ages(doc: Document):
    grouped = _grouped(doc)
    for s, ms in _sentences(doc):
        stext = doc.text[s.start:s.end]
        if "birthday" not in stext.lower() and "turned" not in stext.lower():
            continue
        reached = [m for m in ms if m.value is not None and (
            m.kind is Kind.ORDINAL and _BIRTHDAY_AFTER.match(doc.text, m.end)
            and _BIRTHDAY_BEFORE.search(doc.text, max(s.start, m.start - 30), m.start)
            or m.kind in (Kind.AGE, Kind.COUNT) and _TURNED_BEFORE.search(doc.text, max(s.start, m.start - 16), m.start))]
        if len(reached) != 1 or _NOT_YET.search(stext) or not _one_person(_ROLE_FIRST.sub("", stext)):
            continue
        birthday = reached[0]
        # the age in this sentence after the birthday, or the next sentence's "The N-year-old"
        here = [m for m in ms if m.kind is Kind.AGE and m is not birthday]
        nxt = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
        there = [m for m in grouped.get(nxt.index, ()) if m.kind is Kind.AGE] if nxt is not None and not nxt.chrome else []
        if here:
            continue  # an age beside the birthday in one sentence: another person's, or a turn of phrase
        if len(there) != 1 or not _ANAPHOR_AGE.fullmatch(doc.text, nxt.start, there[0].start) \
                or _NOT_YET.search(doc.text[nxt.start:nxt.end]):
            continue
        yield BirthdayAge("inferred", "birthday, then 'the N-year-old'", birthday=birthday, age=there[0])


# ------------------------------------------------ a period of whole years or months
@dataclass(frozen=True)
class MonthSpan(Relation):
    """A length in years or months and the two ends of its period, each a year or a month of a
    year ("Her 12-year reign, which began in 2008, ended in 2019"; "began in September 2023 and
    finished 14 months later, in August 2024"): the span lies strictly between ``lo`` and ``hi``
    months (the ends may fall on any day of their year or month)."""

    duration: Mention | None = None
    first: Mention | None = None
    second: Mention | None = None
    ends: tuple[tuple[int, int | None], tuple[int, int | None]] = ((0, None), (0, None))
    lo: int = 0
    hi: int = 0
    # "from 2016 to 2020" may count both years in full ("the five-year plan ran from 2016 to 2020"), and a
    # count of months may round to either edge: a length on an edge then agrees; "began in 2008 ... ended
    # in 2019" names two moments, which only the first and last days of the two years part by 12 years
    inclusive: bool = False

    def members(self) -> tuple[Mention, ...]:
        return tuple(m for m in (self.duration, self.first, self.second) if m is not None)


def month_bounds(a: tuple[int, int | None], b: tuple[int, int | None]) -> tuple[int, int]:
    """The months between two ends (year, month or None), exclusive bounds: 2008 to 2019 is
    more than 132 - 12 and less than 132 + 12 months; September 2023 to August 2024 more than
    10 and less than 12."""
    (y1, m1), (y2, m2) = a, b
    first_lo, first_hi = (m1, m1) if m1 else (1, 12)
    second_lo, second_hi = (m2, m2) if m2 else (1, 12)
    lo = (y2 * 12 + second_lo) - (y1 * 12 + first_hi) - 1
    hi = (y2 * 12 + second_hi) - (y1 * 12 + first_lo) + 1
    return lo, hi


_YEAR_RX = r"((?:1[89]|20)\d\d)"
_END_RX = r"(?:" + _MONTH_RX + r"\s+)?" + _YEAR_RX
_NO_DAY_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)?|\bof)\s*$", re.I)
# (round 25) a figure before a unit of time is a length, not a range's end: "from 1998 to 2006 - 12 years in all -"
_LENGTH_WORD = r"(?:years?|months?|decades?|weeks?|days?)\b"
# "from 2008 to 2019", "between March 2008 and June 2019"; "2008-2019", "2008-19" standing alone
_CAL_RANGE = re.compile(r"\b(?:(from|between)\s+)?" + _END_RX + r"(?:\s*(?:[-–]|\s(?:to|until|till|through|and)\s)\s*)"
                        + r"(?:" + _MONTH_RX + r"\s+)?((?:1[89]|20)?\d\d)(?![\w-]|\s*[-–]\s*\d(?!\d*\s+" + _LENGTH_WORD + r")|,\s*\d|\s+" + _MONTH_RX
                        + r"|\s+" + _LENGTH_WORD + ")", re.I)
# "began in 2008 and ended in 2019", "took office in 2008, stepped down in 2019"
_CAL_BEGAN = re.compile(r"\b(?:began|begun|started|opened|commenced|took\s+(?:office|over|charge|power)|came\s+to\s+power|"
                        r"was\s+(?:appointed|elected|founded|formed|launched|set\s+up)|were\s+(?:formed|founded)|"
                        r"(?:was|were)\s+first\s+\w+)\s+in\s+" + _END_RX + r"\b", re.I)
_CAL_ENDED = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:was|were)\s+)?(?:ended|finished|closed|concluded|stepped\s+down|"
                        r"retired|resigned|quit|left|left\s+office|(?:was|were)\s+(?:dissolved|disbanded|wound\s+up|"
                        r"ousted|closed|scrapped|completed)|completed|disbanded|folded|collapsed)\s+in\s+" + _END_RX
                        + r"\b", re.I)
# the end dated from publication: "began in 2008 and ended last year"
_CAL_ENDED_REL = re.compile(_CAL_ENDED.pattern.replace(r"\s+in\s+" + _END_RX + r"\b", "")
                            + r"\s+(last|this|earlier\s+this)\s+(year|month)\b", re.I)
_CAL_DURATION = {"year": 12, "decade": 120, "month": 1}
# the length on the period's noun: "Her 12-year reign, which began in", "the 14-month project ran from"
_CAL_BRIDGE = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}(?:\s+(?:of|at|in|on|for|by|as)\s+(?:the\s+)?[\w'’-]+"
                         r"(?:\s+[\w'’-]+){0,2})?\s*(?:\(|,\s*(?:which|that)|\s+(?:which|that)|,)?"
                         r"(?:\s+(?:was|were|had|has))?(?:\s+(?:ran|run|lasted|stretched|spanned|running|lasting|"
                         r"stretching|spanning))?\s*", re.I)
# "lasted 12 years, from 2008 to 2019", "served 12 years (2008-2019)"
_CAL_BEFORE = re.compile(r"\b(?:lasted|lasting|lasts|for|spanning|spanned|spans|served|serving|spent|spending|"
                         r"covering|covered|took|takes|taking)\s+$", re.I)
# "from 2008 to 2019 - 12 years -", "from 2008 to 2019, a span of 12 years"; "the 2008-2019 reign lasted 12 years"
_CAL_AFTER = re.compile(r"\s*(?:,|\(|[-–—])?\s*(?:(?:and\s+)?(?:which\s+|that\s+)?(?:lasted|lasting|spanning|spanned|"
                        r"covering|covered|a\s+(?:period|span|total|stretch)\s+of|some|in\s+all\s+|after|following)\s*)?", re.I)
_CAL_NOUN_LASTED = re.compile(r"(?:(?:\s+[a-z][\w'’-]*){1,2}|\s*[,)]|\s+[-–—])\s+(?:lasted|spanned|ran\s+for|went\s+on\s+for|"
                              r"lasts|spans|took|takes)\s+", re.I)
_CAL_CLOSE = re.compile(r"(?:\s+(?:in\s+all|in\s+total|altogether|together|(?:in|at|on)\s+(?:the\s+)?(?:[a-z]+\s+)?[a-z]+))?"
                        r"\s*(?:[,;.)–—!?]|-\s|$)", re.I)


# "served 12 years as mayor, from 2008 to 2019", "spent 12 years at the club (2008-2019)": where or as what
# the length was spent, then the range set apart
_CAL_STATE = re.compile(r"\s+(?:as|at|in|on|with|for|under|behind|inside)\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
                        r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*(?:,|\()\s*", re.I)


def _cal_end(month: str | None, year: str, base: int | None = None) -> tuple[int, int | None]:
    y = int(year)
    if len(year) == 2 and base is not None:
        y = base // 100 * 100 + y
    return y, (_month_number(month) if month else None)


def _cal_periods(doc: Document, s, stext: str):
    """(start, end, first end, second end, inclusive) of each period of whole years or months; a range
    ("from 2016 to 2020") may count both ends in full, two moments ("began in ... ended in") may not."""
    out = []
    for r in _CAL_RANGE.finditer(stext):
        cue = (r.group(1) or "").lower()
        sep = stext[r.end(3):r.start(4) if r.group(4) else r.start(5)]
        if (cue == "between") != ("and" in sep) or not cue and (
                _NO_DAY_BEFORE.search(stext, 0, r.start()) or (r.group(2) is None) != (r.group(4) is None)):
            continue  # "between 2008 and 2019", "from 2008 to 2019"; "2008-2019" alone, both ends alike
        a = _cal_end(r.group(2), r.group(3))
        b = _cal_end(r.group(4), r.group(5), a[0])
        short = len(r.group(5)) == 2
        if short and (r.group(4) or b[0] - a[0] < 2) or (b[0], b[1] or 12) <= (a[0], a[1] or 0):
            continue  # "the 2018-19 season": one season, not a span of years
        out.append((s.start + r.start(), s.start + r.end(), a, b, True))
    if "in " in stext:
        for b in _CAL_BEGAN.finditer(stext):
            e = _CAL_ENDED.match(stext, b.end())
            a = _cal_end(b.group(1), b.group(2))
            if e is None:
                e = _CAL_ENDED_REL.match(stext, b.end()) if doc.published is not None else None
                if e is None:
                    continue
                pub = doc.published
                if e.group(2).lower() == "year":  # "ended last year": that year, any day of it
                    z = (pub.year - (e.group(1).lower() == "last"), None)
                else:  # "ended last month": that month
                    z = (pub.year - (pub.month == 1), (pub.month - 2) % 12 + 1) if e.group(1).lower() == "last" \
                        else (pub.year, pub.month)
                if (z[0], z[1] or 12) > (a[0], a[1] or 0) and a[0] <= pub.year:
                    out.append((s.start + b.start(), s.start + e.end(), a, z, False))
                continue
            z = _cal_end(e.group(1), e.group(2))
            if (z[0], z[1] or 12) > (a[0], a[1] or 0):
                out.append((s.start + b.start(), s.start + e.end(), a, z, False))
    return out


def _cal_length(doc: Document, s, d: Mention, a: int, b: int) -> bool:
    """The length d is the length of the period a..b in the sentence."""
    text = doc.text
    if d.compound:
        if d.end <= a:
            return bool(_COMPOUND_DET.search(text[max(s.start, d.start - 30):d.start])
                        and _CAL_BRIDGE.fullmatch(text, d.end, a))  # "Her 12-year reign, which began in 2008, ..."
        # "from 2008 to 2019 - a 12-year stint -"
        return bool(re.fullmatch(r"\s*(?:,|\(|[-–—])\s*(?:a|an|the)\s+", text[b:d.start])
                    and re.match(r"\s+[a-z][\w'’-]*\s*(?:[,;.)–—]|-\s|$)", text[d.end:s.end]))
    if d.end <= a:
        return bool((_CAL_BEFORE.search(text, max(s.start, d.start - 12), d.start)
                     or _THE_DAYS.search(text, max(s.start, d.start - 22), d.start))
                    and (re.fullmatch(r"\s*(?:,|\()?\s*", text[d.end:a])  # "served 12 years, from 2008 to 2019"
                         or _CAL_STATE.fullmatch(text, d.end, a)))  # "spent 12 years at the club, from ..."
    if not _CAL_CLOSE.match(text, d.end, s.end):
        return False
    gap = text[b:d.start]
    if _CAL_AFTER.fullmatch(gap) and (gap.strip() or d.hedge):
        return True  # "from 2008 to 2019, a span of 12 years"
    return bool(_CAL_NOUN_LASTED.fullmatch(gap))  # "the 2008-2019 reign lasted 12 years"


@needs(Kind.DURATION)
def find_calendar_periods(doc: Document):
    """A length in years or months with its period's two ends, each a year or a month and year."""
    for s, ms in _sentences(doc):
        lengths = [m for m in ms if m.kind is Kind.DURATION and _duration_unit(m) in _CAL_DURATION and m.value
                   and not m.is_range and m.interval is not None]
        if len(lengths) != 1:
            continue
        stext = doc.text[s.start:s.end]
        if len(_FOUR_DIGITS.findall(stext)) < 1:
            continue
        periods = _cal_periods(doc, s, stext)
        if len(periods) != 1:
            continue
        a, b, first, second, inclusive = periods[0]
        d = lengths[0]
        if not d.compound and re.search(r"\b(?:per|every|each|a|an)\s+$", doc.text[max(s.start, d.start - 7):d.start],
                                        re.I) \
                or re.match(r"\s+(?:old|later|earlier|ago|after|before|since|of\s+age|longer|more|less|late)\b",
                            doc.text[d.end:s.end], re.I):
            continue
        # no other year in the sentence: the period is its only time
        if sum(1 for y in re.finditer(r"\b(?:1[89]|20)\d\d\b", stext) if not a <= s.start + y.start() < b) \
                or any(m.kind is Kind.DATE and m.date is not None and m.date.day is not None for m in ms):
            continue
        if not _cal_length(doc, s, d, a, b):
            continue
        if any(getattr(r, "duration", None) is not None and r.duration.start == d.start
               for r in find_spans(_one_sentence(doc, s))):
            continue  # "formed in 1990 and split in 2000 after ten years together": read there already
        lo, hi = month_bounds(first, second)
        ends = [m for m in ms if a <= m.start < b and m.kind in (Kind.YEAR, Kind.DATE, Kind.COUNT)]
        yield MonthSpan("explicit", "period with both ends", d, ends[0] if ends else None,
                        ends[-1] if len(ends) > 1 else None, (first, second), lo, hi,
                        inclusive or bool(first[1] or second[1]))


# ------------------------------------------------ "after N days" on the later of two dated events
# the day something began, changed or set out: "opened on", "having closed on", "released ... on"
_SET_OUT = (r"(?:began|begun|started|opened|commenced|launched|premiered|debuted|released|freed|closed|shut|"
            r"suspended|halted|went\s+(?:missing|on\s+strike|on\s+sale|on\s+release|on\s+air)|disappeared|"
            r"vanished|left|departed|set\s+(?:off|out|sail)|sailed|arrived|admitted|arrested|detained|jailed|"
            r"remanded|kidnapped|seized|abducted|evacuated|grounded|stranded|escaped|walked\s+out|broke\s+out|"
            r"took\s+off|lifted\s+off|landed|touched\s+down|docked|broken?\s+down|broke\s+down|lost\s+power|capsized|ran\s+aground|caught\s+fire|collapsed|flooded|erupted|struck|"
            # (round 26) the participles a "having" clause takes: "having run aground", "having gone missing"
            r"run\s+aground|gone\s+(?:missing|on\s+strike)|snatched|captured|taken\s+hostage|"
            r"took\s+office|was\s+sworn\s+in|moved\s+in|checked\s+in|signed|imposed|introduced)")
# (round 26) the start's own place may take a few words ("seized from his car at a checkpoint on March 5", "set sail
# from the Norwegian port of Bergen on 1 August"), no clause of another event ("arrested and charged on")
_START_PLACE_WORDS = r"(?:\s+(?!(?:and|or|but|then|before|after|until|when|while|which|who)\b)[A-Za-z][\w'’-]*){0,8}"
_SET_OUT_BEFORE = re.compile(r"\b" + _SET_OUT + r"\b((?:[^,;:.()\d]{0,40}?|" + _START_PLACE_WORDS + r"))\s+on\s+$", re.I)
_HAVING_ON = re.compile(r"\s*(?:,\s*having\s+|;\s*(?:he|she|it|they)\s+(?:had\s+)?)(?:been\s+|first\s+)?" + _SET_OUT
                        + r"((?:\s+[a-z][\w'’-]*){0,3}|" + _START_PLACE_WORDS + r")\s+on\s+$", re.I)
# (round 26 mend) ... and no clause of another event told with a verb of its own: "kidnapped from the resort his family
# had booked online on 2 June", "the hotel where she stayed on", "the flat that they rented on" (the day is that
# clause's); a past form stands as a modifier only after a determiner or "and" ("a crowded market", "arrested and
# charged on")
_CLAUSE_WORDS = frozenset("that where which who whom whose since because once had has have was were is are "
                          "will would could can did does do".split())
_BEFORE_MODIFIER = frozenset("a an the his her its their our my your this these those and or".split())


def _start_place_only(words: str) -> bool:
    """The words between a verb of setting out and its "on" name only the place or the manner of the start."""
    prev = ""
    for word in words.split():
        low = word.lower()
        if low in _CLAUSE_WORDS:
            return False
        if word[0].islower() and len(low) > 4 and low.endswith("ed") and not low.endswith(("eed", "hundred")) \
                and prev not in _BEFORE_MODIFIER:
            return False
        prev = low
    return True


def _set_out_before(text: str, lo: int, hi: int):
    """The nearest verb of setting out before "on" at ``hi`` whose own words run to that "on" (``_SET_OUT_BEFORE``)."""
    while lo < hi:
        marked = _SET_OUT_BEFORE.search(text, lo, hi)
        if marked is None or _start_place_only(marked.group(1)):
            return marked
        lo = marked.start() + 1
    return None


_AFTER_COUNT = re.compile(r"\bafter\s+(?:an?\s+(?:run|stay|spell|stint|wait|total|siege|stand-?off|journey|voyage|"
                          r"flight|mission|ordeal|search|tour|trip)\s+of\s+)?(?:(?:just|only|barely|a\s+mere|exactly)\s+)?$",
                          re.I)
# between the later date and its count: a place at most ("on 28 May in north London, 19 days after")
_END_TO_COUNT = re.compile(r"(?:\s+(?:in|at|off|near|outside|from|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
                           r"\s*,?\s*(?:after\s+(?:an?\s+[a-z-]+\s+of\s+)?(?:(?:just|only|barely|a\s+mere|exactly)\s+)?"
                           r"|(?:(?:just|only|barely|a\s+mere|exactly)\s+)?)", re.I)
# "19 days after he walked free": the earlier event told again, a pronoun and a verb of setting out
_AFTER_EVENT = re.compile(r"\s+after\s+(?:he|she|it|they)\s+(?:had\s+|was\s+|were\s+|first\s+)?(?:" + _SET_OUT[3:-1]
                          + r"|walked\s+free|got\s+out|went\s+free)(?:\s+[a-z][\w'’-]*){0,3}\s*(?:[.,;]|$)", re.I)
_AFTER_NOUN = re.compile(r"\s+after\s+(?:his|her|its|their|the)\s+([a-z]+)\s*(?:[.,;]|$)", re.I)
_OTHER_TIME = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|fortnights?|nights?)\b", re.I)
_BY_DAY = re.compile(r"\b[Bb]y\s+$")
# "on 14 April after a 21-day closure that began on 17 March": the later day ends the period ("reopens",
# "resumed"; not "was jailed on 3 June after a five-day trial that opened on 14 May")
_ENDS_ON = re.compile(r"\b(?:re-?open(?:s|ed|ing)?|resum(?:e|es|ed|ing)|return(?:s|ed|ing)?|end(?:s|ed)?|finish(?:es|ed)|"
                      r"close[sd]?|conclude[sd]?|lifted|restored|released|freed|refloated|came\s+(?:home|back)|"
                      r"comes?\s+back|(?:was|were|is|are)\s+back)\s+on\s+$", re.I)
_AFTER_A = re.compile(r"\s*,?\s*after\s+(?:a|an|the|its|their)\s+(?:(?:just|only|barely|mere)\s+)?", re.I)
_NOUN_BEGAN_ON = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*,?\s+(?:which|that)\s+(?:had\s+)?"
                            r"(?:first\s+)?(?:" + _SET_OUT + r"|(?:will\s+|is\s+due\s+to\s+)?(?:begins?|starts?|opens?))"
                            r"\s+on\s+", re.I)
# an activity or a state kept since the start ("had been burning for", "had burned for", "had been on strike
# for"), not a later change ("had been contained for": since some other day)
_HAD_BEEN_FOR = re.compile(r"\b(?:had|has|have)\s+(?:been\s+(?:[a-z]+ing(?:\s+[a-z]+)?|in\s+place|on\s+strike|missing|"
                           r"at\s+sea|adrift|under\s*way|open|closed|shut|out|away|in\s+orbit|in\s+custody)|"
                           r"(?:(?!been\b)[a-z]+(?:ed|t)|run|gone\s+on)(?:\s+(?:the|a|an|their|its|his|her)\s+[a-z]+)?)"
                           r"\s+for\s+$", re.I)


def _day_of(m: Mention) -> bool:
    return m.kind is Kind.WEEKDAY and m.date is not None and m.date.weekday is not None \
        or m.kind is Kind.DATE and m.date is not None and m.date.day is not None and m.date.month is not None


def _later_event(doc: Document, s, d: Mention, end: Mention, start: Mention) -> bool:
    """The count is told of the later event: "pulled on 3 July, after just 31 days", "reopened on 2
    November after 13 weeks ..., having closed on 6 July", "recaptured on 28 May, 19 days after he
    walked free", "By Sunday, July 26, the fire, which started on July 3, had been burning for 31 days"."""
    if d.compound:
        # "reopens on 14 April after a 21-day closure that began on 17 March": the length on the noun
        # of the period, whose own clause tells its start
        return end.end <= d.start and start.start > d.end \
            and _ENDS_ON.search(doc.text, max(s.start, end.start - 40), end.start) is not None \
            and _AFTER_A.fullmatch(doc.text, end.end, d.start) is not None \
            and _NOUN_BEGAN_ON.fullmatch(doc.text, d.end, start.start) is not None
    if start.end <= d.start:
        marked = _set_out_before(doc.text, max(s.start, start.start - 90), start.start)
    else:
        marked = _HAVING_ON.fullmatch(doc.text, d.end, start.start)
        if marked is None and not re.search(r"\d", doc.text[d.end:start.start]) \
                and doc.text.count(";", d.end, start.start) <= 1:
            marked = _HAVING_ON.search(doc.text[max(d.end, start.start - 80):start.start])
        if marked is not None and not _start_place_only(marked.group(1)):
            marked = None
    if not marked:
        return False
    if _BY_DAY.search(doc.text, max(s.start, end.start - 3), end.start):
        return bool(_HAD_BEEN_FOR.search(doc.text, max(s.start, d.start - 40), d.start))
    if d.end <= end.start and start.end <= d.start and re.fullmatch(r"\s*,?\s*on\s+", doc.text[d.end:end.start]) \
            and _AFTER_COUNT.search(doc.text, max(s.start, d.start - 20), d.start):
        return True  # "opened on 4 March and closed after 12 days on 30 March"
    if not (end.end <= d.start and _END_TO_COUNT.fullmatch(doc.text, end.end, d.start)):
        return False
    if _AFTER_COUNT.search(doc.text, max(s.start, d.start - 20), d.start):
        # "reopened on 20 March after 12 days of repairs": the repairs need not fill the closure;
        # nor "after 12 days of rewiring and weeks of cleaning": another time beside it
        rest = re.match(r"[^,;.()]*", doc.text[d.end:s.end]).group(0)
        if _OTHER_TIME.search(rest) or re.search(r"[A-Z\d]", rest) or len(rest.split()) > 3:
            return False  # (not "after two days in Doha", "after two days stuck at the camp": a part of the time)
        return "," in doc.text[end.end:d.start] or not re.match(r"\s+of\b", rest)
    if start.end > end.start:
        return False
    if _AFTER_EVENT.match(doc.text, d.end, s.end):
        return True
    # "19 days after his release" beside "released on 2 May": the noun of the start's own verb
    noun = _AFTER_NOUN.match(doc.text, d.end, s.end)
    verb = marked.group(0).split()[0].lower() if hasattr(marked, "group") else ""
    return bool(noun and len(verb) >= 4 and noun.group(1).lower()[:4] == verb[:4])


@needs(Kind.DURATION)
def find_after_counts(doc: Document):
    """"opened on 12 June and was pulled on 3 July, after just 21 days": the count of days on
    the later of a sentence's two dated events, the earlier one told as a start."""
    for s, ms in _sentences(doc):
        counts = [m for m in ms if m.kind is Kind.DURATION and _duration_unit(m) in _DAY_UNITS and not m.is_range
                  and m.interval is not None
                  and (not m.compound or _AFTER_A.search(doc.text, max(s.start, m.start - 16), m.start))]
        if len(counts) != 1:
            continue
        dated = _dated(ms)
        days = [m for m in dated if _day_of(m)]
        if len(days) != 2 or len(dated) - len(days) > sum(attached_year(doc, m) is not None for m in days):
            continue
        d = counts[0]
        for end, start in ((days[0], days[1]), (days[1], days[0])):
            if not _later_event(doc, s, d, end, start):
                continue
            if any(getattr(r, "duration", None) is not None and r.duration.start == d.start
                   for f in (find_spans, find_periods) for r in f(_one_sentence(doc, s))):
                break  # read there already
            rel = _count_between(doc, d, start, end)
            if rel is not None:
                yield rel
            break


# (round 29) a headline telling the years a thing has run, now: "Family bakery marks 75 years on the high street",
# "Village choir celebrates 40 years" (not "set to mark", nor "40 years of NHS care": the years of another thing)
_HEADLINE_YEARS_VERB = re.compile(r"\s*((?:[\w'’&-]+\s+){1,4}?)(?:marks|celebrates|celebrating|marking|toasts|"
                                  r"reaches|hits)\s+$", re.I)
# the lead's first sentence tells the thing's beginning: "Hopkins & Daughter opened its doors on Mill Lane in 1962",
# "The choir was formed in 1990"; its subject a name or the headline's noun, none of another thing ("The club's
# stadium was built in ...")
_LEAD_ORIGIN = re.compile(r"\s*((?:[\w&'’.-]+\s+){1,4}?)(?:(?:was|were)\s+(?:first\s+)?)?(?:opened|founded|formed|"
                          r"established|set\s+up|launched|started|began|created|chartered)\b"
                          r"(?:\s+(?:its|their|the)\s+(?:doors|business|first\s+[a-z]+|[a-z]+))?"
                          r"(?:\s+(?:on|in|at|by)(?:\s+[A-Z][\w'’-]*){1,3}?)?\s+in\s+$")


# after the count only the headline's end, "in business", or the street the thing stands on ("on the high street",
# "on Cheap Street"): the years of the thing itself, not of a state or a place it came to later
_HEADLINE_YEARS_REST = re.compile(r"(?:\s+in\s+business|(\s+(?:on|in)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,2}?"
                                  r"(?i:street|road|lane|square|avenue|parade|row|market|arcade)))?[\s.!?:]*")
# a lead telling of a move or a later start: the years at the place may be fewer than the thing's
_LEAD_LATER = re.compile(r"\b(?:mov(?:ed|ing)|relocat\w*|later|ago|transferr\w*|since\s+(?!then\b)[\w'’-])", re.I)
_NOT_SUBJECT_WORDS = frozenset(("the", "and", "our", "its", "their", "local", "town", "city", "village", "family"))


@needs(Kind.DURATION, Kind.YEAR)
def find_headline_years(doc: Document):
    """(round 29) "Family bakery marks 75 years" over "Hopkins & Daughter opened its doors ... in 1962 and ...":
    the headline's years run from the year the lead's first sentence opens the thing to the publication year.  Words
    after the count make them another span's ("in top flight", "at cathedral"), save "in business" and the thing's
    street when the lead tells of no move nor later start."""
    from .restatements import group_of  # (restatements imports shares, which imports this module)
    pub = doc.published
    if pub is None or len(doc.sentences) < 2:
        return
    head, lead = doc.sentences[0], doc.sentences[1]
    if not head.headline or lead.headline or lead.chrome:
        return
    hms, lms = doc.mentions_in(0), doc.mentions_in(1)
    if len(hms) != 1 or _duration_unit(hms[0]) not in _YEAR_UNITS or hms[0].compound or hms[0].is_range:
        return
    d = hms[0]
    verb = _HEADLINE_YEARS_VERB.match(doc.text, head.start, d.start)
    where = _HEADLINE_YEARS_REST.fullmatch(doc.text, d.end, head.end)
    if verb is None or where is None:
        return  # "50 years in top flight", "25 years at cathedral", "70 years of NHS care": years of something else
    if where.group(1) and _LEAD_LATER.search(doc.text, lead.start, lead.end):
        return  # "75 years on the high street" over "opened in 1924 in a back street, moving later to ..."
    subject = {group_of(w) for w in words(verb.group(1)) if w not in _NOT_SUBJECT_WORDS and len(w) > 2}
    if not subject or _is_person_word(words(verb.group(1))[-1]):
        return  # "Lollipop lady marks 30 years": a person's years, not the thing the lead dates
    years = [m for m in lms if year_of(m) is not None]
    if len(years) != 1 or years[0].kind is not Kind.YEAR or year_of(years[0]) >= pub.year:
        return
    origin = _LEAD_ORIGIN.match(doc.text, lead.start, years[0].start)
    if origin is None or re.search(r"['’]s\s+[a-z]|\bof\b", origin.group(1)):
        return
    named = all(w[0].isupper() or w in ("&", "and") for w in origin.group(1).split())
    own = {group_of(w) for w in words(origin.group(1))} & subject
    if not (named or own):
        return
    rel = _make_span(doc, d, years[0], None, "inferred", f"{d.text}, headline; begun in the lead")
    if rel is not None:
        yield rel



# (round 29) "reopened in 2019 after 21 years": the count of years right after the later of two years
_AFTER_YEARS = re.compile(r"\s*,?\s*(?:after|following)\s+(?:(?:just|only|some|a\s+mere)\s+)?", re.I)
# a state begun at the first event and kept to the second fills the whole time: "after 12 years of closure"
_STATE_KEPT = re.compile(r"\s+of\s+(?:closure|neglect|dereliction|disuse|exile|captivity|silence|absence|abandonment|"
                         r"being\s+(?:closed|shut|empty|derelict|abandoned))\s*$", re.I)


@needs(Kind.DURATION, Kind.YEAR)
def find_after_years(doc: Document):
    """(round 29) "The cinema, which closed in 1988, reopened in 2019 after 21 years": a count of years on the
    later of a sentence's two years.  Bare, or of a state kept since the first ("after 12 years of closure"), it
    is the time between; with words of its own ("after 43 years underground", "after 12 years in the side") it
    is the years of a role or state that may have begun before the first year or after it: not read."""
    for s, ms in _sentences(doc):
        dated = _dated(ms)
        counts = [m for m in ms if m.kind is Kind.DURATION and _duration_unit(m) in _YEAR_UNITS and not m.is_range
                  and not m.compound and m.interval is not None]
        if len(dated) != 2 or len(counts) != 1:
            continue
        first, second = dated
        d = counts[0]
        y1, y2 = year_of(first), year_of(second)
        if y1 is None or y2 is None or not y1 < y2 or d.start < second.end \
                or not _AFTER_YEARS.fullmatch(doc.text, second.end, d.start) \
                or not all(re.search(r"\bin\s+(?:(?:early|late|mid-?)\s+)?$", doc.text[max(s.start, m.start - 12):m.start])
                           for m in (first, second)):
            continue
        if re.search(r"\bborn\b", doc.text[max(s.start, first.start - 30):first.start], re.I):
            continue  # "Born in 1950, she won in 1990 after 20 years": of something begun later
        rest = re.match(r"[^,;.()–—]*", doc.text[d.end:s.end]).group(0)
        if rest.strip() and not _STATE_KEPT.fullmatch(rest):
            continue  # "retired in 2022 after 12 years in the side", "after 40 years underground": another span's
        if any(getattr(r, "duration", None) is not None and r.duration.start == d.start
               for r in find_spans(_one_sentence(doc, s))):
            continue  # read there already
        rel = _make_span(doc, d, first, second, "explicit", f"{d.text} after")
        if rel is not None:
            yield rel


def _count_between(doc: Document, d: Mention, start: Mention, end: Mention):
    """The DaySpan from ``start`` to ``end``; a year left off the start is the last before the end."""
    if start.kind is Kind.DATE and end.kind is Kind.DATE and end.date.weekday is None:
        found = _range_dates(doc, start, end)  # a year left off one end: the other's, else any (no 29 February)
        if found is None or found[1] < found[0]:
            return None
        return DaySpan("explicit", f"{d.text} on the later event", d, start, end, found[0], found[1], found[2])
    ed, es = resolve_mention(doc, end)
    if ed is None:
        return None
    sd, ss = resolve_mention(doc, start)
    if start.kind is Kind.DATE and ss != "stated":
        try:
            sd = _dt.date(ed.year, start.date.month, start.date.day)
        except ValueError:
            return None
        if sd > ed:
            try:
                sd = sd.replace(year=sd.year - 1)
            except ValueError:
                return None
        ss = "the last such day before the other"
    if sd is None or sd > ed or (ed - sd).days > 366 * 2:
        return None
    link = "inferred" if "weekday" in es + ss else "explicit"
    return DaySpan(link, f"{d.text} on the later event", d, start, end, sd, ed, f"{ss}; {es}")


def _one_sentence(doc: Document, s) -> Document:
    """The document as seen by a finder that is to look at sentence ``s`` only."""
    return replace(doc, mentions=doc.mentions_in(s.index))


# ------------------------------------------------- a thing's age and its origin year
_THING_ORIGIN = (r"(?:built|constructed|erected|planted|founded|established|opened|consecrated|completed|dug|"
                 r"laid|launched|formed|created|commissioned|installed|cast|carved|set\s+up)")
# "The 93-year-old lido, which opened in 1923": the age on the noun, then the noun's origin (round 20: "opened in June
# 1923" / "on 4 June 1923", a month or a day of the year)
_AGED_NOUN_ORIGIN = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}(?:\s*,\s*(?:which|that)\s+(?:(?:was|were)\s+)?|"
                               r"\s+(?:was|were)\s+|\s*,\s*)(?:first\s+|originally\s+)?" + _THING_ORIGIN
                               + r"\s+(?:in|on)\s+$")
# "built in 1863, making it 163 years old" / "Founded in 1898, the club is now 128 years old"
_ORIGIN_BEFORE_YEAR = re.compile(r"(?:^|\b(?:was|were|which|that|and)\s+|,\s*|^\W*)(?:first\s+|originally\s+)?(?i:"
                                 + _THING_ORIGIN + r")\s+(?:in|on)\s+$")
# (round 44) the sentence's own short subject, then its origin: "The bridge opened in 1932, making it 93 years old"
_SUBJECT_THEN_ORIGIN = re.compile(r"\W*(?:(?:the|its|their|this|that)\s+)?(?:[\w'’-]+\s+){1,4}?(?:first\s+|originally\s+)?"
                                  r"(?i:" + _THING_ORIGIN + r")\s+(?:in|on)\s+$", re.I)
_YEAR_THEN_AGE = re.compile(r"\s*,\s*(?:(?:making|which\s+makes|that\s+makes)\s+(?:it|them)|"
                            r"(?:(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,2})?(?:is|are)"
                            r"(?:\s+(?:now|thought\s+to\s+be|believed\s+to\s+be))?)\s+$", re.I)


def _age_as_years(age: Mention) -> Mention:
    """An age N in years is N to N + 1 years gone (a hedge keeps its side)."""
    iv = age.interval
    if age.hedge is None and age.value is not None:
        iv = Interval(Fraction(age.value), Fraction(age.value) + 1)
    elif iv is not None:
        iv = Interval(iv.lo, iv.hi + 1 if iv.hi is not None else None, iv.lo_open, iv.hi_open)
    return replace(age, kind=Kind.DURATION, unit="years", interval=iv)


def _month_of_year(m: Mention) -> bool:
    """(round 20) A date of a month and its year, with or without a day ("June 1932", "3 June 1932")."""
    return m.kind is Kind.DATE and m.date is not None and m.date.year is not None and m.date.month is not None


@needs(Kind.AGE)
def find_thing_ages(doc: Document):
    """"The lighthouse, built in 1841, is 185 years old": a thing's age now against the year it was built,
    planted or founded, the sentence's only year (not a person's age: no "who"; not "was N years old")."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        ages = [m for m in ms if m.kind is Kind.AGE and m.unit == "year" and m.interval is not None
                and m.value is not None and not m.is_range]
        if len(ages) != 1:
            continue
        years = [m for m in _dated(ms)]
        if len(years) != 1 or year_of(years[0]) is None or not (years[0].kind is Kind.YEAR or _month_of_year(years[0])):
            continue  # (round 20: "The 92-year-old stadium, which opened in June 1932, ...": a month of the year)
        age, y = ages[0], years[0]
        if age.end <= y.start:
            if not (age.compound and _AGED_NOUN_ORIGIN.fullmatch(doc.text, age.end, y.start)):
                continue
        elif not ((_ORIGIN_BEFORE_YEAR.search(doc.text[max(s.start, y.start - 40):y.start])
                   or _SUBJECT_THEN_ORIGIN.match(doc.text, s.start, y.start))
                  and _YEAR_THEN_AGE.fullmatch(doc.text, y.end, age.start) and not age.compound):
            continue
        if re.search(r"\b(?:was|were|had|when|until|then|aged)\b", doc.text[age.start:s.end], re.I) \
                and age.start > y.start or re.search(r"\bwho\b", doc.text[s.start:s.end], re.I):
            continue  # "was 100 years old when it was widened": an age at another time; a person
        rel = _make_span(doc, _age_as_years(age), y, None, "explicit", "age now of a thing begun in the year")
        if isinstance(rel, YearSpan):
            yield rel


# a word for any built or founded thing, standing for the thing named in the sentence before ("Hollins Lane
# Infants, which opened in 1957. ... the 67-year-old building ...")
_ANY_THING_NOUN = re.compile(r"(?:building|structure|premises|landmark|venue|institution)s?", re.I)
# the origin on the thing: "..., which opened in 1957", "The lido was built in 1923", "Marsh House (built in 1923)",
# "The pool opened in 1957"
_ORIGIN_ON_THING = re.compile(r"(?:[,(\-–—]\s*|\s+)(?:which\s+|that\s+)?(?:(?:was|were)\s+)?(?:first\s+|originally\s+)?"
                              r"(?i:" + _THING_ORIGIN + r")\s+in\s+$")
# the age told of another time, or of a building the thing moved into
_THING_AGE_ELSEWHEN = re.compile(r"\b(?:when|until|then|at\s+the\s+time|ago|former|formerly|once|converted|housed|"
                                 r"originally|who|whose)\b", re.I)

# another building than the one begun: "the 30-year-old building that replaced it", "the 80-year-old wing next door"
_ANOTHER_BUILDING = re.compile(r"\b(?:replac\w*|rebuil\w*|extensions?|annexe?s?|wings?|next\s+door|nearby|neighbouring|"
                               r"opposite|adjoining|across\s+the)\b", re.I)

# the thing begun inside or on another: "opened in 1990 in a Victorian mill", "on the site of the old gasworks"
_IN_ANOTHER_PLACE = re.compile(r"\b(?:on\s+the\s+site|in(?:to|side)?\s+an?|in\s+the\s+(?:old|former))\b", re.I)

def _lone_year_beside(doc: Document, grouped, s, index: int):
    """The sentence ``index`` of ``s``'s paragraph and its one year (a year alone, no age beside it), or None."""
    if not 0 <= index < len(doc.sentences):
        return None
    other = doc.sentences[index]
    if other.chrome or other.headline or other.paragraph != s.paragraph:
        return None
    ms = grouped.get(other.index, ())
    years = [m for m in ms if year_of(m) is not None]
    if len(years) != 1 or years[0].kind is not Kind.YEAR or any(m.kind is Kind.AGE for m in ms):
        return None
    return other, years[0]


def _origin_before(doc: Document, grouped, s, words: list[str]) -> Mention | None:
    """The origin year of the thing "the N-year-old <words>" names, in the sentence before ("Marsh House, which
    opened in 1962. ... the 63-year-old building ...")."""
    found = _lone_year_beside(doc, grouped, s, s.index - 1)
    if found is None:
        return None
    prev, y = found
    ptext = doc.text[prev.start:prev.end]
    if not _ORIGIN_ON_THING.search(doc.text, max(prev.start, y.start - 40), y.start) \
            or _THING_AGE_ELSEWHEN.search(ptext) or _IN_ANOTHER_PLACE.search(doc.text, y.end, prev.end):
        return None
    if not (any(_ANY_THING_NOUN.fullmatch(w) for w in words) or re.search(rf"\b{re.escape(words[0])}\b", ptext, re.I)
            or any(_same_thing(words[0], w) for w in re.findall(r"[a-z]+", ptext.lower()))):  # (round 55) lighthouse/tower
        return None  # "the 200-year-old painting": another thing than the one begun ("the 67-year-old brick building")
    return y


# the next sentence opens on the thing's origin: "It opened in 1962", "The pool was built in 1962"
_ORIGIN_OPENS = re.compile(r"\s*(?:It|The\s+(?:(?!was\b|were\b)[a-z][\w'’-]*\s+){0,2}(?P<noun>(?!was\b|were\b)[a-z][\w'’-]*))"
                           r"\s+(?:(?:was|were)\s+)?"
                           r"(?:first\s+)?" + _THING_ORIGIN + r"\s+in\s+$")


def _origin_after(doc: Document, grouped, s, words: list[str], on_subject: bool) -> Mention | None:
    """The origin year of the thing "the N-year-old <words>" names, opening the next sentence ("The 63-year-old
    building needs a new roof. It opened in 1962."; "It" only when the age opens its sentence, on its subject)."""
    found = _lone_year_beside(doc, grouped, s, s.index + 1)
    if found is None:
        return None
    nxt, y = found
    opens = _ORIGIN_OPENS.fullmatch(doc.text, nxt.start, y.start)
    if opens is None or _THING_AGE_ELSEWHEN.search(doc.text, nxt.start, nxt.end) \
            or _IN_ANOTHER_PLACE.search(doc.text, y.end, nxt.end):
        return None
    noun = opens.group("noun")
    if noun is None and not on_subject:
        return None  # "The council said the 63-year-old building would shut. It was founded in 1890."
    if noun is not None and noun not in words and not _ANY_THING_NOUN.fullmatch(noun):
        return None  # "The 300-year-old painting ... The gallery opened in 1990": another thing
    return y


@needs(Kind.AGE, compound=True)
def find_thing_ages_next(doc: Document):
    """"The pool, which opened in 1957, shuts today. Inspectors found that the 67-year-old building ...": a
    thing's origin year in one sentence and "the N-year-old <noun>" in the next, the noun the thing's own word
    or one for any building (or "... the 67-year-old building. It opened in 1957."); the age now, against the
    publication year (a "last year" in the age's sentence may date it a year back)."""
    pub = doc.published
    if pub is None:
        return
    grouped = _grouped(doc)
    for s, ms in _sentences(doc):
        ages = [m for m in ms if m.kind is Kind.AGE and m.unit == "year" and m.compound and m.interval is not None
                and m.value is not None and not m.is_range]
        if len(ages) != 1 or s.headline:
            continue
        age = ages[0]
        if not re.search(r"\bthe\s+$", doc.text[max(s.start, age.start - 5):age.start], re.I):
            continue  # "the 67-year-old building": the thing told of before
        stext = doc.text[s.start:s.end]
        if _THING_AGE_ELSEWHEN.search(stext) or _ANOTHER_BUILDING.search(stext) or any(
                year_of(m) is not None and (m.start < age.start or not _SINCE_YEAR.search(
                    doc.text, max(s.start, m.start - 12), m.start)) for m in ms):
            continue  # only "since ..." years after the age: they do not date it
        head = re.match(r"[ \t]+([A-Za-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?", doc.text[age.end:s.end])
        words = [w for w in head.groups() if w] if head is not None else []
        if not words:
            continue
        y = _origin_before(doc, grouped, s, words)
        if y is None:
            y = _origin_after(doc, grouped, s, words, re.fullmatch(r"\s*The\s+", doc.text[s.start:age.start]) is not None)
        if y is None:
            continue
        dur = _age_as_years(age)
        if re.search(r"\blast\s+year\b", stext, re.I) and dur.interval is not None and dur.interval.hi is not None:
            dur = replace(dur, interval=Interval(dur.interval.lo, dur.interval.hi + 1, dur.interval.lo_open,
                                                 dur.interval.hi_open))  # "found last year that the 66-year-old ..."
        rel = _make_span(doc, dur, y, None, "inferred", "age now of a thing begun in the year, adjacent sentences")
        if isinstance(rel, YearSpan):
            yield rel


# (round 18) the words that date an age at death by the sentence's one day: "died on 9 January", "was found
# unresponsive in his cell on Tuesday, January 9", "the death of ... on ..."; not a later day of the death's aftermath
_DEATH_DAY_CUE = re.compile(r"\b(?:died|dies|was\s+found\s+(?:dead|unresponsive|collapsed)|found\s+(?:dead|unresponsive)|"
                            r"was\s+killed|passed\s+away|death\s+of)\b", re.I)
_NOT_DEATH_DAY = re.compile(r"\b(?:inquests?|funerals?|trials?|court|hearings?|sentenced|charged|convicted|anniversary|"
                            r"memorial|would\s+have|ago|(?:last|next)\s+year|born|buried|cremated)\b", re.I)
# "Ellery, who was jailed in 2016 at the age of 23, ..." / "Ellery was 23 when ..." / "He was jailed in 2016, aged 23"
# / "Dean Holt joined ...": the then-sentence opens on the person's name or a pronoun
_THEN_OPENS_DEAD = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:(She|He)|(?:([A-Z][\w'’-]*)\s+)?([A-Z][\w'’-]*[a-z]))"
                              r"(?:\s*,\s*who\s+|\s+(?=[a-z]))")
# the name an age at death stands on: "the death of Marcus Ellery, 37, who ..." / "Tom Vane (37) died ..."
_NAME_BEFORE_AGE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){0,3}([A-Z][\w'’-]*[a-z])\s*(?:,|\()\s*(?:aged\s+)?$")
# "Dean Holt died in hospital on 3 May aged 41" / "He died on 3 May, aged 41": the subject of the death, opening
_DIED_SUBJECT = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:(She|He)|(?:[A-Z][\w'’.-]*\s+){0,3}([A-Z][\w'’-]*[a-z]))\s+"
                           r"(?:died|passed\s+away|was\s+found\s+dead)\b")


def _age_at_dated_death(doc: Document, a, ams):
    """(age, death day, surname or None, "He"/"She" or None) of a sentence telling one death on its one day, the
    age on the dead person's name ("Marcus Ellery, 37,") or after the death ("Dean Holt died on 3 May aged 41",
    "He died on 3 May, aged 41"); None otherwise."""
    atext = doc.text[a.start:a.end]
    if a.headline or a.chrome or not _DEATH_DAY_CUE.search(atext) or _NOT_DEATH_DAY.search(atext) \
            or _OTHER_ONE.search(atext) \
            or len(re.findall(r"\b(?:died|dies|dead|death|killed|passed\s+away)\b", atext, re.I)) > 1:
        return None
    nows = _ages_in(doc, a, ams)
    days = [m for m in ams if m.kind in (Kind.DATE, Kind.WEEKDAY, Kind.YEAR)]
    if len(nows) != 1 or len(days) != 1 or not (days[0].kind is Kind.WEEKDAY or _is_day(days[0])):
        return None
    now = nows[0]
    if now.kind is Kind.ORDINAL or now.interval is None or now.value is None:
        return None
    named = _NAME_BEFORE_AGE.search(doc.text, a.start, now.start)
    if named is not None and named.group(1) not in _NOT_NAMES and re.match(r"\s*[,)]", doc.text[now.end:a.end]):
        surname, pronoun = named.group(1), None
    else:
        subject = _DIED_SUBJECT.match(atext)
        before = doc.text[max(a.start, now.start - 70):now.start]
        if subject is None or subject.group(2) in _NOT_NAMES or not re.search(
                r"\b(?:died|passed\s+away|found\s+dead)\b[^;()]{0,60}$", before, re.I) or not (
                now.text.lower().startswith("aged") or re.search(r"\b(?:aged|at(?:\s+the\s+age\s+of)?)\s+$", before, re.I)):
            return None
        surname, pronoun = subject.group(2), subject.group(1)
    died, _ = resolve_mention(doc, days[0])
    if died is None or doc.published is None or died > doc.published:
        return None
    return now, died, surname, pronoun


def _paragraph_start(doc: Document, k: int) -> int:
    """Where the paragraph of sentence ``k`` begins (walking back over its own sentences only)."""
    while k > 0 and doc.sentences[k - 1].paragraph == doc.sentences[k].paragraph:
        k -= 1
    return doc.sentences[k].start


def _surname_local(doc: Document, surname: str, lo: int, hi: int) -> bool:
    """The surname names one person between ``lo`` and ``hi`` (its paragraph so far): one first name at most, no
    kin of that name, no plural."""
    para = doc.text[lo:hi]
    sx = re.escape(surname)
    firsts = {f.group(1) for f in re.finditer(rf"(?<![\w'’.-])([A-Z][\w'’-]*)[ \t]+{sx}\b", para)
              if f.group(1) not in _TITLES and f.group(1) not in _NOT_NAMES}
    return len(firsts) <= 1 and not re.search(
        rf"\b{_KIN}\s*,?\s+(?:[A-Z][\w'’.-]*\s+)?{sx}\b|(?<![\w'’-]){sx}(?:['’]s?)?\s+{_KIN}\b|\b{sx}s\b", para)


# "Dean Holt, (41,) who joined the fire service in 2009 at the age of 22, died ...": a name, its "who" clause, then
# the death as the main verb
_WHO_THEN_DIED = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*[a-z]\s*,\s*"
                            r"(?:(?:aged\s+)?\d{1,3}\s*,\s*)?who\s+(?:(?!\b(?:who|whose|which|whom)\b)[^;()])*?,\s*"
                            r"(?:died|passed\s+away|was\s+found\s+dead)\b")


def _death_then_one_sentence(doc: Document, s, ms, year: Mention):
    """(round 18) "Dean Holt, who joined the fire service in 2009 at the age of 22, died in hospital on 3 May aged
    41." / "Dean Holt, 41, who joined ... in 2009, aged 22, died on 3 May.": the age then in the subject's "who"
    clause and the age at the dated death of the main verb (``AgeThen``, the death day for "now"); None otherwise."""
    stext = doc.text[s.start:s.end]
    clause = _WHO_THEN_DIED.match(stext)
    if clause is None or not s.start + clause.start() < year.start < s.start + clause.end() \
            or _NOT_DEATH_DAY.search(stext) or _OTHER_ONE.search(stext) \
            or len(re.findall(r"\b(?:died|dies|dead|death|killed|passed\s+away)\b", stext, re.I)) > 1:
        return None
    thens, _ = _ages_then_of_year(doc, s, ms, year)
    if len(thens) != 1 or thens[0].end > s.start + clause.end():
        return None
    then = thens[0]
    who = doc.text.index("who", s.start + clause.start())
    if _TWO_PEOPLE.search(_THEIR_THINGS.sub(" ", doc.text[who:then.start])) or _second_full_name(doc, who, then.start):
        return None  # "who married Ann Cole in 2009 when she was 22": her age
    nows = [a for a in _ages_in(doc, s, ms) if a is not then]
    days = [m for m in ms if m.kind in (Kind.DATE, Kind.WEEKDAY) and m.start >= s.start + clause.end()]
    if len(nows) != 1 or len(days) != 1 or len([m for m in ms if year_of(m) is not None]) != 1 \
            or not (days[0].kind is Kind.WEEKDAY or _is_day(days[0])):
        return None
    now = nows[0]
    before = doc.text[max(s.start, now.start - 70):now.start]
    apposed = now.end <= s.start + clause.end() and now.start < then.start and re.match(r"\s*,\s*who\b", doc.text[now.end:s.end])
    after = now.start >= s.start + clause.end() and (now.text.lower().startswith("aged") or re.search(
        r"\b(?:aged|at(?:\s+the\s+age\s+of)?)\s+$", before, re.I))
    if now.kind is Kind.ORDINAL or now.value is None or not (apposed or after):
        return None
    died, _ = resolve_mention(doc, days[0])
    y = year_of(year)
    if died is None or died > doc.published or y is None or not 0 < died.year - y <= 100:
        return None
    return AgeThen("inferred", f"age at death on {died:%d %B %Y} and aged ... in {y}, one sentence", now, then, y, died)


def find_ages_then_dead(doc: Document):
    """(round 18) "The death of Marcus Ellery, 37, who was found unresponsive in his cell on Tuesday, January 9.
    Ellery, who was jailed in 2016 at the age of 23, ...": an age at death on a name (or after "died"), the sentence
    dated by its one day (a death, not an inquest or funeral), and the age then of an adjacent sentence of the
    paragraph on the same person: the one after opening on that surname or "He"/"She", or the one before opening
    on the name with the death's sentence opening on that surname or pronoun ("Dean Holt joined ... in 2009, aged
    22. He died on 3 May, aged 41."); one surname in the paragraph, no kin: one person's ages at the death day and
    in that earlier year (``AgeThen``, the death day for "now")."""
    pub = doc.published
    if pub is None:
        return
    grouped = None
    for s, ms in _sentences(doc):
        years = [m for m in ms if year_of(m) is not None]
        if s.headline or s.chrome or len(years) != 1 or years[0].kind is not Kind.YEAR:
            continue
        stext = doc.text[s.start:s.end]
        if "who" in stext and _DEATH_DAY_CUE.search(stext):
            rel = _death_then_one_sentence(doc, s, ms, years[0])
            if rel is not None:
                yield rel
            continue
        opens = _THEN_OPENS_DEAD.match(stext)
        if opens is None or opens.group(3) in _NOT_NAMES or opens.group(2) in _NOT_NAMES or re.search(
                r"\bborn\b|\bb\.|\b(?:last|next)\s+year\b|\bago\b", stext, re.I) \
                or _REAL_DEATH.search(stext) or _DEATH.search(_WHEN_SHE_WAS.sub(" ", stext)) \
                or _OTHER_ONE.search(stext) or _second_full_name(doc, s.start + opens.end(), s.end):
            continue
        thens, when = _ages_then_of_year(doc, s, ms, years[0])
        if len(thens) != 1 or [a for a in _ages_in(doc, s, ms) if a is not thens[0]] \
                or when is not None and opens.group(1) and when.group(1).lower() != opens.group(1).lower():
            continue
        then = thens[0]
        if _TWO_PEOPLE.search(_THEIR_THINGS.sub(" ", doc.text[s.start + opens.end():then.start])):
            continue
        grouped = grouped if grouped is not None else _grouped(doc)
        for k in (s.index - 1, s.index + 1):
            if not 0 <= k < len(doc.sentences) or doc.sentences[k].paragraph != s.paragraph:
                continue
            a = doc.sentences[k]
            found = _age_at_dated_death(doc, a, grouped.get(k, ()))
            if found is None:
                continue
            now, died, surname, pronoun = found
            first, last = (a, s) if k < s.index else (s, a)
            later_pronoun = opens.group(1) if k < s.index else pronoun
            earlier_name = surname if k < s.index else opens.group(3)
            if later_pronoun is not None:
                # "He"/"She" opens the later sentence: the earlier names one person, of no other sex
                etext = doc.text[first.start:first.end]
                if earlier_name is None or not _one_person(etext, full_names=True) or re.search(
                        r"\b(?:he|him|his)\b" if later_pronoun == "She" else r"\b(?:she|her|hers)\b", etext, re.I):
                    continue
            else:
                later_name = opens.group(3) if k < s.index else surname
                if later_name is None or earlier_name is None or later_name != earlier_name \
                        or not _surname_local(doc, later_name, _paragraph_start(doc, s.index), last.end):
                    continue
            y = year_of(years[0])
            if y is None or not 0 < died.year - y <= 100:
                continue
            yield AgeThen("inferred", f"age at death on {died:%d %B %Y} and aged ... in {y}, adjacent", now, then, y,
                          died)
            break


@dataclass(frozen=True)
class ScheduleSpan(DaySpan):
    """(round 20) A planned length, two dated days and how far behind or ahead of the plan the work ended:
    "closed on 2 September for what was meant to be a three-week job, and reopened on 30 September - two weeks
    behind schedule".  ``duration`` is the delay (``direction`` -1 when ahead of schedule), ``planned`` the plan."""

    planned: Mention | None = None
    direction: int = 1

    def members(self) -> tuple[Mention, ...]:
        return tuple(m for m in (self.duration, self.planned, self.first, self.second) if m is not None)


# the plan before its length: "meant to be a three-week job", "due to take six weeks", "expected to last ten days",
# "a planned four-week closure", "should have taken three weeks", "scheduled to run for a month"
_PLANNED_LENGTH = re.compile(
    r"(?:\b(?:meant|due|expected|scheduled|planned|supposed|set|intended|forecast|estimated|billed)\s+to\s+"
    r"(?:be|take|last|run|close|shut)(?:\s+(?:for|just|only|about|around|roughly))*"
    r"|\bshould\s+have\s+(?:taken|lasted|been)(?:\s+(?:just|only|about|around))*"
    r"|\b(?:a|an|the|its|their)\s+(?:planned|scheduled|expected|projected|promised|original|intended))"
    r"(?:\s+(?:a|an|the))?\s+$", re.I)
# the delay after its length: "two weeks behind schedule", "ten days late", "a week later than planned", "three days
# ahead of schedule" (ahead: -1)
_SCHEDULE_DELAY = re.compile(
    r"\s+(?:(?P<late>behind\s+schedule|late\b|overdue|over\s+schedule|later\s+than\s+(?:planned|scheduled|expected|"
    r"promised|intended|originally)|longer\s+than\s+(?:planned|scheduled|expected|intended))"
    r"|(?P<early>ahead\s+of\s+schedule|early\b|earlier\s+than\s+(?:planned|scheduled|expected|promised|intended)|"
    r"sooner\s+than\s+(?:planned|scheduled|expected)|shorter\s+than\s+(?:planned|scheduled|expected)))", re.I)
_NO_YEAR = 2001  # a common year to count the days between two dates none of which has a year (nor the text)


def _schedule_days(doc: Document, a: Mention, b: Mention) -> tuple[_dt.date, _dt.date] | None:
    """The two days of a schedule: each with its year when written; two days without one are read in one year
    (the next for the second when it comes earlier in the calendar: "from 20 December ... to 24 January"), that of
    the first by the publication date, else a common year."""
    first, how_a = resolve_mention(doc, a)
    second, how_b = resolve_mention(doc, b)
    if how_a == "stated" and how_b == "stated":
        return (first, second) if first is not None and second is not None else None
    year = first.year if first is not None else second.year if second is not None and how_b == "stated" else _NO_YEAR
    try:
        if how_a != "stated":
            first = _dt.date(year, a.date.month, a.date.day)
        if how_b != "stated":
            second = _dt.date(first.year, b.date.month, b.date.day)
            if second < first:
                second = _dt.date(first.year + 1, b.date.month, b.date.day)
    except ValueError:
        return None
    return first, second


@needs(Kind.DURATION, count=2)
def find_schedule_spans(doc: Document):
    """(round 20) A sentence with two dated days, a planned length ("meant to be a three-week job") and a delay
    ("two weeks behind schedule", "ten days late"): the days between the dates less the plan are the delay."""
    for s, ms in _sentences(doc):
        if s.headline or len(ms) < 4:
            continue
        days = [m for m in ms if m.kind is Kind.DATE and m.date is not None and m.date.day is not None
                and m.date.month is not None]
        durs = [m for m in ms if m.kind is Kind.DURATION and _duration_unit(m) in ("day", "week") and not m.is_range
                and m.value is not None]
        if len(days) != 2 or len(durs) != 2:
            continue
        planned, delay = durs
        if not _PLANNED_LENGTH.search(doc.text, max(s.start, planned.start - 60), planned.start):
            continue
        late = _SCHEDULE_DELAY.match(doc.text, delay.end)
        if late is None or not days[0].end <= planned.start or not planned.end <= days[1].start < delay.start:
            continue  # (the work's start, its plan, its end, then the delay, in that order)
        pair = _schedule_days(doc, days[0], days[1])
        if pair is None or not 0 < (pair[1] - pair[0]).days <= 366:
            continue
        first, second = pair
        yield ScheduleSpan("inferred", "schedule: planned length and delay", duration=delay, first=days[0],
                           second=days[1], first_date=first, second_date=second, planned=planned,
                           direction=-1 if late.group("early") else 1)


# (round 25) one event dated twice in a sentence, by its verb and by its noun: "who retired from the bench last year,
# ... until his retirement in 2019"
_VERB_EVENT_NOUN = {"retired": "retirement", "resigned": "resignation", "died": "death", "married": "marriage",
                    "closed": "closure", "arrived": "arrival", "departed": "departure", "left": "departure",
                    "graduated": "graduation", "emigrated": "emigration", "stepped down": "departure"}
_VERB_LAST_YEAR = re.compile(r"\b(" + "|".join(k.replace(" ", r"\s+") for k in _VERB_EVENT_NOUN) + r")\b"
                             r"(?:\s+(?!(?:and|but|in|after|before|since|until)\b)[a-z][\w'’-]*){0,4}?\s+(last|this)\s+year\b", re.I)
# the noun's event as the end of a span ("until his retirement in 2019"); after "after", "following", "since" it
# starts something else ("had reopened after its closure in 2009"), after a plan it may not have happened
_UNTIL_EVENT_NOUN = re.compile(r"\b(?:until|till)\s+(?:his|her|its|their)\s+("
                               + "|".join(sorted(set(_VERB_EVENT_NOUN.values()))) + r")\s+in\s+$", re.I)
# the year closes the noun's phrase: "until his retirement in 2019." (not "... in 2010 from Leeds")
_EVENT_PLANNED = re.compile(r"\b(?:plann\w*|plans?|intend\w*|expect\w*|due|hop\w*|would|will|could|should|might)\b",
                            re.I)
_EVENT_YEAR_CLOSES = re.compile(r"\s*(?:[,;.)–—]|-\s|and\b|$)")


@needs(Kind.YEAR)
def find_event_years_restated(doc: Document):
    """(round 25) "Hargreaves, who retired from the bench last year, ..., until his retirement in 2019": the verb's
    relative year and the year of "until his/her/its" noun of the same event, the year closing its phrase, in a
    sentence naming one person; inferred."""
    pub = doc.published
    if pub is None:
        return
    for s, ms in _sentences(doc):
        stext = doc.text[s.start:s.end]
        if "year" not in stext:
            continue
        verbs = list(_VERB_LAST_YEAR.finditer(stext))
        if len(verbs) != 1 or not _one_person(stext) or _EVENT_PLANNED.search(stext):
            continue
        v = verbs[0]
        noun = _VERB_EVENT_NOUN[re.sub(r"\s+", " ", v.group(1).lower())]
        years = [m for m in ms if m.kind is Kind.YEAR and year_of(m) is not None
                 and (told := _UNTIL_EVENT_NOUN.search(doc.text, max(s.start, m.start - 40), m.start))
                 and told.group(1).lower() == noun and _EVENT_YEAR_CLOSES.match(doc.text, m.end, s.end)]
        if len(years) != 1 or years[0].start < s.start + v.end() or ";" in doc.text[s.start + v.end():years[0].start]:
            continue
        shift = -1 if v.group(2).lower() == "last" else 0
        exp = _dt.date(pub.year + shift, 1, 1)
        phrase = pseudo(doc, s.start + v.start(2), s.start + v.end(), s.index)
        yield RelativeDate("inferred", f"{v.group(2).lower()} year", phrase, years[0], "year", exp, exp,
                           _dt.date(year_of(years[0]), 1, 1), None, pub)


FINDERS = (find_weekday_dates, find_relative_dates, find_event_years_restated, find_running_years, find_spans,
           find_begun_ended_lengths,
           find_periods, find_running_days, find_anniversaries, find_ages, find_ages_then, find_ages_at_event,
           find_lifespans, find_dated_lifespans, find_impossible_dates,
           find_birthday_ages, find_calendar_periods, find_after_counts, find_thing_ages,
           find_thing_ages_next, find_ages_by_name, find_ages_then_by_name, find_ages_now_and_when,
           find_ages_born_far, find_ages_since_was, find_ages_then_next, find_ages_then_dead, find_schedule_spans,
           find_ages_in_who_clause, find_aged_anaphor_after_birth, find_ages_then_named_next, find_in_time_dates,
           find_periods_ended_first, find_paired_events_period, find_after_years, find_countdown_dates,
           find_headline_years)

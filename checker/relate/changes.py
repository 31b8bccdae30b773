"""Relations: a stated change and the two values it moves between.

News states a change three ways, and often all three at once: the size of
the move ("up 23", "rose 25%", "a rise of 3 percentage points", "doubled"),
the value it moved to ("to 140", "to $2.6 billion") and the value it moved
from ("from 117", "compared with 31,000", "than the first film's $52.3
million").  This module reads each sentence once and gives every quantity
the role the words right before or after it assign:

* ``mag``  -- the size of a change: after a change verb ("fell 12%",
  "grew by 8,000", "up 23"), after a change noun ("a rise of 3 points"),
  or before one ("a 31% rise", "a half-point increase", "15% more");
* ``to``   -- the new value: after "to" ("rose to 140", "11% to 4.2 million"), also
  after a verb of where it stopped ("gained 40p to close at 612p", "to reach 9,100",
  ", closing at 612p", "and closed at 612p");
* ``from`` -- the old value: after "from", "up from", "compared with",
  "against", "versus", or "more/less than" (with a few words between:
  "from Monday's total of 117");

and then joins one ``mag`` with one ``to`` and one ``from`` of the same
kind into a :class:`Frame` when all three stand in one clause: no other
change verb, no second figure of the same kind and no clause break
("while", "but", ";") between them.  A frame without a ``to`` value may
take the figure right before the ``from`` value when only a few words
separate them ("with 904 families ... compared with 466").

Shapes read beyond the plain ones:

* a participle after a comma restating the move before its values, in the
  same direction: "bookings tripled, climbing from 1,260 to 2,480";
* the old value in a "when" clause about the earlier period: "1,905 babies,
  120 more than in 2021, when 1,842 were born" ("down 45 on the year
  before, when there were 261"); the period may be a day ("1.3m higher than on Sunday, when the gauge
  read 3.82m"; "the previous morning, when it showed 5.4m");
* "up 11% at $1.47bn for the first half, against $1.52bn a year earlier":
  a period word beside "at" names the results period, not another change.
* the level, a comma or dash, then its change, the subject (if any) naming the
  measure again or a pronoun: "fares now average £3.40 - fares are up 40p on
  the £2.90 of 2019", "At 18,400, enrolment is down 7% on last year's 20,900";
  the level's own clause may have a verb of change without a figure ("18mm of
  snow fell in January, down 45% on the 41mm of a year before");
* a headline level and a lead with the change and the old value only: "Prison population hits
  record 88,350" / "has risen by 2,100 in a year, up from 86,250" (inferred); "will go up to
  £9,535 from £9,250" (after "go", "up to" is the new level, not "at most");
* a clause of circumstance between the values and the change set beside them: "fell from
  4.6m to 3.9m after two airlines pulled out - a loss of 0.7m";
* the size as what was taken off: "from 14:31.20 to 14:29.85, taking 1.35 seconds off the
  old mark", "knocking £150 off"; a rate's period and whom it is for between the values and
  the change ("to £1,717 a year for a typical household, an increase of 9.5%");
* race times as the values and a margin "faster/slower than" as the change: "won in
  2:21:47, 52 seconds faster than her best of 2:22:39" (faster is shorter; said of a
  length of time only); a new level then ", as N more ..." opens a clause of its own;
* "double", "triple" (and "doubling", "tripling") as multiples: "more than
  double the 3,900 of last winter", "will double to £4.10 from £1.60"; the base may
  be named with its year ("2,400, twice the 2019 figure of 1,200", "its 2015 value of £14m");
* the earlier level in a participle clause after the new one: "up 4% at 310p,
  having closed Friday at 298p", "rose 12 to 230 after finishing last season on
  218" (not when it names another time: "having stood at 8% in 2012");
* spans of time as the two values when one follows "from" and one "to" in the
  same unit: "the commute grew from 35 minutes to 50 minutes, 20 minutes longer",
  "the wait is 9 weeks, up 3 weeks from 5 weeks", "4 minutes longer at 31 minutes,
  compared with 27 minutes" (only durations of that unit join: "a year earlier" stays a period)
  (otherwise a duration is the period of a change: "fell 5% in three months");
* the comparative naming its base before "at": "9% lower than a year before at
  620 tonnes, down from 700 tonnes", "40p up on the week at 515p";
* a multiple of "what it was": "fares are three times what they were in 2012,
  rising from £14 to £58"; a comparative after the multiple is part of it
  ("four times higher than in 2020, at 8,000 compared with 1,400");
* the comparison opening the sentence: "Against last season's 21,000, the
  average of 23,400 is up 1,800"; so may the old level ("From 1,200 in 2019,
  membership has doubled to 3,100"; not across another move);
* "a fourfold rise on last year's 1,200", "a drop of 200 on 2019's 600": the change noun, then "on" the base;
* "Membership, which was 1,200 in 2019, has since doubled to 3,100": the old level in the subject's relative
  clause, closed (with its time) by the comma before the move;
* the subject's level, a copula, then the size "up on" / "down on" its base ("The 2,870 arrests in March were
  410 down on the 3,180 of February"), as with "more than";
* "1,900 more than in June's 7,800"; "ended 18p higher at 412p, up from
  386p"; "61,000 barrels a day in May compared with 55,000 in April, up 18%"
  (a rate's period is not the period of the change); the unit stated only on
  the size: "fell by 9 million tonnes to 212 million, down from 226 million";
* the earlier level after a semicolon or in the next sentence, naming its
  period and the object of a verb of state (inferred): "Membership is up 250
  to 3,150; twelve months ago the club had 2,800 members" (not when the change
  names another period: "this month", "in three years", "since 2019").
* a level with its change set apart after it and no old level ("This year the register lists 2,140 names,
  an increase of 430"; "... £3.92m - up £0.66m") takes the earlier level from the sentence before, as "rose
  by 430 to 2,140" does (both periods named, the measure's word shared);
* the new level in the sentence before one opening "That was"/"This marked" with the
  change and the old level (inferred): "Burglaries fell to 640. That was 15% fewer than the
  750 of 2022", "... That represented a drop of a fifth on the 800 a year earlier"; or the change
  alone after the sentence's one move: "Arrests fell from 2,140 to 1,870. That was a fall of 270."
  The other way round, the change sized alone and its two levels in the next sentence, whose
  subject takes it up ("It", or a noun of the first): "Fees will rise by 40p. The fee goes up from
  £2.10 to £2.60." (inferred)
* a margin over a named base beside the level it sizes: "rose to £5.20, 40p above the level of £4.80",
  "38.7C, 4.1C warmer than the previous record of 35.6C" (warmer, colder, deeper, taller, ...)
  ("above"/"below", then "the ... of" and the base);
* time taken off, then a participle restating it on "it": "took 0.3 seconds off her best, lowering it
  from 12.1 to 11.8" (the levels bare numbers in the size's seconds);
* a move in a ranking (:class:`RankChange`): "climbed 14 places to No 23, having started the week 47th", "rose from
  47th to 23rd, a climb of 14 places",
  "slipped three places to 12th from ninth" -- the places against the two positions, exactly; the move
  told of its object too ("the win lifted her 14 places to 31st", "sent the club up 11 places", "dropped them
  three places"); the old position may be told after the move, in a clause of its own on the mover ("; she had
  been ranked 47th a week earlier", ". It was 91st last year."): "had been", or "was" with an earlier time;
* a time's margin against a base with its owner or period first: "4.6sec quicker than last year's 5min
  40.8sec", "40 seconds slower than his own 2:09:11";
* a multiple or an amount, its period, a colon, then the measure's two levels each with
  its year ("Fares have halved over the past decade: a day ticket cost £12 in 2014 and £6
  this year"): the earlier year's level is the old one; or the two levels told as a move with no size of
  their own, after a colon or a spaced dash ("Complaints tripled last year: there were 410, up from 205";
  "has halved since May - from 18,000 a day to 9,000");
* (round 15 lead) a smaller count in the post-modifier of the new level is where its things came from, no
  level: "312 players from 28 countries entered, up from 254" moves 254 to 312 (``_in_modifier_of``; also past
  a noun the grammar left unattached, "214 occupied nests across 23 heronries"); a size followed by its own
  level ("on revenue up 7% at £84.6m") moves that level, not the move told before it ("rose to £9.2m from
  £7.8m"); a sentence opening on a plural subject placed by a count ("Fencers from 41 clubs took part, up from
  268") moves the subject, not the count (``_SUBJECT_PLACED_BEFORE``).
* (round 16) the new level as the one level of the sentence before, the next sentence opening on the measure and
  its verb with the old level and the size, naming the base period: "Income hit a record £80m this year. Income
  rose from £64m the year before, an increase of 25%" (``level_before_move``; the measure named in the sentence
  before or in a headline giving that level).

The percentage family (:mod:`checker.relate.percents`) turns frames whose
size is a percentage into percent-change and point-change relations; this
module turns the rest into :class:`AbsoluteChange` ("up 23 from 117" vs
"to 140") and :class:`MultipleChange` ("doubled", "four times as many",
"half the 76") relations.  Links within one sentence are explicit; two
links across sentences are inferred (see "changes across sentences" below:
"averaged 21,400. This season the average has risen by 3,800 to 23,100";
a headline "Jobless claims down 6,000" or "Cork rents rise 4%" over the lead's values, the
measure named before a place or time too ("Visitor numbers at Kew fall 12%"), the lead's level
also set against the earlier one ("412 million, compared with 388 million"; not over a span of
years: "since 2015"); a headline multiple
"Food bank use doubles" over a lead's "8,400 parcels, compared with 6,100" or
"6,100 parcels in 2023 and 8,400 last year").
A small count of other things with its own noun may also stand right after the old value or the size
("rose to 9,400 from 8,100 across its 11 branches, up 1,300"), not only after the new one.
Round 17: a headline change with its new level ("Bridge repair bill jumps 40% to £14m") and, within four body
sentences, one from and one to value moving to that same level ("had increased from £10m, the sum agreed in 2022,
to £14m"): the body gives the headline change's old level (``headline_move_to_level``, inferred); and a headline
change sized alone ("Zoo visitors rise 12%"), a sentence giving the level of the headline's measure for a year
("welcomed 448,000 visitors last year") and the next opening on that year's move with the same size and the old
level of the year before ("Attendance in 2024 was up 12% from 400,000 in 2023"; ``headline_sized_level_before``).
Round 16: "after" and a short noun phrase closed by a comma is a circumstance, no clause of its own
("tumbled 38p to 164p after a profit warning, having closed at 212p"; ``_AFTER_CIRCUMSTANCE``), and
"tumbled", "sank", "slid", "dipped", ... before "N to M" make a size and a level, no range (``checker.extract``).
Round 17 (third wave): a hedged period between the two levels is no change word ("£4.20 for up to three hours,
up from £3.50, a rise of 20%"; ``_hedged_periods_between``); a count, a measure in its phrase, then ", up from"
the old count ("410 homes within 50 metres of the river, up from 380, an increase of 8%") moves the count; a
headline change whose lead only says it again ("Cost of roof works jumps 30%" / "The bill ... has risen by 30%")
takes its levels from the sentence after the lead (``_lead_restates``; the measure named by the headline, the
lead, or the noun the headline opens on before "of": "cost"); a sentence opening on the definite change and its
size, the size again after ", or" as a percentage, right after a sentence with one move and no size ("will rise
from £2.00 to £2.50. The increase of 50p, or 25%, is the first since 2022"; ``definite_change_after_move``).
Round 18: a multiple (or "half as many") whose base is named by its time only, then a colon, a spaced dash or a
closing bracket and the two levels told as a move ("four times as many members as it did in 2018: 372, up from
124", "three times higher than in 2012 - £900, compared with £300", "what they were in 2019";
``_MULTIPLE_BASE_LEAD``, ``_LEVELS_BRACKETED``, ``_fraction_as_many``); a fraction or multiple of a level named by
its time, the base in a "when" clause on a pronoun or the measure ("2.4bn litres, half the level of a month ago,
when it stood at 7.2bn"; ``_base_when``); the same day's opening as the old level ("slid 38p to close at 214p,
having opened the day at 252p", "having begun trading at"; not a bare "after opening at" nor "having started
the week at", in ``_PRIOR``).  Across two sentences of a paragraph (inferred): the multiple and its base time
alone, then the two levels as a move on a pronoun or the measure ("... four times as many members as in 2018. It
has 372, up from 124."), or the level and its multiple closing a sentence after the base's sentence ("In 2018 the
club had 124 members. It now has 372, four times as many."; ``multiple_beside_levels``, ``_takes_up``).  The
day's opening as the old level may also stand in a relative clause on the subject ("The shares, which opened the
day at 262p, slid ..."), open the sentence ("Having opened the day at 262p, shares slid ...") or follow after a
semicolon or in the next sentence ("They had opened the day at 262p."; ``_OPENED_THE_DAY``, inferred).  A
base described, then its figure in brackets ("a third of the number in 2019 (24,000)"; ``_base_bracketed``); a
sentence opening "That is" on a multiple and its base after the sentence of the new level ("Sales hit £90m. That is
three times the £20m of 2015."; ``demonstrative_multiples``, inferred).  A percentage sizing a comparative, its
base named by its time, then the separator and the two levels ("40% more members than in 2018: 372, up from 124";
``_base_lead``); a multiple before a comparative of a fall ("three times lower") is no ratio read.
Round 19: a level, its change and old level in apposition, then another move with a "to" level of its own (another
measure, or past "while", "but", ", and") -- that "to" is no new level of this change, which keeps the level before
it ("completed 4,318 homes, down 11% from 4,852, while the price rose 3% to £312,400"; ``_to_of_later_clause``); a
list of three like figures or more closed by a change in apposition and its old level moves the list's total
("38,200 on Friday, 46,500 on Saturday and 44,100 on Sunday, up 10% from 117,100 last year";
:class:`ListTotalChange`, ``find_list_total_changes``; not when another like figure stands before the list, a
member is a move of its own, or the old level is of a member's order); a sentence opening on the definite change
with its size before the noun ("The 33% rise is the first since 2019", "That 30% hike") after a sentence with one
move, that move also told as the level then ", up from" the old one ("will pay £4.80 to park, up from £3.90";
``_DEFINITE_SIZED``, ``_level_up_from``, in ``definite_change_after_move``).
Round 20 (lead): the change sized alone, then its levels in the next sentence of the paragraph (or, after the lead,
the next paragraph's first) told by any verb as the level and ", up from", ", down from" or ", compared with" the
old one, or the old level alone when the first sentence gave the new one ("Crossings rose 14% this year. Its boats
made 9,120 crossings, up from 8,400"; "Exports rose 18% to £312m. Export sales were up from £284m in 2022"):
``sized_then_levels_next``, inferred; taken up by a pronoun or a word naming the measure (``measure_words``: the
words after "a rise in", else the clause before the verb; a headline telling the same change adds its own); not
when the first sentence sets the change against another ("while", "but"), the next sets its measure apart ("more
slowly", "also"), the old level is of another span ("in 2019" against "last year", "three years earlier", a change
"in two years"), or the values move a far other amount (a part of the measure).  A percentage so read is a
:class:`~checker.relate.percents.PercentChange` found with the nearby changes of
:func:`~checker.relate.percents.find_nearby_percent_changes` (only where their own reading links none), another
size an :class:`AbsoluteChange`.
Round 20: the old level's time told as a short clause of its own between it and the "to" of the new level ("has
more than doubled, from £38m when it was approved to £64m now", "from 1,140 after the merger to 1,520") is no
clause break of the move (``_old_level_time_clause``); a multiple's base named by a "when" clause of its time
before the separator and the two levels ("four times as many pupils as when it opened in 2011 - 1,020, against
340", "double what it was when it was set up in 2010 (...)"; in ``_MULTIPLE_BASE_LEAD``).
Round 21 (list helper): a multiple's base named by an event ("as before the lane opened - 4,100, compared with
2,050"; "than when the scheme began: ..."; in ``_MULTIPLE_BASE_LEAD``); a change sized alone, the next sentence's
levels taken up by a generic name of the subject whose own measure moved ("after expanding its estate by 42%" /
"The family-owned company now has 91 shops, up from 58"; ``_owner_taken_up``).
Round 21 (second changes helper): a bare "points" between a size and "on" its base is the size's unit ("up 3.8
points on the 59.2 per cent"; in ``_ON``); "slowdown" is a change word ("a slowdown of 1.2 points"); a multiple or
fraction "as many as" / "as much as" its base named with a determiner or owner ("1,146 frogs, three times as many
as the 296 found in 2020", not "half as many again as"; ``_as_many_as_base``); a fraction below one sizes a
headline's change and a change apposed to a level, read as a percentage ("Break-ins fall by a quarter", "121bn
litres, a fall of nearly a third" after the sentence with the old level; ``_fraction_size``); a clause of
circumstance with no move of its own between the new level and ", up from" the old one ("doubled to 96,000 after the
new wing opened, up from 58,000"; ``_circumstance_before_old``); a level and "a fourfold increase" (or "four times
as many") closing a sentence opening on "Today" or "Now", a closing "according to ..." aside, after the sentence of
the base (in ``multiple_beside_levels``); and, inferred, a change sized alone, then the next sentence giving the
measure's two levels at two times, the earlier first ("has fallen by 2,116 in five years. There were 9,870 in
2019; the office counts 7,574 now"; ``sized_then_timed_levels``, ``_levels_at_times``), the change's own period
agreeing with theirs (``_timed_span_fits``); the same two levels after a colon, the second opened by "now" and its
verb ("has gone up by a third, bakers say: a 400g loaf that cost €1.20 in 2021 now sells for €1.80"; in
``colon_levels``: an attribution before the colon, ``_COLON_SAID``, and a measure between an article and its noun,
``_attributive_measure``, are no part of it); a fraction sized alone, its levels in the next sentence
(``sized_then_levels_next``, where ", against" now also sets the level against the old one); a bare "points" before a
comparative ("3.8 points higher than the 59.2 per cent"; ``_POST_COMPARATIVE``).  (Thousands in words before
hundreds are one figure: ``checker.extract``.)
Round 22 (second changes helper): "the first half" is the period of a level, no figure between it and its change
("sold 21,900 in the first half, up 3,400 on the 17,500 a year earlier"; ``_period_half``); the old level in a
"when" clause after "since" its time ("has risen by 40p to £1.45 since 2021, when it cost £1.15"; not after a
record: "the lowest since 1980, when", ``_RECORD_SINCE``); the earlier level of the sentence before for a bare level
on a pronoun after its period ("This year it expects to distribute 9,800, an increase of 2,600";
``_pronoun_bare_level``), a change noun's "of" allowing a move up to double (``_CHANGE_NOUN_OF``); a count, sum or
measure sizing a comparative against "last" or a time before the two levels set apart ("Roughly 2,000 more
students sat the exam this year than last - about 31,500, up from 27,400"; in ``_base_lead``); a bare "degrees"
against levels in C or F (``_bare_degrees``); a short "after" phrase before ", having started the week in 46th"
(``_rank_circumstance_out``); "the 750 tonnes of cod lost to the cut" after the document's one move of that
measure told without a size (``amount_of_earlier_move``, inferred); a move's noun repeated on its old level ("from
12,000 seats to 15,500 seats", in ``find_directed_moves``).  (A pair's upper end in words takes "and thirty":
``checker.extract``; a majority beside two tallies past a count of other things after it: ``restatements``.)
Round 22 (changes helper): ", with" and a subject of its own opens another measure's move, no level of the change
before it ("sales rose 15%, with the Asian market up from $410m to $520m"; ``_WITH_OTHER_SUBJECT``); a span of time
with its unit on the old level only ("halved, falling from 18 weeks to 12", "to 14 from 6 days"; ``_bare_to_after``
in ``_duration_move``, and a bare count beside a duration in ``compatible``); a period between the size and the
levels when the size names its own base time ("a third more in the first quarter than a year earlier, 4.1 against
3.6"; ``_size_than_base_time``); a headline change over a lead level whose post-modifier counts other, fewer things
("1.38 million passengers on its three crossings, against 1.31 million"; in ``_level_against``, and an owner's
possessive in ``_MODIFIER_LINK``); the two levels after a colon with the unit on the first only ("cost 1.20 euros
in 2021 now sells for 1.80"; ``_one_measure`` in ``_levels_as_move``, ``_levels_at_years``, ``_levels_at_times``).
"Between 2021 and 2024", a range of counts to the grammar, is the change's span, no other figure in its clause
(``_years_between``); a count's noun and its vowel-free abbreviation name one unit ("61 megabits per second from 38
Mbps"; ``_abbreviates`` in ``compatible``).  (Sixfold to ninefold are multiples: the grammar.)
Round 23: the definite change sized before its noun may open the paragraph after the move's ("... 39.2p a litre, up
from 34.5p." / "The 4.7p rise, worth 13.6%, ..."; ``_opens_next_paragraph``), give its size again as a percentage
after ", worth" (``_WORTH_PERCENT``), and a count of other things in the move's sentence is no figure of a move a
sum or measure sizes ("the co-operative, owned by 1,240 families, will pay ..."; ``_same_kind_as_size``).
Round 24: a headline's change over the lead's two levels when the two name the measure by words of one synonym group
("Break-ins fall by a quarter" / "312 burglaries ... against 348"; "Tourist arrivals double" / "visitors";
``_MEASURE_SYNONYMS``, ``_synonym_named``: the headline's last content word before a place or time only).
Round 25: ", with" and a source with its verb of finding before the levels names no other measure ("has halved,
with the street count finding 148 people ..., compared with 212"; ``_SOURCE_FINDING``), nor does a verb whose
particle moves nothing ("bedded down", "signed up"; ``_LODGED_PARTICLE``, ``_STILL_PARTICLE``); a multiple's measure may name its own
year before the separator ("twice as many break-ins in 2024 as in 2020 - 530, compared with 380"; not when that year
is the earlier: ``_earlier_year_first``); a few more headline synonyms, two-word ones joined by "_" ("Shoplifting" /
"retail thefts").
Round 29 (r29-change, learnt from own-bc-change and written against five new wordings of each miss): a multiple's base
described with its determiner or owner, then its figure in apposition ("£14.2m, more than twice the previous auction
record, £8.1m, set in 2019"; ``_base_apposed``); "on" a base named by its time and "of" its figure ("up 47 on last
year's count of 279"; a bare noun before "of" is no base: "rose £2m to £14m on revenue of £80m"; ``_ON``); a level,
then a size taken off a named base ("2:14:04 took 38 seconds off the previous world record of 2:14:52"; ``_OFF_BASE``);
a level past a named base by a margin ("The £62m fee eclipses the previous club record of £45m by £23m"; ``_SURPASS``);
the earlier level told with "had been" after a semicolon or in the next sentence (not a level several years before,
nor another place's: ``_names_another_place``); a level and what it amounts to ("This year's provisional figure of
1,218 represents a fall of 332", ``_AMOUNTS_TO``, ``_LEVEL_NAMED_OF``, ``_PERIOD_OWNED_OF``; not when the change names
the time it counts from, ``_base_time_after``); "lift", "trim", "slash" as verbs of change, up to eight words before
"by"; the "since ..., when" clause opening the sentence.  (The level now after "since ..., when ...":
``find_since_then_now``; a multiple's base in the next sentence in the past perfect: ``find_multiple_base_next``.)
Round 33 (r33-change, learnt from own-bh-change): an event named by a change noun after "since" or "following" is a
circumstance, no second move ("fell by 1,450 to 11,300 since the fare rise, down from ..."; ``_AFTER_CIRCUMSTANCE``);
"That was N minutes longer than ... M minutes" after a sentence whose one span of time is the level
(``_spans_of_time_alone``); a count written as a modifier is no level beside two sums ("a two-bedroom flat is now
£1,150, up from £1,050"; ``_without_modifier_counts``); a time's margin "outside"/"inside" a named time, apposed
right after the time run ("won in 2:08:41, 1 minute 12 seconds outside the course record of 2:06:59";
``_TIME_MARGIN``).  (A part used up "of" a whole, ", leaving" the rest: :mod:`checker.relate.remainders`.)
Round 33 (open-b): a multiple's base given by a "who" clause of its named holder, ending on the figure and counting the
level's own thing ("19 goals are twice as many as his rival, NAME, who has 14"; ``_base_who``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from .. import hedges
from ..interval import Interval
from ..model import Document, Kind, Mention, Relation
from ..units import resolve
from .categories import may_contain, normalise
from .needs import needs
from .units import money_scale
from .context import for_each, is_past_form, lead_sentence, noun_end, quantities, words

# ------------------------------------------------------------------ words

UP_WORDS = frozenset(
    """rose rise rises rising risen increase increased increases increasing grew grow grows growing grown
    growth gain gained gains gaining climb climbed climbs climbing jump jumped jumps jumping soar soared
    soars soaring surge surged surges surging up higher more greater bigger larger raised raise raises
    raising hike hiked hikes boost boosted advance advanced advances advancing expanded expand expands expanding
    widened widen widens rebound rebounded rebounds improved improve improves leapt leaped leap leaps
    rocketed spiked added increment accelerated quickened""".split()
) | frozenset("lift lifts lifted lifting".split()) \
    | frozenset({"overrun", "overruns"})  # round 29: "will lift the benefit by $59 a month, from ... to ..."; (round 62)
# "cost €412m, against an original estimate of €290m, an overrun of 42%"
DOWN_WORDS = frozenset(
    """fell fall falls falling fallen drop dropped drops dropping decline declined declines declining
    decrease decreased decreases decreasing slipped slip slips slid slide slides sank sink sinks plunged
    plunge plunges plummeted tumbled tumble tumbles slumped slump slumps cut cuts cutting lowered lower
    less fewer down reduced reduction reduce reduces shrank shrunk shrink shrinks contracted contraction
    eased ease eases dipped dip dips narrowed narrow narrows smaller cheaper dropoff slowed slow slows loss losses
    slowing decelerated""".split()
) | (
    frozenset({"slowdown", "slowdowns"})  # round 21: "a slowdown of 1.2 points" (from 4.6% to 3.4%)
    | frozenset("trim trims trimmed trimming slash slashes slashed slashing".split())  # round 29: "trimmed the budget by"
    | frozenset("shed sheds shedding".split())  # (round 36) "The Dow shed 512 points to close at 38,904.04"
    | frozenset("collapsed collapse collapses collapsing crashed".split())  # (round 38) "collapsed by 80 per cent"
    | frozenset("discount discounts".split())  # (round 61) "a 15% discount, taking the fee from €80 to €72"
)
NEUTRAL_WORDS = frozenset("changed change changes moved swing swung shift shifted".split())
CHANGE_WORDS = UP_WORDS | DOWN_WORDS | NEUTRAL_WORDS
# nouns that name a change when they follow the figure: "a 31% rise"
CHANGE_NOUNS = frozenset(
    """rise rises increase increases fall falls decline declines drop drops gain gains jump jumps cut cuts
    reduction reductions loss losses hike hikes growth decrease decreases climb surge slump slide dip boost
    improvement uplift swing change reduction contraction expansion addition discount""".split()
) | frozenset({"slowdown", "slowdowns"}) | frozenset({"overrun", "overruns"})  # (round 62) "an overrun of 52%"
# "a loss of 9" seats is a change; "a loss of $9m" is a result, not a change
_LOSS = frozenset({"loss", "losses"})
# "raised £6.1m" is money collected, not a rise of that size
_RAISED = frozenset({"raise", "raises", "raised", "raising"})
COMPARATIVES_UP = frozenset("more higher greater bigger larger up dearer stronger longer".split()) | frozenset(
    "warmer hotter deeper taller heavier wider".split())  # "4.1C warmer than the previous record of 35.6C"
COMPARATIVES_DOWN = frozenset("less fewer lower smaller cheaper down weaker shorter".split()) | frozenset(
    "colder cooler shallower lighter narrower".split())
# words that end a clause: figures on either side describe different things
_CLAUSE_BREAKS = re.compile(
    r";|\b(?:while|whereas|but|although|though|however|meanwhile|despite|after|when|which|who|"
    r"because|if|unless|whilst|respectively|each|excluding|a\s+share|a\s+year\s+for(?!\s+(?:a|an|the|each|every|typical|average)\s)|and\s+(?:a|an|the)\s+\w+\s+of)\b|,\s*and\b"
    # the cause or the parts of a move, each with a subject of its own: ", as volumes rose 3%", ", helped by a
    # 7.9% price rise" (not "as much as", "as expected")
    r"|,\s*as\s+(?!(?:much|many|high|low|far|well|little|few|expected|forecast|predicted|planned|a\s+result|part|of)\b)[a-z]"
    r"|,\s*(?:helped|driven|boosted|lifted|fuelled|fueled|hit|hurt|dragged|pushed|offset|aided)\s+(?:\w+\s+)?by\b"
)
_WORD = re.compile(r"[a-z][a-z'’-]*")
_DET = r"(?:a|an|the|its|their|his|her|our|this|that|last|(?:[a-z]|\d{4}(?=['’]))[\w-]*['’]s)"

_TO = re.compile(
    r"(?:^|[^\w])to(?:\s+(?:(?:close|settle|end|finish|stand|trade|sit)(?:\s+(?:the\s+(?:day|session|week|"
    r"month|year|quarter)|trading))?\s+at|reach))?(?:\s+(?:a|an|the))?(?:\s+(?:new|record|all-time|rounded|revised|provisional|"
    r"total|high|low|peak|level|figure|tally|seasonally|adjusted|average|combined|overall|annual|estimated|"
    r"highest|lowest))*(?:\s+of)?\s*$"
)
# "rose 12p, closing at 340p", "rose 12p and closed at 340p": where the value stopped (not "having closed at")
_CLOSING_AT = re.compile(r"(?:,|\band)\s*(?P<cue>(?:closing|settling|ending|finishing|closed|settled|ended|finished)(?:\s+(?:the\s+(?:day|session|week|"
                         r"month|year|quarter)|trading))?\s+at)\s*$")
# a word before "to" that makes it something other than a change's end
_NOT_TO = frozenset(
    """equal equivalent close due according next compared relative similar up owing prior thanks
    addition comparison contrast proportion ratio attributable linked sold lent given paid went
    belonging related subject opposed answer access exposure""".split()
)
# (round 60) adverbs of degree between such a word and "to": "thanks largely to", "due mainly to"
_DEGREE_BEFORE_TO = frozenset("largely mainly mostly partly chiefly entirely wholly solely partially".split())
_FROM = re.compile(
    r"(?:^|[^\w])(?P<cue>(?:(?P<dir>up|down)\s+)?from)(?:\s+" + _DET + r")?"
    # (round 53) no verb of a level between: "Coffee exports from Kumbane Province reached 1.4 million"
    r"(?:\s+(?!(?:reached|reaches|hit|hits|stood|stands|totalled|totaled|totals|was|were|is|are|rose|fell|grew|"
    r"climbed|dropped|jumped|increased|decreased)\b)[a-z][\w'’-]*){0,3}?"
    r"(?:\s+of)?\s*$"
)
_COMP = re.compile(
    r"(?:^|[^\w])(?P<cue>compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)(?:\s+" + _DET + r")?"
    r"(?:\s+[a-z][\w'’-]*){0,3}?(?:\s+of)?\s*$"
)
# "up 9% at £2.6m", "£2.3m at £2.6m": the new value after "at", right after a figure
# (and "45p lower at 310p", "closed 2% higher at 7,410": the comparative that sizes the move, then "at")
# (the comparative may name what it compares with first: "12% higher than a year earlier at £3.36",
# "up on the month at 410p", "8% lower than in 2019 at 41,000")
_AT = re.compile(r"^\s*,?\s*(?:(?:higher|lower|up|down|stronger|weaker|cheaper|dearer|longer|shorter)"
                 r"(?:\s+(?:than|on|from)(?:\s+[\w'’]+){1,4}?)?\s+)?at\s*$")
_THAN = re.compile(
    r"(?:^|[^\w])(?P<cue>(?:more|less|fewer|higher|lower|greater|bigger|smaller|larger|longer|shorter|faster|slower|"
    r"quicker|warmer|hotter|colder|cooler|deeper|shallower|taller|heavier|lighter|wider|narrower)\s+than)"
    r"(?:(?:\s+" + _DET + r")?(?:\s+[a-z][\w'’-]*){0,3}?(?:\s+of)?"
    # the base named, then given in apposition: "than the club's previous record, the £31m paid ..."
    r"|(?:\s+" + _DET + r")?(?:\s+[a-z][\w'’-]*){1,4}\s*,\s*(?:the|its|their|his|her)?)\s*$"
)
# the old level in a relative clause on the subject: "Membership, which was 1,200 in 2019, has doubled to 3,100"
_WHICH_WAS = re.compile(r",\s*(?P<cue>(?:which|that)\s+(?:was|were|had\s+been|stood\s+at"
                        # "The shares, which opened the day at 262p, slid 38p to 214p" (round 18)
                        r"|(?:had\s+)?opened\s+(?:the\s+(?:day|session)(?:\s+trading)?|trading)\s+at))\s*$")
# a margin over a named base: "38.7C, 4.1C above the previous record of 35.6C", "£4m below the
# forecast of £31m" -- "above"/"below" sizes the figure before it (see _POST_COMPARATIVE)
_NAMED_BASE = r"(?:\s+" + _DET + r")?(?:\s+[a-z][\w'’-]*){0,3}?\s+of"
_ABOVE = re.compile(r"(?:^|[^\w])(?P<cue>above|below)" + _NAMED_BASE + r"\s*$")
_MARGIN_OF = re.compile(r"\s*(?:above|below)" + _NAMED_BASE + r"\s")
# (round 33) a time's margin against a named time: "won in 2:08:41, 1 minute 12 seconds outside the course record of
# 2:06:59" -- outside is slower (longer), inside quicker; said of lengths of time only
_TIME_MARGIN = {"outside": 1, "inside": -1}
_OUTSIDE = re.compile(r"(?:^|[^\w])(?P<cue>outside|inside)" + _NAMED_BASE + r"\s*$")
_OUTSIDE_OF = re.compile(r"\s*(?P<cue>outside|inside)" + _NAMED_BASE + r"\s")
# the time run and its margin side by side: "in 2:08:41, 72 seconds outside" (not "His time, an average of 4min 52sec
# per mile, was 43 seconds outside": a pace, the time untold)
_COMMA_ONLY = re.compile(r"\s*,\s*(?:(?:just|only|some|about|around|roughly|nearly|almost)\s+)?")
# (round 29) a level that goes past its base by a margin: "The £62m fee eclipses the previous club record of £45m by
# £23m", "74,300 surpassed the previous high of 71,900 by 3,400" -- the base the verb's object, the margin after "by"
_SURPASS = r"(?:exceed|exceeds|exceeded|exceeding|surpass|surpasses|surpassed|surpassing|eclipse|eclipses|eclipsed|" \
    r"eclipsing|outstrip|outstrips|outstripped|outstripping|tops|topped|topping|beats|beat|beating)"
_SURPASSED_BASE = re.compile(r"(?:^|[^\w])(?P<cue>" + _SURPASS + r")(?:\s+" + _DET + r")?(?:\s+[a-z][\w'’-]*){0,4}?"
                             r"(?:\s+of)?\s*$")
# (round 34, speed) the words of ``_SURPASS``: a match of ``_SURPASSED_BASE`` in the lower-cased words before a figure
# has one of them as a whole run of letters (no word character before it, a blank or the end after it), so a figure
# whose cues hold none is not searched
_SURPASS_WORDS = frozenset(_SURPASS[len("(?:"):-len(")")].split("|"))
_SET_OFF = re.compile(r"[,;:()\u2013\u2014]")


def _aside_of_earlier_figure(doc: Document, slots, k: int, verb_start: int) -> bool:
    """Whether the figure of ``slots[k]`` stands in an aside set off after an
    earlier figure of its sentence and closed before the verb at
    ``verb_start``: "The crowd of 31,000, about 2,000 of them away fans,
    topped the previous record of 28,500 by 2,500" (a part, no level; not
    "At $9.4bn, the bid tops the rival offer of $8.1bn by $1.3bn")."""
    level = slots[k][0]
    if k == 0 or slots[k - 1][0].sentence != level.sentence:
        return False
    return _SET_OFF.search(doc.text, slots[k - 1][0].end, level.start) is not None \
        and _SET_OFF.search(doc.text, level.end, verb_start) is not None


def _surpassing(cue: str) -> bool:
    """Whether ``cue`` is a verb of going past a base (``_SURPASS``)."""
    return re.fullmatch(_SURPASS, cue) is not None


# the nouns of a score where fewer is better: "her 66 beat the course record of 68 by two shots"
_LOWER_SCORE_NOUNS = frozenset("shots strokes".split())


def _beaten_upward(doc: Document, margin: Mention, verb_start: int) -> bool:
    """Whether a level that "beats" its base lies above it: the level (the
    figure right before the verb) is money, a measure or a count of things,
    not a time, a score or a bare number (a lower time or golf score may beat
    a higher one): "Sales of 7,000 cars beat last year's 8,000 by 1,000" is
    a fall."""
    before = [x for x in doc.mentions_in(margin.sentence) if x.end <= verb_start]
    if not before:
        return False
    level = before[-1]
    if level.kind == Kind.MONEY or level.kind == Kind.MEASURE and level.unit:
        return True
    return level.kind == Kind.COUNT and bool(level.noun) and level.noun not in _LOWER_SCORE_NOUNS \
        and margin.noun not in _LOWER_SCORE_NOUNS


_BY_MARGIN = re.compile(r"^(?:\s+[a-z][\w'’-]*)?\s*by\s*$")  # after the base: "by", past the base's noun
_SURPASSED_BEFORE = re.compile(r"\b(?P<cue>" + _SURPASS + r")\b(?:\s+[^\s;:]+){1,8}\s*$")
# (round 29) the base a size was taken off, named and then given after "of", right after the size: "2:14:04 took 38
# seconds off the previous record of 2:14:52", "shaves £200 off last year's price of £1,580" (see _OFF_VERBS)
_OFF_BASE = re.compile(r"^\s*(?P<cue>off)\s+" + _DET + r"(?:\s+(?!of\b)[a-z][\w'’-]*){0,4}?\s+of\s*$")
# the earlier level in a participle clause: "up 4% at 310p, having closed Friday at 298p",
# "rose 12 to 230 after finishing last season on 218", "having been 3,800 a year earlier"
_PRIOR = re.compile(
    r"(?:^|[^\w])(?P<cue>(?:having|after)\s+(?:(?:closed|finished|ended|settled|stood|closing|finishing|ending|"
    r"settling|standing)(?:\s+[a-z][\w'’-]*){0,4}?\s+(?:at|on)|been"
    # the opening level of the day named (round 18): "slid 38p to close at 214p, having opened the day at 252p",
    # "having begun trading at" (not a bare "after opening at", which may differ from the close the move is
    # counted from, nor "having started the week at", another period)
    r"|(?:opened|opening|started|starting|begun|began|beginning)\s+(?:the\s+(?:day|session)(?:\s+trading)?|"
    r"trading)\s+at))\s*$"
)
# the earlier level named for another time than the change: "having stood at 8% in 2012", "at its peak"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PRIOR_OTHER_TIME = re.compile(r"^[^,;.]*?(?:\b\d{4}\b|\bago\b|\b(?:peak|record|high|low|start|beginning)\b|\b"
                               + _MONTHS + r"\b)")
_THAN_PREP = re.compile(r"^\s*(?:in|at|on|during|for)\b")
# "58 fewer than in 2022, when 380 ...", "down 12 on the year before, when there were 97":
# the old value of the same measure, in a "when" clause naming the earlier period
_TIME_WORDS = (r"(?:\d{4}|years?|months?|weeks?|seasons?|quarters?|periods?|before|previous|prior|earlier|ago|"
               r"decades?|january|february|march|april|may|june|july|august|september|october|november|"
               r"december|spring|summer|autumn|winter|days?|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
               r"morning|afternoon|evening|night|weekend)")
_ON = re.compile(
    r"^\s*(?:points?\s+)?(?:(?:up|down|higher|lower|more|fewer|less|rise|increase|jump|growth|fall|drop|decrease|decline)\s+)?"
    r"(?P<cue>on)(?:(?:\s+" + _DET + r")?(?:\s+(?!of\b)[a-z][\w'’-]*|\s+(?:19|20)\d\d['’]s){0,2}?"
    r"|(?=[^,;:]*?(?<![\w-])(?:" + _TIME_WORDS + r"|last|same|corresponding)\b)\s+" + _DET
    + r"(?:\s+(?!of\b)[a-z][\w'’-]*|\s+(?:19|20)\d\d(?:['’]s)?){0,3}?\s+of)\s*$"
)  # "a fourfold rise on 2019's 1,200"  # "4,800 down on August's 57,000": the comparative sizes the figure before
# (round 21: a bare "points" after the size is its unit: "up 3.8 points on the 59.2 per cent of 2019")
# (round 29: the base named by its time, then "of" its figure: "up 47 on last year's count of 279", "down 3,000 on
# the previous month's figure of 70,000"; a bare noun then "of" is what the result was earned on, no base: "rose £2m
# to £14m on revenue of £80m", "on the back of")
# what a result is earned on, named before "of" after "on" ("on the year's revenue of £80m"): another measure than the
# change's, unless the sentence's measure is that noun itself ("income was £9.6m, a rise of £1.9m on the previous
# year's income of £8.1m")
_EARNED_ON_NOUNS = frozenset("revenue revenues sales turnover income takings assets capital equity deposits "
                             "investment investments spending costs".split())


def _earned_on(on_phrase: str, before: str) -> bool:
    """Whether ``on_phrase`` ("on last year's sales of") names what a result
    was earned on rather than the change's base: its noun before "of" is
    one of ``_EARNED_ON_NOUNS`` and not a word of the clause ``before`` it."""
    words = _WORD.findall(on_phrase)
    if len(words) < 2 or words[-1] != "of" or words[-2] not in _EARNED_ON_NOUNS:
        return False
    return words[-2] not in _WORD.findall(before)


_WHEN = re.compile(
    r"(?:^|[^\w])(?P<cue>(?:(?:more|less|fewer|higher|lower|greater|bigger|smaller|larger)\s+)?"
    r"(?:than|on|from|compared\s+(?:with|to)|against|since)"
    r"(?P<time>(?:\s+[\w'’-]+){1,6}?)\s*,\s*when)(?P<gap>(?:\s+[a-z]+){0,4}?)\s*$"
)
# a superlative or a first before "since": "the highest since 2008", "the first time since 2019" (round 22)
_RECORD_SINCE = re.compile(r"\b(?:the|its|their|his|her|an?)\s+(?:(?!(?:interest|forest|protest|contest|request|harvest"
                           r"|conquest|arrest|manifest|tempest|bequest)\b)[a-z]{3,}est|best|most|least|first|worst|only)"
                           r"(?:\s+[a-z]+){0,2}\s*$")  # "the lowest since 1980", "its highest level since" (not "the west")
# after "since ..., when": the measure's state then, "it cost", "there were", "it stood at" (round 22)
_SINCE_WHEN_STATE = re.compile(r"(?:\s+(?:it|they|there|the\s+[a-z]+))?\s+(?:was|were|cost|stood\s+at|sold\s+for|drew|attracted|"
                               r"totalled|numbered|had)\s*")
_WHEN_GAP_STOP = frozenset("to from by than per while but and or".split()) | CHANGE_WORDS
# words allowed between "from"/"compared with" and the figure: no verbs of change, no prepositions
_GAP_STOP = frozenset("to in at by with for on and or but while than as per".split()) | CHANGE_WORDS

# size of a change, from the words before it
_MAG_VERB = re.compile(
    r"(?:^|[^\w])((?:went|gone|go|goes|were|was|is|are|be|been|edged|inched|shot|ticked|moved|crept)\s+(?:up|down)|"
    r"[a-z]+)(?:\s+(?:by|of|some|about|another|a\s+further|further|only|just|slightly|sharply|marginally|"
    r"steeply|strongly|modestly|nearly|almost|roughly|an\s+estimated|a\s+record|a\s+massive|a\s+whopping|"
    r"an\s+average\s+of|on\s+average|a\s+total\s+of|in\s+total))*\s*$"
)
_MAG_NOUN = re.compile(
    r"(?:^|[^\w])(?:(?:a|an|the|its|their)\s+)?(?:(?:further|annual|overall|net|total|sharp|modest|small|"
    r"big|slight|combined|year-on-year|month-on-month)\s+)?([a-z]+)\s+(?:of|by)\s*$"
)


def _from_patterns(cues: set[str]) -> list[re.Pattern]:
    """The patterns of an earlier value, in order of preference, that can
    match: each needs its cue word among ``cues``, the words before the
    figure (a cheap test before the search)."""
    out = []
    if "from" in cues:
        out.append(_FROM)
    if not cues.isdisjoint(("compared", "against", "vs", "versus")):
        out.append(_COMP)
    if "than" in cues:
        out.append(_THAN)
    if "on" in cues:
        out.append(_ON)
    if "having" in cues or "after" in cues:
        out.append(_PRIOR)
    if "which" in cues or "that" in cues:
        out.append(_WHICH_WAS)
    return out


# the words before a figure, as runs of letters: every cue pattern needs its
# cue word as a whole run ("to", not the "to" of "total")
_LETTER_RUNS = re.compile(r"[a-z]+")

# "an extra 56,000": the size of a move (not "a further 9%", which lists one more part)
# "taking 2.35 seconds off the old mark", "knocked £40 off the bill": a fall sized by what was taken off
_OFF_VERBS = frozenset("taking took takes taken knocking knocked knocks shaving shaved shaves slicing sliced slices "
                       "lopping lopped lops wiping wiped wipes clipping clipped clips trimming trimmed".split())
# (round 38) the new time after the old, told as the finish: "took 38 seconds off the previous record of 2:06:09,
# finishing in 2:05:41", "crossing the line in", "clocking", "in a time of"
_FINISHED_IN = re.compile(r"^[^.;]{0,60}?\b(?:finish(?:ed|ing)?|cross(?:ed|ing)\s+the\s+line|clock(?:ed|ing)|"
                          r"stopp(?:ed|ing)\s+the\s+clock|(?:in|with)\s+a\s+time\s+of|record(?:ed|ing)|"
                          r"win(?:ning)?|won)\s+(?:in|at)?\s*$", re.I)
_TAKE_OFF = re.compile(r"(?:^|[^\w])(" + "|".join(sorted(_OFF_VERBS)) + r")\s*$")
_OFF_AFTER = re.compile(r"^\s*off\b")
_OFF_VALUE = re.compile(r"^\s*off\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:value|valuation|worth)\b")
_EXTRA_WORDS = frozenset({"extra", "additional"})
_EXTRA = re.compile(r"(?:^|[^\w])(?:an\s+extra|an\s+additional)\s*$")
_POST_NOUN = re.compile(r"^\s*(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\b")
_POST_COMPARATIVE = re.compile(r"^\s*(?:points?\s+)?(more|less|fewer|higher|lower|greater|bigger|smaller|larger|up|down|"
                               r"cheaper|dearer|stronger|weaker|longer|shorter|faster|slower|quicker|above|below|"
                               r"warmer|hotter|colder|cooler|deeper|shallower|taller|heavier|lighter|wider|narrower)\b")
_MARGIN = {"above": 1, "below": -1} | _TIME_MARGIN


@dataclass(frozen=True)
class Role:
    name: str  # "mag" | "to" | "from"
    cue: str  # the words that gave the role
    cue_start: int  # document offsets of the cue words
    cue_end: int
    direction: int = 0  # +1 up, -1 down, 0 unknown (for "mag")


@dataclass(frozen=True)
class Frame:
    """One stated change: its size, its end value and its start value."""

    size: Mention
    new: Mention
    old: Mention
    direction: int  # +1 the text says up, -1 down, 0 no direction word
    cue: str


# ------------------------------------------------------------------ roles

_SPACE = re.compile(r"\s")
_OTHER_BLANK = re.compile(r"[^\S ]")  # a blank not a space: what _norm replaces (a space for a space is no change)
# The cues read around a figure are a few words long (under 50 characters
# on the corpus and every labelled set); longer stretches of text
# between two figures are cut to this many characters, at a space, so that the
# patterns anchored at the figure scan only the words they can match.
_WINDOW = 120


def _norm(text: str) -> str:
    """Lower-cased, curly apostrophes and every whitespace character made plain;
    the length is kept so that offsets into the result are offsets into the text."""
    low = text.lower().replace("’", "'")
    # every blank but the space is unprintable: a printable text has none to replace (a C-level test
    # instead of a regex pass over each of ~50,000 cue windows)
    return low if low.isprintable() else _OTHER_BLANK.sub(" ", low)


_MAG_WINDOW = 60  # a change verb and its adverbs: under 30 characters on every text we have


def _tail_start(text: str, size: int) -> int:
    r"""Where to search the last ``size`` characters of ``text`` from: a space, so that a
    pattern opening with "(?:^|[^\w])" meets the word after it as at the start."""
    if len(text) <= size:
        return 0
    space = text.find(" ", len(text) - size)
    return space if space >= 0 else len(text)


def _tail(text: str, start: int, end: int) -> str:
    """``text[start:end]``, or its last ``_WINDOW`` characters from a space on."""
    if end - start <= _WINDOW:
        return text[start:end]
    cut = text[end - _WINDOW:end]
    space = _SPACE.search(cut)
    return cut[space.start():] if space else cut[-1:]


def _head(text: str, start: int, end: int) -> str:
    """``text[start:end]``, or its first ``_WINDOW`` characters up to a space."""
    if end - start <= _WINDOW:
        return text[start:end]
    cut = text[start:start + _WINDOW]
    spaces = [x.start() for x in _SPACE.finditer(cut)]
    return cut[:spaces[-1] + 1] if spaces else cut[:1]


def _gap_ok(gap: str) -> bool:
    return not any(w in _GAP_STOP for w in _WORD.findall(gap))


def direction_of(word: str) -> int:
    if word in UP_WORDS or word in COMPARATIVES_UP:
        return 1
    if word in DOWN_WORDS or word in COMPARATIVES_DOWN:
        return -1
    return 0


# a time taken: faster is shorter (said of a length of time only)
_PACE = {"faster": -1, "quicker": -1, "slower": 1}


def _has_mag(roles: list[Role]) -> bool:
    # roles_for adds the "mag" roles after every "to" and "from" role
    return bool(roles) and roles[-1].name == "mag"


# (round 62) the determiner of a verb's object right after the verb: "cut its grant to the festival by"
_OBJECT_DETERMINERS = frozenset("its their the his her our".split())


def roles_for(doc: Document, m: Mention, prev_end: int, next_start: int) -> list[Role]:
    """Every role the words around ``m`` can give it."""
    raw_pre = _tail(doc.text, prev_end, m.start)
    pre = _norm(raw_pre)
    post = _norm(_head(doc.text, m.end, next_start))
    base = m.start - len(raw_pre)
    out: list[Role] = []

    def at(match, group=0):
        return base + match.start(group), m.start

    cues = set(_LETTER_RUNS.findall(pre))
    mt = _TO.search(pre) if "to" in cues else None
    if mt:
        head = pre[:mt.start() + 1].split()
        if len(head) > 1 and head[-1] in _DEGREE_BEFORE_TO:
            head = head[:-1]  # (round 60) "thanks largely to two families": the word before the adverb
        if not head or head[-1].strip(",") not in _NOT_TO \
                or head[-1] == "up" and len(head) > 1 and head[-2] in hedges.MOVE_VERBS:  # "will go up to £9,535"
            s, e = at(mt)
            out.append(Role("to", "to", s, e))
    mc = _CLOSING_AT.search(pre) if not mt and pre.rstrip().endswith(" at") else None
    if mc:
        s, e = at(mc, "cue")
        out.append(Role("to", mc.group("cue"), s, e))
    if _AT.match(pre) and prev_end > doc.sentences[m.sentence].start:
        cue = "at" if pre.strip(" ,") == "at" else "lower at"  # a comparative before "at": see _frames_in
        out.append(Role("to", cue, base + pre.rindex("at"), m.start))
    for rx in _from_patterns(cues):
        mf = rx.search(pre)
        if mf and rx is _PRIOR and (_PRIOR_OTHER_TIME.match(_norm(doc.text[m.end:m.end + 60]))
                                    or re.search(r"\b" + _MONTHS + r"\b", mf.group("cue"))
                                    or any(w in _GAP_STOP - {"at", "on"} for w in _WORD.findall(mf.group("cue")))):
            continue
        if mf and rx is _ON and _earned_on(mf.group(0), _norm(doc.text[doc.sentences[m.sentence].start:base + mf.start()])):
            continue  # "rose £2m to £14m on the year's revenue of £80m": what the result was earned on, no base
        if mf:
            gap = pre[mf.end("cue"):]
            if rx is _THAN:
                gap = _THAN_PREP.sub(" ", gap)  # "3,000 more than in May's 12,100"
            if _gap_ok(gap):
                s, e = at(mf)
                word = (mf.group("dir") or "") if rx is _FROM else ""
                out.append(Role("from", mf.group(0).strip(), s, e, direction_of(word)))
                break
    surpassed = _SURPASSED_BASE.search(pre) if not out and m.kind in (Kind.MEASURE, Kind.MONEY, Kind.COUNT) \
        and not cues.isdisjoint(_SURPASS_WORDS) else None
    if surpassed and _BY_MARGIN.match(post) and not any(w in _GAP_STOP for w in _WORD.findall(pre[surpassed.end("cue"):])):
        s, e = at(surpassed, "cue")
        out.append(Role("from", surpassed.group("cue"), s, e))  # "eclipses the previous record of £45m by": see _SURPASS
    mo = _OFF_BASE.match(pre) if not out and "off" in cues else None
    if mo and not _OFF_VALUE.match(pre) and any(
            w in _OFF_VERBS for w in _WORD.findall(_norm(doc.text[max(0, prev_end - 40):prev_end]))[-4:]):
        s, e = at(mo, "cue")
        out.append(Role("from", "off", s, e))  # the size before it taken off by a verb: see _OFF_BASE
    if not out and m.kind in (Kind.MEASURE, Kind.MONEY, Kind.COUNT, Kind.DURATION):
        wide = _norm(doc.text[max(doc.sentences[m.sentence].start, m.start - 80):m.start])
        ma = _ABOVE.search(wide) if ("above" in wide or "below" in wide) else None
        if ma is None and m.kind == Kind.DURATION and ("outside" in wide or "inside" in wide):
            ma = _OUTSIDE.search(wide)
        if ma and not re.search(r"\d", wide[ma.start():]):
            s, e = m.start - len(wide) + ma.start("cue"), m.start
            out.append(Role("from", ma.group("cue"), s, e))
    mw = _WHEN.search(pre) if "when" in cues else None
    if mw and mw.group("cue").startswith("since") and (_RECORD_SINCE.search(pre, 0, mw.start("cue"))
                                                     or not _SINCE_WHEN_STATE.fullmatch(mw.group("gap"))):
        mw = None  # "the lowest since 1980, when only two were sent up": a record's time, no base of the change
        # (and "since 2019, when it opened with 40 volunteers": no level, the gap a verb of state only)
    if mw and not any(r.name == "from" for r in out) and re.search(r"\b" + _TIME_WORDS + r"\b", mw.group("time")) \
            and not any(w in _WHEN_GAP_STOP for w in _WORD.findall(mw.group("gap"))):
        s, e = at(mw, "cue")
        out.append(Role("from", mw.group("cue"), s, e))
    # the verb must be a change word, a run of letters among the cues: test that first
    mv = _MAG_VERB.search(pre, _tail_start(pre, _MAG_WINDOW)) if not cues.isdisjoint(CHANGE_WORDS) else None
    if mv:
        word = mv.group(1).split()[-1]
        verb = mv.group(1)
        if (word in CHANGE_WORDS and not (word in _LOSS and m.kind == Kind.MONEY)
                and not (word in _RAISED and m.kind == Kind.MONEY)  # "raised £6.1m for charity": money collected
                and word not in ("more", "less", "fewer", "higher", "lower", "greater",
                                                   "bigger", "larger", "smaller", "cheaper")) \
                and not (word in ("up", "down") and " " not in verb and pre.rstrip().endswith(("up to", "down to"))):
            s, e = at(mv, 1)
            out.append(Role("mag", verb, s, e, direction_of(word)))
    if not out and "by" in cues and re.fullmatch(r"\s*,?\s*by\s*", pre):
        window = max(doc.sentences[m.sentence].start, prev_end - 100)
        sb = _SURPASSED_BEFORE.search(_norm(doc.text[window:prev_end]))
        if sb:  # "eclipses the previous record of £45m by £23m": the margin past the base (round 29)
            up = 1 if not sb.group("cue").startswith("beat") or _beaten_upward(doc, m, window + sb.start("cue")) else 0
            out.append(Role("mag", sb.group("cue"), m.start - len(pre), m.start, up))
    if not _has_mag(out) and "by" in cues and re.search(r"\bby\s*$", pre):  # "by" ends pre: a run of letters
        # the change verb up to eight words before "by" ("cut the agency's science budget by"), no punctuation
        # or preposition between
        tail = re.split(r"[,;:()]", pre)[-1]
        found = list(_WORD.finditer(tail))[-11:-1]  # (round 29: eight words, "lift the average Social Security retirement benefit by";
        # round 38: ten, "raise the price of a ticket for non-EU visitors by")
        for k in range(len(found) - 1, -1, -1):
            word = found[k].group(0)
            if word in CHANGE_WORDS and word not in COMPARATIVES_UP | COMPARATIVES_DOWN:
                start = base + len(pre) - len(tail) + found[k].start()
                out.append(Role("mag", word, start, start + len(word), direction_of(word)))
                break
            if word == "to" and k >= 3 and found[k - 2].group(0) in _OBJECT_DETERMINERS \
                    and found[k - 3].group(0) in DOWN_WORDS | UP_WORDS:
                continue  # (round 62) the object's own "to" phrase: "cut its grant to the jazz festival by"
            if word in _GAP_STOP and word != "for":
                break  # (round 38: past "for", the object's own phrase: "raise the price of a ticket for visitors by")
    if not _has_mag(out):
        mn = _MAG_NOUN.search(pre) if ("of" in cues or "by" in cues) and not cues.isdisjoint(CHANGE_NOUNS) else None
        if mn and mn.group(1) in CHANGE_NOUNS and not (mn.group(1) in _LOSS and m.kind == Kind.MONEY):
            s, e = at(mn)
            out.append(Role("mag", mn.group(0).strip(), s, e, direction_of(mn.group(1))))
    if not _has_mag(out) and m.kind != Kind.PERCENT and not cues.isdisjoint(_EXTRA_WORDS) and _EXTRA.search(pre):
        s, e = at(_EXTRA.search(pre))
        out.append(Role("mag", "extra", s, e, 1))  # "from 412,000 to 468,000, an extra 56,000 people"
    if not _has_mag(out) and not cues.isdisjoint(_OFF_VERBS) and _OFF_AFTER.match(post) \
            and not _OFF_VALUE.match(post):  # "wiping about £60m off its stock market value": another measure
        mo = _TAKE_OFF.search(pre)
        if mo:  # "taking 2.35 seconds off the record", "knocked 40p off the price"
            s_, e_ = at(mo, 1)
            out.append(Role("mag", mo.group(1), s_, e_, -1))
    if not _has_mag(out):
        article = pre.rstrip().endswith((" a", " an")) or pre.strip() in ("a", "an") \
            or m.text.lower().startswith(("a ", "an "))
        if _CHAMBER.match(post):
            return out  # (round 38) "the 465-member lower house": a chamber, no change
        mp = _POST_NOUN.match(post)
        if article and mp and mp.group(1) in CHANGE_NOUNS:
            out.append(Role("mag", mp.group(1), m.end, m.end + mp.end(), direction_of(mp.group(1))))
        elif m.noun in CHANGE_NOUNS and article:
            out.append(Role("mag", m.noun, m.end, m.end, direction_of(m.noun)))
        else:
            mc = _POST_COMPARATIVE.match(post)
            outside = _OUTSIDE_OF.match(_norm(doc.text[m.end:m.end + 80])) if m.kind == Kind.DURATION and not mc else None
            if outside:
                out.append(Role("mag", outside.group("cue"), m.end, m.end + outside.end("cue"),
                                _TIME_MARGIN[outside.group("cue")]))
            elif mc and mc.group(1) in _PACE:
                if m.kind == Kind.DURATION:  # "52 seconds faster than": a time taken, shorter
                    out.append(Role("mag", mc.group(1), m.end, m.end + mc.end(), _PACE[mc.group(1)]))
            elif mc and mc.group(1) in _MARGIN:
                if _MARGIN_OF.match(_norm(doc.text[m.end:m.end + 80])):
                    out.append(Role("mag", mc.group(1), m.end, m.end + mc.end(), _MARGIN[mc.group(1)]))
            elif mc and not _gap_to_another_thing(doc, m):
                out.append(Role("mag", mc.group(1), m.end, m.end + mc.end(), direction_of(mc.group(1))))
    return out


_CHAMBER = re.compile(r"\s*(?:lower|upper)\s+(?:house|chamber)\b", re.I)


# (round 27) "leaving five-year deals 0.41 points cheaper than two-year ones", "2 points higher than the national
# average": a comparative whose "than" names another thing, no time and no figure, is the gap between two things
_THAN_WORDS = re.compile(r"\s*than\s+((?:[a-z][\w'’-]*\s*){1,6})(?:[,;.:)]|$)")
_TIMED_WORD = re.compile(r"(?<![\w-])" + _TIME_WORDS + r"\b|\b(?:then|last|expected|forecast|predicted|planned|hoped|"
                         r"before|once|usual|normal)\b")


def _gap_to_another_thing(doc: Document, m: Mention) -> bool:
    """The words after a size's comparative are "than" and another thing up to the clause's end, not a time ("than a
    year earlier"), a figure ("than the 59.2 per cent") or an expectation: the size is no move's."""
    rest = _norm(doc.text[m.end:doc.sentences[m.sentence].end])
    comparative = _POST_COMPARATIVE.match(rest)
    than = _THAN_WORDS.match(rest, comparative.end()) if comparative else None
    return bool(than) and not _TIMED_WORD.search(than.group(1))


# ------------------------------------------------------------------ frames

_NOT_FIGURES = (Kind.YEAR, Kind.DATE, Kind.WEEKDAY, Kind.TIME, Kind.ORDINAL, Kind.DURATION, Kind.AGE)


def money_base(m: Mention) -> tuple[str | None, Fraction]:
    """The currency of a sum and the factor to it: "20p" -> ("GBP", 1/100)."""
    if m.kind == Kind.MONEY and m.unit and m.unit.endswith(("-cent", "-penny")):
        return m.unit.split("-")[0], Fraction(1, 100)
    return m.unit, Fraction(1)


def compatible(a: Mention, b: Mention) -> bool:
    """Two values that can be the two ends of one change."""
    if a.kind == b.kind == Kind.MONEY and a.unit != b.unit and money_scale(a, b) is not None:
        return True  # "20p" and "£4.80"; (round 46) "from R2.10 to R2.46, an increase of 46 cents": the cents of the
        # currency at hand (``units.money_scale``, as the conversion finder reads them)
    if a.kind == b.kind == Kind.MEASURE and a.unit != b.unit and (_one_unit(a.unit, b.unit) or _bare_degrees(a.unit, b.unit)):
        return True  # "5.42 metres" and "3.9m" (round 22: "9 degrees" and "14C")
    if a.kind == b.kind and a.unit == b.unit:
        if a.kind == Kind.COUNT and _count_noun(a) and _count_noun(b) and not _plural_pair(a.noun, b.noun) \
                and not _abbreviates(a.noun, b.noun) and not _abbreviates(b.noun, a.noun) \
                and not may_contain(a.noun.lower(), b.noun.lower()) \
                and not may_contain(b.noun.lower(), a.noun.lower()):
            return False  # "50 cases" and "40 deaths" (round 62: not "38 vehicles" and "16 trams", the one a kind of
            # the other)
        return a.kind in (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.DURATION)
    # wire style leaves the unit off the second figure: "to 84 mln dlrs from 71 mln", "to 37 pct from 35"
    for x, y in ((a, b), (b, a)):
        if y.kind == Kind.COUNT and y.noun is None and not y.compound and x.kind in (Kind.MONEY, Kind.PERCENT, Kind.MEASURE,
                                                                                   Kind.DURATION) \
                and y.value is not None and x.value is not None and _same_order(x, y):
            return True
    return False


_VOWELS = frozenset("aeiou")


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is a vowel-free abbreviation of ``long``: "Mbps" of "megabits" (round 22; "to 61 megabits per
    second from 38 Mbps") -- it starts with the longer noun's letter and its second letter follows in it."""
    s, w = short.lower(), long.lower()
    if not 2 <= len(s) <= 5 or _VOWELS & set(s) or len(w) <= len(s) or s[0] != w[0]:
        return False
    return s[1] in w[1:]


def _one_unit(a: str | None, b: str | None) -> bool:
    """Two spellings of one unit ("metres", "m")."""
    x, y = resolve(a), resolve(b)
    return len(x) == 1 and len(y) == 1 and x[0].name == y[0].name


def _bare_degrees(a: str | None, b: str | None) -> bool:
    """(round 22) A bare "degrees" beside a temperature on one scale: "climbed 9 degrees, from 14C to 27C" -- the
    degrees of that scale."""
    x, y = resolve(a), resolve(b)
    return len(x) == 2 and len(y) == 1 and y[0] in x or len(y) == 2 and len(x) == 1 and x[0] in y


_PERSONS = frozenset("people persons individuals".split())


def _persons(a: Mention, b: Mention) -> bool:
    """Two counts where one counts "people" (or nothing): "342 fatal shootings ... when 380 people were
    killed" restates the measure in the clause about the earlier period."""
    return a.kind == b.kind == Kind.COUNT and (a.noun in _PERSONS or b.noun in _PERSONS
                                               or not _count_noun(a) or not _count_noun(b))


def _count_noun(m: Mention) -> bool:
    """The word after a count looks like the plural noun it counts (not "previously", "stg")."""
    n = m.noun or ""
    return m.noun_span is not None and len(n) > 3 and n.endswith("s") and not n.endswith(("ss", "ly", "us"))


def _plural_pair(a: str, b: str) -> bool:
    return a.rstrip("s") == b.rstrip("s")


def _same_order(x: Mention, y: Mention) -> bool:
    if x.value == 0 or y.value == 0:
        return False
    ratio = x.value / y.value
    return Fraction(1, 20) <= ratio <= 20


def _clean_between(doc: Document, lo: int, hi: int, skip: list[tuple[int, int]]) -> str:
    """Text of [lo, hi) with the given spans blanked out."""
    chars = list(doc.text[lo:hi])
    for s, e in skip:
        for k in range(max(s, lo), min(e, hi)):
            chars[k - lo] = " "
    return _norm("".join(chars))


# "to" or "at" as a whole run of letters: every "to" role's cue holds one (see roles_for)
_TO_OR_AT = re.compile(r"(?<![a-z])(?:to|at)(?![a-z])")


def may_hold_to(doc: Document, idx: int) -> bool:
    """Can a figure of sentence ``idx`` take the "to" role (a new value)?  Not
    without "to" or "at" in the sentence: a cheap test before its roles are read."""
    return _TO_OR_AT.search(doc.sentence_text(idx).lower()) is not None


def sentence_slots(doc: Document, mentions: list[Mention]) -> list[tuple[Mention, list[Role]]]:
    """Each figure of one sentence with the roles its neighbours leave it
    (computed once per document and list: frames and the percentage
    finders ask for the same sentences)."""
    key = ("slots", tuple((m.start, m.end) for m in mentions))
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _sentence_slots(doc, mentions)
    return found


def _sentence_slots(doc: Document, mentions: list[Mention]) -> list[tuple[Mention, list[Role]]]:
    out = []
    for k, m in enumerate(mentions):
        s = doc.sentences[m.sentence]
        prev_end = mentions[k - 1].end if k else s.start
        next_start = mentions[k + 1].start if k + 1 < len(mentions) else s.end
        out.append((m, roles_for(doc, m, prev_end, next_start)))
    return out


def frames(doc: Document) -> list[Frame]:
    """Every (size, new, old) triple stated in one clause of one sentence."""
    if "frames" in doc.memo:
        return doc.memo["frames"]
    found: list[Frame] = []
    by_sent: dict[int, list[Mention]] = {}
    for m in quantities(doc):
        by_sent.setdefault(m.sentence, []).append(m)
    for idx, ms in by_sent.items():
        if doc.sentences[idx].headline or len(ms) < 3:
            continue  # (round 24, speed: the figures below are some of ``ms``: fewer than three make no frame)
        figures = [m for m in ms if m.kind not in _NOT_FIGURES and not _period_half(doc, m)
                   and not _spans_the_move(doc, m)]
        unit = _duration_move(doc, ms)
        if unit:
            figures = [m for m in ms if m.kind not in _NOT_FIGURES or (m.kind == Kind.DURATION and m.unit == unit)]
        if len(figures) < 3:
            continue  # a frame is three figures: its size, its old value and its new one
        found.extend(f for f in _frames_in(doc, sentence_slots(doc, figures))
                     if not _added_to_an_untold_total(doc, f) and not _size_of_next_clause(doc, f)
                     and not _size_against_another(doc, f))
    doc.memo["frames"] = found
    return found


# (round 48) a clause of its own after both levels, its subject and a finite verb right before the size: "Inflation eased
# to 7.2% in May from 7.9% in April, the economy grew 3.1% in the first quarter"
_NEXT_CLAUSE_VERB = re.compile(r",\s+(?:and\s+|while\s+|but\s+|whereas\s+)?(?:the|its|their|his|her)\s+"
                               r"(?:[a-z][\w'’-]*\s+){1,3}?(?:grew|rose|fell|gained|lost|climbed|jumped|slipped|dropped|"
                               r"declined|increased|decreased|shrank|expanded|added|shed|slid|eased|edged\s+(?:up|down))\s+"
                               r"(?:by\s+)?(?:(?:about|around|some|nearly|almost|just|over|a\s+further)\s+)?$", re.I)


# (round 58) "lower than at the same time last year", "higher than in 2019": the size compares with what follows "than"
_THAN_AFTER_SIZE = re.compile(r"\s*(?:percentage\s+)?(?:points?\s+|pts\s+|per\s*cent\s+|%\s*)?"
                              r"(?:lower|higher|less|more|fewer|greater|smaller|larger|bigger|above|below)\s+than\b",
                              re.I)
_AND_WORD = re.compile(r"\band\b", re.I)


def _size_against_another(doc: Document, f) -> bool:
    """"48% full, down from 61% in May and seven points lower than at the same time last year": a size joined by
    "and" after the old level, followed by "than", measures a second gap, to what "than" names (not "from 24 to 31
    athletes, seven more than before the last Olympics": the same gap put another way)."""
    last = max(f.old.end, f.new.end)
    return last <= f.size.start and _AND_WORD.search(doc.text, last, f.size.start) is not None \
        and _THAN_AFTER_SIZE.match(doc.text, f.size.end) is not None


def _size_of_next_clause(doc: Document, f) -> bool:
    last = max(f.old.end, f.new.end)
    return f.size.start > last and _NEXT_CLAUSE_VERB.search(doc.text, last, f.size.start) is not None


# "bringing the total up from 2,905": what is added before it is no level of the total, whose new value is untold
_UNTOLD_TOTAL = re.compile(r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|push(?:es|ing|ed)|lift(?:s|ing|ed)|"
                           r"rais(?:es|ing|ed))\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?"
                           r"(?:total|tally|count|number|toll|figure|sum)\s+(?:up\s+|down\s+)?from\b", re.I)


def _added_to_an_untold_total(doc: Document, f) -> bool:
    """(round 28) "513 new cases had been recorded, bringing the total up from 2,905 a week earlier, a rise of
    almost 18%": the figure before "bringing the total ... from" is what was added, not the total's new value."""
    return f.new.end <= f.old.start and bool(_UNTOLD_TOTAL.search(doc.text, f.new.end, f.old.start))


_FROM_END = re.compile(r"\b(?:from|compared (?:with|to)|against|(?:longer|shorter|faster|slower|quicker|more|less)\s+than"
                       r"(?:\s+the)?)\s*$")
# "faster than last year's 5min 40.8sec", "slower than her own 2:09:11": the base's owner or period first
_FROM_END_OWNED = re.compile(r"\b(?:from|compared (?:with|to)|against|(?:longer|shorter|faster|slower|quicker)\s+than)"
                             r"\s+(?:(?:last|this|the\s+previous|the\s+same)\s+(?:year|season|week|month|race|"
                             r"time)['’]s|(?:her|his|their|its)\s+own|[a-z]+['’]s)\s*$")
_TO_END = re.compile(r"\bto\s*$")
# (round 56) "waits have halved, from an average of 52 minutes to 38 minutes": the old level an average
_FROM_AVERAGE_END = re.compile(r"\bfrom\s+(?:an?\s+)?average\s+of\s*$")


# round 22: "in the first half", "the second half of the year": a half (or quarter) of a period, no figure
_PERIOD_HALF_BEFORE = re.compile(r"\b(?:first|second|third|fourth|final|last|latter|same|previous)\s*$", re.I)


def _period_half(doc: Document, m: Mention) -> bool:
    """``m`` is the "half" of "in the first half": the part of the year a figure is for, not a figure of the move
    ("sold 21,900 cars in the first half, up 3,400 on the 18,500 of a year earlier")."""
    return m.kind == Kind.FRACTION and m.text.lower() in ("half", "quarter") \
        and bool(_PERIOD_HALF_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
                 or _PERIOD_HALF_COMPOUND.match(doc.text, m.end))


# (round 49) a count of seasons a change ran over: "rose from 14 to 23 over three winters" (the grammar reads "over
# three" as more than three)
_SEASON_NOUNS = frozenset("winters summers springs autumns seasons terms semesters harvests campaigns".split())
_SPANNED_BEFORE = re.compile(r"\b(?:over|across|during|in|within)\s+(?:the\s+(?:past|last|next)\s+)?$", re.I)
# (round 62) the two counts or polls a change runs between: "rose from 4.0% to 5.2% between the two surveys"
_SURVEY_NOUNS = frozenset("surveys polls censuses counts studies audits elections ballots readings".split())
_BETWEEN_THE = re.compile(r"\bbetween\s+the\s+$", re.I)


def _spans_the_move(doc: Document, m: Mention) -> bool:
    """A count of what the change runs over or between, no figure of the change: seasons spanned ("rose from 14 to
    23 over three winters", round 49) or (round 62) the two counts or polls it runs between ("rose from 4.0% to 5.2%
    between the two surveys")."""
    if m.kind != Kind.COUNT or not m.noun:
        return False
    noun = m.noun.split()[-1].lower()
    if noun in _SURVEY_NOUNS:
        return m.value == 2 and _BETWEEN_THE.search(doc.text, max(0, m.start - 14), m.start) is not None
    if noun in _SEASON_NOUNS:
        return m.text.lower().startswith("over ") \
            or _SPANNED_BEFORE.search(doc.text, max(0, m.start - 20), m.start) is not None
    return False


# (round 28) "in the half-year to June", "at half-time": one word naming a period, no share of anything
_PERIOD_HALF_COMPOUND = re.compile(r"-(?:year|time|term)\b", re.I)


def _fronted(doc: Document, old: Mention, fr: Role) -> bool:
    """The comparison's cue opens the sentence: "Against last season's 21,000, ..."."""
    return not doc.text[doc.sentences[old.sentence].start:fr.cue_start].strip(" \"'‘“(")


def _duration_move(doc: Document, ms: list[Mention]) -> str | None:
    """Two spans of time of one unit, one straight after "from" and one after "to"
    ("waits grew from 11 weeks to 19 weeks"): the durations are the change's values here,
    not its period ("fell 5% in three months").  The unit they share, if so."""
    durs = [m for m in ms if m.kind == Kind.DURATION and m.value is not None and not m.is_range]
    if any(":" in m.text and m.unit == "second" for m in durs):
        return "second"  # a race time ("2:21:47") is a level, never a period: times in seconds are the values
    for a in durs:
        if _OFF_AFTER.match(doc.text[a.end:a.end + 8]) and _TAKE_OFF.search(_norm(doc.text[max(0, a.start - 12):a.start])):
            return a.unit  # "took 0.41 seconds off her best": the size of the change, never its period (round 29:
            # any unit, "knocking 15 minutes off the journey time of 58 minutes")
    for a in durs:
        if _FROM_END.search(_norm(doc.text[max(0, a.start - 16):a.start])) \
                or _FROM_END_OWNED.search(_norm(doc.text[max(0, a.start - 40):a.start])) \
                or _FROM_AVERAGE_END.search(_norm(doc.text[max(0, a.start - 30):a.start])):
            same = [b for b in durs if b is not a and b.unit == a.unit]
            if len(same) >= 2 or any(_TO_END.search(_norm(doc.text[max(0, b.start - 6):b.start])) for b in same) \
                    or _bare_to_after(doc, ms, a) \
                    or any(b.end <= a.start for b in same):
                # "from A to B", or a level, its change and "from A": "48 minutes, up 11 minutes from 34",
                # or a level then "up from A": "9 minutes, up from 6 minutes, a rise of 50%"
                return a.unit
    return None


# round 22: the unit said on the old level only: "fell from 18 weeks to 12", "rose to 14 from 6 days" (the bare
# count straight after "to", next to the duration after "from")
_TO_BARE = re.compile(r"\s+to\s+$")
_BARE_FROM = re.compile(r"\s+from\s+$")
_TO_END_WORD = re.compile(r"(?:^|\W)to\s+$")


def _bare_to_after(doc: Document, ms: list[Mention], a: Mention) -> bool:
    """A bare count is the new level of the duration ``a`` after "from": "from 18 weeks to 12" or "to 14 from 6
    days" moves weeks or days."""
    def bare(b: Mention) -> bool:
        return b.kind == Kind.COUNT and b.noun is None and not b.compound and not b.is_range and b.value is not None
    after = [b for b in ms if b.start >= a.end]
    before = [b for b in ms if b.end <= a.start]
    if after and bare(after[0]) and _TO_BARE.fullmatch(doc.text, a.end, after[0].start):
        return True
    return bool(before) and bare(before[-1]) and _BARE_FROM.fullmatch(doc.text, before[-1].end, a.start) is not None \
        and _TO_END_WORD.search(doc.text, max(0, before[-1].start - 4), before[-1].start) is not None


def _role(roles: list[Role], name: str) -> Role | None:
    for r in roles:
        if r.name == name:
            return r
    return None


def _frames_in(doc: Document, slots) -> list[Frame]:
    out = []
    for i, (size, roles) in enumerate(slots):
        mag = _role(roles, "mag")
        if size.kind == Kind.MULTIPLE:
            mag = mag or multiple_role(doc, size)
        if mag is None or size.is_range:
            continue
        best = None
        own_base = _base_named_after(doc, slots, i)
        for j, (old, old_roles) in enumerate(slots):
            fr = _role(old_roles, "from")
            if j == i or fr is None or old.is_range:
                continue
            if own_base is not None and j != own_base:
                continue  # (round 30) "fell 15% to 340 units from 400, ... £1.2m of stock, four times the £300,000
                # it held": the multiple names its own base, not the units' old level
            if (fr.cue in _MARGIN or mag.cue in _MARGIN or _surpassing(fr.cue) or _surpassing(mag.cue)) \
                    and fr.cue != mag.cue:
                continue  # "4.1C above the record of 35.6C", "beat last year's 8,000 by 1,400": the margin and its
                # base go together (not "9,400 cars, 1,200 more than forecast, beat last year's 8,000")
            # the new value: a "to" figure, or the figure right before the old one
            cands = [(k, _role(r, "to")) for k, (n, r) in enumerate(slots) if k not in (i, j) and _role(r, "to")]
            if cands and all(_to_of_later_clause(doc, slots, i, j, k, tr) for k, tr in cands):
                cands = []  # "4,318 homes, down 16% from 4,852, while the price rose 3% to £312,400": another move's level
            if not cands and j > 0:
                k = j - 1 if j - 1 != i else j - 2
                past_measure = k >= 1 and k - 1 != i and slots[k][0].kind == Kind.MEASURE and old.kind == Kind.COUNT \
                    and not old.unit and slots[k - 1][0].kind == Kind.COUNT and slots[k - 1][0].noun
                if past_measure:
                    k -= 1  # "312 homes within 100 metres of the edge, up from 240": the count's level (round 17)
                if k >= 0 and (fr.cue.split()[0] in _COMPARE_CUES
                               or fr.cue.startswith(("more", "less", "fewer", "higher", "lower", "greater",
                                                     "bigger", "smaller", "larger", "longer", "shorter",
                                                     "faster", "slower", "quicker", "warmer", "hotter", "colder",
                                                     "cooler", "deeper", "shallower", "taller", "heavier", "lighter",
                                                     "wider", "narrower"))
                               or fr.cue in _MARGIN and mag.cue == fr.cue and k == j - 2 and i == j - 1
                               and "," in doc.text[slots[k][0].end:size.start]
                               # "The £62m fee eclipses the previous record of £45m by £23m" (round 29)
                               or _surpassing(fr.cue) and mag.cue == fr.cue and i == j + 1 and k == j - 1
                               and not _aside_of_earlier_figure(doc, slots, k, fr.cue_start)
                               # "2:14:04 took 38 seconds off the previous record of 2:14:52" (round 29)
                               or fr.cue == "off" and mag.cue in _OFF_VERBS and k == j - 2 and i == j - 1
                               and not _CLAUSE_BREAKS.search(_norm(doc.text[slots[k][0].end:size.start]))
                               # "£6.3m, down from £7.2m, a fall of 12.5%"
                               or (fr.cue.startswith(("up from", "down from")) and k == j - (2 if past_measure else 1)
                                   and i > j
                                   and "," in doc.text[slots[k][0].end:old.start])
                               # (round 44) "costs R21.40 this month against R18.90 a year ago, a rise of 19%": the
                               # level, its base after "against" or "compared with", then the change named after a comma
                               or (fr.cue.startswith(("against", "compared")) and k == j - 1 and i > j
                                   and _NAMED_CHANGE_AFTER.fullmatch(_norm(doc.text[old.end:size.start])))
                               # "The 5,430 entries this year were 1,610 up on last year's 4,120": the subject's
                               # level, a copula, then the size "up on" its base
                               or fr.cue.startswith(("up on", "down on")) and i == j - 1 and k == i - 1
                               and _COPULA_GAP.fullmatch(_norm(doc.text[slots[k][0].end:size.start]))
                               # (round 38) "The second-weekend haul of £62m was down 45% on its opening weekend's
                               # £84m": the subject's level, a copula with the move's word, the size, then "on" its base
                               or fr.cue.startswith("on ") and mag.cue.split()[-1] in ("up", "down") and i == j - 1
                               and k == i - 1 and mag.cue_start >= slots[k][0].end
                               and (mag.cue.split()[0] in ("was", "were", "is", "are")
                                    and not doc.text[slots[k][0].end:mag.cue_start].strip()
                                    or _COPULA_GAP.fullmatch(_norm(doc.text[slots[k][0].end:mag.cue_start])))):
                    if k >= 1 and k - 1 != i and _PARTITIVE_GAP.match(doc.text, slots[k - 1][0].end, slots[k][0].start):
                        k -= 1  # "31,400 of the city's 94,800 children ..., compared with 27,900": the part moved
                    elif k - 1 != i:
                        k = _past_small_count(doc, slots, k, old)  # "1,310 deaths in this summer's four heatwaves, up from 890"
                        k = _past_average(doc, slots, k, old)  # "2.7m, an average of 33,850 a game, up 9.4% from 2.5m"
                    cands = [(k, Role("to", "", slots[k][0].end, slots[k][0].end))]
            if not cands and j + 1 < len(slots) and fr.cue == "off" and mag.cue in _OFF_VERBS and i == j - 1 \
                    and _FINISHED_IN.match(doc.text[old.end:slots[j + 1][0].start]):
                # (round 38) "took 38 seconds off the previous record of 2:06:09, finishing in 2:05:41"
                cands = [(j + 1, Role("to", "", slots[j + 1][0].start, slots[j + 1][0].start))]
            if not cands and j + 1 < len(slots) and j + 1 != i and fr.cue.split()[0] in _COMPARE_CUES \
                    and _fronted(doc, old, fr) and "," in doc.text[old.end:slots[j + 1][0].start]:
                # "Compared with last year's 6,200, the 6,900 entries ...": the comparison opens the sentence
                cands = [(j + 1, Role("to", "", slots[j + 1][0].start, slots[j + 1][0].start))]
            if not cands and i == j - 1 and i >= 1 and _apposition(doc, slots[i - 1][0], size, mag):
                # "318 mln stg, a 25 pct increase from 254 mln": the value, then its change in apposition
                k = i - 1
                k = _past_small_count(doc, slots, k, old)  # "48,620 visits across its three sites, an increase of ..."
                k = _past_average(doc, slots, k, old)
                cands = [(k, Role("to", "", slots[k][0].end, slots[k][0].end))]
            for k, tr in cands:
                new = slots[k][0]
                if new.is_range or not (compatible(new, old) or (fr.cue.endswith("when") and _persons(new, old))):
                    continue
                if _base_of_its_own(slots, k, tr):
                    continue
                if mag.cue in _TIME_MARGIN and not _COMMA_ONLY.fullmatch(doc.text, new.end, size.start):
                    continue  # the time run right before its margin "outside"/"inside" a named time (round 33)
                if _DIFFERENCE_AFTER.match(doc.text, new.end):
                    continue  # "The total was £5.9bn higher than a year earlier, when it stood at £65.7bn": a gap
                if j < i < k and not (_fronted(doc, old, fr) and fr.cue.split()[0] in ("from", "having", "since")) \
                        and not _closed_relative(doc, old, fr, min(size.start, mag.cue_start)):
                    continue  # "A, up from 12, and B rising six places to 9": the old value belongs elsewhere
                    # (not "From 1,200 in 2019, membership has doubled to 3,100": the sentence opens on it)
                if fr.cue.startswith("since") and _fronted(doc, old, fr) and not _since_level_of_measure(doc, old, new, size):
                    continue  # "Since 2018, when there were 40 stations, ridership has doubled": another measure then
                if not tr.cue and (size.kind == new.kind == Kind.PERCENT and not fr.cue.startswith(("up from", "down from"))
                                   or _by_before(doc, slots, k)):
                    continue  # "grow by 1.8% this year and 2.1% next, compared with 0.9%": rates, not a move
                    # (but "stands at 5.2%, up from 4.1%, a rise of 20%" is a move of a level)
                if fr.cue.split()[0] in _COMPARE_CUES and tr.cue != "at" and not _size_than_base_time(doc, size, new) \
                        and not (i > j and _NAMED_CHANGE_AFTER.fullmatch(_norm(doc.text[old.end:size.start]))) \
                        and not _level_period_between(doc, size, new, old) \
                        and _PERIOD.search(_RATE.sub(
                        " ", _clean_between(doc, min(size.start, new.start), max(size.end, new.end, old.start),
                                            [(x.start, x.end) for x in (size, new) if x.kind == Kind.DURATION]))):
                    continue  # "fell by 3,100 in the week to 211,000, compared with 251,000 a year earlier"
                if not _size_fits(size, new, old):
                    continue
                if i < min(j, k) and _OTHER_OBJECT.search(_norm(doc.text[size.end:min(new.start, old.start)])):
                    continue  # "costs rose 4%, squeezing the margin to 18.2% from 21.5%": another measure's levels
                if k < i and k < j and _closing_list_item(doc, slots, k):
                    continue  # "38,200 on Friday, 46,500 on Saturday and 44,100 on Sunday, up 10% from 117,100":
                    # the list's whole moved, not its last item
                if tr.cue == "lower at" and _TIMED.search(_norm(doc.text[old.end:doc.sentences[old.sentence].end])
                                                          .split(",")[0]):
                    continue  # "closed 5p lower at 310p, down from 345p at the start of the year": another period
                frame = _check_clause(doc, slots, (i, mag), (j, fr), (k, tr))
                if frame is None:
                    continue
                # (round 27) at equal distance, the levels told after the size are its own: "climbed 11% to £1.42bn,
                # from £1.28bn, on the back of a 9% rise in passenger numbers to 8.6 million, from 7.9 million"
                dist = (abs(i - j) + abs(i - k), 0 if i < j and i < k else 1)
                if best is None or dist < best[0]:
                    best = (dist, frame)
        if best:
            out.append(best[1])
    return out


# (round 29) a "since ..., when" clause opening the sentence: its figure closes it ("Since 2012, when the festival drew
# 8,000 visitors, attendance has quadrupled"), the crowd drawn the measure's count of people
_DRAWN_VERB = re.compile(r"\b(?:drew|attracted)\s+(?:[a-z]+\s+)?$")
_DRAWN_PEOPLE = frozenset("visitors spectators fans people supporters guests attendees".split())
_DRAWN_MEASURES = frozenset("attendance attendances audience audiences crowd crowds turnout footfall gate gates".split())
_AUX = frozenset("has have had was were is are".split())


def _base_named_after(doc: Document, slots, i: int) -> int | None:
    """(round 30) Where the base a multiple names in its own phrase stands: the figure right after it, past a
    determiner or owner ("four times the £300,000", "double the nine it rented", "twice last year's 31"); None
    when the multiple names none there (a verb, "doubled to 3,100", or words of another kind: "three times higher")."""
    size = slots[i][0]
    if size.kind != Kind.MULTIPLE or i + 1 >= len(slots) or size.text.lower().endswith(_MULT_VERBS):
        return None
    gap = _norm(doc.text[size.end:slots[i + 1][0].start])
    if _OF_THE.match(gap) and ({"the", "of"} & set(gap.split()) or re.search(r"\w['’]s\b", gap)):
        return i + 1
    return None


def _since_level_of_measure(doc: Document, old: Mention, new: Mention, size: Mention) -> bool:
    """Whether the level of a fronted "since ..., when" clause is the changing measure's: the figure (and its noun)
    closes the clause, and its noun is the measure's or the new level's, or a crowd drawn ("drew", "attracted") and
    the measure its attendance.  Not "Since 2012, when the council had 40 staff, attendance ... has quadrupled", "when
    the fund drew £2m from reserves", "attracted 20,000 visitors in its first month"."""
    own = old.noun_span.end if old.noun_span is not None and old.noun_span.start >= old.end else old.end
    close = doc.text.find(",", own, size.start)
    if close < 0 or doc.text[own:close].strip():
        return False
    if old.noun is None:
        return True  # "when it cost £3.90": the measure's own level
    noun = old.noun.lower().split()[-1]
    measure = [w for w in _WORD.findall(_norm(doc.text[close:size.start])) if w not in _AUX and w not in CHANGE_WORDS]
    if noun in measure or noun.rstrip("s") in (w.rstrip("s") for w in measure) \
            or new.noun and new.noun.lower().split()[-1].rstrip("s") == noun.rstrip("s"):
        return True
    drawn = _DRAWN_VERB.search(_norm(doc.text[max(0, old.start - 30):old.start])) is not None
    return drawn and noun in _DRAWN_PEOPLE and not _DRAWN_MEASURES.isdisjoint(measure)


def _base_of_its_own(slots, k: int, tr: Role) -> bool:
    """(round 25) The figure taken for the new level, with no "to" of its own, is the base of another
    comparison ("was up from £283,500 in February and 1.6% higher than a year earlier, when the average stood
    at £280,100"): a level the measure left, not the one it reached."""
    return not tr.cue and _role(slots[k][1], "from") is not None


# round 22: the size names its own base time, so a period between is the levels' period: "made a third more in the
# first quarter than a year earlier, 4.1 against 3.6" (not "fell by 3,100 in the week to 211,000, compared with ...")
_THAN_BASE_TIME = re.compile(r"^\s*(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller|up|down)\b[^,;:()]*?\bthan\s+"
                             r"(?:(?:in|during|on|at|for|over)\s+)?(?:the\s+same\s+[a-z]+|a\s+year|twelve\s+months|"
                             r"(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+[a-z]+|(?:19|20)\d\d)\b[^,;:()]*?,?\s*$")


def _size_than_base_time(doc: Document, size: Mention, new: Mention) -> bool:
    """The size's comparative names its base time before the new level: "a third more ... than a year earlier, 4.1"."""
    return size.end < new.start and _THAN_BASE_TIME.match(_norm(doc.text[size.end:new.start])) is not None


def _to_of_later_clause(doc: Document, slots, i: int, j: int, k: int, tr: Role) -> bool:
    """The "to" figure at ``k`` is another move's new level: it stands after the size and the old level, past
    a clause break, or it cannot be a level of the old value's measure ("640 complaints, down 20% from 800,
    but spending climbed to £1.2m"; "4,318 homes, down 11% from 4,852, while the price rose 3% to £312,400")."""
    new, old = slots[k][0], slots[j][0]
    if k < max(i, j):
        return False
    if not compatible(new, old) and not _persons(new, old):
        return True
    fr = _role(slots[j][1], "from")
    if fr is not None and _old_level_time_clause(doc, old, new, fr, tr):
        return False  # "from £38m when it was approved to £64m": the old level's time, then its own "to"
    gap = re.sub(r"\([^()]*\)", " ", _norm(doc.text[slots[max(i, j)][0].end:tr.cue_start]))
    return bool(_CLAUSE_BREAKS.search(gap))


# a participle clause acting on another measure before the levels: ", squeezing the gross margin to"; not a
# verb that carries the change's own measure to its new level (", taking the full rate from ... to")
_OTHER_OBJECT = re.compile(r",\s+(?!(?:tak|bring|putt|push|lift|send|leav|rais|lower|cutt|dragg|driv|boost|reduc|mov|"
                           r"mak|giv|increas|decreas)ing\s)[a-z]+ing\s+(?:the|its|their|his|her|our)\s+"
                           r"(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+\s+(?:to|from)\s*$")
# the gaps of a list of three figures or more: "38,200 on Friday, 46,500 on Saturday and 44,100 on Sunday"
_LIST_COMMA_GAP = re.compile(r"(?:\s+[a-z'’-]+){0,3}\s*,\s*$")
_LIST_AND_GAP = re.compile(r"(?:\s+[a-z'’-]+){0,3}\s*,?\s+and\s+$")


def _closing_list_item(doc: Document, slots, k: int) -> bool:
    """The figure at ``k`` closes a list of three like figures or more, each with the same few words after it; or
    (round 31) the second of two parts "of them" after their whole: "88 goals, 51 of them at home and 37 on the road
    - six more than the 82 ..." (the whole moved)."""
    if k < 2:
        return False
    a, b, c = slots[k - 2][0], slots[k - 1][0], slots[k][0]
    if compatible(b, c) and _OF_THEM_AND_GAP.fullmatch(_norm(doc.text[b.end:c.start])) and compatible(a, c) \
            and a.value is not None and b.value is not None and c.value is not None and b.value + c.value <= a.value:
        return True
    return compatible(a, c) and compatible(b, c) \
        and bool(_LIST_COMMA_GAP.fullmatch(_norm(doc.text[a.end:b.start]))) \
        and bool(_LIST_AND_GAP.fullmatch(_norm(doc.text[b.end:c.start])))


_OF_THEM_AND_GAP = re.compile(r"\s+of\s+(?:them|which|whom)(?:\s+[a-z'’-]+){0,3}\s*,?\s+and\s+")


_COMPARE_CUES = ("compared", "against", "versus", "vs", "vs.", "as")
# a difference, not a level: "£5.9bn higher than", "12 fewer than"
_DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:higher|lower|more|less|fewer|bigger|smaller|larger|greater|up|down)"
                               r"\s+(?:on|than)\b", re.I)


def _past_small_count(doc: Document, slots, k: int, old: Mention) -> int:
    """The new level before the change: past a small count of other things right before it, to the figure
    before that when it can be the old value's new level."""
    m = slots[k][0]
    if k >= 1 and (_count_of_other_things(m, old) or _in_modifier_of(doc, m, slots[k - 1][0])) \
            and compatible(slots[k - 1][0], old) and not _count_of_other_things(slots[k - 1][0], old):
        return k - 1
    return k


# a figure given for each one of something, right after it: "33,850 per game", "£410 a head", "12 each night"
# (not a time before it, "a season earlier", nor what the figure is, "a record", "a rise", "a year" being the
# unit of a yearly level)
_PER_ONE_AFTER = re.compile(r"\s*(?:per|each|every|an?(?!\s+(?:record|high|low|total|further|new|year|" + "|".join(sorted(CHANGE_NOUNS))
                            + r")\b))\s+[a-z]+\b(?!\s+(?:earlier|later|ago|before|previously)\b)", re.I)


def _past_average(doc: Document, slots, k: int, old: Mention) -> int:
    """(round 29) "Attendance reached 2,742,000, an average of about 33,850 per game, up 9.4% from 2,506,000": the
    figure right before the old level is a rate for each game, which the old level is not; the figure before it,
    of the same measure, is the level when the old value is nearer to it in size (a total and its average differ by
    the number of games; "$4bn, or $1.20 a share, up 10% from $1.09" keeps the rate, as its old value is one)."""
    m = slots[k][0]
    if k < 1 or not _PER_ONE_AFTER.match(doc.text, m.end) or _PER_ONE_AFTER.match(doc.text, old.end):
        return k
    at = _level_before_rate(slots, k)
    level = slots[at][0]
    if not compatible(level, old) or _PER_ONE_AFTER.match(doc.text, level.end) or level.is_range \
            or not (level.value and m.value and old.value):
        return k
    return at if _size_gap(level.value, old.value) < _size_gap(m.value, old.value) else k


def _level_before_rate(slots, k: int) -> int:
    """(round 30) Where the total stands before the rate at ``k``: right before it, or before the count of the ones
    the rate is for, when that count sits between them ("63,000 tickets for its 90 performances, about 700 a night";
    "212,000 passengers on 1,460 crossings, 145 per sailing")."""
    if k >= 2 and _count_of_other_things(slots[k - 1][0], slots[k - 2][0]):
        return k - 2
    return k - 1


def _average_beside(doc: Document, slots, k: int, x: int) -> bool:
    """(round 29) The figure at ``x`` tells the level at ``k`` for each one of something, right after it ("2,742,000,
    an average of 33,850 per game"), or, right after that, how many ones it is over ("over 81 dates"): an aside
    on the level, no figure of the move; (round 30) the count of the ones may stand between them ("63,000 tickets
    for its 90 performances, about 700 a night")."""
    places = (k + 1, k + 2) if k + 2 < len(slots) and _level_before_rate(slots, k + 2) == k else (k + 1,)
    return any(_average_at(doc, slots, k, r, x) for r in places)


def _average_at(doc: Document, slots, k: int, r: int, x: int) -> bool:
    """The figure at ``r`` is the level at ``k`` for each one of something, and ``x`` is it or, right after it, how
    many ones it is over (see ``_average_beside``)."""
    if x not in (r, r + 1) or r >= len(slots):
        return False
    level, rate = slots[k][0], slots[r][0]
    if not _PER_ONE_AFTER.match(doc.text, rate.end) or _PER_ONE_AFTER.match(doc.text, level.end) \
            or not compatible(rate, level) or not (rate.value and level.value) or rate.value >= level.value:
        return False
    other = slots[x][0]
    return x == r or other.kind == Kind.COUNT and other.value is not None and other.value < rate.value


def _size_gap(a, b):
    """How many times the larger of two positive values is the smaller."""
    a, b = abs(a), abs(b)
    return max(a, b) / min(a, b)


# a place phrase between a counted noun and a smaller count of other things: "312 players from 28 countries"
_MODIFIER_LINK = re.compile(r"\s+(?:from|in|across|at|on|over)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*['’]s\s+)?", re.I)


def _in_modifier_of(doc: Document, m: Mention, head: Mention) -> bool:
    """``m`` counts other, fewer things in the post-modifier of ``head``: "312 players from 28 countries
    entered, up from 254" -- the players moved, the countries are where they came from (also past a noun
    the grammar left unattached: "214 occupied nests across 23 heronries")."""
    if m.kind != Kind.COUNT or head.kind != Kind.COUNT or m.noun is None or m.value is None or head.value is None \
            or m.noun == head.noun:
        return False
    if head.noun_span is not None:
        link = _MODIFIER_LINK.match(doc.text, head.noun_span.end)
    else:
        link = _UNATTACHED_NOUN_LINK.match(doc.text, head.end)
    return bool(link) and link.end() == m.start and m.value * 2 < head.value


# a plural noun phrase of up to three words the grammar did not attach, then the place phrase
_UNATTACHED_NOUN_LINK = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+[a-z][\w-]*s" + _MODIFIER_LINK.pattern, re.I)


# the relative clause's time, then the comma that closes it: "which was 1,200 in 2019, has ..."
_CLOSES_RELATIVE = re.compile(r"^(?:\s+(?:in|at\s+the\s+end\s+of|by)\s+(?:(?:19|20)\d\d|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)"
                              r"|\s+(?:a|one|two|three|four|five|ten)\s+(?:years?|decades?)\s+ago)?\s*,\s*"
                              r"(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?(?:since\s+|now\s+|more\s+than\s+|"
                              r"almost\s+|nearly\s+)*$", re.I)


def _closed_relative(doc: Document, old: Mention, fr: Role, verb_at: int) -> bool:
    """"Membership, which was 1,200 in 2019, has since doubled to 3,100": the old level in the subject's
    relative clause, closed by a comma right before the change's verb (at ``verb_at``)."""
    return fr.cue.lstrip(", ").startswith(("which", "that")) \
        and bool(_CLOSES_RELATIVE.match(_norm(doc.text[old.end:verb_at])))


# between a part and its whole: "31,400 of the city's 94,800"
_PARTITIVE_GAP = re.compile(r"\s+(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+['’]s\s+)?(?=\S*$)",
                            re.I)
# the break before a change in apposition: a comma or a dash ("£1,150 a month - rents have almost tripled")
_APPOSITION_BREAK = re.compile(r",|\s[-–—]\s|[–—]")
# words that may open the appositive clause before its change: a pronoun subject, auxiliaries, adverbs
_APPOSITION_LEAD = frozenset("""a an the or it they this that these those has have had is are was were be been being
    now still so far since then overall in all total altogether year""".split())


def _apposition(doc: Document, new: Mention, size: Mention, mag: Role) -> bool:
    """"£31m in March, down 60% on ...", "£1,150 a month - rents have almost tripled from ...":
    the value, then a comma or dash and its change.  Words after the break and before the change
    are a pronoun, auxiliaries or adverbs, or name the measure the value's clause names, or are
    the subject of a sentence opening "At 18,400, ..."."""
    gap = doc.text[new.end:min(size.start, mag.cue_start)]
    breaks = list(_APPOSITION_BREAK.finditer(gap))
    if not breaks:
        return False
    lead = [w for w in _WORD.findall(_norm(gap[breaks[-1].end():])) if w not in _APPOSITION_LEAD]
    if not lead:
        return True
    before = _norm(doc.text[doc.sentences[new.sentence].start:new.start]).strip()
    if before in ("at", "standing at", "now at") and len(lead) <= 4:
        return True  # "At 18,400, enrolment is down 7% on ...": the level, then its subject
    if len(lead) > 2:
        return False
    measure = _stems(before)
    return all(_stem(w) in measure for w in lead)


def _level_clause_verbs(doc: Document, new: Mention, size: Mention, mag: Role) -> list[tuple[int, int]]:
    """"31mm of rain fell in March, down 60% on the 52mm": the verb of the clause that states
    the value, before the break of the apposition, is not a second change (when no figure
    stands between)."""
    if new.start > size.start or any(new.end <= m.start < size.start and m.is_quantity
                                       for m in doc.mentions_in(new.sentence)):
        return []
    gap = doc.text[new.end:min(size.start, mag.cue_start)]
    breaks = list(_APPOSITION_BREAK.finditer(gap))
    if not breaks:
        return []
    head = _norm(gap[:breaks[-1].start()])
    return [(new.end + w.start(), new.end + w.end()) for w in _WORD.finditer(head) if w.group(0) in CHANGE_WORDS]
_TIMED = re.compile(r"\b" + _TIME_WORDS + r"\b|\b(?:start|end|beginning|peak|high|low)\b")
# "920,000 barrels a day": a rate's unit, not the period of a change
_RATE = re.compile(r"\b(?:a|an|per|each|every)\s+(?:day|week|month|quarter)\b")
_PERIOD = re.compile(r"\b(?:month|months|monthly|week|weeks|weekly|quarter|quarterly|day|days|daily|half)\b")


def _level_period_between(doc: Document, size: Mention, new: Mention, old: Mention) -> bool:
    """(round 59) The change told first, then the new level and the part of a year it was reached in, then the old
    level "compared with": "fell 15.4% to €21.4m in the first half, compared with €24.3m a year earlier" -- the two
    halves' levels, the change between them (not "fell by 3,100 in the week to 211,000, compared with ...": a
    week's change told before its level)."""
    if not size.end <= new.start or not new.end <= old.start:
        return False
    return bool(_NAMED_PART_OF_YEAR.fullmatch(_norm(doc.text[new.end:old.start])))


_NAMED_PART_OF_YEAR = re.compile(r"\s+in\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:half|quarter)"
                                 r"(?:\s+of\s+(?:the\s+year|\d{4}))?\s*,\s*(?:compared\s+(?:with|to)|against)\s+"
                                 r"(?:the\s+)?")


def _by_before(doc: Document, slots, k: int) -> bool:
    m = slots[k][0]
    prev_end = slots[k - 1][0].end if k else doc.sentences[m.sentence].start
    return bool(re.search(r"\bby\s*$", _norm(doc.text[prev_end:m.start])))


def _in_brackets(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    before = doc.text[s.start:m.start]
    return before.count("(") > before.count(")")


def is_points_count(m: Mention) -> bool:
    """"fell 6 points" beside two percentages: a change in percentage points."""
    return m.kind == Kind.COUNT and m.noun in ("point", "points") and not m.is_range


_A_POINT = re.compile(r"^\s*(?:of\s+)?a\s+(?:percentage\s+)?point\b")


def is_points_size(doc: Document, m: Mention) -> bool:
    """"6 points", "half a point", "a quarter of a percentage point": a change in points."""
    if is_points_count(m):
        return True
    return m.kind == Kind.FRACTION and bool(_A_POINT.match(_norm(doc.text[m.end:m.end + 30])))


# the figures that can be a change's size: "by 18%", "tripled", "a rise of 4 points"
_SIZE_KINDS = frozenset({Kind.PERCENT, Kind.MULTIPLE, Kind.POINTS, Kind.FRACTION})
# a move is never bigger than both its levels: a size this many times the larger level measures something else
_FAR_BEYOND = 100


def _size_fits(size: Mention, new: Mention, old: Mention) -> bool:
    if size.kind in _SIZE_KINDS:
        return True
    if is_points_count(size):
        return new.kind == Kind.PERCENT or old.kind == Kind.PERCENT or _index_points(size, new, old)
    if size.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION):
        if size.kind == new.kind == old.kind and size.value and new.value and old.value \
                and size.value > _FAR_BEYOND * max(abs(new.value), abs(old.value)):
            return False  # "to £11.44 an hour from £10.42, added about £6 million to the wage bill": another measure
            # ((round 56) the levels' sizes: "fell from -4C to -15C, a drop of 11 degrees" moves below zero)
        return all(compatible(size, v) or _bare_level(size, v) for v in (new, old))
    return False


# (round 36) the level a move of points reached, told right after "to": "to 3,890", "to close at 38,904.04" (not
# "scored 71.4 out of 100, up 3.2 points from 68.2": the 100 is no level)
_LEVEL_REACHED_BEFORE = re.compile(r"\bto\s+(?:(?:close|end|finish|settle)\s+(?:the\s+day\s+)?at\s+)?$", re.I)


def _index_points(size: Mention, new: Mention, old: Mention) -> bool:
    """(round 36) "shed 512 points to close at 38,904.04, down from 39,611.12": points moved between two plain levels
    (an index, a tally of points), no percentage: the size in the levels' own unit.  ``size`` is a count of points
    (``is_points_count``): both callers test it first."""
    return new.kind == old.kind == Kind.COUNT and new.unit is None and old.unit is None \
        and new.noun in (None, "point", "points") and old.noun in (None, "point", "points") \
        and size.precision is not None and new.precision is not None and old.precision is not None
    # (round 39: a whole "9 points" between levels to one decimal is read to its own rounding, 8.5 to 9.5: "has
    # risen by 9 points, to 31.4 a game from 25.8"; round 36 left it alone)


# a figure whose scale is a bare "m" right after it: "5.1m" (millions, or metres beside a length)
_METRES_AS_MILLION = re.compile(r"\d\s?m\s*$")
_LENGTHS = frozenset("millimeter centimeter meter kilometer inch foot yard mile".split())


def _bare_level(size: Mention, level: Mention) -> bool:
    """"fell by 18 million tonnes to 402 million": the unit stated once, on the size; the
    level may be many times the size (but not smaller than a twentieth of it)."""
    if size.kind == Kind.MEASURE and _METRES_AS_MILLION.search(level.text) \
            and any(u.name in _LENGTHS for u in resolve(size.unit)):
        return False  # "rose 50cm to 5.1m": beside a measure, "5.1m" is metres, not 5.1 million (round 19)
    return level.kind == Kind.COUNT and level.noun is None and not level.compound and not level.is_range \
        and (size.kind in (Kind.MONEY, Kind.MEASURE) or size.kind == Kind.DURATION and size.unit == "second"
             and "." in level.text and "." in size.text) \
        and bool(size.value) and bool(level.value) and level.value * 20 >= size.value


# a sentence opening on a plural subject placed by a count of other things: "Fencers from 41 clubs"
_SUBJECT_PLACED_BEFORE = re.compile(r"\W*(?:[A-Z][\w'’-]*\s+)?[A-Za-z][\w'’-]*s\s+(?:from|across|in|at)\s+(?:the\s+)?")
# the size's own level right after it: "revenue up 7% at £84.6m", "up 12% to 3,400"
_OWN_LEVEL_AFTER = re.compile(r"\s+(?:at|to)\s+(?=[£$€]?\d)")


# "to raise output from 22 buses a week to 30 and to hire 300 more workers": the object of another verb
_ANOTHER_ACT_BEFORE = re.compile(r"\band\s+to\s+[a-z]+\s+$")


# round 22: "between 2021 and 2024", read as a range of counts, names the years a change spans
_BETWEEN_YEARS = re.compile(r"between\s+(19|20)\d\d\s+and\s+(19|20)\d\d", re.I)


def _years_between(doc: Document, m: Mention) -> bool:
    """The figure is "between" two years, the earlier first, not a range of counts."""
    return m.is_range and m.kind == Kind.COUNT and m.range_hi is not None and m.value is not None \
        and _BETWEEN_YEARS.fullmatch(doc.text, m.start, m.end) is not None and m.value < m.range_hi <= m.value + 60


# (round 26) a figure spread over a shorter period or shared per head right after it: "about £1.80 a week",
# "10p a day", "£160 per pupil", "1.00 dlr a share", "for each of its 5.45 million people" ("$3.40 a
# barrel" and "a year" are a price's or a bill's own unit)
PER_SHORTER_PERIOD_AFTER = re.compile(r"^\s*(?:a|an|per|each)\s+(?:day|week|month|fortnight)\b")
PER_HEAD_AFTER = re.compile(r"^\s*(?:(?:a|an|per|each)\s+(?:share|head|capita|person|household|employee|worker|pupil|"
                            r"member|resident|patient|student|child|adult|passenger|customer)\b|(?:for|to)\s+(?:each|every)\b)")
# a year's rate after a figure, "€2m a year" (round 29; the shorter periods and heads: ``_rate_after``)
PER_YEAR_AFTER = re.compile(r"^\s*(?:(?:a|an|per|each)\s+(?:year|season)\b|annually\b)")


def _rate_after(doc: Document, m: Mention) -> str | None:
    """The per-period or per-head phrase right after a figure ("a week", "per pupil"), or None."""
    after = _norm(doc.text[m.end:m.end + 40])
    found = PER_SHORTER_PERIOD_AFTER.match(after) or PER_HEAD_AFTER.match(after)
    return found.group().split()[-1] if found else None


def _size_spread_thinner(doc: Document, size: Mention, old: Mention, new: Mention) -> bool:
    """(round 26) The amount of money changed is given per week, day, month or head while its levels are not: "to £1,967.72
    from £1,874.20, an increase of about £1.80 a week" (93.52 / 52), "a rise of about £160 per pupil": the
    whole change spread thinner, no amount of it.  Levels at the same rate keep the check ("from £212 to
    £236 a week, a rise of £14 a week")."""
    rate = _rate_after(doc, size)
    return rate is not None and rate not in (_rate_after(doc, old), _rate_after(doc, new))


# "26 women and 22 men": two parts joined, the second no level of its own
_PAIR_JOINT = re.compile(r"\s+[a-z][a-z-]*\s+and\s+")


def _check_clause(doc, slots, size_slot, old_slot, new_slot) -> Frame | None:
    (i, mag), (j, fr), (k, tr) = size_slot, old_slot, new_slot
    size, old, new = slots[i][0], slots[j][0], slots[k][0]
    if i > max(j, k) and _ANOTHER_ACT_BEFORE.search(doc.text, max(0, size.start - 30), size.start):
        return None
    if new.compound and not old.compound and new.kind == Kind.COUNT:
        return None  # "drew 23,400 spectators to the 5,000-seat arena, ... an increase of 18% from 19,800": a size
    own = _OWN_LEVEL_AFTER.match(doc.text, size.end)
    if own and i + 1 < len(slots) and slots[i + 1][0].start == own.end() and i + 1 not in (j, k):
        return None  # "rose to £9.2m from £7.8m, on revenue up 7% at £84.6m": the size moves its own level
    if new.kind == Kind.COUNT and new.noun is not None \
            and _SUBJECT_PLACED_BEFORE.fullmatch(doc.text, doc.sentences[new.sentence].start, new.start):
        return None  # "Fencers from 41 clubs took part, up from 268": the subject moved, the clubs place it
    if k > 0 and k - 1 not in (i, j) and slots[k - 1][0].kind == new.kind \
            and _PAIR_JOINT.fullmatch(doc.text, slots[k - 1][0].end, new.start):
        return None  # (round 28) "The squad of 26 women and 22 men is seven bigger than the 41": the level is their sum
    lo_i, hi_i = min(i, j, k), max(i, j, k)
    asides = []
    # no other figure of the same family inside the frame
    for x in range(lo_i + 1, hi_i):
        if x in (i, j, k):
            continue
        other = slots[x][0]
        if _in_brackets(doc, other):
            continue  # "$84.6m (£66m)": a conversion, not another figure
        aside = _per_share_aside(doc, other)
        if aside is not None:
            asides.append(aside)  # "to $2.31 bln, or $1.42 a share, from ...": the level per share
            continue
        if _small_beside(other, (size, old, new)):
            continue  # "fell by 1,150 in the past three years, to 4,210 from 5,360": a small count of other things
        if _average_beside(doc, slots, k, x):
            continue  # "reached 2,742,000, an average of 33,850 per game over 81 dates, up 9.4% from ...": its average
        if _years_between(doc, other):
            continue  # "tripled between 2021 and 2024, rising from 212 to 463": the change's span (round 22)
        if x == k + 1 and _whole_of_level(doc, new, other) and _part_moves_as_told(doc, new, other, old, fr, mag):
            continue  # "538,000 of the area's 780,000 premises ..., up from 412,000, an increase of ...": its whole
        if (x == k + 1 or x in (i + 1, j + 1) and _count_of_other_things(other, old)) and _count_of_other_things(other, new) \
                or x == k + 1 and _in_modifier_of(doc, other, new):
            continue  # "48,620 visits across its three sites, an increase of ...": a small count beside the level
            # (or right after the old level or the size: "from 41,200 at the 12 stations, up 6,700";
            # "312 players from 28 countries entered, up from 254": where they came from)
        if other.kind in (old.kind, new.kind, size.kind) or other.kind == Kind.COUNT:
            return None
        if other.kind in _SIZE_KINDS and (_role(slots[x][1], "mag") is not None or _by_before(doc, slots, x)):
            return None  # "rates that have more than tripled ..., lifted revenue by 18% to $4.6bn": the nearer size's levels
    lo = min(size.start, old.start, new.start, mag.cue_start, fr.cue_start, tr.cue_start)
    hi = max(size.end, old.end, new.end)
    skip = [(m.start, m.end) for m in (size, old, new)] + [(mag.cue_start, mag.cue_end),
                                                          (fr.cue_start, fr.cue_end), (tr.cue_start, tr.cue_end)]
    skip.extend(_restatement(doc, size, mag, fr, tr))
    skip.extend(asides)
    skip.extend(_hedged_periods_between(doc, size.sentence, min(old.end, new.end), max(old.start, new.start)))
    if not tr.cue and k == i - 1:
        skip.extend(_level_clause_verbs(doc, new, size, mag))
    skip.extend(_clause_before_apposed_size(doc, size, mag, old, new))
    skip.extend(_old_level_time_clause(doc, old, new, fr, tr))
    skip.extend(_circumstance_before_old(doc, old, new, fr))
    skip.extend(_circumstance_before_levels(doc, size, old, fr))
    between = _frame_between(doc, lo, hi, skip)
    if _CLAUSE_BREAKS.search(between):
        return None
    if "with" in between and _SOURCE_FINDING.search(between):
        if not _source_levels_fit(doc, size, old, new):
            return None
        between = _SOURCE_FINDING.sub(" ", between)
    if _WITH_OTHER_SUBJECT.search(between):
        own = _with_names_own_measure(doc, size, mag, old, new)
        if own is None:
            return None
        # its verb moves the size's measure: the same text with the clause's opening blanked
        between = _SOURCE_FINDING.sub(" ", _frame_between(doc, lo, hi, skip + [own]))
    if any(w in CHANGE_WORDS for w in _WORD.findall(_without_still_particles(between, old, new))):
        return None
    direction = mag.direction
    if size.kind == Kind.MULTIPLE:
        direction = 0
    return Frame(size=size, new=new, old=old, direction=direction, cue=mag.cue)


def _frame_between(doc: Document, lo: int, hi: int, skip: list[tuple[int, int]]) -> str:
    """The words of a change's frame [lo, hi) that are none of its figures or cues (``skip``), without brackets or a
    circumstance told after "after" ("... to 164p after a profit warning, having closed at")."""
    between = re.sub(r"\([^()]*\)", " ", _clean_between(doc, lo, hi, skip))
    return _AFTER_CIRCUMSTANCE.sub(" ", between) if _CIRCUMSTANCE_LEADS.search(between) else between


# (round 28) the subject of a ", with" clause that names the measure again, no place or owner of its own: "Rents
# rose 9%, with the average rent climbing from A to B"; "Knife crime has halved, with recorded offences falling
# from A to B" (a word of one synonym group). Not a part: "with rents in Dublin", "with the Asian market".
_WITH_SUBJECT = re.compile(r",\s*with\s+(?P<subject>[^,;:()]*?)\s*$")
_PART_MODIFIER = re.compile(r"\s(?:at|in|on|for|across|outside|from|among|of)\s|\b[A-Z]|['’]s\b")
# (round 28 review) the only words before the head that leave the measure as it is: a determiner, a word of how the
# figure is summed, where it comes from or the period it is paid for ("the average monthly rent", "total
# enrollment", "recorded offences"). Not a kind of the measure ("detached house prices", "online sales", "operating
# profit") nor a rate of it ("per pupil").
_SAME_MEASURE_WORDS = frozenset("the a an its their average typical median mean total overall recorded reported "
                                "annual yearly monthly weekly".split())
_PER_YEAR_WORDS = frozenset(("annual", "yearly"))
# a change told for less than a year, which levels of a whole year cannot bear out ("rose 3% in May")
_PART_OF_YEAR = re.compile(r"\b(?:" + _MONTHS + r"|months?|quarters?|weeks?|half)\b")


def _with_names_own_measure(doc: Document, size: Mention, mag: Role, old: Mention, new: Mention) -> tuple[int, int] | None:
    """The size is told first, the two levels after a ", with" whose subject names the size's own measure by its
    head word (or a synonym) and no place, owner or other part of it: the levels are the change's own. The span of
    the clause's opening (", with" to its verb), if so."""
    start = min(size.start, mag.cue_start)
    if not start < min(old.start, new.start) or size.end > min(old.start, new.start):
        return None
    sent = doc.sentences[size.sentence]
    # the last "from" before the levels: "rose 10% from a year earlier, with the average rent climbing from A to B"
    cue = None
    for cue in _FROM_CUE_BEFORE.finditer(doc.text, size.end, min(old.start, new.start)):
        pass
    if cue is None:
        return None
    said = _WITH_SUBJECT.search(doc.text, size.end, cue.start())
    if said is None or _PART_MODIFIER.search(" " + said.group("subject") + " "):
        return None
    subject = doc.text[sent.start:start]
    cut = _NAME_CUT.search(subject)
    subject = subject[:cut.start()] if cut else subject
    words = _WORD.findall(_norm(said.group("subject")))
    if not cue.group("dir"):
        if not words or words[-1] not in CHANGE_WORDS | _MOVE_VERBS:
            return None  # "with the average rent climbing from": the verb of the move closes the subject
        words.pop()
    tail = doc.text[max(old.end, new.end):sent.end]
    if _TIMED.search(_norm(re.split(r"[,;:(]", tail, maxsplit=1)[0])) \
            or _TIMED.search(_norm(doc.text[min(old.end, new.end):max(old.start, new.start)])):
        return None  # "rising from A to B since 2020", "from A in 2019 to B now": a move over another period
    if _same_measure_named(subject, words, doc.text[sent.start:said.start()]):
        return said.start(), cue.end()
    return None


def _same_measure_named(subject: str, words: list[str], told: str) -> bool:
    """The with-subject's words (its verb taken off) name the subject's measure by their last word, and every word
    before it is a determiner, a word of ``_SAME_MEASURE_WORDS`` or a word of the subject itself ("house prices");
    "annual" only when the change is not told for part of a year (``told``: the sentence up to the ", with")."""
    if not words or not _names_measure(subject, words[-1]):
        return False
    own = _stems(subject)
    for w in words[:-1]:
        if w in _PER_YEAR_WORDS and _PART_OF_YEAR.search(_norm(told)):
            return False
        if w not in _SAME_MEASURE_WORDS and not (_stems(w) and _stems(w) <= own):
            return False
    return True


_FROM_CUE_BEFORE = re.compile(r"\s(?P<dir>up\s+|down\s+)?from\s")
_MOVE_VERBS = frozenset("going gone went moving moved".split())


# round 22: "with" and a subject of its own opens another measure's move: "sales rose 15%, with the Asian
# market up from $410m to $520m" (not the change named again: ", with an increase of 15%"; not the levels
# themselves, a figure straight after "with", blanked to spaces here: ", with 2,012 contracts compared to 2,119"; not
# an item told with "a"/"an", whose move is the size told: ", with an all-day ticket going from £6 to £7.20", round 18)
_WITH_OTHER_SUBJECT = re.compile(r",\s*with\s(?!(?:a|an)\s)(?!(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+)?(?:rise|increase|fall|drop|gain|"
                                 r"decline|jump|growth|cut|reduction|loss|climb|slump|surge)s?\b)"
                                 r"(?!(?:only|just|about|around|some|nearly|almost|over|under|roughly)\s+\s)[a-z]")


# round 25: ", with" then a count or report and its verb of finding names where the levels come from, no measure of
# its own: "has halved in two years, with the autumn street count finding 148 people ..., compared with 212 in 2021",
# ", with official figures showing 1,400 ... against 900" (not ", with the Asian market up from ...")
_SOURCE_FINDING = re.compile(r",\s*with\s+(?:(?:the|a|an|its|their|this|last|latest|new|official)\s+)*(?:[a-z][\w'’-]*\s+){0,2}?"
                             r"(?:count|census|survey|figures|data|tally|audit|statistics|snapshot|study|report|review|"
                             r"register|records)\s+(?:finding|found|showing|showed|recording|recorded|counting|counted|"
                             r"revealing|putting|logging|listing|identifying)\b")


def _source_levels_fit(doc: Document, size: Mention, old: Mention, new: Mention) -> bool:
    """Levels after ", with" and their source (``_SOURCE_FINDING``) are the changed measure's two ends only when the
    change is told over a span the levels can bear out ("has halved in two years", "since 2022"; ``_SPAN_OF``: not
    "rose 8% last year" beside levels of a month or another base year) and, when the measure names what it counts
    ("visitor numbers", "the number of passengers"), the levels count that (not "30 school groups")."""
    sent = doc.sentences[size.sentence]
    told = doc.text[sent.start:min(old.start, new.start)]
    source = _SOURCE_FINDING.search(told)
    if source is None or _SPAN_OF.search(told, 0, source.start()) is None:
        return False
    counted = _COUNTED_IN_MEASURE.search(told, 0, source.start())
    if counted is None:
        return True
    measure_stem = _stem((counted.group(1) or counted.group(2)).lower())
    return all(_stem(m.noun.lower()) == measure_stem for m in (old, new) if m.noun)


# what a measure counts when its name says so: "visitor numbers", "the number of passengers"
_COUNTED_IN_MEASURE = re.compile(r"\b([a-z]+)\s+numbers\b|\bnumbers?\s+of\s+([a-z]+)", re.I)


# round 25: a verb and its particle that move nothing: people lodged for the night ("bedded down outdoors", "settled
# down", "hunkered down"; ``_LODGED_PARTICLE``), or the measure's own members, its noun unsaid ("with 540 signed
# up", "turned up"; ``_STILL_PARTICLE``: not "48 new hotels set up", "700 workers signing up", other things counted;
# not "marked down", "pushed up", "went up": moves of their own)
_LODGED_PARTICLE = re.compile(r"\b(?:bed(?:ded|s)?|bedding|settl(?:e|ed|es|ing)|hunker(?:ed|s|ing)?|hol(?:e|ed|es|ing)|"
                              r"camp(?:ed|s|ing)?)\s+(?:up|down)\b")
_STILL_PARTICLE = re.compile(r"\b(?:s[ae]t|sits|sitting|la(?:y|id|ys|ying)|lying|shut(?:s|ting)?|"
                             r"br(?:oke|oken|eaks?|eaking)|sign(?:ed|s|ing)?|turn(?:ed|s|ing)?|show(?:ed|s|ing)?|"
                             r"queu(?:e|ed|es|ing)|lin(?:e|ed|es|ing)|lock(?:ed|s|ing)?)\s+(?:up|down)\b")


def _without_still_particles(between: str, old: Mention, new: Mention) -> str:
    """``between`` less the verbs and particles that move nothing (see _LODGED_PARTICLE, _STILL_PARTICLE)."""
    between = _LODGED_PARTICLE.sub(" ", _SEASON_FALL.sub(" ", between))
    return between if old.noun or new.noun else _STILL_PARTICLE.sub(" ", between)


# (round 37) the American autumn, a time and no move: "fell 15% this fall to 3,910"
_SEASON_FALL = re.compile(r"\b(?:this|last|next|in\s+the|early|late|until\s+the)\s+fall\b", re.I)


# round 21: a clause of circumstance between the new level and the old one set apart after it: "doubled to 96,000
# after the new wing opened, up from 47,000", "fell to 310 when the bridge shut, compared with 520"
_CIRCUMSTANCE_BEFORE_OLD = re.compile(r"^(?:\s+(?:[a-z][\w'’-]*|(?:19|20)\d\d)){0,3}?(?P<clause>\s*,?\s*(?:after|following|when|once|since|as)\s+[^,;:()–—\d]*?),"
                                      r"\s*$")


# (round 37) "dropped by a third after the low-emission zone was introduced, from 930 to 780": what the move followed
_CIRCUMSTANCE_BEFORE_FROM = re.compile(r"\s+(?P<clause>(?:in\s+the\s+(?:days?|weeks?|months?|year)\s+)?(?:after|following|once|when|during|amid|throughout)\s+[^,;:()\d–—]{1,70}?)\s*,?\s*$",
                                       re.I)
# (round 56) a "since" clause, its levels set apart after a comma or a dash, and "up from": "have tripled since the
# team moved grounds -- up from 700 a game to 2,100"
_SINCE_BEFORE_FROM = re.compile(r"\s+(?P<clause>since\s+(?:the|it|they|he|she|its|their)\s+[^,;:()\d–—]{1,60}?)"
                                r"\s*(?:,|\s[–—-])\s*$")


def _circumstance_before_levels(doc: Document, size: Mention, old: Mention, fr: Role) -> list[tuple[int, int]]:
    """(Round 37) The span of a short clause of what the move followed (at most nine words, no verb of change, no
    clause word) between the size and the ", from" of the levels after it: "dropped by a third after the zone was
    introduced, from 930 to 780"."""
    if not size.end < fr.cue_start <= old.start or fr.cue not in ("from", "up from", "down from"):
        return []
    mc = _CIRCUMSTANCE_BEFORE_FROM.match(doc.text, size.end, fr.cue_start) if fr.cue == "from" else None
    since = mc is None and size.kind == Kind.MULTIPLE
    if since:
        mc = _SINCE_BEFORE_FROM.match(doc.text, size.end, fr.cue_start)
    if not mc:
        return []
    words = _WORD.findall(mc.group("clause").lower())
    if since:  # (round 56) "since the club moved to the new pool": a move of place, no change of a figure
        words = [w for w in words if w != "moved"]
    nominal = words[0] in ("during", "amid", "throughout")  # (round 51) "during the market slump": a time, no move
    if len(words) > 9 or any(w in CHANGE_WORDS and not nominal or w in ("while", "but", "and", "whereas", "which", "who")
                             for w in words):
        return []
    return [(mc.start("clause"), mc.end("clause"))]


def _circumstance_before_old(doc: Document, old: Mention, new: Mention, fr: Role) -> list[tuple[int, int]]:
    """The span of a short clause of circumstance (no verb of change, at most eight words) between the new level
    and the ", up from"/", down from"/", compared with" cue of the old level after it, if there is one."""
    if not new.end < fr.cue_start <= old.start or not fr.cue.startswith(("up from", "down from", "compared")):
        return []
    gap = doc.text[new.end:fr.cue_start]
    mc = _CIRCUMSTANCE_BEFORE_OLD.match(_norm(gap))
    if not mc:
        return []
    words = _WORD.findall(mc.group("clause"))
    if len(words) > 9 or any(w in CHANGE_WORDS or w in ("while", "but", "and", "whereas") for w in words):
        return []
    return [(new.end + mc.start("clause"), new.end + mc.end("clause"))]

def _hedged_periods_between(doc: Document, idx: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of hedged periods and dates in [lo, hi), between the two levels: "£3.50 for up to two hours, up
    from £2.80" -- the hedge's "up" is part of the period, no change word (round 17)."""
    return [(m.start, m.end) for m in doc.mentions_in(idx)
            if m.hedge and m.kind in _NOT_FIGURES and lo <= m.start and m.end <= hi]


# ", after two airlines pulled out - ": a clause of circumstance, closed by a comma or dash
_CIRCUMSTANCE = re.compile(r"^\s*,?\s*(?:after|as|when|because|following|amid|despite)\b[^,;:()–—]*?(?:,|\s[-–—]|[–—])\s*"
                           r"(?:a|an)\s+$")


def _clause_before_apposed_size(doc, size: Mention, mag: Role, old: Mention, new: Mention) -> list[tuple[int, int]]:
    """"fell from 4.6m to 3.9m after two airlines pulled out - a loss of 0.7m": the two values,
    a clause of circumstance, then the change in apposition ("a loss of", "a fall of"): the clause
    is left out of the frame's words.  Its span, if so."""
    last = max(old.end, new.end)
    if size.start < last or mag.cue not in CHANGE_NOUNS or mag.cue_start < last:
        return []
    gap = doc.text[last:mag.cue_start]
    return [(last, mag.cue_start)] if _CIRCUMSTANCE.match(_norm(gap)) else []


# "from £38m when it was approved to £64m", "from 1,100 after the merger to", "from $3.1bn, when it began, to",
# "from £900 a month when the survey began to": the
# old level's time told as a short clause of its own, closed by "to" and the new level
_OLD_TIME_CLAUSE = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s*,?\s*(?:when|after|before|as|at\s+the\s+time\s+of|back\s+in)\s+"
                              r"(?:[a-z][\w'’-]*\s+){0,7}?[a-z][\w'’-]*\s*,?\s*")
_OLD_TIME_CLAUSE_STOP = frozenset("but while whereas although though however and or to from than".split())


def _old_level_time_clause(doc, old: Mention, new: Mention, fr: Role, tr: Role) -> list[tuple[int, int]]:
    """"rose from £38m when it was approved to £64m now": a clause of the old level's time between the old level
    (after "from") and the "to" of the new one is left out of the frame's words.  Its span, if so."""
    if not fr.cue.endswith("from") or not tr.cue.endswith("to") or not old.end <= tr.cue_start < new.start:
        return []
    start = old.noun_span.end if old.noun_span is not None and old.end <= old.noun_span.end < tr.cue_start else old.end
    gap = _norm(doc.text[start:tr.cue_start])  # (past the level's own noun: "from 2,400 head when ...")
    if not _OLD_TIME_CLAUSE.fullmatch(gap) or _OLD_TIME_CLAUSE_STOP.intersection(_WORD.findall(gap)):
        return []
    return [(old.end, tr.cue_start)]


def _small_beside(other: Mention, frame: tuple[Mention, ...]) -> bool:
    """A count under 100, written in words, beside a frame of counts each over ten times as large
    or of sums and measures: it counts other things ("three years", "two airlines"), not the
    measure that moved."""
    if other.kind != Kind.COUNT or other.value is None or other.value >= 100 or any(c.isdigit() for c in other.text):
        return False
    return all(m.kind in (Kind.MONEY, Kind.MEASURE)
               or m.kind == Kind.COUNT and m.value is not None and abs(m.value) > 10 * other.value for m in frame)


def _whole_of_level(doc: Document, level: Mention, other: Mention) -> bool:
    """(round 27) ``other`` is the whole the level is a part of, told straight after it ("538,000 of the area's
    780,000 premises", "9,100 out of 12,400 pupils"): larger than the level, of its kind, and no level of the move."""
    return other.kind == level.kind and (other.unit or "") == (level.unit or "") and not other.is_range \
        and other.value is not None and level.value is not None and 0 < level.value < other.value \
        and bool(_PARTITIVE_GAP.match(doc.text, level.end, other.start))


# (mend, round 27) the whole's own noun, then the old level's cue straight after it: "310 of the 420 beds, up from 380"
_WHOLE_NOUN_THEN_BREAK = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*,\s*$", re.I)


def _part_moves_as_told(doc: Document, part: Mention, whole: Mention, old: Mention, fr: Role, mag: Role) -> bool:
    """(mend, round 27) The part told with its whole ("310 of the 420 beds") is the level that moves only when it
    moves the way the text says from the old level, and the old level is not set straight after the whole's noun
    ("Some 310 of the 420 beds, up from 380 before the refit, were occupied": the whole may be the one that rose)."""
    told = mag.direction or fr.direction
    if told and (part.value - old.value) * told <= 0:
        return False
    return not _WHOLE_NOUN_THEN_BREAK.match(doc.text, whole.end, fr.cue_start)


def _count_of_other_things(m: Mention, level: Mention) -> bool:
    """A count with a noun of its own, a twentieth of the level or less, in digits or words: a count of
    other things beside the level ("across its three sites", "this summer's four heatwaves", "the day's 12
    races"), never its value (``_small_beside`` above asks less of the scale, more of the writing)."""
    return m.kind == Kind.COUNT and not m.compound and m.noun is not None and m.value is not None \
        and level.value is not None and m.value * 20 < level.value


_RESTATE = re.compile(r"[,–—-]\s*([a-z]+ing)(?:\s+(?:it|them))?\s*$")
_PER_SHARE_ASIDE = re.compile(r"\s*(?:a|per)\s+(?:diluted\s+|basic\s+)?share\s*,")


def _per_share_aside(doc: Document, m: Mention) -> tuple[int, int] | None:
    """", or $1.42 a share," after a company's level: the same level per share, an aside.
    Its span, from the comma before it to the comma after it."""
    if m.kind != Kind.MONEY:
        return None
    before = doc.text[max(0, m.start - 6):m.start]
    comma = before.rfind(",")
    if comma < 0 or before[comma + 1:].strip().lower() != "or":
        return None
    after = _PER_SHARE_ASIDE.match(doc.text, m.end)
    return (m.start - len(before) + comma, after.end()) if after else None


def _restatement(doc: Document, size: Mention, mag: Role, fr: Role, tr: Role) -> list[tuple[int, int]]:
    """"doubled this year, rising from 3,400 to 5,100": a participle after a comma
    that restates the change (same direction) just before its values."""
    cues = [c for c in (fr, tr) if c.cue and c.cue_start > size.end]
    if not cues:
        return []
    first = min(c.cue_start for c in cues)
    lo = max(size.end, mag.cue_end)
    mt = _RESTATE.search(_norm(doc.text[lo:first]))
    if not mt or mt.group(1) not in CHANGE_WORDS:
        return []
    want = mag.direction
    if size.kind == Kind.MULTIPLE and size.value is not None:
        want = 1 if size.value > 1 else -1
    if want and direction_of(mt.group(1)) != want:
        return []
    return [(lo + mt.start(1), lo + mt.end(1))]


_MULT_POST = re.compile(r"^\s*(?:as\b|(?:more|higher|greater|bigger|larger)\b|the\b|that\b|what\b|"
                        r"over\b|increase|rise|jump|growth)")


_MULT_VERBS = ("doubled", "tripled", "trebled", "quadrupled", "halved", "doubling", "tripling", "trebling",
               "quadrupling", "halving")
# "double", "triple" as a verb: "will double to 4,000 from 1,900", "set to triple over a decade"
_MULT_BARE = ("double", "triple", "treble", "quadruple")
_MULT_BARE_VERB = re.compile(r"^\s*(?:to|from|in|over|since|between|this|last|next)\b")


def multiple_role(doc: Document, m: Mention) -> Role | None:
    """"doubled", "five times as many", "a threefold rise": a multiple that sizes a change
    (and not "five times" as a count of occasions)."""
    s = doc.sentences[m.sentence]
    post = _norm(doc.text[m.end:min(s.end, m.end + 40)])
    low = m.text.lower()
    if low.endswith(_MULT_VERBS) or (low.endswith(_MULT_BARE) and _MULT_BARE_VERB.match(post)):
        return Role("mag", low.split()[-1], m.start, m.end, -1 if low.endswith(("halved", "halving")) else 1)
    mp = _MULT_POST.match(post)
    if mp:
        # "four times higher than in 2020": the comparative belongs to the multiple, not a second change
        end = m.end + mp.end() if mp.group(0).strip() in COMPARATIVES_UP else m.end
        return Role("mag", low, m.start, end, 0)
    return None


# ------------------------------------------------------------------ relations

@dataclass(frozen=True)
class SizedChange(Relation):
    """A change stated with its size and the two values it moves between; ``direction`` is +1
    where the text says up, -1 down, 0 where it says neither.  Each kind of change is a subclass,
    checked by its own rules (the rules dispatch on the subclass, never on this base)."""

    change: Mention = None  # type: ignore[assignment]
    old: Mention = None  # type: ignore[assignment]
    new: Mention = None  # type: ignore[assignment]
    direction: int = 0

    def members(self) -> tuple[Mention, ...]:
        return (self.change, self.old, self.new)


@dataclass(frozen=True)
class AbsoluteChange(SizedChange):
    """"up 23 from 117" and "to 140": a stated difference between two stated values."""


@dataclass(frozen=True)
class GapBetween(AbsoluteChange):
    """(round 52) A gap told between two figures of one time, no move: "1.2kg heavier than Rahman, who came in at
    70.6kg" (see ``compared_gaps``); checked as any stated difference, told as a gap."""


@dataclass(frozen=True)
class MultipleChange(Relation):
    """"doubled from 2,700 to 5,350", "38, half the 76": a stated ratio of two values.

    ``more`` is set where the wording can mean either N times or N+1 times
    ("five times more than", "a threefold increase")."""

    multiple: Mention = None  # type: ignore[assignment]
    old: Mention = None  # type: ignore[assignment]
    new: Mention = None  # type: ignore[assignment]
    more: bool = False

    def members(self) -> tuple[Mention, ...]:
        return (self.multiple, self.old, self.new)


@dataclass(frozen=True)
class SpreadChange(SizedChange):
    """(round 26) "to £1,967.72 from £1,874.20, an increase of about £1.80 a week": the change between two
    levels with no period of their own (a year's bill or fee, a month's rent), given per week, month, day
    or fortnight; ``periods`` are how many of them the levels' period can hold: a year (52 to 52.3 weeks),
    a month (4 to 4.4 weeks) or the period itself (1)."""

    periods: tuple[Interval, ...] = ()
    period: str = "week"


def _days(lo: int, hi: int, per: int) -> Interval:
    return Interval(Fraction(lo, per), Fraction(hi, per))


# how many of each period a year, a month and the period itself hold (a year of 365 or 366 days, a month of
# 28 to 31 days); the year's count first (the one a finding names)
_PERIODS_IN_LEVEL = {"day": (_days(365, 366, 1), _days(28, 31, 1), _days(7, 7, 1), _days(1, 1, 1)),
                     "week": (_days(365, 366, 7), _days(28, 31, 7), _days(1, 1, 1)),
                     "fortnight": (_days(365, 366, 14), _days(28, 31, 14), _days(1, 1, 1)),
                     "month": (_days(12, 12, 1), _days(1, 1, 1))}
# the levels told at a period of their own: "weekly earnings", "a monthly rent", "£9.50 an hour"
_LEVEL_PERIOD = re.compile(r"\b(?:daily|weekly|monthly|fortnightly|quarterly|hourly|(?:a|an|per|each)\s+"
                           r"(?:day|week|month|fortnight|quarter|hour|night|game|match|head))\b")


def _spread_periods(doc: Document, f: Frame, rate: str) -> tuple[Interval, ...] | None:
    """How many of the size's period (``rate``, the size's ``_rate_after``) the levels' period can hold, where the
    levels are amounts of money with no period of their own in the sentence (but the size's rate phrase): "to
    £1,967.72 from £1,874.20, an increase of about £1.80 a week"."""
    if rate not in _PERIODS_IN_LEVEL or not f.old.kind == f.new.kind == f.size.kind == Kind.MONEY:
        return None
    sent = doc.sentences[f.size.sentence]
    text = _norm(doc.text[sent.start:f.size.end] + " " + doc.text[f.size.end + 40:sent.end])
    return None if _LEVEL_PERIOD.search(text) else _PERIODS_IN_LEVEL[rate]


# (round 48) what a change led to, after both its levels: "cut from 9.5 million to 7.1 million, forcing it to drop
# two training camps" (a clause of its own, opened by a participle, counting another thing)
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:its|their|the|his|her|our)\b", re.I)
_CLAUSE_AFTER_LEVELS = re.compile(r",\s+(?:[a-z]+\s+){0,2}?[a-z]{3,}ing\b")


def _count_of_what_followed(doc: Document, f) -> bool:
    last = max(f.old.end, f.new.end)
    if f.size.kind != Kind.COUNT or f.size.start < last:
        return False
    if not f.size.noun:
        if not _PARTITIVE_AFTER.match(doc.text, f.size.end):
            return False  # ("drop two of its three teams": some of another thing)
    elif normalise(f.size.noun.lower()) in {normalise(m.noun.lower()) for m in (f.old, f.new) if m.noun}:
        return False
    if re.search(r"\b(?:of|by)\s+(?:(?:about|around|some|nearly|almost|just|over)\s+)?$",
                 doc.text[max(0, f.size.start - 24):f.size.start]):
        return False  # ", meaning a drop of 250 members": the change named
    return _CLAUSE_AFTER_LEVELS.search(doc.text, last, f.size.start) is not None


# (round 52) a figure that is itself a gap to a rival, no level: "finished 20 seconds ahead of Kiprop"
_GAP_TO_RIVAL_AFTER = re.compile(r"\s+(?:ahead\s+of|behind|clear\s+of|adrift\s+of|short\s+of)\b", re.I)


def find_absolute_changes(doc: Document):
    for f in frames(doc):
        if _count_of_what_followed(doc, f) or _GAP_TO_RIVAL_AFTER.match(doc.text, f.new.end) \
                or _GAP_TO_RIVAL_AFTER.match(doc.text, f.old.end):
            continue
        if f.size.kind == Kind.MONEY and _size_spread_thinner(doc, f.size, f.old, f.new):
            rate = _rate_after(doc, f.size)
            periods = _spread_periods(doc, f, rate)
            if periods is not None:
                yield SpreadChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                                   direction=f.direction, periods=periods, period=rate)
            continue  # "£160 per pupil" beside a budget's levels: a figure per head, no amount of the change
        if f.size.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION) \
                and (not is_points_count(f.size) or _index_points(f.size, f.new, f.old)
                     and _LEVEL_REACHED_BEFORE.search(doc.text, max(0, f.new.start - 24), f.new.start) is not None):
            yield AbsoluteChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                                 direction=f.direction)
    for size, role, old, new in colon_levels(doc):
        if size.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) and role.direction and not is_points_count(size):
            yield AbsoluteChange(link="explicit", cue="change: the levels at two times", change=size, old=old,
                                 new=new, direction=role.direction)


# after the colon: "2,900 parcels in 2022 and 4,100 last year" -- a figure, a few words of its
# noun, its time; the link to the second figure; and the second figure's time
_LEVEL_TIME = r"(?:\s+[a-z][\w'’-]*){{0,3}}?\s+(?:in\s+(?P<y{n}>(?:19|20)\d\d)|(?P<r{n}>last|this)\s+year)\b"
_FIRST_LEVEL = re.compile(_LEVEL_TIME.format(n=1) + r"\s*,?\s*(?:and|compared\s+with|against|versus)\s+$")
_SECOND_LEVEL = re.compile(_LEVEL_TIME.format(n=2) + r"\s*(?:[.;,)]|$)")
# between the change and the colon, only its period: "in three years", "over the past decade"
_COLON_LEAD = re.compile(r"^(?:\s+(?:in|over|since|during|within|the|past|last|this|a|few|just|only|years?|months?|"
                         r"decades?|(?:19|20)\d\d|first|second|third|fourth|final|half|quarter|week|season|so|far|"
                         r"january|february|march|april|may|june|july|august|september|october|november|december)\b)*"
                         r"\s*$")
# a measure between an article and its noun: "a 400g loaf", "the 2kg bag" (round 21)
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|each|every|per)\s*$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!of\b|and\b|or\b|to\b|in\b|a\b|an\b|the\b)[a-z][\w'’-]*", re.I)


def _attributive_measure(doc: Document, m: Mention) -> bool:
    """A measure describing the thing a sentence prices or counts ("a 400g white loaf"), no level of its own."""
    return m.kind == Kind.MEASURE and not m.is_range and bool(_ARTICLE_BEFORE.search(doc.text, max(0, m.start - 8),
                                                                                     m.start)) \
        and bool(_NOUN_AFTER.match(doc.text, m.end))


# an attribution closing the change before the colon (round 21): "has gone up by a third, bakers say: ..."
_COLON_SAID = re.compile(r"\s*,\s*(?:(?:the|a|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*\s+(?:say|says|said|"
                         r"report|reports|reported|estimate|estimates|estimated)\s*$")
# "in the first half": a period, not a figure
_HALF_OF_YEAR = re.compile(r"\b(?:first|second)\s+half$", re.I)
# the separator before the levels: a colon, or a spaced dash ("doubled in a year - from 800 to 1,700")
_LEVELS_APART = re.compile(r":|\s[-–—]\s")
# or, with neither in the sentence, a bracket closing it (round 18): "has twice as many pupils as in 2010 (840, up
# from 280)."
_LEVELS_BRACKETED = re.compile(r"\s\((?=[^()]*\)\W*$)")
# two levels told as a move after the separator: "there were 63, up from 42"; "from 42 to 63";
# "63, compared with 42"; a few words (a subject and its verb) may open it
_PAIR_OPENS = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,4}?(?:from\s+)?$")
_PAIR_GAP_FROM = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}\s*,?\s*(?:up|down)?\s*$"
                            # "124 people were counted last month, against 186": the level's own clause (round 17)
                            r"|^(?:\s+[a-z][\w'’-]*){3,8}\s*,\s*$")
_SPAN_WORDS = re.compile(r"\b[\w-]+\s+(?:years?|months?|decades?)\b")


def _read_once(key: str):
    """(round 23, speed) A helper whose readings depend on the document alone and that several finders walk
    (``colon_levels``: three of them): what it yields, read once per document and kept in ``doc.memo`` under
    ``key`` (a tuple, walked again by the later callers)."""
    def wrap(helper):
        def once(doc: Document):
            found = doc.memo.get(key)
            if found is None:
                found = doc.memo[key] = tuple(helper(doc))
            return found
        once.__name__, once.__qualname__, once.__doc__ = helper.__name__, helper.__qualname__, helper.__doc__
        return once
    return wrap


_MORE_CUES = frozenset({"more", "fewer", "less", "as many", "as much"})


@_read_once("colon-levels")
def colon_levels(doc: Document):
    """(size, role, old, new): a change, then a colon and the measure's two levels at two
    stated times ("has doubled in three years: 2,900 parcels in 2022 and 4,100 last year";
    "fell by 300 since 2019: 1,450 pupils then and ..." is not read: each level needs its
    year or "last/this year")."""
    pub_year = doc.published.year if doc.published is not None else None
    for idx, ms in _by_sentence_figures(doc).items():
        sent = doc.sentences[idx]
        text = doc.text[sent.start:sent.end]
        if sent.headline or (":" not in text and " - " not in text and "–" not in text and "—" not in text
                             and " (" not in text):
            continue
        apart = _LEVELS_APART.search(text) or _LEVELS_BRACKETED.search(text)
        if apart is None:
            continue
        colon = sent.start + apart.start()
        before = [m for m in ms if m.end <= colon and not (
            m.kind is Kind.FRACTION and _HALF_OF_YEAR.search(doc.text, max(sent.start, m.start - 8), m.end))]
        after = [m for m in ms if m.start > colon]
        if len(after) == 3:  # round 21: "a 400g loaf that cost €1.20 ...": the measure describes the thing priced
            after = [m for m in after if not _attributive_measure(doc, m)]
        if len(before) != 1 or len(after) != 2:
            continue
        size = before[0]
        role = multiple_role(doc, size) if size.kind == Kind.MULTIPLE else _fraction_as_many(doc, size) or \
            _role(dict(sentence_slots(doc, before)).get(size, []), "mag")
        if role is None:
            continue
        lead = _COLON_SAID.sub("", _norm(doc.text[max(size.end, role.cue_end):colon]))  # (round 21: ", bakers say")
        if not (_COLON_LEAD.match(_SPAN_WORDS.sub(" ", lead)) or _base_lead(doc, size, role, colon)):
            # (round 44) "A third more candidates sat the exam this year - 9,600, up from 8,100": the subject's short
            # clause, then the levels told as a move, which names the base itself
            if role.cue not in _MORE_CUES or len(lead.split()) > 8 or _CLAUSE_BREAKS.search(lead) \
                    or {"than", "as"} & set(lead.lower().split()):  # ("than rivals": the base is another's)
                continue
            pair = _levels_as_move(doc, after[0], after[1], colon + len(apart.group(0)))
            if pair is not None:
                yield size, role, pair[0], pair[1]
            continue
        pair = _levels_at_years(doc, after[0], after[1], pub_year) if apart.group(0) == ":" else None
        if pair is None and apart.group(0) == ":":  # round 21: "... in 2021 now sells for €1.80"
            pair = _levels_at_times(doc, after[0], after[1], colon + 1)
        if pair is None:
            pair = _levels_as_move(doc, after[0], after[1], colon + len(apart.group(0)))
        if pair is not None:
            yield size, role, pair[0], pair[1]


# a multiple's base named by its time alone, before the separator (round 18): "four times as many members as it
# did in 2018: 372, up from 124", "three times higher than in 2015 - £90, compared with £30", "half as much as a
# decade ago"; the words of the measure between "as many" and "as", no figure, no verb of change
_MULTIPLE_BASE_LEAD = re.compile(
    # (round 25: the measure's own year among its words, "as many deaths on the roads in 2023 as a decade earlier")
    r"^\s*(?:as\s+[a-z]+(?:\s+(?!as\b|than\b)(?:[a-z][\w'’-]*|(?:19|20)\d\d)){0,8}?\s+as"
    r"|(?:more|higher|greater|bigger|larger|longer|dearer|less|fewer|lower|smaller|cheaper|shorter)"
    r"(?:\s+(?!as\b|than\b)(?:[a-z][\w'’-]*|(?:19|20)\d\d)){0,6}?\s+than"
    # "a fourfold rise in calls since 2020"
    r"|(?:rise|increase|jump|growth)(?:\s+in(?:\s+(?!since\b)[a-z][\w'’-]*){1,3})?(?=\s+since\b)"
    r"|what(?=\s+(?:it|they|there|he|she|we)\s+(?:was|were|had|did)\b))"
    # the subject and its verb again: "as it did", "as it handled", "what they were"
    r"(?:\s+(?:it|they|there|we|he|she)(?:\s+(?!in\b|on\b|at\b)[a-z][\w'’-]*){1,2})?"
    # a "when" clause naming the base's time: "as when it opened in 2011", "what it was when it was set up in 2010"
    r"(?:\s+when(?:\s+(?!in\b|on\b|at\b|as\b|than\b)[a-z][\w'’-]*){1,6}?)?"
    r"(?:(?=(?:\s+[a-z][\w'’-]*|\s+(?:19|20)\d\d)*?\s+" + _TIME_WORDS + r"\b)"
    r"(?:\s+(?:in|on|at|during|over|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"same|period|point|time|this|last|previous|since|" + _TIME_WORDS + r"))+"
    # (round 21) or by an event: "as before the lane opened", "than when the scheme began", "as before the pandemic"
    # (round 28: a year among the event's words, "as it did after the 2019 election", "than before the 2008 crash")
    r"|\s+(?:before|after|since|when)(?:\s+(?!as\b|than\b|and\b|or\b|but\b)(?:[a-z][\w'’-]*|(?:19|20)\d\d)){1,6}"
    # (round 22) or by "last" alone, the period named before it: "this year than last", "this season as last"
    r"|\s+last)\s*$")
# a comparative of a fall: a multiple before it ("three times lower") is no ratio this module reads
_DOWN_LEAD = re.compile(r"^\s*(?:less|fewer|lower|smaller|cheaper|shorter)\b")


def _base_lead(doc: Document, size: Mention, role: Role, colon: int) -> bool:
    """The words between the size and the separator name the base by its time (_MULTIPLE_BASE_LEAD): a multiple or
    "half as many" ("four times as many members as in 2018: ..."), or a percentage sizing a comparative ("40% more
    members than in 2018: 372, up from 124", "12% lower than in 2019 - ..."; round 18)."""
    lead = _norm(doc.text[size.end:colon])
    if not _MULTIPLE_BASE_LEAD.match(lead) or _earlier_year_first(lead) \
            or _levels_of_another_time(lead, _norm(doc.text[colon:doc.sentences[size.sentence].end])):
        return False
    if size.kind in (Kind.MULTIPLE, Kind.FRACTION):
        return not _DOWN_LEAD.match(lead)
    # (round 22) or a count, sum or measure sizing it: "Roughly 2,000 more students sat the exam this year than last -
    # about 31,500, up from 27,400"
    if size.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) and not _LEVEL_RIGHT_AFTER.match(doc.text, colon):
        return False  # "300 more nurses joined this year than last - the trust employs 4,100, up from 3,700": others
    return size.kind in (Kind.PERCENT, Kind.COUNT, Kind.MONEY, Kind.MEASURE) and role.direction != 0 \
        and role.cue in COMPARATIVES_UP | COMPARATIVES_DOWN


def _earlier_year_first(lead: str) -> bool:
    """(round 25) The measure's year before the base's, and earlier: "half as many in 2013 as in 2023" sizes the
    old level against the new (the levels after the separator are not told in that order)."""
    years = _YEAR_IN_LEAD.findall(lead)
    return len(years) >= 2 and years[0] < years[-1]


_YEAR_IN_LEAD = re.compile(r"\b(?:19|20)\d\d\b")


def _levels_of_another_time(lead: str, after: str) -> bool:
    """(round 28 review) A base named by an event ("than before the 2010 cuts", "as after the crash"), and the levels
    after the separator told with a time of their own: a year that is not the event's, or "last year", "last
    season" ("2,500, compared with 1,900 in 2019"): the old level is of that time, not the event's base."""
    if not _EVENT_LEAD.search(lead):
        return False
    event_years = set(_YEAR_IN_LEAD.findall(lead))
    return any(y not in event_years for y in _YEAR_IN_LEAD.findall(after)) or bool(_LAST_TIME.search(after))


_EVENT_LEAD = re.compile(r"\b(?:before|after|since|when)\s")
_LAST_TIME = re.compile(r"\b(?:last|this|previous)\s+" + _TIME_WORDS + r"\b")


# the separator, then the level at once (a hedge at most): " - about 31,500, up from 27,400" (round 22)
_LEVEL_RIGHT_AFTER = re.compile(r"(?::|\s[-–—]\s|\s\()\s*(?:(?:about|around|roughly|some|nearly|almost|just|over|under|"
                                r"more\s+than|less\s+than)\s+)*[£$€]?\d", re.I)


# "half as many", "a third as much": a fraction sizing the level against its base, as a multiple does
_AS_MANY = re.compile(r"^\s*as\s+(?:many|much)\b")


def _fraction_as_many(doc: Document, m: Mention) -> Role | None:
    """"half as many visitors as in 2019": the fraction as the size of the level against its base (round 18)."""
    if m.kind != Kind.FRACTION or not _AS_MANY.match(_norm(doc.text[m.end:m.end + 20])):
        return None
    return Role("mag", m.text.lower(), m.start, m.end, 0)


def _one_measure(a: Mention, b: Mention) -> bool:
    """Two levels of one measure: the same kind and unit, or (round 22) the unit said on the first only, the
    second a bare count ("cost 1.20 euros in 2021 now sells for 1.80"; the order checked by ``compatible``)."""
    if (a.kind, a.unit) == (b.kind, b.unit):
        return True
    first, second = (a, b) if a.start < b.start else (b, a)
    return second.kind == Kind.COUNT and second.noun is None and not second.compound and first.unit is not None \
        and first.kind in (Kind.MONEY, Kind.MEASURE)


def _levels_as_move(doc: Document, a: Mention, b: Mention, opens: int):
    """(old, new): the two levels after the separator told as a move with no size of its own --
    "there were 63, up from 42 (a year earlier)", "from 42 to 63", "63 compared with 42"."""
    if a.is_range or b.is_range or not a.value or not b.value or not _one_measure(a, b) \
            or not compatible(a, b) or a.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
        return None
    if not _PAIR_OPENS.match(_norm(doc.text[opens:a.start])):
        return None
    slots = dict(sentence_slots(doc, [a, b]))
    ra, rb = slots.get(a, []), slots.get(b, [])
    if _has_mag(ra) or _has_mag(rb):
        return None
    if _role(ra, "from") is not None and _role(rb, "to") is not None:
        return a, b
    if _role(rb, "from") is not None and not ra and _PAIR_GAP_FROM.match(
            _norm(doc.text[a.end:_role(rb, "from").cue_start])):
        return b, a
    return None


def _levels_at_years(doc: Document, a: Mention, b: Mention, pub_year: int | None):
    """(old, new): "2,900 parcels in 2022 and 4,100 last year", two levels of one measure
    each with its year, the earlier year's the old one; else None."""
    sent = doc.sentences[b.sentence]
    first = _FIRST_LEVEL.fullmatch(_norm(doc.text[a.end:b.start]))
    second = _SECOND_LEVEL.match(_norm(doc.text[b.end:sent.end]))
    if first is None or second is None or a.is_range or b.is_range or not a.value or not b.value \
            or not _one_measure(a, b) or not compatible(a, b):
        return None
    times = []
    for m, n in ((first, 1), (second, 2)):
        y, rel = m.group(f"y{n}"), m.group(f"r{n}")
        times.append(int(y) if y else None if pub_year is None else pub_year - (rel == "last"))
    if None in times or times[0] == times[1]:
        return None
    return (a, b) if times[0] < times[1] else (b, a)


def _dated_levels(doc: Document, ms: list[Mention]):
    """A lead's only two figures as levels at their years: "handed out 2,900 parcels in 2022 and
    4,100 last year" -> (old, new, where the second figure starts)."""
    if len(ms) != 2 or any(r for _, r in sentence_slots(doc, ms)):
        return None
    pair = _levels_at_years(doc, ms[0], ms[1], doc.published.year if doc.published is not None else None)
    return None if pair is None else (pair[0], pair[1], ms[1].start)


_AMBIGUOUS_MORE = re.compile(r"^\s*(?:more|higher|greater|bigger|larger|increase|rise|jump|growth)\b")


def _ambiguous_more(doc: Document, size: Mention) -> bool:
    """"three times higher than in 2018 - £12, against £3": N times or N+1 times, as in a clause's frame
    (not after "doubled", "tripled", "twice")."""
    return size.kind == Kind.MULTIPLE and bool(_AMBIGUOUS_MORE.match(_norm(doc.text[size.end:size.end + 20]))) \
        and not size.text.lower().endswith(_MULT_VERBS + _MULT_BARE + ("twice",))


def find_multiple_changes(doc: Document):
    for f in frames(doc):
        if f.size.kind == Kind.MULTIPLE:
            if for_each(doc, f.new) or for_each(doc, f.old):
                continue  # "each received £3,000, half of the £12,000 prize fund between them"
            if f.cue in COMPARATIVES_DOWN:
                continue  # "three times lower than in 2015: £30, compared with £90": a third, or the fall's size (round 18)
            yield MultipleChange(link="explicit", cue=f.cue, multiple=f.size, old=f.old, new=f.new,
                                 more=_ambiguous_more(doc, f.size))
    for size, role, old, new in colon_levels(doc):
        if size.kind == Kind.MULTIPLE or _fraction_as_many(doc, size) is not None:  # "half as many as in 1990: ..."
            yield MultipleChange(link="explicit", cue="multiple: the levels at two times", multiple=size, old=old,
                                 new=new, more=_ambiguous_more(doc, size))
    yield from _fraction_appositions(doc)
    yield from _ratios(doc)
    yield from _multiple_then_levels(doc)
    for mult, old, new in headline_multiples(doc):
        yield MultipleChange(link="inferred", cue=f"{mult.text.lower()} (headline)", multiple=mult, old=old, new=new)
    for mult, old, new in demonstrative_multiples(doc):
        yield MultipleChange(link="inferred", cue=f"{mult.text.lower()} (the sentence before's level)", multiple=mult,
                             old=old, new=new)
    for mult, old, new in multiple_beside_levels(doc):
        yield MultipleChange(link="inferred", cue=f"{mult.text.lower()} (the sentence beside)", multiple=mult,
                             old=old, new=new, more=_ambiguous_more(doc, mult))


# "half the 76 of ...", "twice the 2019 figure of 1,200", "triple its 2019 level of 1,200"
_OF_THE = re.compile(r"^\s*(?:of\s+)?(?:(?:the|its|their|that\s+of|those\s+of)\s+|"
                     # (round 37) "four times last year's total of 8,100 hectares": a period's own
                     r"(?:last|this|next|the\s+previous)\s+(?:year|season|month|week|summer|winter)['’]s\s+)?"
                     r"(?:[a-z][\w'’-]*\s+|(?:19|20)\d\d\s+(?=(?:[a-z][\w'’-]*\s+)?of\s+$)){0,3}$")
_COPULA = frozenset("is was are were be been now stood stands remains remained".split())
# the base named by its time, its figure in a "when" clause (round 18): "2.4bn litres, half the level of a month
# ago, when it stood at 7.2bn"; "40,000, half as many as in 2019, when it had 80,000"; (round 31) the base told as
# "what it was" at its time: "At 5.8%, the rate is more than three times what it was in late 2021, when it stood at 2.3%"
_BASE_WHEN = re.compile(
    r"^\s*(?:(?:of\s+)?(?:the|its|their|that\s+of|those\s+of)(?:\s+[a-z][\w'’-]*){0,3}?(?:\s+(?:of|in|on|at|from))?"
    r"|what\s+(?:it|they|there|we|he|she)\s+(?:was|were|had\s+been|stood\s+at|cost|had)(?:\s+(?:in|on|at|during))?"
    # (round 37) "half what the original took in 2019, when it opened with £14.2m": the base's subject named
    r"|what\s+(?:the|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:took|made|earned|raised|sold|drew|grossed|"
    r"attracted|cost|fetched|scored|won)(?:\s+(?:in|on|at|during))?"
    r"|as\s+(?:many|much)(?:\s+[a-z][\w'’-]*){0,3}?\s+as(?:\s+(?:in|on|at|during))?"
    r"|(?:more|higher|greater|bigger|larger)\s+than(?:\s+(?:in|on|at|during))?)"
    r"(?P<time>(?:\s+[\w'’-]+){1,5}?)\s*,\s*when(?P<gap>(?:\s+[a-z]+){0,4}?)\s*$")


_WHEN_PRONOUNS = frozenset("it they there he she we".split())
# (round 37) a word of degree between the copula and the multiple: "was only half what ..."
_DEGREE_WORDS = frozenset("only just barely nearly almost roughly about around exactly precisely".split())
_FRONTED_AT = re.compile(r"\s*[\"'‘“]?At\s+")
# the base described, then its figure in brackets (round 18): "a third of the number in 2019 (24,000)", "three
# times the 2015 total (£20m)", "three times what it spent in 2015 (£2m)"
_BASE_BRACKETED = re.compile(r"^\s*(?:of\s+)?(?:the|its|their|those\s+of|that\s+of|what\s+(?:it|they|there|we|he|she))"
                             r"(?:\s+[\w'’-]+){1,5}?\s*\(\s*$")


def _base_bracketed(doc: Document, gap: str, base: Mention) -> bool:
    """The gap before the base is its description and an opening bracket, closed right after the base, with no
    verb of change or clause break in it (see _BASE_BRACKETED)."""
    return bool(_BASE_BRACKETED.match(gap)) and doc.text[base.end:base.end + 1] == ")" \
        and not any(w in CHANGE_WORDS for w in _WORD.findall(gap)) and not _CLAUSE_BREAKS.search(gap)


# (round 29) the base described with its determiner or owner, then its figure in apposition between commas (or
# closing the sentence): "£14.2m, more than twice the previous record for the artist, £8.1m", "is twice the club's
# previous record, the £47m it paid", "four times last year's total, $2.9m, the charity said"
# (round 55: or told by a relative of holding, "five times the capacity of the old stadium, which held 5,000")
_HOLDING_RELATIVE = r"(?:which|that)\s+(?:held|had|seated|housed|took|carried|employed|drew)\s+"
_BASE_APPOSED = re.compile(r"^\s*(?:the|its|their|his|her|last|(?:[a-z]|\d{4}(?=['’]))[\w-]*['’]s)"
                           r"(?:\s+[\w'’-]+){1,7}?\s*,\s*(?:(?:the|its|their|his|her)\s+|" + _HOLDING_RELATIVE + r")?$")
# what may follow the apposed base: the sentence's end, a comma, or a short relative or participle on it ("set in
# 2019", "it paid for a winger", "who came in 1998") -- not a comparative or "of" that makes it a part or a margin
_APPOSED_BASE_AFTER = re.compile(r"^\s*(?:[,.;)]|$|(?!(?:of|more|less|fewer|higher|lower|up|down|above|below|"
                                 r"than|and|or|to|from|per|a|an|each)\b)[a-z])")


_HOLDING_RELATIVE_END = re.compile(r",\s*" + _HOLDING_RELATIVE + r"$")


def _base_apposed(doc: Document, gap: str, base: Mention) -> bool:
    """The gap before the base is its description, closed by a comma, with no verb of change, clause break or
    comparative in it, and the base stands alone after it (see _BASE_APPOSED)."""
    words = _WORD.findall(gap)
    described = _HOLDING_RELATIVE_END.sub(",", gap)  # (round 55) "..., which held" is no clause break of the base's
    return bool(_BASE_APPOSED.match(gap)) and not _CLAUSE_BREAKS.search(described) \
        and not any(w in CHANGE_WORDS or w == "than" for w in words) \
        and bool(_APPOSED_BASE_AFTER.match(_norm(doc.text[base.end:base.end + 20])))


def _more_than_base(mult: Mention, gap: str) -> bool:
    """"three times higher than in 2015, when ...", "three times more than the 380 of 2020": N or N+1 times
    (round 18 for the base in a "when" clause; round 26 for any base after "more than", as a clause's frame
    reads it; see MultipleChange.more)."""
    return mult.kind == Kind.MULTIPLE and bool(_AMBIGUOUS_MORE.match(gap)) \
        and not mult.text.lower().endswith(_MULT_VERBS + _MULT_BARE + ("twice",))


def _comparative_gap(gap: str) -> int:
    """The gap between a fraction or multiple and its base opens with a comparative and its "than" (round 26):
    +1 for "more/higher than (the)", -1 for "fewer/lower than (the)", else 0.  There the figure is the size of
    the difference, not the level's ratio to its base: "14, a third fewer than the 21" is 21 less a third."""
    words = _WORD.findall(gap)
    if len(words) < 2 or words[1] != "than":
        return 0
    return 1 if words[0] in COMPARATIVES_UP else -1 if words[0] in COMPARATIVES_DOWN else 0


def _base_when(doc: Document, level: Mention, gap: str) -> bool:
    """The gap between a fraction or multiple and its base is its time and a "when" clause (see _BASE_WHEN)
    whose subject, if any, is a pronoun or names the measure of the level's clause (not "when costs stood at")."""
    mw = _BASE_WHEN.match(gap)
    if not mw or not re.search(r"\b" + _TIME_WORDS + r"\b", mw.group("time")):
        return False
    words = _WORD.findall(mw.group("gap"))
    if any(w in _WHEN_GAP_STOP for w in words):
        return False
    subject = [w for w in words if w not in ("the", "its", "their")][:1]
    return not subject or subject[0] in _WHEN_PRONOUNS or _stem(subject[0]) in _stems(
        _norm(doc.text[doc.sentences[level.sentence].start:level.end + 40]))


# the fractions read as a level's ratio to its base: "half the 76 of the year before"
_BASE_FRACTIONS = ("half", "a half", "a third", "a quarter", "one third", "one quarter", "two thirds", "two-thirds",
                   "three quarters", "three-quarters")


def _fraction_appositions(doc: Document):
    """"38 burglaries, half the 76 of the year before"; "530, twice the 265 recorded"."""
    for ms in _by_sentence_figures(doc).values():
        for k in range(1, len(ms) - 1):
            a, mult, b = ms[k - 1], ms[k], ms[k + 1]
            if mult.kind not in (Kind.FRACTION, Kind.MULTIPLE) or mult.text.lower().endswith(_MULT_VERBS):
                continue
            if for_each(doc, a):
                continue  # "each received £3,000, half of the £12,000 prize fund between them": the two together
            if mult.kind == Kind.FRACTION and mult.text.lower().strip() not in _BASE_FRACTIONS:
                continue
            lead = _norm(doc.text[a.end:mult.start]).rstrip()
            lead_words = _WORD.findall(lead)
            told = lead_words[:-1] if lead_words[-1:] and lead_words[-1] in _DEGREE_WORDS else lead_words
            appositive = lead.endswith((",", "-", "–", "—")) or (told and told[-1] in _COPULA)
            gap = _norm(doc.text[mult.end:b.start])
            comparative = _comparative_gap(gap)
            if comparative and (mult.kind == Kind.FRACTION or comparative < 0):
                continue  # "a third fewer than the 21": the change's size (read by the percent change); "three
                # times fewer than": a third, or the fall's size (as find_multiple_changes leaves it)
            as_many = _as_many_as_base(gap) or _as_many_as_owner(doc.text[mult.end:b.start]) \
                or _base_place_which(doc, doc.text[mult.end:b.start], b)
            # (round 31) the level fronted, its subject and copula after the comma: "At 5.8%, the average fixed
            # mortgage rate is now more than three times what it was ..." (a longer subject)
            fronted = bool(_FRONTED_AT.fullmatch(doc.text, doc.sentences[a.sentence].start, a.start)) \
                and lead.startswith(",") and lead_words and lead_words[-1] in _COPULA
            of_stuff = lead_words[:1] == ["of"] and a.kind == Kind.MEASURE  # (round 37) "21,600 hectares of forest ..."
            # (round 47: "as many as the" names its base, a longer subject may come between: "Some 4,700 people from
            # the Tarkan valley applied for asylum last year, three times as many as the 2,100 who ...")
            if not appositive or len(lead_words) > (10 if fronted else 12 if as_many else 8 if of_stuff else 5) \
                    or not (compatible(a, b) or as_many and _own_start_base(doc, a, b, mult)) \
                    or _CLAUSE_BREAKS.search(lead) or any(w in CHANGE_WORDS for w in lead_words):
                continue
            as_many = as_many or _base_who(doc, doc.text[mult.end:b.start], a, b)
            if mult.text[:1].isupper() or not (_OF_THE.match(gap) and (
                    {"the", "of"} & set(gap.split()) or re.search(r"\w's\b", gap)) or _base_when(doc, a, gap)
                                               or _base_bracketed(doc, gap, b) or _base_apposed(doc, gap, b)
                                               or as_many):
                continue
            yield MultipleChange(link="explicit", cue=_norm(doc.text[mult.start:b.start]).strip(),
                                 multiple=mult, old=b, new=a, more=_more_than_base(mult, gap))


# (round 56) the base, counted in another word for the thing, is what the subject itself began with: "now keeps 96
# hives, four times as many as the 24 colonies it started with"
_OWN_START_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they|he|she|the\s+(?:club|firm|company|charity|group|"
                              r"school|farm|town|city|council))\s+(?:started|began|opened|launched|set\s+out)\s+with\b")


def _own_start_base(doc: Document, level: Mention, base: Mention, mult: Mention) -> bool:
    """(round 56) Two counts, both of things named, the base the subject's own start ("the 24 colonies it started
    with"): one thing counted in two words, so the multiple compares them -- read only where their ratio is within
    twice the multiple either way (not "900 pupils, three times as many as the two schools it started with")."""
    if not (level.kind == base.kind == Kind.COUNT and not base.is_range and not level.is_range and base.noun is not None
            and level.noun is not None and base.value and level.value and mult.value
            and _OWN_START_AFTER.match(doc.text, noun_end(base)) is not None):
        return False
    ratio = level.value / base.value
    return mult.value / 2 <= ratio <= mult.value * 2


# round 21: the base named after "as many as" with its determiner: "1,146 frogs this spring, three times as many as
# the 380 of 2020", "as much rain as last year's 410mm" (not a bare "as many as 296": a hedge of the figure)
_AS_MANY_AS = re.compile(r"^\s*as\s+(?:many|much)(?:\s+(?!again\b|more\b|over\b)[a-z][\w'’-]*){0,2}?\s+as\s+")
# (not "half as many again as the 16": half as many more, 24)


# (round 33) the base a named holder's, told by a "who" clause: "19 goals, twice as many as his nearest rival, Ruiz,
# who has 14", "are three times as many as Ada Kerr, who scored 12"
_BASE_WHO = re.compile(r"^\s*as\s+(?:many|much)(?:\s+[a-z][\w'’-]*){0,2}?\s+as\s+"
                       r"(?:(?:the|his|her|their|its)(?:\s+[a-z][\w'’-]*){1,3}\s*,?\s*)?"
                       r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*who\s+"
                       r"(?:has|had|have|scored|took|won|made|collected|earned|got|managed|recorded|claimed)"
                       r"(?:\s+(?:scored|taken|won|made|collected|earned|managed|recorded|claimed))?\s*$")


def _base_who(doc: Document, gap: str, level: Mention, base: Mention) -> bool:
    """(round 33) The gap (as written, its capitals kept) between a multiple and its base names the base's holder and a "who" clause giving the base,
    of the level's own thing or none ("who has 14", "who has 14 goals"; not "who has 14 assists"), the clause ending
    there."""
    if not _BASE_WHO.match(re.sub(r"\s+", " ", gap)):
        return False
    if base.noun and level.noun and base.noun.lower() != level.noun.lower():
        return False
    return bool(re.match(r"\s*(?:[a-z]+\s*)?(?:[.,;:]|$)", doc.text[base.end:doc.sentences[base.sentence].end]))


# (round 56) the base a named place's, told by a "which" clause: "612 fires in the north, three times as many as in
# neighbouring Tarsa, which recorded 204"
_BASE_PLACE_WHICH = re.compile(r"^\s*as\s+(?:many|much)\s+as\s+(?:in|on|at)\s+(?:(?:neighbouring|nearby|neighboring|the)\s+)?"
                               r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s*,\s*which\s+(?:recorded|had|saw|reported|"
                               r"registered|counted|logged)\s*$")


def _base_place_which(doc: Document, gap: str, base: Mention) -> bool:
    """(round 56) The gap (as written) names the base's place and a "which" clause giving it, the clause ending at the
    base (its noun aside)."""
    if not _BASE_PLACE_WHICH.match(re.sub(r"\s+", " ", gap)):
        return False
    return bool(re.match(r"\s*(?:[.,;:]|$)", doc.text[noun_end(base):doc.sentences[base.sentence].end]))


_NAMED_OWNER_OPENS = re.compile(r"^\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s\s+")


def _as_many_as_owner(gap: str) -> bool:
    """(round 48) "three times as many as Westport's 22": the base a named owner's, straight after "as many as" (the
    gap as written, its capitals kept)."""
    ma = _AS_MANY_AS.match(gap.lower())
    return ma is not None and _NAMED_OWNER_OPENS.fullmatch(gap[ma.end():]) is not None


def _as_many_as_base(gap: str) -> bool:
    """The gap between a multiple and its base is "as many (things) as" and the base's determiner or owner."""
    ma = _AS_MANY_AS.match(gap)
    if not ma:
        return False
    rest = gap[ma.end():]
    return bool(_OF_THE.match(rest)) and bool({"the", "of"} & set(rest.split()) or re.search(r"\w['’]s\b", rest)) \
        and not any(w in CHANGE_WORDS or w in _GAP_STOP - {"of"} for w in _WORD.findall(rest))

_RATIO_PAIR = re.compile(r"^\s*(?:to|-to-|‑to‑)\s*$")


# (round 42) the base described after a multiple, then a separator: "three times last year's level, 8,400 ..."
_BASE_NAMED_THEN_LEVELS = re.compile(r"^\s*(?:(?:of\s+)?(?:the|its|their)\s+|(?:last|the\s+previous|a)\s+(?:year|season|"
                                     r"month|week|decade)['’]s\s+)(?:[a-z][\w-]*\s+){0,2}?(?:level|figure|total|number|"
                                     r"rate|tally|count|size)\s*(?:,|:|\s[-–—]+|\s+at)\s*$", re.I)  # (round 43: "level at")
# between the two levels: the later against the earlier
_LEVEL_AGAINST = re.compile(r"^\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from|from)\s+"
                            r"(?:(?:the|a)\s+)?$", re.I)
# after a multiple's verb and its new level, a short clause, then the old level: "halved to 140 dollars after the
# carrier arrived, from 220 dollars before"
_CLAUSE_THEN_FROM = re.compile(r"^\s+(?:after|since|when|once|as)\s+[^,;:.()\d]{3,50}?,\s*(?:up\s+|down\s+)?from\s+$", re.I)


# (round 43) a multiple's verb, a short clause, then a participle of the move and its two levels: "Sales doubled after
# she won the prize, climbing from 14,000 copies to 21,000"
_CLAUSE_THEN_PARTICIPLE = re.compile(r"^\s+(?:after|since|when|once|as)\s+[^,;:.()\d]{3,50}?,\s*"
                                     r"(?:climbing|rising|growing|jumping|going\s+up|increasing|soaring|falling|"
                                     r"dropping|sliding|shrinking|going\s+down|decreasing|slumping)\s+from\s+$", re.I)
# (round 59) a multiple's verb, its object, then a relative clause moving it between two levels: "has halved the wait
# for a hip replacement, which has fallen from 14 months to nine months"
_OBJECT_THEN_WHICH_MOVED = re.compile(r"^\s+(?:the|its|their|his|her|our)\s+[^,;:.()\d]{2,50}?,\s*which\s+"
                                      r"(?:has|have|had)\s+(?:fallen|dropped|declined|shrunk|risen|climbed|grown|"
                                      r"increased|jumped|gone\s+(?:up|down))\s+from\s+$", re.I)
_WHICH_DOWN = re.compile(r"\b(?:fallen|dropped|declined|shrunk|down)\b")
_PARTICIPLE_DOWN = ("falling", "dropping", "sliding", "shrinking", "going down", "decreasing", "slumping")


def _multiple_then_levels(doc: Document):
    """(round 42) A multiple, then the two levels it compares: "Cases are now three times last year's level, 8,400
    against 3,900" (the base named, a separator, the later level "against", "compared with" or "up from" the
    earlier); and a multiple's verb, its new level, a short clause, then ", from" the old level: "Fares halved to
    140 dollars after the carrier arrived, from 220 dollars before"."""
    for ms in _by_sentence_figures(doc).values():
        for k in range(len(ms) - 2):
            mult, new, old = ms[k], ms[k + 1], ms[k + 2]
            if mult.kind != Kind.MULTIPLE or not compatible(new, old) or new.is_range or old.is_range \
                    or not new.value or not old.value:
                continue
            if _BASE_NAMED_THEN_LEVELS.match(doc.text[mult.end:new.start]) \
                    and _LEVEL_AGAINST.match(doc.text[new.end:old.start]) \
                    and not mult.text.lower().endswith(_MULT_VERBS):
                yield MultipleChange(link="explicit", cue="multiple: the two levels after it", multiple=mult,
                                     old=old, new=new, more=_ambiguous_more(doc, mult))
            elif mult.text.lower().endswith(_MULT_VERBS) and re.fullmatch(r"\s+to\s+", doc.text[mult.end:new.start]) \
                    and _CLAUSE_THEN_FROM.match(doc.text[new.end:old.start]):
                yield MultipleChange(link="explicit", cue=f"{mult.text.lower()} to ... from", multiple=mult,
                                     old=old, new=new)
    for ms in _by_sentence_with_durations(doc).values():  # (round 59) "halved the wait, ... from 14 months to nine"
        for k in range(len(ms) - 2):
            mult, old, new = ms[k], ms[k + 1], ms[k + 2]
            if mult.kind != Kind.MULTIPLE or not mult.text.lower().endswith(_MULT_VERBS) or not compatible(new, old) \
                    or new.is_range or old.is_range or not new.value or not old.value:
                continue
            mc = _CLAUSE_THEN_PARTICIPLE.match(doc.text[mult.end:old.start]) \
                or _OBJECT_THEN_WHICH_MOVED.match(doc.text[mult.end:old.start])
            if not mc or not re.fullmatch(r"\s+(?:[a-z]+\s+)?to\s+", doc.text[old.end:new.start]):
                continue
            if any(compatible(new, o) for o in ms[k + 3:]):
                continue  # "climbing from 14,000 to 21,000 in the first week and to 28,000 by ...": the move goes on
            moved = _norm(mc.group(0)).split(",")[-1].strip()
            falling = moved.startswith(_PARTICIPLE_DOWN) or moved.startswith("which") and bool(_WHICH_DOWN.search(moved))
            if falling != mult.text.lower().startswith("halv"):
                continue  # the participle moves the other way: another measure
            yield MultipleChange(link="explicit", cue=f"{mult.text.lower()}, ... from ... to", multiple=mult,
                                 old=old, new=new)


def _ratios(doc: Document):
    """"outnumber visitors four to one, with 480 members against 120 guests": a
    stated ratio and the two counts it summarises."""
    by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT) and m.interval is not None \
                and not doc.sentences[m.sentence].chrome:
            by_sent.setdefault(m.sentence, []).append(m)
    for ms in by_sent.values():
        for k in range(len(ms) - 3):
            a, one = ms[k], ms[k + 1]
            if a.kind != Kind.COUNT or one.kind != Kind.COUNT or one.value != 1 or a.value is None \
                    or not 1 < a.value <= 100 or not _RATIO_PAIR.match(doc.text[a.end:one.start]):
                continue
            for x in range(k + 2, len(ms) - 1):
                new, old = ms[x], ms[x + 1]
                roles = roles_for(doc, old, new.end, ms[x + 2].start if x + 2 < len(ms) else
                                  doc.sentences[old.sentence].end)
                fr = _role(roles, "from")
                if fr is None or fr.cue.split()[0] not in _COMPARE_CUES + ("to",):
                    continue
                # the two counts of a ratio count different things: "45 wins against 24 defeats"
                if (new.kind, new.unit) != (old.kind, old.unit) or new.is_range or old.is_range:
                    break
                between = _norm(doc.text[one.end:new.start])
                if _CLAUSE_BREAKS.search(between) or len(_WORD.findall(between)) > 8:
                    break
                yield MultipleChange(link="explicit", cue=_norm(doc.text[a.start:one.end]).strip(),
                                     multiple=a, old=old, new=new)
                break


# ------------------------------------------------------------------ changes across sentences
#
# Three inferred links (warnings), each made only where the text is unambiguous:
#
# * "Last season the club averaged 21,400. This season the average has risen
#   by 3,800 to 23,100": a change with its new value and no old value takes
#   the one level of the same kind the sentence right before states, when
#   that level is not itself a change or an old value, the head word of the
#   measure is in the sentence before ("the average has risen" / "averaged"),
#   both sentences name their periods and not the same ones ("last season",
#   "this season"; years), and the two values are of one size (neither more
#   than 1.5 times the other); or, without the period and shared word, when the
#   measure's subject points back at that level: "Police first said 45 people
#   had been hurt. By Sunday that number had risen by 12, to 63" ("the figure",
#   "the total", "the death toll"; not "the number of stores");
# * "Jobless claims down 6,000" over "The number of people claiming benefit
#   fell to 41,200 from 44,700": a headline's only figure, a change without
#   values, takes the from and to values of one of the next two sentences
#   when that sentence states no change size of its own and names the
#   headline's measure (its head word: "claims" / "claiming") before them.
# * "Fees will rise to £9,535 next year. This represents an increase of £385
#   on the current £9,250": a sentence opening "That was", "This is", "This
#   represents" states the change and the old value of the one level of the
#   same kind the sentence before states.
#
# None is made when the direction words disagree with the values.

# words that link anything: periods, function words, generic measure words
_LINK_STOP = frozenset("""this that these those last next year years season seasons month months week weeks quarter
    quarters period periods time times there their they them were have has been being from with which what when
    where would could should will about after before since than into over under also just only figure figures
    number numbers total totals level levels rate rates amount some more most less fewer said says according
    today yesterday ago earlier previous prior first second third half""".split()) | CHANGE_WORDS | CHANGE_NOUNS


def _stem(w: str) -> str:
    """"claims", "claiming" -> "claim"; "averaged", "average" -> "avera"."""
    for end in ("ing", "ed", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[:-len(end)]
            break
    return w[:5]


def _stems(text: str) -> set[str]:
    words = (w for word in _WORD.findall(_norm(text)) for w in word.split("-"))
    return {_stem(w) for w in words if len(w) >= 3 and w not in _LINK_STOP}


_AUX_WORDS = frozenset("has have had was were is are been be will would could should may might can also still".split())


def _head_stem(text: str) -> str | None:
    """The stem of the last content word of a measure's name: "the number of nurses (had grown)" -> "nurse"."""
    word = _head_word(text, split_hyphens=True)
    return _stem(word) if word is not None else None


def _head_word(text: str, split_hyphens: bool) -> str | None:
    """The last content word of a measure's name, as written ("Tourist arrivals have" -> "arrivals"; with
    ``split_hyphens`` False a compound stays whole: "Break-ins")."""
    words = [w for word in _WORD.findall(_norm(text)) for w in (word.split("-") if split_hyphens else (word,))]
    while words and (words[-1] in _AUX_WORDS or words[-1] in _LINK_STOP - {"number", "total", "level", "rate",
                                                                          "amount", "figure"}):
        words.pop()
    if not words or len(words[-1]) < 3 or words[-1] in ("the", "its", "their", "his", "her", "our"):
        return None
    return words[-1]


def _by_sentence_with_durations(doc: Document) -> dict[int, list[Mention]]:
    """(round 59) The figures of each sentence holding a multiple, durations among them."""
    found: dict[int, list[Mention]] = {}
    with_multiple = {m.sentence for m in quantities(doc, Kind.MULTIPLE)}
    for m in quantities(doc):
        if m.sentence in with_multiple and (m.kind not in _NOT_FIGURES or m.kind == Kind.DURATION):
            found.setdefault(m.sentence, []).append(m)
    return found


def _by_sentence_figures(doc: Document) -> dict[int, list[Mention]]:
    found = doc.memo.get("change-figures")
    if found is None:
        found = doc.memo["change-figures"] = {}
        for m in quantities(doc):
            if m.kind not in _NOT_FIGURES:
                found.setdefault(m.sentence, []).append(m)
    return found


# "after" and a short noun phrase closed by a comma is a circumstance, no clause of its own: "tumbled 38p to 164p
# after a profit warning, having closed at 212p" (round 16); so after "since" or "following", which may name an event
# by a change noun ("fell by 900 to 8,100 since the fare rise, down from ...", round 33)
_AFTER_CIRCUMSTANCE = re.compile(r"\b(?:after|since|following)\s+(?:(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                                 r"|(?=[a-z]+ion\b|[a-z]+ment\b|[a-z]+ure\b))"  # (round 18: "after restoration,")
                                 r"(?!(?:it|they|he|she)\b)[a-z][\w'’-]*(?<!ed)\s*(?=,)")
_CIRCUMSTANCE_LEADS = re.compile(r"\b(?:after|since|following)\b")


def _same_clause(doc: Document, a: Mention, b: Mention, cues: list[Role]) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = _clean_between(doc, lo.end, hi.start, [(r.cue_start, r.cue_end) for r in cues])
    if _CIRCUMSTANCE_LEADS.search(between):
        between = _AFTER_CIRCUMSTANCE.sub(" ", between)
    return not _CLAUSE_BREAKS.search(between) and not any(w in CHANGE_WORDS for w in _WORD.findall(between)) \
        and len(_WORD.findall(between)) <= 6


# the subject's level, a few words of its noun and period, then a copula: "5,430 entries this year were"
_COPULA_GAP = re.compile(r"(?:\s+[a-z][\w'’-]*){0,4}?\s+(?:was|were|is|are|came\s+in|ended|finished|stood)\s+")
# "had risen to 165, as two more flights were cancelled": a clause of its own after ", as"
_AS_CLAUSE = re.compile(r",\s*as\s+(?!expected|forecast|predicted|planned|anticipated|feared|much|many|well|such)", re.I)


def open_changes(doc: Document) -> list:
    """(size, its role, new value) for changes stated with a new value and no old one:
    "has risen by 3,800 to 23,100", "rose to 23,100, up 3,800" (found once per
    document: the percentage and the inferred-change finders both read them)."""
    found = doc.memo.get("open-changes")
    if found is None:
        found = doc.memo["open-changes"] = list(_open_changes(doc))
    return found


def _open_changes(doc: Document):
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        if doc.sentences[idx].headline or len(ms) < 2:
            continue
        # (the size and the new value are two figures, the new one after "to" or "at", or the level
        # with its change apposed: "Membership now stands 2,100, an increase of 400")
        apposed = _apposed_open(doc, ms) if len(ms) == 2 and _APPOSITION_MARK.search(doc.sentence_text(idx)) else None
        if apposed is not None:
            yield apposed
            continue
        if not may_hold_to(doc, idx):
            continue
        slots = sentence_slots(doc, ms)
        if any(_role(r, "from") for _, r in slots):
            continue
        mags = [(k, m, _role(r, "mag")) for k, (m, r) in enumerate(slots) if _role(r, "mag")]
        if len(mags) != 1:
            continue
        k, size, mag = mags[0]
        if size.is_range or size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT) \
                and not _fraction_size(size) or is_points_count(size):
            continue
        for n in (k + 1, k - 1):
            if 0 <= n < len(slots):
                new, roles = slots[n]
                tr = _role(roles, "to")
                if tr and not new.is_range and _size_fits(size, new, new) and _same_clause(doc, size, new, [mag, tr]) \
                        and not _AS_CLAUSE.search(doc.text, min(size.end, new.end), max(size.start, new.start)):
                    yield size, mag, new
                    break


def _apposed_open(doc: Document, ms: list[Mention]):
    """(size, its role, level): a sentence's two figures, a level and its change set apart after it, no
    old level ("This year the register lists 2,100 names, an increase of 400")."""
    if not _APPOSED_CHANGE_OPENS.match(_norm(doc.text[ms[0].end:doc.sentences[ms[0].sentence].end])):
        return None  # (round 22, speed: no change word set apart right after the level, its roles unread)
    slots = sentence_slots(doc, ms)
    (new, new_roles), (size, size_roles) = slots
    mag = _role(size_roles, "mag")
    if mag is None or new_roles or mag.cue_start < new.end or size.is_range or new.is_range \
            or size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT) and not _fraction_size(size) \
            or is_points_count(size) \
            or not _APPOSED_CHANGE.match(_norm(doc.text[new.end:mag.cue_end])) or not _size_fits(size, new, new):
        return None
    return size, mag, new


def _fraction_size(size: Mention) -> bool:
    """(round 21) A fraction below one sizing a change, read as its percentage: "121 billion litres, a fall of nearly
    a third"; a headline's "Break-ins fall by a quarter" over the lead's two levels (not "a quarter-point", nor
    "most")."""
    return size.kind == Kind.FRACTION and size.value is not None and 0 < size.value < 1 and size.unit != "quantifier"


_APPOSITION_MARK = re.compile(r",|\s-\s|[–—]")
# "2,100, an increase of 400", "2,100 - up 400": the change set apart right after the level
# (round 29) or a verb that says what the level amounts to: "This year's figure of 1,218 represents a fall of 332",
# "Its total, 8,900, marks a rise of 2,100", "The 2023 tally of 3,310 is a drop of 460"
_AMOUNTS_TO = r"(?:represents?|represented|marks?|marked|means?|meant|is|was|amounts?\s+to|amounted\s+to)"
_APPOSED_CHANGE = re.compile(r"^(?:\s*[a-z]+){0,2}?(?:\s*(?:,|\s[-–—])\s*(?:" + _AMOUNTS_TO + r"\s+)?|\s+" + _AMOUNTS_TO
                             + r"\s+)(?:an?\s+)?(?:increase|rise|jump|fall|drop|"
                             r"decrease|decline|gain|loss|up|down)\b(?:\s+of)?\s*(?:some\s+|about\s+|around\s+)?$")
# what ``_APPOSED_CHANGE`` needs right after the level, whatever follows (a cheap look before the roles are read)
_APPOSED_CHANGE_OPENS = re.compile(r"(?:\s*[a-z]+){0,2}?(?:\s*(?:,|\s[-–—])\s*(?:" + _AMOUNTS_TO + r"\s+)?|\s+"
                                   + _AMOUNTS_TO + r"\s+)(?:an?\s+)?(?:increase|rise|jump|fall|drop|"
                                   r"decrease|decline|gain|loss|up|down)")


def earlier_level(doc: Document, size: Mention, mag: Role, new: Mention) -> Mention | None:
    """The one level of the same measure the sentence before states (see above)."""
    idx = new.sentence
    if idx == 0:
        return None
    prev, cur = doc.sentences[idx - 1], doc.sentences[idx]
    if prev.headline or prev.chrome or prev.paragraph != cur.paragraph:
        return None
    ms = _by_sentence_figures(doc).get(idx - 1, [])
    same = [m for m in ms if m.kind == new.kind and m.unit == new.unit]
    if len(same) != 1:
        return None
    old = same[0]
    if old.is_range or not compatible(old, new) or not old.value or not new.value:
        return None
    if any(r.name in ("mag", "from") for m, roles in sentence_slots(doc, ms) if m is old for r in roles):
        return None
    ratio = new.value / old.value
    wide = _CHANGE_NOUN_OF.search(_norm(doc.text[mag.cue_start:size.start]).strip()) is not None  # round 22: "9,800, an increase of 2,600" after 6,200
    if not (Fraction(1, 2) if wide else Fraction(2, 3)) <= ratio <= (2 if wide else Fraction(3, 2)):
        return None
    if mag.direction and (new.value - old.value) * mag.direction < 0:
        return None
    then, now = _period_words(doc, idx - 1), _period_words(doc, idx)
    subject = doc.text[cur.start:min(mag.cue_start, size.start, new.start)]
    if _base_time_after(doc, size, then):
        return None  # "a fall of 332 on 2021", "since 2019": the change is counted from another time (round 29)
    if (_LEVEL_NAMED_OF.search(_norm(subject)) or _PERIOD_OWNED_OF.match(_norm(subject))) \
            and (new.noun is None or re.fullmatch(_AMOUNTS_TO, new.noun)):
        # (the noun test: extract stops a figure's noun at "represents" but not at "is" or "means", so "£2,070
        # means" may carry "means" as its noun -- a verb of what it amounts to, no noun of its own)
        if _BASE_NAMED_AFTER.match(_norm(doc.text[size.end:size.end + 30])) \
                or _names_another_place(doc.text[cur.start:size.start], doc.text[prev.start:prev.end]):
            return None  # "a fall of 600 from its peak", "a rise of 250 on last year", "figure of 1,218 for Scotland"
        return old  # "This year's figure of 1,218 represents a fall of 332" (round 29)
    if _EXACT_ANAPHOR.search(_norm(subject)):
        return None  # (round 55) "More than 2 million ... The exact figure, 2.04 million, was up 6%": the level told again
    if _ANAPHOR.search(_norm(subject)):
        # "the figure had risen", "that number later rose": the measure of the sentence before
        return None if then and then == now else old
    if not then or not now or then == now:
        return None  # both sentences name their period, and not the same one
    head = _head_stem(subject)
    if (head is None or head not in _stems(doc.text[prev.start:prev.end])) and not _pronoun_bare_level(subject, new, old):
        return None
    return old


# a change noun then "of" sizing the change ("an increase of", "a fall of"): the move may be up to double or
# half (not a comparative: "with dozens more in hospital" is other people)
_CHANGE_NOUN_OF = re.compile(r"\b(?:" + "|".join(sorted(CHANGE_NOUNS - _LOSS)) + r")\s+of$")


# round 22: the subject a pronoun after the sentence's period: "This year it expects to distribute 9,800"
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:(?:in\s+)?(?:this|last|next)\s+(?:year|season|month|week|time)\s*,?\s*|now\s*,?\s*|"
                              r"(?:in\s+)?(?:19|20)\d\d\s*,?\s*)?(?:it|they)\s", re.I)


def _pronoun_bare_level(subject: str, new: Mention, old: Mention) -> bool:
    """The new level a bare figure, its subject a pronoun after the period: "In 2022 the food bank handed out 6,200
    parcels. This year it expects to distribute 9,800, an increase of 2,600" -- the count of the sentence before."""
    return new.noun is None and old.noun is not None and bool(_PRONOUN_SUBJECT.match(subject))


# a subject that points back at the one figure of the sentence before: "the figure", "that number",
# "the death toll" (not "the number of stores", which names another measure)
# (round 55) the level of the sentence before told again more exactly: "The exact figure, 2.04 million, was up 6%"
_EXACT_ANAPHOR = re.compile(r"\b(?:the|that|its|their)\s+(?:exact|precise|actual|official|full|final)\s+"
                            r"(?:figure|number|total|tally|toll|count)\b")
_ANAPHOR = re.compile(r"\b(?:the|that|this|its|their)\s+(?:[a-z]+\s+)?(?:figure|number|total|tally|toll|count)"
                      r"\b(?!\s+of\b)")


_BASE_TIME = re.compile(r"\s*(?:on|from|since|compared\s+(?:with|to)|against|over)\s+(?:the\s+)?(?:(?P<year>(?:19|20)\d\d)\b|"
                        r"(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|decades?)\b)")


def _base_time_after(doc: Document, size: Mention, then: frozenset[str]) -> bool:
    """Right after the change's size comes the time it is counted from, and the sentence before does not name it: "a
    fall of 332 on 2021", "since 2019", "over three years"."""
    mb = _BASE_TIME.match(_norm(doc.text[size.end:size.end + 40]))
    return mb is not None and (mb.group("year") is None or mb.group("year") not in then)


# (round 29) a base of its own named right after the change's size: "a fall of 600 from its peak", "on last year"
_BASE_NAMED_AFTER = re.compile(r"\s*(?:on|from|since|compared\s+(?:with|to)|against|over)\b")
# (round 29) the level itself named by a word for a level, "of" right before it: "This year's provisional figure of
# 1,218 represents a fall of 332", "The 2023 tally of 3,310 is a drop of 460"
_LEVEL_NAMED_OF = re.compile(r"\b(?:figure|total|tally|toll|count|level)\s+of\s*$")
# ... or the subject's measure owned by the new period, "of" right before the level: "This season's sales of 16,900
# represent an increase of 1,900", "This year's bill of £2,070 means an increase of £60"
_PERIOD_OWNED_OF = re.compile(r"^\s*this\s+(?:year|season|month|week|quarter|term|winter|spring|summer|autumn)['’]s"
                              r"(?:\s+[a-z][\w-]*){1,3}\s+of\s*$")


_PERIOD_WORDS = re.compile(
    r"\b(?:(?:this|last|next|previous|prior|current|the\s+same)\s+(?:year|season|month|week|quarter|term|half|"
    r"decade|spring|summer|autumn|winter)|(?:a|one)\s+(?:year|month|week|decade)\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?(?:year|month|week|season)\s+before|so\s+far|now|currently|previously|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b")


def _period_words(doc: Document, idx: int) -> frozenset[str]:
    """The periods a sentence names: years and "last season", "this year", "now"."""
    s = doc.sentences[idx]
    found = {m.text.strip() for m in doc.mentions_in(idx) if m.kind == Kind.YEAR}
    found.update(" ".join(p.split()) for p in _PERIOD_WORDS.findall(_norm(doc.text[s.start:s.end])))
    return frozenset(found)


def headline_pairs(doc: Document):
    """(size, its role, old, new): a headline change and the values a lead sentence states."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if not sent.headline or len(ms) != 1:
            continue
        (size, roles), = sentence_slots(doc, ms)
        mag = _role(roles, "mag")
        if mag is None or _role(roles, "to") or _role(roles, "from") or size.is_range \
                or size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT) \
                and not _fraction_size(size) or is_points_count(size):
            continue
        body = [s for s in doc.sentences[idx + 1:idx + 4] if not s.headline and not s.chrome][:2]
        restated = None
        for s in body:
            moved = _lead_pair(doc, figures.get(s.index, []))
            pair = moved or _level_against(doc, figures.get(s.index, []))
            if pair is None:
                if size.kind == Kind.PERCENT and any(m.kind == Kind.PERCENT for m in figures.get(s.index, [])):
                    restated = _lead_restates(doc, s, size, mag, figures.get(s.index, [])) if s is body[0] else None
                    if restated is not None:
                        continue  # round 17: the lead says the change again; the next sentence may give its levels
                    break  # the lead restates the percentage: its values are the nearby finder's
                continue
            old, new, first_cue = pair
            if _LONG_SPAN.search(doc.text[s.start:s.end]) or _years_apart(doc, s.index):
                break  # "to €452,000 from €300,000 since 2015": the lead's move may span more than the headline's
            if size.kind in (Kind.PERCENT, Kind.FRACTION):
                if not _share_size(size, old) or not mag.direction:
                    break  # "up 2%" over "from 4.1% to 6.1%": points or percent?
            elif not _size_fits(size, new, old) or size.value is None \
                    or _base(size) > max(_base(old), _base(new)):
                break
            if mag.direction and (new.value - old.value) * mag.direction < 0:
                break
            head_text, body_text = doc.text[sent.start:min(mag.cue_start, size.start)], doc.text[s.start:first_cue]
            if restated is None:
                if _names_measure(head_text, body_text):
                    yield size, mag, old, new
            elif _names_measure(head_text, body_text):
                if moved is None:  # (a move naming the measure after a lead saying it again: the nearby finder's)
                    yield size, mag, old, new
            elif _measure_of_head(head_text) in _stems(body_text):
                yield size, mag, old, new
            break



# round 17: a lead that only says the headline's change again: "Bridge repair bill jumps 40%" / "The bill ... has
# risen by 40%, and ..." -- its one figure, the same size in the same direction, no level and no span of years
def _lead_restates(doc: Document, s, size: Mention, mag: Role, ms: list[Mention]) -> str | None:
    """The words before the lead's change (its subject), when the lead restates the headline's percentage
    change and nothing else, or None.  The next sentence's levels then go with the headline's change when
    they are a level set against the old one naming the headline's measure ("made 1,440 crossings, up from
    1,280"), or a move naming the noun the headline opens on ("Cost of ..." / "the cost ... increased from")."""
    if len(ms) != 1 or ms[0].kind != Kind.PERCENT or ms[0].is_range or ms[0].value != size.value:
        return None
    ((again, roles),) = sentence_slots(doc, ms)
    lead_mag = _role(roles, "mag")
    if lead_mag is None or len(roles) != 1 or lead_mag.direction != mag.direction \
            or _LONG_SPAN.search(doc.text[s.start:s.end]) or _years_apart(doc, s.index):
        return None
    return doc.text[s.start:min(lead_mag.cue_start, again.start)]


# "Cost of Tarrow Bridge repairs", "Price of a pint": the measure a headline opens on before "of"
_HEAD_OF = re.compile(r"^\W*(?:[Tt]he\s+)?([A-Za-z][a-z]+)\s+of\s")


def _measure_of_head(head_text: str) -> str | None:
    """The stem of the noun a headline's measure opens on before "of" ("Cost of X repairs" -> "cost")."""
    m = _HEAD_OF.match(head_text)
    return _stem(m.group(1).lower()) if m else None


HEADLINE_LEVEL_REACH = 4  # body sentences after the headline where its change's new level may be told again


def headline_move_to_level(doc: Document):
    """(size, its role, old, new): a headline change with its new level ("Bridge repair bill jumps 40% to £14m")
    and, in the first body sentences, one from and one to value moving to that same level ("had risen from £10m,
    the sum set in 2022, to £14m"): the body tells the old level of the headline's change (round 17)."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        if not doc.sentences[idx].headline or len(ms) != 2:
            continue
        (size, roles), (level, level_roles) = sentence_slots(doc, ms)
        mag, tr = _role(roles, "mag"), _role(level_roles, "to")
        if mag is None or tr is None or len(roles) != 1 or len(level_roles) != 1 or size.is_range or level.is_range \
                or size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT) or is_points_count(size) \
                or size.kind == Kind.PERCENT and is_points_size(doc, size) or not level.value:
            continue
        body = [s for s in doc.sentences[idx + 1:idx + 1 + HEADLINE_LEVEL_REACH] if not s.headline and not s.chrome]
        for s in body:
            pair = _lead_pair(doc, figures.get(s.index, []))
            if pair is None:
                continue
            old, new, _ = pair
            if (new.kind, new.unit) != (level.kind, level.unit) or new.value != level.value:
                continue  # another move: only the headline's own level ties the two
            if _LONG_SPAN.search(doc.text[s.start:s.end]) or _years_apart(doc, s.index) \
                    or mag.direction and (new.value - old.value) * mag.direction < 0 \
                    or size.kind != Kind.PERCENT and not _size_fits(size, new, old):
                break
            yield size, mag, old, new
            break


# "Prison population hits record 88,350", "Waiting list reaches 7.6m": the level itself
_HEADLINE_LEVEL = re.compile(r"\b(?:hits?|reach(?:es)?|stands?\s+at|now\s+at|at)\s+(?:a\s+)?(?:new\s+|record\s+|all-time\s+)*"
                             r"(?:high\s+of\s+|low\s+of\s+)?$", re.I)


def headline_levels(doc: Document):
    """(size, its role, old, new): a headline level ("Prison population hits record 88,350") and a
    lead that states the change and the old value without the new one ("has risen by 3,100 in a
    year, up from 86,250"): the new value is the headline's."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if not sent.headline or len(ms) != 1:
            continue
        ((new, roles),) = sentence_slots(doc, ms)
        if _role(roles, "mag") or _role(roles, "from") or new.is_range or new.hedge or not new.value \
                or new.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
            continue
        body = [s for s in doc.sentences[idx + 1:idx + 3] if not s.headline and not s.chrome][:1]
        for s in body:
            slots = sentence_slots(doc, figures.get(s.index, []))
            if len(slots) != 2 or any(_role(r, "to") for _, r in slots):
                break
            (size, size_roles), (old, old_roles) = slots
            mag, fr = _role(size_roles, "mag"), _role(old_roles, "from")
            if mag is None or fr is None or len(size_roles) != 1 or len(old_roles) != 1 or size.is_range \
                    or old.is_range or not old.value or size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) \
                    or is_points_count(size) or not compatible(old, new) or not _size_fits(size, new, old) \
                    or not Fraction(2, 3) <= new.value / old.value <= Fraction(3, 2) \
                    or mag.direction and (new.value - old.value) * mag.direction < 0 \
                    or not _same_clause(doc, size, old, [mag, fr]) or _years_apart(doc, s.index):
                break
            if _HEADLINE_LEVEL.search(doc.text, sent.start, new.start) \
                    or _names_measure(doc.text[sent.start:new.start], doc.text[s.start:size.start]):
                yield size, mag, old, new


_LONG_SPAN = re.compile(r"\b(?:since|decades?|over\s+the\s+(?:past|last)\s+\w+\s+years|in\s+\w+\s+years)\b", re.I)


def _years_apart(doc: Document, idx: int) -> bool:
    """The sentence names years more than one apart ("from 2.1 million in 2019 to 1.6 million in 2023")."""
    ys = [m.value for m in doc.mentions_in(idx) if m.kind == Kind.YEAR and m.value is not None]
    return bool(ys) and max(ys) - min(ys) > 1


# "Visitor numbers at Kew", "Rail fares to": the measure's name ends before a place, a time or
# a verb's "to"/"will"
_NAME_CUT = re.compile(r"\s+(?:at|in|on|for|to|will|across|after|amid|despite|since|as|set|over|under)\s", re.I)


def _names_measure(head_text: str, body_text: str) -> bool:
    """Does the body's clause name the measure the headline's words name (by its last content word,
    or by the last one before a place or time: "Visitor numbers at Kew fall"), or by a synonym
    (``_MEASURE_SYNONYMS``: "Break-ins fall by a quarter" over "312 burglaries ... against 348")?"""
    stems = _stems(body_text)
    cut = _NAME_CUT.search(head_text)
    heads = {_head_stem(head_text), _head_stem(head_text[:cut.start()]) if cut else None} - {None}
    return any(h in stems for h in heads) or _synonym_named(head_text, body_text)


# (round 24) measures a headline and its lead name with different words (words as written, hyphens kept; no word
# that is also a common verb: "pay", "post", "store", "house")
_MEASURE_SYNONYMS = tuple(frozenset(g.split()) for g in (
    "burglary burglaries break-in break-ins",
    "visitor visitors tourist tourists arrivals",
    "pupil pupils student students schoolchildren",
    "death deaths fatality fatalities",
    "crime crimes offence offences offense offenses",
    "home homes dwelling dwellings",
    "car cars vehicle vehicles",
    "wage wages salary salaries earnings",
    # round 25 (a phrase with "_" between its words: "retail thefts")
    "shoplifting shoplifters retail_theft retail_thefts shop_theft shop_thefts",
    "murder murders homicide homicides",
    "birth births babies",
    "marriage marriages wedding weddings",
    "fire fires blaze blazes",
    "jobless unemployment unemployed",
    # (round 58) a price named by what the thing costs: "Rice prices jump 35%" / "A bag of rice now costs ..."
    "price prices cost costs",
))


def _synonym_named(head_text: str, body_text: str) -> bool:
    """Is the headline's measure (its last content word before a place or time, hyphens kept: "Break-ins") named
    in the body's clause by another word of its synonym group ("burglaries")?"""
    cut = _NAME_CUT.search(head_text)
    head = _head_word(head_text[:cut.start()] if cut else head_text, split_hyphens=False)
    if head is None:
        return False
    said = _WORD.findall(_norm(body_text))
    body = (set(said) | {f"{x}_{y}" for x, y in zip(said, said[1:])}) - {head}
    return any(head in g and body & g for g in _MEASURE_SYNONYMS)


# "Rough sleeping doubles in Brighton": a headline's multiple verb, with nothing after it or a
# preposition or a comma (not "wins doubles title"); present-tense forms are no mentions of their own
_HEADLINE_MULTIPLE = re.compile(r"\b(doubles|triples|trebles|quadruples|halves)\b(?=\s*(?:$|[,:;]|"
                                r"(?:in|at|on|for|since|after|over|as|across|among|amid|despite|to|from|"
                                r"this|last|says|say|report|figures)\b))", re.I)
_MULTIPLE_VALUE = {"doubl": 2, "tripl": 3, "trebl": 3, "quadr": 4, "halv": Fraction(1, 2)}


def _headline_multiple(doc: Document, idx: int, ms: list[Mention]) -> Mention | None:
    """The one multiple a headline states, as a mention ("doubled"), or made from its verb ("doubles")."""
    if len(ms) == 1 and ms[0].kind == Kind.MULTIPLE and multiple_role(doc, ms[0]) is not None \
            and ms[0].text.lower().endswith(_MULT_VERBS + _MULT_BARE):
        return ms[0]
    sent = doc.sentences[idx]
    if ms:
        return None
    text = doc.text[sent.start:sent.end]
    if not any(k in text.lower() for k in ("doubles", "triples", "trebles", "quadruples", "halves")):
        return None
    found = list(_HEADLINE_MULTIPLE.finditer(text))
    if len(found) != 1:
        return None
    word = found[0].group(1)
    value = Fraction(next(v for k, v in _MULTIPLE_VALUE.items() if word.lower().startswith(k)))
    start = sent.start + found[0].start(1)
    return Mention(start=start, end=start + len(word), text=word, kind=Kind.MULTIPLE, value=value,
                   interval=Interval.point(value), sentence=idx)


def _level_against(doc: Document, ms: list[Mention]):
    """"found 164 people sleeping rough, compared with 121 a year before": a level and, after it
    in one clause, the earlier level it is set against (the sentence's only two figures)."""
    if len(ms) == 3 and _in_modifier_of(doc, ms[1], ms[0]):
        ms = [ms[0], ms[2]]  # round 22: "carried 1.38 million passengers on its three routes, against 1.31 million"
    elif len(ms) == 3 and ms[0].kind == Kind.MEASURE and ms[1].kind == ms[2].kind == Kind.MONEY \
            and _ITEM_SIZED.search(doc.text, max(0, ms[0].start - 6), ms[0].start) \
            and _NOUN_AFTER_SIZE.match(doc.text, ms[0].end):
        ms = ms[1:]  # (round 58) "A 50kg bag of rice now costs GH₵ 1,180, ..., against GH₵ 920": the item's size
    ms = _without_modifier_counts(ms)
    if len(ms) != 2:
        return None
    slots = sentence_slots(doc, ms)
    (new, new_roles), (old, old_roles) = slots
    fr = _role(old_roles, "from")
    if new_roles or fr is None or _role(old_roles, "mag") or _role(old_roles, "to") or new.is_range \
            or old.is_range or (new.kind, new.unit) != (old.kind, old.unit) or not compatible(new, old) \
            or not new.value or not old.value:
        return None
    between = _norm(doc.text[new.end:fr.cue_start])
    if _CLAUSE_BREAKS.search(between) or any(w in CHANGE_WORDS for w in _WORD.findall(between)) \
            or len(_WORD.findall(between)) > 10:
        return None
    return old, new, fr.cue_start


_ITEM_SIZED = re.compile(r"\b(?:a|an|the|one|each|per)\s+$", re.I)
_NOUN_AFTER_SIZE = re.compile(r"[- ](?:bag|sack|tin|can|bottle|box|crate|pack|packet|loaf|jar|carton|drum|tank|"
                              r"barrel|bale|tub|bucket|basket|keg|cylinder)s?\b", re.I)


def _without_modifier_counts(ms: list[Mention]) -> list[Mention]:
    """(round 33) The figures less the counts written as a modifier ("a two-bedroom flat", "a 12-week course") when
    the others are sums or measures: "a two-bedroom flat is now £1,150 a month, up from £1,050" has two levels."""
    if not any(m.compound and m.kind == Kind.COUNT for m in ms):
        return ms
    rest = [m for m in ms if not (m.compound and m.kind == Kind.COUNT)]
    return rest if rest and all(m.kind in (Kind.MONEY, Kind.MEASURE) for m in rest) else ms


def headline_multiples(doc: Document):
    """(multiple, old, new): a headline's "doubles" against the two levels of a lead sentence that
    names the same measure ("Rough sleeping doubles" / "164 people sleeping rough, compared with 121")."""
    figures = _by_sentence_figures(doc)
    for idx, sent in enumerate(doc.sentences):
        if not sent.headline:
            continue
        mult = _headline_multiple(doc, idx, figures.get(idx, []))
        if mult is None:
            continue
        body = [s for s in doc.sentences[idx + 1:idx + 4] if not s.headline and not s.chrome][:2]
        for s in body:
            ms = figures.get(s.index, [])
            pair = _lead_pair(doc, ms) or _level_against(doc, ms) or _dated_levels(doc, ms)
            if pair is None:
                continue
            old, new, first_cue = pair
            head = _head_stem(doc.text[sent.start:mult.start])
            if head is not None and head in _stems(doc.text[s.start:first_cue]) \
                    or _synonym_named(doc.text[sent.start:mult.start], doc.text[s.start:first_cue]):
                yield mult, old, new
            break


# round 18: a multiple alone at the end of its sentence, after the level it sizes: "It now has 372, four times
# as many." (the base in the sentence before)
_MULTIPLE_CLOSES = re.compile(r"^\s*(?:as\s+(?:many|much)(?:\s+[a-z][\w'’-]*){0,3}?|the\s+(?:number|figure|total|"
                              r"level|amount)|(?:increase|rise|jump|gain))?"
                              # round 21: "138, a fourfold increase, according to the parish council"
                              r"(?:\s*,\s*according\s+to(?:\s+[a-z][\w'’-]*){1,5})?\s*[.!?]?[\"'’”)]*\s*$")
_LEVEL_THEN_MULTIPLE = re.compile(r"^(?:\s+(?:now|this\s+(?:year|season|month|week)|in\s+(?:19|20)\d\d))?\s*(?:,|\s[-–—])\s*"
                                  r"(?:(?:almost|nearly|about|roughly|some|more\s+than|over|around)\s+|an?\s+)?$")
# an attribution closing the multiple's sentence: ", the shelter said"
_CLOSING_SAID = re.compile(r"\s*,\s*(?:(?:the|a|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:said|says|reported|found|"
                           r"announced|estimated)$")
_TAKING_UP = frozenset("it they there this that we he she".split())
_NOW_WORDS = frozenset("today now currently nowadays".split())  # the present opening the level's sentence


def _takes_up(doc: Document, lo: int, hi: int, other: tuple[int, int]) -> bool:
    """The words of [lo, hi) before a level take up the subject of the other sentence: they open on a pronoun
    ("It has", "There are now", "This year it lent"), or every word of their subject (the words before an
    auxiliary) is a word of the other sentence ("Membership stands at" after "... members ..."), at most six
    words in all."""
    ws = _WORD.findall(_norm(doc.text[lo:hi]))
    if not ws or len(ws) > 6:
        return False
    if len(ws) > 1 and ws[0] in _NOW_WORDS:
        ws = ws[1:]  # round 21: "Today there are 138", "Now it has 372"
    if ws[0] in _TAKING_UP:
        return True
    subject = []
    for w in ws:
        if w in _AUX_WORDS or w == "now":
            break
        subject.append(w)
    if len(subject) == len(ws):  # no auxiliary: the last word before a preposition is the verb ("Membership stands at")
        while subject and subject[-1] in ("at", "on", "in", "to", "of", "by"):
            subject.pop()
        subject = subject[:-1]
    named = _stems(" ".join(subject))
    return bool(named) and named <= _stems(doc.text[other[0]:other[1]])


def multiple_beside_levels(doc: Document):
    """(multiple, old, new), inferred (round 18): a multiple whose base is named by its time alone ending its
    sentence, then the next sentence (same paragraph) giving the two levels as a move with no size, on a pronoun
    or the measure ("The club has four times as many members as in 2018. It has 372, up from 124."); or the
    level and the multiple closing a sentence on a pronoun or the measure, the base the one figure of that kind
    in the sentence before, told with an earlier time ("In 2018 the club had 124 members. It now has 372, four
    times as many.")."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or not 1 <= len(ms) <= 2:
            continue
        mult = ms[-1]
        if mult.kind not in (Kind.MULTIPLE, Kind.FRACTION) or mult.is_range \
                or (multiple_role(doc, mult) if mult.kind == Kind.MULTIPLE else _fraction_as_many(doc, mult)) is None:
            continue
        tail = _CLOSING_SAID.sub("", _norm(doc.text[mult.end:sent.end]).rstrip(" .!?\"'’”)"))
        if len(ms) == 1 and idx + 1 < len(doc.sentences) and _MULTIPLE_BASE_LEAD.match(tail):
            nxt = doc.sentences[idx + 1]
            pair = figures.get(idx + 1, [])
            if nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph or len(pair) != 2 \
                    or not _takes_up(doc, nxt.start, pair[0].start, (sent.start, sent.end)):
                continue
            move = _levels_as_move(doc, pair[0], pair[1], nxt.start)
            if move is not None:
                yield mult, move[0], move[1]
        elif len(ms) == 2 and idx > 0 and not mult.text[:1].isupper() \
                and _MULTIPLE_CLOSES.match(doc.text[mult.end:sent.end]):
            new, prev = ms[0], doc.sentences[idx - 1]
            if not _LEVEL_THEN_MULTIPLE.match(_norm(doc.text[new.end:mult.start])) or prev.headline or prev.chrome \
                    or prev.paragraph != sent.paragraph or sentence_slots(doc, ms)[0][1] \
                    or not _takes_up(doc, sent.start, new.start, (prev.start, prev.end)):
                continue
            before = figures.get(idx - 1, [])
            old = before[0] if len(before) == 1 else None
            if old is None or (old.kind, old.unit) != (new.kind, new.unit) or old.is_range or new.is_range \
                    or not old.value or not new.value or not compatible(old, new) \
                    or not _TIMED.search(_norm(doc.text[prev.start:prev.end])):
                continue
            yield mult, old, new


def demonstrative_multiples(doc: Document):
    """(multiple, old, new), inferred (round 18): a sentence opening "That is"/"This was"/"It is" on a multiple or
    a fraction and its base told as "the £20m of 2015" (or in a "when" clause), right after a sentence (same
    paragraph) with one figure of the base's kind, the new level: "Sales hit £90m last year. That is three times
    the £20m of 2015."."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        if idx == 0 or len(ms) != 2:
            continue
        sent, prev = doc.sentences[idx], doc.sentences[idx - 1]
        mult, old = ms
        if sent.headline or prev.headline or prev.chrome or prev.paragraph != sent.paragraph \
                or mult.kind not in (Kind.MULTIPLE, Kind.FRACTION) or mult.is_range or old.is_range \
                or mult.text.lower().endswith(_MULT_VERBS) or mult.kind == Kind.FRACTION \
                and mult.text.lower().strip() not in _BASE_FRACTIONS \
                or not _DEMONSTRATIVE_THEN_MULTIPLE.fullmatch(_norm(doc.text[sent.start:mult.start])):
            continue  # "That was a fall of a third on ...": a change's size, not a ratio
        before = figures.get(idx - 1, [])
        if len(before) != 1:
            continue
        new = before[0]
        gap = _norm(doc.text[mult.end:old.start])
        if (new.kind, new.unit) != (old.kind, old.unit) or new.is_range or not new.value or not old.value \
                or not compatible(new, old) or not (_OF_THE.match(gap) and {"the", "of"} & set(gap.split())
                                                    or _base_when(doc, new, gap)):
            continue
        yield mult, old, new


def _base(m: Mention) -> Fraction:
    return m.value * money_base(m)[1]


def _lead_pair(doc: Document, ms: list[Mention]):
    """The one from and one to value of a sentence without a change size of its own."""
    slots = sentence_slots(doc, ms)
    if any(_role(r, "mag") for _, r in slots):
        return None
    tos = [(m, _role(r, "to")) for m, r in slots if _role(r, "to")]
    froms = [(m, _role(r, "from")) for m, r in slots if _role(r, "from")]
    if len(tos) != 1 or len(froms) != 1:
        return None
    (new, tr), (old, fr) = tos[0], froms[0]
    if new is old or new.is_range or old.is_range or (new.kind, new.unit) != (old.kind, old.unit) \
            or not compatible(new, old) or not new.value or not old.value:
        return None
    lo, hi = (new, old) if new.start < old.start else (old, new)
    if any(lo.start < m.start < hi.start for m in ms) or not _same_clause(doc, new, old, [tr, fr]):
        return None
    return old, new, min(tr.cue_start, fr.cue_start)


# "has risen by 140 since last September, to 1,060; a year ago the school had
# 980 on its roll": the clause after a semicolon (or the next sentence) names
# the earlier period and states the level then, the object of a verb of state
_THEN = re.compile(
    r"\b(?:(?:a|one|two|three|six|nine|twelve|\d+)\s+(?:years?|months?|weeks?|seasons?|terms?)\s+(?:ago|earlier|before)"
    r"|(?:last|the\s+previous|the\s+prior|the\s+same\s+\w+\s+last)\s+(?:year|season|term|month|week|quarter|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|winter)|(?:at|by)\s+the\s+(?:start|end|beginning)\s+of\s+(?:the|last)\s+\w+|previously|before\s+that"
    r"|(?:the\s+)?(?:year|month|week|season)\s+before)\b")
_STATE_BEFORE = re.compile(r"\b(?:had|has|was|were|stood\s+at|stood|numbered|totalled|totaled|counted|held|"
                           r"reported|recorded|employed|enrolled|with|(?:had|has)\s+been)\s+(?:only\s+|just\s+)?$")
# (round 29: "In the previous quarter the figure had been 67,500") -- not a level several years before a change
# of one period: "grew by 1,100 in October. Three years earlier it had been 7,400"
_THEN_SEVERAL_YEARS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|seasons)\s+"
                                 r"(?:ago|earlier|before)\b")
# (round 29) nor a level a year before a change of one month: "rose by 1,100 to 8,600 in October. A year earlier it had
# been 6,900", "in June; last June the figure had been 4,100"
_IN_A_MONTH = re.compile(r"\bin\s+" + _MONTHS + r"\b(?!\s+(?:19|20)\d\d\b)")
_A_YEAR_BEFORE = re.compile(r"\b(?:(?:a|one)\s+year|twelve\s+months|12\s+months)\s+(?:ago|earlier|before)\b|"
                            r"\b(?:last|the\s+previous|the\s+prior)\s+(?:year|" + _MONTHS + r")\b|"
                            r"\bthe\s+same\s+\w+\s+(?:last|a)\s+year\b|\b(?:the\s+)?year\s+before\b")
# the day's opening level told after the move (round 18): "slid 38p to 214p. They had opened the day at 252p."
_OPENED_THE_DAY = re.compile(r"\b(?:had\s+)?(?:opened|started|begun|began)\s+(?:the\s+(?:day|session)(?:\s+trading)?|"
                             r"trading)\s+at\s*$")
_UNITS = re.compile(r"\b(year|season|term|month|week|quarter|day)s?\b|\b(annual|monthly|weekly|daily|overnight)\b")
_UNIT_OF = {"annual": "year", "monthly": "month", "weekly": "week", "daily": "day", "overnight": "day"}


def _units(text: str) -> set[str]:
    return {a or _UNIT_OF[b] for a, b in _UNITS.findall(text)}


_CAPITALISED_NAME = re.compile(r"(?<=[\w,’'] )[A-Z][a-z]+(?:['’]s)?")


def _names_another_place(clause: str, change_sentence: str) -> bool:
    """A capitalised name inside the clause (not its first word, a month or a day) that the change's sentence does
    not name: "the list in York had been", "Leeds had 7,400" after a change told of another place."""
    for m in _CAPITALISED_NAME.finditer(clause.strip()):
        name = re.sub(r"['’]s$", "", m.group(0))
        if not re.fullmatch(_MONTHS + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day", name.lower()) \
                and name not in change_sentence:
            return True
    return False


def later_level(doc: Document, size: Mention, mag: Role, new: Mention) -> Mention | None:
    """The level of the earlier period stated right after the change (see above)."""
    idx = new.sentence
    sent = doc.sentences[idx]
    figures = _by_sentence_figures(doc)
    semi = doc.text.find(";", new.end, sent.end)
    if semi >= 0:
        start, clause_end, pool = semi + 1, sent.end, [m for m in figures.get(idx, []) if m.start > semi]
    else:
        if idx + 1 >= len(doc.sentences) or any(m.start > new.end for m in figures.get(idx, [])):
            return None
        nxt = doc.sentences[idx + 1]
        if nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph:
            return None
        start, clause_end, pool = nxt.start, nxt.end, figures.get(idx + 1, [])
    if len(pool) != 1:
        return None
    old = pool[0]
    lead = _norm(doc.text[start:old.start])
    end = doc.text.find(";", old.end, clause_end)
    tail = _norm(doc.text[old.end:end if end >= 0 else clause_end])
    if not (_STATE_BEFORE.search(lead) and (_THEN.search(lead) or _THEN.search(tail)) or _OPENED_THE_DAY.search(lead)) \
            or len(_WORD.findall(lead)) > 12 or _CLAUSE_BREAKS.search(lead) or _THEN_SEVERAL_YEARS.search(lead) \
            or any(w in CHANGE_WORDS for w in _WORD.findall(lead + " " + tail)):
        return None
    change_clause = _norm(doc.text[sent.start:semi if semi >= 0 else sent.end])
    if _IN_A_MONTH.search(change_clause) and (_A_YEAR_BEFORE.search(lead) or _A_YEAR_BEFORE.search(tail)):
        return None  # "rose by 400 to 5,200 in June; last June the figure had been 4,100": a year before a month's move
    if _names_another_place(doc.text[start:old.start] + " " + doc.text[old.end:clause_end], doc.text[sent.start:sent.end]):
        return None  # "A month earlier the list in York had been 7,400": another place's level (round 29)
    if old.noun and old.noun_span and not (_plural_pair(old.noun, size.noun or "") or _plural_pair(old.noun, new.noun or "")
                                           or _stem(old.noun) in _stems(doc.text[sent.start:new.end])):
        return None  # "Sales rose by 140 to 1,060; a year ago the firm had 980 staff": another measure
    if old.is_range or (old.kind, old.unit) != (new.kind, new.unit) or not compatible(old, new) \
            or not old.value or not new.value or not _size_fits(size, new, old):
        return None
    ratio = new.value / old.value
    if not Fraction(2, 3) <= ratio <= Fraction(3, 2) or (mag.direction and (new.value - old.value) * mag.direction < 0):
        return None
    change_clause = _norm(doc.text[sent.start:new.end])
    if any(m.kind in (Kind.YEAR, Kind.DURATION) and sent.start <= m.start < new.end or
           m.kind == Kind.YEAR and start <= m.start < old.start for m in doc.mentions_in(idx) + doc.mentions_in(old.sentence)):
        return None  # "in three years", "since 2019": a period the earlier level may not open
    if _units(change_clause) - _units(lead + " " + tail):
        return None  # "rose 140 this month; a year ago ...": another period
    return old


# "The charity raised £2.9m in 2023. That was up £700,000 on 2022, when it raised £2.4m": a
# sentence opening on "that/this was" states the change of the one level of the sentence before
# (sized as an amount, or as a share: "That marked a drop of 14% on the 980 of 2021"; "It was",
# "The figure represents")
_DEMONSTRATIVE = re.compile(r"^\s*(?:(?:that|this)\s+(?:figure\s+|total\s+|number\s+|sum\s+)?|it\s+|"
                            r"the\s+(?:figure|total|number|tally|count)\s+)"
                            r"(?:was|is|represents|represented|marks|marked|means|meant|would\s+be|will\s+be)\b")
# "That is", "This was almost", "It is now": the demonstrative and its copula, right before the multiple
_DEMONSTRATIVE_THEN_MULTIPLE = re.compile(_DEMONSTRATIVE.pattern + r"(?:\s+(?:now|still|about|almost|nearly|roughly|"
                                          r"around|some|more\s+than|over|less\s+than|under|just|only))*\s*")


def demonstrative_changes(doc: Document):
    """(size, its role, old, new) for "X. That was up N on Y": the new value is the sentence before's."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        if len(ms) == 1:
            found = (_pair_before(doc, idx, ms[0]) if idx > 0 else None) or _pair_after(doc, idx, ms[0], figures)
            if found is not None:
                yield found
            continue
        found = _demonstrative_margin(doc, idx, ms, figures)
        if found is not None:
            yield found
    durations = _spans_of_time_alone(doc)
    for idx, ms in durations.items():
        found = _demonstrative_margin(doc, idx, ms, durations)
        if found is not None:
            yield found


def _spans_of_time_alone(doc: Document) -> dict[int, list[Mention]]:
    """(round 33) The spans of time of each sentence that states no other figure: "They waited 52 minutes." /
    "That was 11 minutes longer than the 41 minutes of May." -- a time taken is the level a margin sizes."""
    figures = _by_sentence_figures(doc)
    found: dict[int, list[Mention]] = {}
    for m in quantities(doc):
        if m.kind == Kind.DURATION and m.sentence not in figures and not m.is_range \
                and not _POINT_IN_TIME_AFTER.match(doc.text, m.end):
            found.setdefault(m.sentence, []).append(m)
    return found


# "a decade ago", "two years earlier": a span of time that dates, no time taken
_POINT_IN_TIME_AFTER = re.compile(r"\s+(?:ago|earlier|before|later|previously)\b")


def _demonstrative_margin(doc: Document, idx: int, ms: list[Mention], figures: dict):
    """"Burglaries fell to 640. That was 110 fewer than the 750 of 2022": (size, its role, old, new), the new level
    the one of its kind in the sentence before, or None."""
    if idx == 0 or len(ms) != 2:
        return None
    sent, prev = doc.sentences[idx], doc.sentences[idx - 1]
    if sent.headline or prev.headline or prev.chrome or prev.paragraph != sent.paragraph \
            or not _DEMONSTRATIVE.match(_norm(doc.text[sent.start:ms[0].start])):
        return None
    (size, size_roles), (old, old_roles) = sentence_slots(doc, ms)
    mag, fr = _role(size_roles, "mag"), _role(old_roles, "from")
    if mag is None or fr is None or _role(old_roles, "to") or size.is_range or old.is_range \
            or not (size.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION) or _share_size(size, old)) \
            or is_points_count(size):
        return None
    same = [m for m in figures.get(idx - 1, []) if (m.kind, m.unit) == (old.kind, old.unit)]
    if len(same) != 1:
        return None
    new = same[0]
    if new.is_range or not compatible(new, old) or not new.value or not old.value \
            or not _size_fits(size, new, old) or not _same_clause(doc, size, old, [mag, fr]):
        return None
    if not Fraction(2, 3) <= new.value / old.value <= Fraction(3, 2) \
            or (mag.direction and (new.value - old.value) * mag.direction < 0):
        return None
    return size, mag, old, new


def _pair_before(doc: Document, idx: int, size: Mention):
    """"Arrests fell from 2,140 to 1,870. That was a fall of 270.": the change alone in a
    sentence opening on "That was", the one move of the sentence before (its "from" and "to"
    values, no size of its own)."""
    sent, prev = doc.sentences[idx], doc.sentences[idx - 1]
    if sent.headline or prev.headline or prev.chrome or prev.paragraph != sent.paragraph \
            or not _DEMONSTRATIVE.match(_norm(doc.text[sent.start:size.start])):
        return None
    mag = _lone_size(doc, size, (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT))
    slots = sentence_slots(doc, _by_sentence_figures(doc).get(idx - 1, [])) if mag is not None else []
    move = _one_move(slots) if len(slots) == 2 else None
    if move is None:
        return None
    old, new = move
    if not _move_fits(mag, old, new) or size.kind != Kind.PERCENT and not _size_fits(size, new, old):
        return None
    return size, mag, old, new


# "The budget will be cut by £1.2m. It falls to £4.6m from £6.1m": the next sentence's subject
# takes up the first's ("It", "This", or a noun of the first sentence after "The")
_TAKEN_UP_SUBJECT = re.compile(r"^\s*(?:(it|this|that)|the\s+([a-z]+)(?:\s+([a-z]+))?)\s+(?:will\s+|would\s+|is\s+to\s+)?"
                               r"(?:fall|falls|fell|drop|drops|dropped|rise|rises|rose|go|goes|went|grow|grows|grew|"
                               r"increase|increases|increased|decrease|decreases|decreased|climb|climbs|climbed)\b", re.I)


def _pair_after(doc: Document, idx: int, size: Mention, figures: dict):
    """"The budget will be cut by £1.2m next year. It falls to £4.6m from £6.1m.": the change
    sized alone (its "by"), then its two levels in the next sentence, whose subject takes up the
    first's and which sizes no change of its own."""
    if idx + 1 >= len(doc.sentences):
        return None
    sent, nxt = doc.sentences[idx], doc.sentences[idx + 1]
    if sent.headline or nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph:
        return None
    # (round 22, speed: the next sentence's two figures and its subject first, the size's roles after them)
    levels = figures.get(idx + 1, [])
    if len(levels) != 2:
        return None
    subject = _TAKEN_UP_SUBJECT.match(_norm(doc.text[nxt.start:levels[0].start]))
    if subject is None or subject.group(2) and not (
            {w.rstrip("s") for w in subject.groups()[1:] if w}
            & {w.rstrip("s") for w in words(doc.text[sent.start:size.start]) if len(w) > 3}):
        return None
    mag = _lone_size(doc, size, (Kind.COUNT, Kind.MONEY, Kind.MEASURE))
    if mag is None:
        return None
    slots = sentence_slots(doc, levels)
    if any(_role(r, "mag") for _, r in slots):
        return None
    move = _one_move(slots)
    if move is None:
        return None
    old, new = move
    if not _move_fits(mag, old, new) or not compatible(size, new) or not _size_fits(size, new, old):
        return None
    return size, mag, old, new



# round 20 (lead): the change sized alone, then its two levels in the next sentence of the paragraph -- or, after
# the lead, in the first sentence of the next paragraph: "Ferry crossings rose 14% this year. The boats made 9,120
# crossings, up from 8,400 last year." -- taken up by a pronoun or a word the two sentences (or the headline over
# the lead) share; not when the next sentence sets its measure apart ("Volumes grew more slowly, to ...")
_SET_APART = re.compile(r"\b(?:more|less)\s+(?:slowly|quickly|sharply|steeply|modestly|strongly)\b|\b(?:faster|"
                        r"slower|meanwhile|also|too|however|but|whereas|while|by\s+contrast|in\s+contrast)\b", re.I)
_TAKEN_UP_PRONOUN = re.compile(r"^\W*(?:it|its|they|their|this|these)\b", re.I)
# (round 21) the subject whose own measure moved ("after expanding its estate by 42%"), taken up by a generic name
# of what it is with a verb of having: "The family-owned company now has 91 shops, up from 58" (not "The rival chain")
_OWNER_TAKEN_UP = re.compile(r"^\W*the\s+(?:(?!(?:rival|other|new|second|parent|smaller|larger|bigger|former|biggest|"
                             r"largest)\b)[a-z][\w'’-]*\s+){0,2}(?:company|firm|chain|group|business|retailer|operator|club|"
                             r"charity|trust|bank|airline|bakery|brewer|maker|society|council|authority|school|university|"
                             r"network|zoo|museum|library|hospital|college)\s+(?:now\s+|currently\s+)?(?:has|had|runs|ran|"
                             r"operates|operated|employs|employed|owns|owned|counts|counted|serves|served)\s+$", re.I)
_OWN_MEASURE = re.compile(r"^[a-z]+\s+its\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*\s*(?:by\s*)?$", re.I)


def _owner_taken_up(opening: str, moved: str) -> bool:
    """(round 21) "... after expanding its estate by 42% ... The company now has 91 shops, up from 58": the next
    sentence opens on a generic name of the subject whose own measure ("its estate") moved (``moved``: the
    change's verb to its size)."""
    return bool(_OWNER_TAKEN_UP.match(opening)) and bool(_OWN_MEASURE.match(moved))
# "three years earlier", "since": the old level of another span than the change's
_YEARS_BACK = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|decades)\s+"
                         r"(?:earlier|ago|before)\b", re.I)


# "rose 40% in two years", "over the past five years", "since 2019": a change over a span longer than a year
# (not "the highest level in more than a decade", said of the new level)
_CHANGE_SPAN = re.compile(r"\b(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight|"
                          r"nine|ten|\d+)\s+(?:years|decades)\b|\bsince\b", re.I)


def _old_year_fits(doc: Document, sent, nxt, old: Mention, new: Mention) -> bool:
    """The year named right after the old level (if any) is the year before the change's: the year the first
    sentence names, else the publication's year less one or two ("rose 18% last year ... up from £284m in 2022",
    published in 2024); "fell 5% last year ... down from 1,500 in 2019" is another span, as are "three years
    earlier" and a first sentence over a long span ("in two years", "since 2019")."""
    if _YEARS_BACK.search(doc.text[nxt.start:nxt.end]) or _CHANGE_SPAN.search(doc.text[sent.start:sent.end]):
        return False
    years = [m for m in doc.mentions_in(nxt.index) if m.kind == Kind.YEAR and m.value is not None]
    lo, hi = min(old.start, new.start), max(old.end, new.end) + 24
    near = [m.value for m in years if lo <= m.start <= hi]
    if near and max(near) - min(near) > 1:
        return False  # "from 2.1 million in 2019 to 1.6 million in 2023"
    named = [m.value for m in years if old.end <= m.start <= old.end + 24]
    if not named:
        return True
    ref = [m.value for m in doc.mentions_in(sent.index) if m.kind == Kind.YEAR and m.value is not None]
    if ref:
        return ref[-1] - named[0] == 1
    return doc.published is not None and doc.published.year - named[0] in (1, 2)


# the level, a comma, then its base: ", up from", ", down from", ", compared with"
# (round 44) the change named after the base's time, set off by a comma: ", a rise of", ", an increase of"
_NAMED_CHANGE_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,4}?\s*,\s*(?:a|an)\s+(?:rise|increase|jump|fall|drop|decline|"
                                 r"decrease|cut|gain|climb)\s+of\s*", re.I)
_LEVEL_BASE_CUES = ("up from", "down from", "compared with", "compared to", "against")  # (round 21: "against")
_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b", re.I)
# "an 11% rise in annual profit": the measure named after the change noun
_CHANGE_OF = re.compile(r"\W*(?:rise|increase|jump|fall|drop|decrease|decline|cut|gain|growth|slump)\s+(?:in|of)\s+"
                        r"((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)", re.I)
# the clause the change's verb closes starts after a comma, a dash, "while", "as", "after", "and"
_CLAUSE_START = re.compile(r".*(?:,|\s[-–—]\s|\b(?:while|as|after|and|but|when)\s)", re.S)


def measure_words(doc: Document, sent, size: Mention, mag: Role) -> str:
    """The words naming what a change moves: after the change noun ("a 14% rise in crossings"), else the clause
    before its verb ("Boat movements through the locks rose 14%")."""
    after = _CHANGE_OF.match(doc.text, size.end)
    if after is not None:
        return after.group(1)
    head = doc.text[max(sent.start, min(size.start, mag.cue_start) - 90):min(size.start, mag.cue_start)]
    cut = _CLAUSE_START.match(head)
    return head[cut.end():] if cut else head


def sized_then_levels_next(doc: Document) -> list:
    """The readings of ``_sized_then_levels_next``, found once per document (the inferred-change and the nearby
    percentage finders both read them)."""
    found = doc.memo.get("sized-then-levels-next")
    if found is None:
        found = doc.memo["sized-then-levels-next"] = list(_sized_then_levels_next(doc))
    return found


def _sized_then_levels_next(doc: Document):
    """(size, its role, old, new): see the comment above; the size is the one change of its sentence, which
    gives no old level (a new level it gives must be the next sentence's new one, or that sentence gives the old
    level alone: "Exports rose 18% to £312m. Export sales were up from £284m in 2022."), and the next sentence
    sizes no change of its own (inferred)."""
    figures = _by_sentence_figures(doc)
    opening = lead_sentence(doc)
    lead = opening.index if opening else None
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or idx + 1 >= len(doc.sentences) or len(ms) > 3:
            continue
        nxt = doc.sentences[idx + 1]
        if nxt.headline or nxt.chrome or not (nxt.paragraph == sent.paragraph or idx == lead):
            continue
        after_ms = figures.get(idx + 1, [])
        if not 1 <= len(after_ms) <= 2:
            continue
        slots = sentence_slots(doc, ms)
        if any(_role(r, "from") for _, r in slots):
            continue
        mags = [(m, _role(r, "mag")) for m, r in slots if _role(r, "mag")]
        sized = len(mags)
        if len(mags) > 1:  # a percentage among moves sized in other kinds: "would cut 140 jobs after sales fell 18%"
            mags = [(m, r) for m, r in mags if m.kind == Kind.PERCENT]
        if len(mags) != 1:
            continue
        size, mag = mags[0]
        if size.is_range or not mag.direction or size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE,
                                                                   Kind.PERCENT) and not _fraction_size(size) \
                or is_points_count(size):  # (round 21: "fell by a quarter", as a percentage)
            continue
        tos = [m for m, r in slots if _role(r, "to")]
        if len(tos) > 1 or len(ms) - len(tos) - sized > 1:
            continue
        after = sentence_slots(doc, after_ms)
        if any(_role(r, "mag") or _role(r, "to") and len(after) == 1 for _, r in after):
            continue
        # (a move told with its own change verb, "It fell to 4,410 from 5,190", is _pair_after's and
        # percents.find_nearby_percent_changes' reading, with their checks of the measure's name)
        move = _level_up_from(doc, after, _LEVEL_BASE_CUES)
        if move is None and tos and len(after) == 1 and _role(after[0][1], "from") and len(after[0][1]) == 1:
            move = (after[0][0], tos[0])  # the new level in the first sentence, the old one alone in the next
        if move is None:
            continue
        old, new = move
        if tos and new is not tos[0] and not (compatible(tos[0], new) and tos[0].value == new.value):
            continue
        nxt_text = doc.text[nxt.start:nxt.end]
        told = next((r for r in after[-1][1] if r.name == "from" and r.direction), None) \
            if move[0] is after[-1][0] else None
        # "fell 14% ... 1.62m, down from 1.58m": the way the next sentence states agrees; the values are checked
        way = Role(mag.name, mag.cue, mag.cue_start, mag.cue_end, 0) if told and told.direction == mag.direction else mag
        if _SET_APART.search(nxt_text) or not _move_fits(way, old, new) or not _old_year_fits(doc, sent, nxt, old, new) \
                or size.kind not in (Kind.PERCENT, Kind.FRACTION) and not (compatible(size, new) and _size_fits(size, new, old)):
            continue
        if _CONTRAST.search(doc.text, sent.start, size.start):
            continue  # one of several moves set against each other ("Volume fell, while options rose 28.2 pct")
        before = measure_words(doc, sent, size, mag)
        if idx == lead:  # a headline telling the same change names the measure too
            before += " ".join(" " + measure_words(doc, h, m, _role(r, "mag")) for h in doc.sentences[:idx]
                               if h.headline for m, r in sentence_slots(doc, figures.get(h.index, []))
                               if _role(r, "mag") and m.kind == size.kind and m.value == size.value)
        told = size.value * (100 if size.kind == Kind.FRACTION else 1)
        if size.kind in (Kind.PERCENT, Kind.FRACTION) and (new.value - old.value) * mag.direction > 0 \
                and not told / 3 <= abs((new.value - old.value) / old.value * 100) <= told * 3:
            continue  # the same way but far off in size: the levels of a part of the measure, not of all of it
        first = min(old.start, new.start)
        if not (_TAKEN_UP_PRONOUN.match(doc.text[nxt.start:first]) or _owner_taken_up(doc.text[nxt.start:first],
                                                                                    doc.text[mag.cue_start:size.start])
                or _stems(before) & _stems(doc.text[nxt.start:min(nxt.end, max(old.end, new.end) + 24)])):
            continue
        yield size, mag, old, new


# round 21: two levels of one measure, each told with its time, the earlier first: "There were 9,870 in 2019; the
# office counts 7,574 now", "In 2019 there were 9,870 ... and today there are 7,574", "cost €1.20 in 2021 and €1.80
# this year".  A time word right after a level (within three words), or opening its clause before it.
_TIME_AFTER = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s+(?:in\s+(?P<year>(?:19|20)\d\d)|(?P<now>now|today|currently|"
                         r"this\s+year|so\s+far\s+this\s+year)|(?P<last>last\s+year|a\s+year\s+(?:ago|earlier)))\b")
_TIME_BEFORE = re.compile(r"(?:^|[,;]|\band)\s*(?:in\s+(?P<year>(?:19|20)\d\d)|(?P<now>now|today|currently|this\s+year)|"
                          r"(?P<last>last\s+year))\b(?:\s+[a-z][\w'’-]*){0,5}?\s*$")
# what may stand between the first level's time and the second level: a clause break and a few words of the
# second's subject and verb, no verb of change, no figure ("; the office counts", ", and today there are")
# or the second level's "now" and its verb right after the first's time: "cost €1.20 in 2021 now sells for €1.80"
_NOW_OPENS_GAP = re.compile(r"^\s*(?:now|today)(?:\s+[a-z][\w'’-]*){1,3}\s*$")
_TIMED_GAP = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s*(?:;|,|,?\s+and|,?\s+but|,?\s+while)(?:\s+[a-z][\w'’-]*){0,6}\s*$")


def _time_of(m, year, now, last, pub_year):
    """A time as a comparable number: a year; "now", "this year" the publication's year (or after every year);
    "last year" the year before it (None when the text has no date)."""
    if year:
        return int(year)
    if now:
        return pub_year if pub_year is not None else 10**4
    return pub_year - 1 if pub_year is not None else None


def _level_time(doc: Document, m: Mention, lo: int, hi: int, pub_year):
    """The time told right after the level ``m`` (before ``hi``) or opening its clause before it (after ``lo``)."""
    after = _TIME_AFTER.match(_norm(doc.text[m.end:hi]))
    if after is not None:
        return _time_of(m, after.group("year"), after.group("now"), after.group("last"), pub_year), m.end + after.end()
    before = _TIME_BEFORE.search(_norm(doc.text[lo:m.start]))
    if before is not None:
        return _time_of(m, before.group("year"), before.group("now"), before.group("last"), pub_year), m.end
    return None, m.end


def _levels_at_times(doc: Document, a: Mention, b: Mention, lo: int):
    """(old, new): two levels of one measure, the first told with an earlier time than the second, joined by a
    clause break or "and" (see _TIME_AFTER); else None."""
    if a.is_range or b.is_range or not a.value or not b.value or not _one_measure(a, b) \
            or not compatible(a, b) or a.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
        return None
    pub_year = doc.published.year if doc.published is not None else None
    sent = doc.sentences[b.sentence]
    t_a, a_end = _level_time(doc, a, lo, b.start, pub_year)
    if t_a is None or a_end > b.start:
        return None
    t_b, _ = _level_time(doc, b, a_end, sent.end, pub_year)
    if t_b is None or t_a >= t_b:
        return None
    gap = _norm(doc.text[a_end:b.start])
    if not (_TIMED_GAP.match(gap) or _NOW_OPENS_GAP.match(gap)) or any(w in CHANGE_WORDS for w in _WORD.findall(gap)):
        return None
    return a, b


# the span a change is told over: "in five years", "over the past decade", "in the past year", "since 2019"
_SPAN_OF = re.compile(r"\b(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:(?P<n>two|three|four|five|six|seven|eight|"
                      r"nine|ten|a|\d+)\s+)?(?P<unit>years|decades?|year|twelve\s+months|12\s+months)\b"
                      r"|\bsince\s+(?P<since>(?:19|20)\d\d)\b", re.I)
_SPAN_NUMBER = {"a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _timed_span_fits(doc: Document, sent, old_time: int, new_time: int) -> bool:
    """The change's own period agrees with the two levels' times: a span of years ("in five years", "since 2019")
    as long as theirs (within a year; a span of two years or more when the text has no date to place "now");
    a single year or "last year" only for levels a year apart; no period told at all agrees."""
    text = doc.text[sent.start:sent.end]
    span = _SPAN_OF.search(text)
    known = new_time < 10**4
    if span is not None:
        if span.group("since"):
            return int(span.group("since")) == old_time
        n = span.group("n")
        if n is None and span.group("unit").lower().endswith("s") and "month" not in span.group("unit").lower():
            return False  # "in recent years"-like: no length
        years = 1 if n is None else int(n) if n.isdigit() else _SPAN_NUMBER[n.lower()]
        years *= 10 if span.group("unit").lower().startswith("decade") else 1
        return abs((new_time - old_time) - years) <= 1 if known else years >= 2
    if _PERIOD_WORDS.search(_norm(text)) or any(m.kind == Kind.YEAR for m in doc.mentions_in(sent.index)):
        return known and new_time - old_time == 1 and not _LONG_SPAN.search(text)
    return True


def sized_then_timed_levels(doc: Document):
    """(size, its role, old, new), inferred (round 21): a change sized alone in its sentence ("The number of
    licensed cabs has fallen by 2,100 in five years."), then the next sentence of the paragraph giving the
    measure's two levels at two times, the earlier first ("There were 9,800 in 2019; there are 7,700 now."):
    taken up by a pronoun, an existential "there" or a word naming the measure; the size of the move within three
    times of the levels' (else a part of the measure); the change's period agreeing with the levels' times."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if len(ms) != 1 or sent.headline or sent.chrome or idx + 1 >= len(doc.sentences):
            continue
        nxt = doc.sentences[idx + 1]
        pair = figures.get(idx + 1, [])
        if nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph or len(pair) != 2:
            continue
        size = ms[0]
        mag = _lone_size(doc, size, (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.FRACTION))
        if mag is None or not mag.direction or size.kind == Kind.FRACTION and not _fraction_size(size) \
                or _CONTRAST.search(doc.text, sent.start, size.start):
            continue
        if any(r for _, r in sentence_slots(doc, pair)):
            continue  # a move of its own ("up from", "to"): the other readings'
        move = _levels_at_times(doc, pair[0], pair[1], nxt.start)
        if move is None:
            continue
        old, new = move
        if _SET_APART.search(doc.text[nxt.start:nxt.end]) or not _move_fits(mag, old, new):
            continue
        pub_year = doc.published.year if doc.published is not None else None
        (t_old, _), (t_new, _) = (_level_time(doc, old, nxt.start, new.start, pub_year),
                                  _level_time(doc, new, old.end, nxt.end, pub_year))
        if not _timed_span_fits(doc, sent, t_old, t_new):
            continue
        moved = abs(new.value - old.value)
        if size.kind in (Kind.PERCENT, Kind.FRACTION):
            told = size.value * (100 if size.kind == Kind.FRACTION else 1)
            if not told / 3 <= moved / old.value * 100 <= told * 3:
                continue  # far off in size: the levels of a part of the measure
        elif not (compatible(size, new) and _size_fits(size, new, old)) or not size.value / 3 <= moved <= size.value * 3:
            continue
        opening = _OPENING_TIME.sub("", doc.text[nxt.start:old.start])
        measure = _stems(measure_words(doc, sent, size, mag)) - _FUNCTION_STEMS
        nouns = [m.noun.lower() for m in (old, new) if m.noun and m.noun.lower() not in _NOW_WORDS]
        if not (_TAKEN_UP_PRONOUN.match(opening) or _THERE_WERE.match(opening) and _stems(" ".join(nouns)) <= measure
                or measure & _stems(doc.text[nxt.start:min(nxt.end, new.end + 24)])):
            continue
        yield size, mag, old, new


# an existential opening the levels' sentence: "There were", "In 2019 there were"
_THERE_WERE = re.compile(r"^\W*there\s+(?:were|was|are|is|had\s+been)\b", re.I)
# the time opening that sentence, before its subject: "In 2020 it numbered", "Back in 2019, there were"
_OPENING_TIME = re.compile(r"^\W*(?:back\s+)?in\s+(?:19|20)\d\d\s*,?\s*", re.I)
# words any two sentences share, no name of a measure
_FUNCTION_STEMS = frozenset("the and was are for its his her our not but all now new who how had has one two".split())

# round 17: "The increase of 2.75p, or 7.1%, is the third this year": a sentence opening on the definite change
# noun and its size (and the size again as a percentage after ", or"), right after a sentence with one move
_DEFINITE_CHANGE = re.compile(r"^\W*(?:the|this|that)\s+(?:increase|rise|fall|drop|decrease|cut|reduction|jump|hike|"
                              r"gain|decline)\s+of\s+$", re.I)
_OR_PERCENT = re.compile(r"^(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s*(?:,|\s[-–—]|[–—])\s*or\s+$")


# round 19: the size before the noun, "The 33% rise is the first since 2019"
_DEFINITE_SIZED = re.compile(r"^\W*(?:the|this|that)\s+$", re.I)
_DEFINITE_NOUN_AFTER = re.compile(r"[ -](increase|rise|fall|drop|decrease|cut|reduction|jump|hike|gain|decline)\b"
                                  r"(?!\s+(?:in|of|for|on)\b)", re.I)


def _level_up_from(doc: Document, slots, cues=("up from", "down from")) -> tuple[Mention, Mention] | None:
    """A sentence's two figures told as a move without "to": the level, then ", up from" (or "down from") the
    old one, no clause break between: "Visitors will pay £4.80 to park for four hours, up from £3.90" (round 19)."""
    if len(slots) != 2 or slots[0][1] or len(slots[1][1]) != 1:
        return None
    (new, _), (old, roles) = slots
    fr = _role(roles, "from")
    if fr is None or not fr.cue.startswith(cues):
        return None
    gap = _norm(doc.text[new.end:fr.cue_start])
    if not gap.rstrip().endswith(",") or _CLAUSE_BREAKS.search(gap.rstrip().rstrip(",")) or len(_WORD.findall(gap)) > 12:
        return None
    return old, new


def definite_change_after_move(doc: Document):
    """(size, its role, old, new): "Fares will rise from £2.10 to £2.60 in May. The increase of 40p, or 19%, is
    the first since 2019." -- the definite change sized at the start of the sentence after the one move of the
    sentence before (same paragraph, or the next one's opening "The 2.7p rise"; the move has no size of its own,
    counts of other things beside a money or measure size left out)."""
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        if idx == 0 or not ms or len(ms) > 2:
            continue
        sent, prev = doc.sentences[idx], doc.sentences[idx - 1]
        sized_noun = _DEFINITE_SIZED.match(doc.text[sent.start:ms[0].start])
        if sent.headline or prev.headline or prev.chrome or prev.paragraph != sent.paragraph \
                and not (sized_noun and _opens_next_paragraph(sent, prev)) \
                or not (_DEFINITE_CHANGE.match(doc.text[sent.start:ms[0].start]) or sized_noun):
            continue
        slots = sentence_slots(doc, ms)
        size, roles = slots[0]
        if sized_noun:  # "The 33% rise is the first since 2019": the size before its noun
            noun = _DEFINITE_NOUN_AFTER.match(doc.text, size.end)
            if noun is None or roles:
                continue
            roles = [Role("mag", noun.group(1).lower(), noun.start(1), noun.end(1), direction_of(noun.group(1).lower()))]
        mag = _role(roles, "mag")
        if mag is None or len(roles) != 1 or size.is_range or size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE,
                                                                                Kind.PERCENT) or is_points_count(size):
            continue
        sizes = [size]
        if len(ms) == 2:
            again = ms[1]
            if size.kind == Kind.PERCENT or again.kind != Kind.PERCENT or again.is_range or slots[1][1] \
                    or not (_OR_PERCENT.match(doc.text[size.end:again.start])
                            or sized_noun and _WORTH_PERCENT.match(doc.text[noun.end():again.start])):
                continue
            sizes.append(again)
        before = sentence_slots(doc, _same_kind_as_size(figures.get(idx - 1, []), size))
        if any(_role(r, "mag") for _, r in before):
            continue
        move = _one_move(before) or _level_up_from(doc, before)
        if move is None:
            continue
        old, new = move
        if not _move_fits(mag, old, new) or not (mag.direction or len(sizes) == 1):
            continue
        for m in sizes:
            if m.kind == Kind.PERCENT or _size_fits(m, new, old):
                yield m, mag, old, new


# round 23: "The 2.7p rise, worth 7.4%, was announced": the size again as a percentage after the noun and ", worth"
_WORTH_PERCENT = re.compile(r"^\s*(?:,|\s[-–—]|[–—]|\()\s*(?:or|worth|equal\s+to|equivalent\s+to|of)\s+$", re.I)


def _opens_next_paragraph(sent, prev) -> bool:
    """Round 23: the definite change opens the paragraph right after the move's sentence ``prev`` (the sentence
    before it: "... 39.2p a litre, up from 34.5p." / new paragraph "The 2.7p rise ..."): the paragraph break is no
    break of the reference (the caller asks the size before the noun: not "The increase of 40p in the price of a
    day ticket", another measure's)."""
    return sent.paragraph == prev.paragraph + 1


def _same_kind_as_size(ms: list[Mention], size: Mention) -> list[Mention]:
    """Round 23: the move a sum or measure sizes is of that kind; a count of another thing in the sentence before
    ("the co-operative owned by 1,240 families, will pay 39.2p, up from 34.5p") is no figure of the move."""
    if size.kind not in (Kind.MONEY, Kind.MEASURE):
        return ms
    return [m for m in ms if m.kind is not Kind.COUNT]  # (a percent kept: "rose by 19% from £2.10" is sized)


def _lone_size(doc: Document, size: Mention, kinds: tuple) -> Role | None:
    """The "by"/"of" role of a change's size standing as the one figure of its role, or None."""
    ((_, roles),) = sentence_slots(doc, [size])
    mag = _role(roles, "mag")
    if mag is None or len(roles) != 1 or size.is_range or size.kind not in kinds or is_points_count(size):
        return None
    return mag


def _one_move(slots) -> tuple[Mention, Mention] | None:
    """The one "from" figure and the one "to" figure of a sentence's slots, each with no other role."""
    olds = [m for m, r in slots if _role(r, "from") and len(r) == 1]
    news = [m for m, r in slots if _role(r, "to") and len(r) == 1]
    return (olds[0], news[0]) if len(olds) == 1 and len(news) == 1 else None


def _move_fits(mag: Role, old: Mention, new: Mention) -> bool:
    """Two plain, comparable, non-zero levels moving the way the change's word says."""
    return not (old.is_range or new.is_range or not compatible(old, new) or not old.value or not new.value
                or mag.direction and (new.value - old.value) * mag.direction < 0)


def _share_size(size: Mention, old: Mention) -> bool:
    """A percentage or a fraction below one sizing a change of a level that is no percentage
    ("a fall of almost a third compared with the 251 of 2022"; not of "6.1%": points or percent)."""
    return old.kind != Kind.PERCENT and (size.kind == Kind.PERCENT or (
        size.kind == Kind.FRACTION and size.value is not None and size.value < 1))


# round 16: the old level and the size of a move, with the new level stated as the sentence before's one level:
# "Income hit a record £80m this year. Income rose from £64m the year before, an increase of 25%"
_OPENING_MOVE = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){1,5}?(?:has\s+|have\s+|had\s+)?(?:rose|risen|grew|grown|climbed|"
                           r"increased|jumped|fell|fallen|dropped|declined|decreased|slipped|went\s+(?:up|down)"
                           r"|(?:was|were)\s+(?:up|down))"  # (round 27: "The number of cancelled sailings was up")
                           r"(?:\s+by)?\s*$")


def level_before_move(doc: Document):
    """(size, its role, old, new): a sentence opening on its measure and a change verb that gives the old level
    ("from") and the size of the move, but no new level, after a sentence whose one level of that kind is the
    new one and which (or a headline giving that level) names the measure: "A record 5,200 visitors came in
    2024. Visitor numbers rose from 4,000 the year before, a rise of 30%" (the change names its base period)."""
    figures = _by_sentence_figures(doc)
    heads = [s for s in doc.sentences if s.headline]
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if idx == 0 or sent.headline or len(ms) < 2:
            continue
        prev = doc.sentences[idx - 1]
        if prev.headline or prev.chrome:
            continue
        # (round 26, speed: the old level, one of these figures, has the kind and unit of a figure of the sentence
        # before, the new level; told by the figures alone, before their roles are read -- most sentences fail here)
        kinds_before = {(m.kind, m.unit) for m in figures.get(idx - 1, ())}
        if not any((m.kind, m.unit) in kinds_before for m in ms):
            continue
        slots = sentence_slots(doc, ms)
        sized = [(m, r[0]) for m, r in slots if len(r) == 1 and r[0].name == "mag"]
        froms = [(m, r[0]) for m, r in slots if len(r) == 1 and r[0].name == "from"]
        if len(sized) != 1 or len(froms) != 1 or sum(1 for _, r in slots if r) != 2:
            continue  # (other figures, with no role: "helped by two big exhibitions")
        (size, mag), (old, fr) = sized[0], froms[0]
        if size.is_range or old.is_range or not old.value \
                or any(m.kind == old.kind and m is not old for m in ms if m is not size):
            continue
        percent = size.kind == Kind.PERCENT and not is_points_size(doc, size)
        if not percent and (size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) or is_points_count(size)):
            continue
        text = _norm(doc.text[sent.start:sent.end])
        opening = _OPENING_MOVE.match(_norm(doc.text[sent.start:min(fr.cue_start, size.start)]))
        if opening is None or not _THEN.search(text) or _LONG_SPAN.search(text) or _years_apart(doc, idx):
            continue  # the measure and its move open the sentence, which names the base period ("the year before")
        same = [m for m in figures.get(idx - 1, []) if (m.kind, m.unit) == (old.kind, old.unit)]
        if len(same) == 2:
            same = _part_level_before(doc, same, old)  # (round 27) "cancelled 1,142 of the 9,136 sailings"
        if len(same) != 1:
            continue
        new = same[0]
        if new.is_range or not new.value or not compatible(old, new) \
                or any(x.name != "to" for m, r in sentence_slots(doc, figures[idx - 1]) if m is new for x in r) \
                or _THEN.search(_norm(doc.text[prev.start:prev.end])):
            continue  # the sentence before states its level as it is now, with no move of its own
        if not Fraction(2, 3) <= new.value / old.value <= Fraction(3, 2) \
                or mag.direction and (new.value - old.value) * mag.direction < 0 \
                or not percent and not _size_fits(size, new, old):
            continue
        subject = _MOVE_VERB_TAIL.sub("", opening.group(0))
        head = _head_stem(subject)  # "research income rose" -> "incom"
        if head is None:
            continue
        named = _stems(doc.text[prev.start:prev.end])
        for h in heads:
            if h.index < idx - 1 and any(m.kind == new.kind and m.value == new.value for m in figures.get(h.index, [])):
                named |= _stems(doc.text[h.start:h.end])  # "Research income climbs to record £214.6m"
        if head in named and not _participle_unnamed(subject, named):
            yield size, mag, old, new


def _participle_unnamed(subject: str, named: set[str]) -> bool:
    """(mend, round 27) The moving measure is narrowed by a participle the sentence before never says ("Delayed
    sailings were up 20% from 1,000" after "The ferry ran 1,150 sailings"; "Cancelled sailings" after "ran 1,142 of
    its 9,136 sailings late"): a subset of what that sentence counts, not its level ("Cancelled operations" after
    "Surgeons cancelled 612 of the 14,800 operations" is)."""
    return any(is_past_form(w) and _stem(w) not in named
               for word in _WORD.findall(_norm(subject)) for w in word.split("-"))


def _part_level_before(doc: Document, pair: list[Mention], old: Mention) -> list[Mention]:
    """(round 27) The sentence before tells a part of its whole ("cancelled 1,142 of the 9,136 sailings"): the part
    is the level the next sentence moves ("... was up 45% from 985") when it alone is of the old level's scale
    (within half as much again either way; the whole is not). [the part] when so, else ``pair`` unchanged."""
    part, whole = pair
    if not _whole_of_level(doc, part, whole) or not old.value:
        return pair
    near = [Fraction(2, 3) <= m.value / old.value <= Fraction(3, 2) for m in (part, whole)]
    return [part] if near == [True, False] else pair


_MOVE_VERB_TAIL = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:rose|risen|grew|grown|climbed|increased|jumped|fell|"
                             r"fallen|dropped|declined|decreased|slipped|went\s+(?:up|down)|(?:was|were)\s+(?:up|down))"
                             r"(?:\s+by)?\s*$")


# round 17: "Attendance in 2024 was up 14% from 567,000 in 2023": the measure, its year, a copula and the move
_OPENING_YEAR_MOVE = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){1,4}?in\s+(?P<year>(?:19|20)\d\d)\s+(?:(?:was|were)\s+"
                                r"(?:up|down)|rose|grew|climbed|increased|jumped|fell|dropped|declined|decreased|slipped)"
                                r"(?:\s+by)?\s*$")
_LAST_YEAR = re.compile(r"\blast\s+year\b")


def _year_of_level(doc: Document, level: Mention) -> int | None:
    """The year a level is given for, right after it up to a comma: "612,000 visitors in 2024", "... last year"
    (the year before the publication's)."""
    sent = doc.sentences[level.sentence]
    comma = doc.text.find(",", level.end, sent.end)
    end = comma if comma >= 0 else sent.end
    years = {m.value for m in doc.mentions_in(level.sentence) if m.kind == Kind.YEAR and m.value is not None
             and level.end <= m.start < end}
    if _LAST_YEAR.search(_norm(doc.text[level.end:end])) and doc.published is not None:
        years.add(doc.published.year - 1)
    return years.pop() if len(years) == 1 else None


def headline_sized_level_before(doc: Document):
    """(size, its role, old, new): a headline change sized alone ("Museum visitors rise 14%"), a sentence
    giving the measure's level for a year ("welcomed 612,000 visitors last year", the headline's measure as
    its noun), and the next sentence opening on that year's move, the same size and the old level of the year
    before ("Attendance in 2024 was up 14% from 537,000 in 2023"; its clause only, up to a clause break)."""
    figures = _by_sentence_figures(doc)
    sized = {}
    for h in doc.sentences:
        ms = figures.get(h.index, [])
        if not h.headline or len(ms) != 1:
            continue
        ((size, roles),) = sentence_slots(doc, ms)
        mag = _role(roles, "mag")
        if mag is not None and len(roles) == 1 and size.value is not None and not size.is_range:
            sized[(size.kind, size.value)] = _head_stem(doc.text[h.start:min(mag.cue_start, size.start)])
    if not sized:
        return
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if idx == 0 or sent.headline or len(ms) < 2:
            continue
        prev = doc.sentences[idx - 1]
        if prev.headline or prev.chrome or (ms[0].kind, ms[0].value) not in sized:
            continue  # (the move's size opens the sentence's figures: a cheap test before its roles are read)
        slots = sentence_slots(doc, ms)
        (size, size_roles), (old, old_roles) = slots[:2]
        mag, fr = _role(size_roles, "mag"), _role(old_roles, "from")
        if mag is None or fr is None or len(size_roles) != 1 or len(old_roles) != 1 or size.is_range \
                or old.is_range or not old.value or size.kind != Kind.PERCENT or is_points_size(doc, size) \
                or sized.get((size.kind, size.value)) is None:
            continue
        rest = slots[2:]
        if rest and not _CLAUSE_BREAKS.search(_norm(doc.text[old.end:rest[0][0].start])):
            continue  # another figure in the move's clause
        opening = _OPENING_YEAR_MOVE.match(_norm(doc.text[sent.start:size.start]))
        if opening is None:
            continue
        year = int(opening.group("year"))
        clause_end = rest[0][0].start if rest else sent.end
        old_years = [m.value for m in doc.mentions_in(idx) if m.kind == Kind.YEAR and old.end <= m.start < clause_end]
        if old_years != [year - 1]:
            continue  # the move from the year before
        same = [m for m in figures.get(idx - 1, []) if (m.kind, m.unit) == (old.kind, old.unit)]
        if len(same) != 1:
            continue
        new = same[0]
        if _year_of_level(doc, new) != year:
            continue  # the level of the move's year
        if new.is_range or not new.value or not new.noun or _stem(new.noun) != sized[(size.kind, size.value)] \
                or not compatible(old, new) or any(r for m, r in sentence_slots(doc, figures[idx - 1]) if m is new):
            continue  # the level counts the headline's measure, with no move of its own
        if not Fraction(2, 3) <= new.value / old.value <= Fraction(3, 2) \
                or mag.direction and (new.value - old.value) * mag.direction < 0:
            continue
        yield size, mag, old, new


def find_inferred_changes(doc: Document):
    for rel in _inferred_changes(doc):
        if not (isinstance(rel, AbsoluteChange) and rel.change.kind == Kind.MONEY
                and _size_spread_thinner(doc, rel.change, rel.old, rel.new)):
            yield rel  # (round 26) "about £1.80 a week": no amount of a move between levels told elsewhere


def _inferred_changes(doc: Document):
    from .percents import PercentChange  # percents imports this module

    for size, mag, new in open_changes(doc):
        if size.kind not in (Kind.PERCENT, Kind.FRACTION):  # (a fraction: as a percentage, in percents)
            old = earlier_level(doc, size, mag, new)
            cue = "from the sentence before"
            if old is None:
                old, cue = later_level(doc, size, mag, new), "the earlier level stated after it"
            if old is not None:
                yield AbsoluteChange(link="inferred", cue=f"{mag.cue} ({cue})", change=size,
                                     old=old, new=new, direction=mag.direction)
    for size, mag, old, new in demonstrative_changes(doc):
        kind = PercentChange if size.kind in (Kind.PERCENT, Kind.FRACTION) else AbsoluteChange
        yield kind(link="inferred", cue=f"{mag.cue} (the sentence before's level)", change=size,
                   old=old, new=new, direction=mag.direction)
    for size, mag, old, new in definite_change_after_move(doc):
        kind = PercentChange if size.kind == Kind.PERCENT else AbsoluteChange
        yield kind(link="inferred", cue=f"{mag.cue} (the move of the sentence before)", change=size,
                   old=old, new=new, direction=mag.direction)
    for size, mag, old, new in headline_pairs(doc):
        kind = PercentChange if size.kind in (Kind.PERCENT, Kind.FRACTION) else AbsoluteChange
        yield kind(link="inferred", cue=f"{mag.cue} (headline)", change=size, old=old, new=new,
                   direction=mag.direction)
    for size, mag, old, new in headline_move_to_level(doc):
        kind = PercentChange if size.kind == Kind.PERCENT else AbsoluteChange
        yield kind(link="inferred", cue=f"{mag.cue} (headline, its new level told again)", change=size, old=old,
                   new=new, direction=mag.direction)
    for size, mag, old, new in headline_levels(doc):
        yield AbsoluteChange(link="inferred", cue=f"{mag.cue} (the headline's level)", change=size, old=old,
                             new=new, direction=mag.direction)
    for size, mag, old, new in headline_sized_level_before(doc):
        yield PercentChange(link="inferred", cue=f"{mag.cue} (the year's level in the sentence before)", change=size,
                            old=old, new=new, direction=mag.direction)
    for size, mag, old, new in level_before_move(doc):
        kind = PercentChange if size.kind == Kind.PERCENT else AbsoluteChange
        yield kind(link="inferred", cue=f"{mag.cue} (the new level in the sentence before)", change=size, old=old,
                   new=new, direction=mag.direction)
    for size, mag, old, new in sized_then_levels_next(doc):
        if size.kind not in (Kind.PERCENT, Kind.FRACTION):  # (a percentage: percents.find_nearby_percent_changes)
            yield AbsoluteChange(link="inferred", cue=f"{mag.cue} (its levels in the next sentence)", change=size,
                                 old=old, new=new, direction=mag.direction)
    for size, mag, old, new in sized_then_timed_levels(doc):
        kind = PercentChange if size.kind in (Kind.PERCENT, Kind.FRACTION) else AbsoluteChange
        yield kind(link="inferred", cue=f"{mag.cue} (its levels at two times in the next sentence)", change=size,
                   old=old, new=new, direction=mag.direction)
    for size, mag, old, new in amount_of_earlier_move(doc):
        yield AbsoluteChange(link="inferred", cue=f"{mag.cue} (the move told earlier)", change=size, old=old, new=new,
                             direction=mag.direction)
    for size, mag, old, new in amount_of_move_before(doc):
        yield AbsoluteChange(link="inferred", cue=f"{mag.cue} (the move of the sentence before)", change=size, old=old,
                             new=new, direction=mag.direction)




# ------------------------------------------------------------------ moves without a size

@dataclass(frozen=True)
class DirectedMove(Relation):
    """"climbed from £248,500 to £263,900": a move between two stated values told
    by its verb alone, with no size; only its direction can be checked."""

    old: Mention = None  # type: ignore[assignment]
    new: Mention = None  # type: ignore[assignment]
    direction: int = 0

    def members(self) -> tuple[Mention, ...]:
        return (self.new, self.old)


# the verbs that tell a move of their subject (or object) and its way; not "improved" (a time or a
# rank improves by going down) nor the comparatives
_MOVE_UP = frozenset("""rose risen rise rises rising increased increase increases increasing grew grown grow grows
    growing climbed climb climbs climbing jumped jump jumps jumping soared soar soars soaring surged surge surges
    surging leapt leaped leap leaps rocketed raised raise raises raising boosted boost boosts hiked widened
    expanded swelled swollen""".split())
_MOVE_DOWN = frozenset("""fell fallen fall falls falling dropped drop drops dropping declined decline declines
    declining decreased decrease decreases decreasing slipped slid slide slides sank sunk plunged plummeted
    tumbled slumped shrink shrank shrunk shrinks shrinking dipped cut cuts cutting reduced reduce reduces reducing
    lowered lower lowers slashed trimmed narrowed eased""".split())
# "from" or "to" and what may stand between it and the value: "a low of", "a new record of"
_MOVE_LINK = re.compile(r"\s(?P<link>from|to)(?:\s+(?:a|an|the|its|their)\s+(?:new\s+)?(?:low|high|peak|record|total|level|"
                        r"average)(?:\s+of)?)?\s*$")
# between the two values: at most a time phrase ("in 2023", "at the start of the year") and the link
_THEN_TO = re.compile(r"^(?:\s+(?:in|at|on|during|by|over|for|last|this|a)\b[^,;:()]{0,40}?)?,?\s+to\s*$")
_THEN_FROM = re.compile(r"^(?:\s+(?:in|at|on|during|by|over|for|last|this|a)\b[^,;:()]{0,40}?)?,?\s+(?:up\s+|down\s+)?from"
                        r"(?:\s+(?:a|an|the|its|their)\s+(?:low|high|peak|record|total|level|average)\s+of)?\s*$")
# the words between the verb and "from"/"to" may be adverbs or the verb's object, never a clause's end
_MOVE_GAP_STOP = frozenset("""and but or while which who that when where because although though if as than
    per by of""".split())
# a rank, a place in a table, a score against par: a move up is a smaller number
_RANKED = re.compile(r"\b(?:rank|ranked|rankings?|places?|position|positions|No\.?|number|seeds?|seeded|charts?|"
                     r"table|standings|under|over\s+par|par|handicap|odds|lengths?)\b", re.I)
_MOVE_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT)
_BETWEEN_OK = (Kind.YEAR, Kind.DATE, Kind.WEEKDAY, Kind.TIME, Kind.ORDINAL, Kind.DURATION)


def _move_verb(pre: str) -> tuple[int, str] | None:
    """The way and the verb of "climbed from", "was cut to", "cut its budget from" at the end
    of ``pre``: the nearest move verb among the five words before the link, with no word
    between that ends the clause."""
    link = _MOVE_LINK.search(pre)
    if not link:
        return None
    before = _WORD.findall(re.split(r"[,;:()]", pre[:link.start()])[-1])[-5:]
    for word in reversed(before):
        if word in _MOVE_UP:
            return 1, word
        if word in _MOVE_DOWN:
            return -1, word
        if word in _MOVE_GAP_STOP:
            return None
    return None


_MONTH_NEXT = re.compile(r"\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")


def find_directed_moves(doc: Document):
    """"Sales climbed from 4,205 in 2023 to 4,812", "The fare was cut to £2.40 from £2.90": two
    values of one measure in one clause, the verb telling which way it went, no size stated.
    Ranks, places in a table and scores against par are left out (up there is a smaller number)."""
    text = doc.text
    if " from " not in text:
        return
    taken = {(f.old.start, f.new.start) for f in frames(doc)}
    by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    for idx, ms in by_sent.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(ms) < 2:
            continue
        stext = text[sent.start:sent.end]
        if " from " not in stext or " to " not in stext:
            continue
        ranked = None  # (round 29, speed) a rank's sentence is left alone: read only once a move is found there
        for i, first in enumerate(ms):
            if first.kind not in _MOVE_KINDS or first.is_range or first.interval is None:
                continue
            second = next((m for m in ms[i + 1:] if m.kind not in _BETWEEN_OK), None)
            if second is None or second.kind not in _MOVE_KINDS or second.is_range or second.interval is None:
                continue
            if not compatible(first, second):
                continue
            if _MONTH_NEXT.match(text, second.end) or _MONTH_NEXT.match(text, first.end):
                continue  # "a reduced timetable from 3 to 21 March": days of a month, no move
            prev_end = max([m.end for m in ms[:i]] + [sent.start])
            pre = _norm(text[max(prev_end, first.start - 80):first.start])
            between = _norm(text[first.end:second.start])
            if first.noun_span is not None and first.noun == second.noun and first.noun_span.end <= second.start:
                between = _norm(text[first.noun_span.end:second.start])  # round 22: "from 12,000 seats to 15,500 seats"
            link = _MOVE_LINK.search(pre)
            if link and link.group("link") == "from" and _THEN_TO.match(between):
                old, new = first, second
            elif link and link.group("link") == "to" and _THEN_FROM.match(between):
                old, new = second, first
            else:
                continue
            way = _move_verb(pre)
            if way is None or (old.start, new.start) in taken:
                continue
            if ranked is None:
                ranked = _RANKED.search(stext) is not None
            if ranked:
                break
            yield DirectedMove(link="explicit", cue=way[1], old=old, new=new, direction=way[0])


# ------------------------------------------------------------------ ranks

@dataclass(frozen=True)
class RankChange(SizedChange):
    """"climbed 14 places to 23rd, from 47th": a move in a ranking and the two positions.
    ``direction`` is +1 for a climb (the position's number falls), -1 for a drop."""


_RANK_NOUNS = frozenset("places place spots spot positions position rungs notches".split())
_OBJ = r"(?:her|him|them|it|us|me|the\s+[a-z][\w'’-]*)\s+"
_CLIMB = re.compile(r"\b(?:(?P<up>climbed|climbs|climbing|rose|rises|rising|risen|jumped|jumps|jumping|leapt|leaped|leaps|"
                    r"soared|shot\s+up|moved\s+up|moves\s+up|went\s+up|goes\s+up|up)|(?P<down>fell|falls|falling|fallen|"
                    r"dropped|drops|dropping|slipped|slips|slipping|slid|slides|sliding|tumbled|tumbles|plunged|plummeted|"
                    r"sank|sinks|moved\s+down|moves\s+down|went\s+down|down))\s+(?:by\s+|a\s+further\s+|another\s+)?$"
                    # a move told of its object: "lifted her 14 places", "sent the club up 11 places",
                    # "dropped them three places"
                    r"|\b(?:(?P<up_obj>(?:lifted|lifts|lifting|propelled|propels|catapulted|catapults)\s+" + _OBJ +
                    r"(?:up\s+)?|(?:took|takes|taking|sent|sends|sending|pushed|pushes|moved|moves|carried|carries|"
                    r"fired|fires)\s+" + _OBJ + r"up\s+)|(?:dropped|drops|dropping|knocked|knocks)\s+" + _OBJ +
                    r"(?:down\s+)?|(?:pushed|pushes|sent|sends|sending|moved|moves|took|takes)\s+" + _OBJ +
                    r"down\s+)(?:a\s+further\s+|another\s+)?$", re.I)
# "a climb of 14 places", "a fall of three places"
_CLIMB_NOUN = re.compile(r"\b(?:an?\s+)?(?:(?P<up>climb|rise|jump|leap|move\s+up)|(?P<down>fall|drop|slide|slip|tumble|"
                         r"move\s+down))\s+of\s+$", re.I)
# the new position: "to 23rd", "to a career-high No 23", "to number 4"
_RANK_TO = re.compile(r"\s+to\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:No\.?\s*|number\s+)?$", re.I)
# the old position: "from 47th", "up from No 15", "having started the week 47th"
_RANK_FROM = re.compile(r"(?:\b(?:up\s+|down\s+)?from\s+(?:No\.?\s*|number\s+)?|"
                        r",\s*having\s+(?:started|begun|been|stood|sat)\s+(?:the|this)\s+(?:day|week|weekend|round|"
                        r"race|tournament|event|session|championships?)\s+(?:in\s+|at\s+)?(?:No\.?\s*|number\s+)?)$", re.I)
_RANK_KINDS = (Kind.ORDINAL, Kind.CODE, Kind.COUNT)


def _rank_value(m: Mention) -> bool:
    return m.kind in _RANK_KINDS and m.value is not None and m.value == int(m.value) and 0 < m.value < 1000 \
        and not m.is_range and (m.kind is not Kind.COUNT or m.noun is None)


# the old position told on its own after the move: "; she had been ranked 47th a week earlier", ". He was
# 47th before the event"
_RANK_WAS = re.compile(r"\b(?P<had>had\s+been|had\s+(?:sat|stood|started\s+the\s+\w+))?(?(had)|(?:was|were))\s+"
                       r"(?:(?:ranked|placed|rated|seeded|lying|sitting)\s+)?(?:(?:at|in)\s+)?(?:No\.?\s*|number\s+)?$",
                       re.I)
_RANK_EARLIER = re.compile(r"\b(?:earlier|before|ago|previously|beforehand|last\s+(?:week|month|year|season))\b", re.I)


def _rank_told_before(doc: Document, s, new: Mention):
    """(old position, link) told after the move in a clause of its own: after a semicolon in the sentence
    or opening the next ("She had been ranked 47th a week earlier"): the one position there after "had been"
    (or "was" with an earlier time in the clause); no other figure in that clause."""
    text = doc.text[s.start:s.end]
    semi = text.find(";", new.end - s.start)
    if semi >= 0:
        lo, hi, idx, link = s.start + semi + 1, s.end, s.index, "explicit"
    elif s.index + 1 < len(doc.sentences) and doc.sentences[s.index + 1].paragraph == s.paragraph:
        nxt = doc.sentences[s.index + 1]
        lo, hi, idx, link = nxt.start, nxt.end, nxt.index, "inferred"
    else:
        return None
    there = [x for x in doc.mentions_in(idx) if lo <= x.start < hi and x.kind is not Kind.DURATION]
    if len(there) != 1 or not _rank_value(there[0]) or there[0].kind is Kind.COUNT:
        return None
    old = there[0]
    was = _RANK_WAS.search(doc.text, max(lo, old.start - 50), old.start)
    if was is None:
        return None
    # its subject is the mover: a pronoun or the sentence's first word ("Okafor ... ; Okafor had been"),
    # after at most a short time phrase ("a week earlier, she had been")
    first = re.match(r"\s*([A-Z][\w'’-]+)", text)
    subject = re.fullmatch(r"\s*(?:[a-z][\w'’-]*\s+){0,4}?,?\s*(?:(?i:she|he|they|it)|(?P<name>[A-Z][\w'’-]+))\s*",
                           doc.text[lo:was.start()])
    if subject is None or subject.group("name") and (first is None or subject.group("name") != first.group(1)):
        return None
    if not was.group("had") and not _RANK_EARLIER.search(doc.text, lo, hi):
        return None
    return old, link


def _rank_circumstance_out(gap: str, to_old: str) -> str:
    """(round 22) The gap before ", having started the week in 46th" without a short "after" phrase closing it:
    "climbed 17 places to 23rd in the rankings after her semi-final run, having started the week in 46th"."""
    if re.match(r"\s*,\s*having\b", to_old[len(gap):]):
        return _AFTER_CIRCUMSTANCE.sub(" ", gap.lower() + ",")[:-1]
    if re.search(r",\s*$", gap) and re.match(r"\s*(?:up|down)\s+from\b", to_old[len(gap):]):
        # (round 47) the old position after a comma, "up from No. 71": an "after" phrase closed by that comma tells
        # what brought the move ("after her run to the Halden final, up from No. 71")
        return _RANK_AFTER_PHRASE.sub(" ", gap.lower())
    return gap


_RANK_AFTER_PHRASE = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+){0,5}?"
                                r"[a-z][\w'’-]*(?<!ed)\s*,\s*$")


def find_rank_changes(doc: Document):
    """"Costa climbed 14 places to No 23, having started the week 47th", "rose from 47th to 23rd, a climb
    of 14 places": the places moved, the one new position after "to" and the one old position after
    "from" (or the start of the week, round or event) in the sentence, no clause break between."""
    if "place" not in doc.text and "spot" not in doc.text and "position" not in doc.text:
        return
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = list(doc.mentions_in(s.index))
        for m in ms:
            if m.kind is not Kind.COUNT or m.noun not in _RANK_NOUNS or m.noun_span is None or m.hedge:
                continue
            cue = _CLIMB.search(doc.text, max(s.start, m.start - 30), m.start) \
                or _CLIMB_NOUN.search(doc.text, max(s.start, m.start - 30), m.start)
            if cue is None:
                continue
            ranks = [x for x in ms if x is not m and _rank_value(x)]
            new = [x for x in ranks if _RANK_TO.search(doc.text, max(s.start, x.start - 40), x.start)]
            old = [x for x in ranks if _RANK_FROM.search(doc.text, max(s.start, x.start - 60), x.start)]
            if len(new) == 1 and not old:
                told = _rank_told_before(doc, s, new[0])
                if told is not None:
                    yield RankChange(link=told[1], cue=cue.group(0).strip(), change=m, old=told[0], new=new[0],
                                     direction=1 if cue.group("up") or cue.groupdict().get("up_obj") else -1)
                continue
            if len(new) != 1 or len(old) != 1 or new[0] is old[0]:
                continue
            first, second = sorted((new[0], old[0]), key=lambda x: x.start)
            if second is old[0]:
                gap = doc.text[first.end:_RANK_FROM.search(doc.text, max(s.start, second.start - 60), second.start).start()]
                gap = _rank_circumstance_out(gap, doc.text[first.end:second.start])
            else:
                gap = doc.text[first.end:second.start]
            if len(words(gap)) > 8 or re.search(r"\d|\b(?:since|after|before|when|than|last|previous|ago)\b", gap, re.I):
                continue  # "to fifth, their best since rising from 20th": another time's position
            lo = min(m.start, new[0].start, old[0].start)
            hi = max(m.end, new[0].end, old[0].end)
            if re.search(r"[;:]|\b(?:and|but|while|whereas)\b", doc.text[lo:hi]) \
                    or any(lo < x.start < hi and x.is_quantity and x not in (m, new[0], old[0])
                           and x.kind not in (Kind.WEEKDAY, Kind.DATE) for x in ms):
                continue  # another clause or figure between: whose positions?
            yield RankChange(link="explicit", cue=cue.group(0).strip(), change=m, old=old[0], new=new[0],
                             direction=1 if cue.group("up") or cue.groupdict().get("up_obj") else -1)


@dataclass(frozen=True)
class ListTotalChange(Relation):
    """"38,200 on Friday, 46,500 on Saturday and 44,100 on Sunday, up 10% from 117,100 last year": the list's
    members added are the new level of the change set after it (a percentage or an amount) from ``old``."""

    parts: tuple[Mention, ...] = ()
    change: Mention = None  # type: ignore[assignment]
    old: Mention = None  # type: ignore[assignment]
    direction: int = 0

    def members(self) -> tuple[Mention, ...]:
        return self.parts + (self.change, self.old)


# the old level's cue straight after the size: "up 10% from", "down 5% on", "up a fifth on the"
_LIST_TOTAL_FROM = frozenset({"from", "on", "on the"})
# the total is of the old level's order, each member well under it: "12,400 ..., 15,100 ... and 14,300 ...,
# up 8% from 38,700" (not "14,300 on Sunday, up 8% from 13,200": the last day's own move)
_LIST_TOTAL_SPAN = 3


def find_list_total_changes(doc: Document):
    """A list of three like figures or more, closed by a change in apposition and its old level: the change
    moves the list's total ("A on Friday, B on Saturday and C on Sunday, up 10% from D last year")."""
    for idx, ms in _by_sentence_figures(doc).items():
        if len(ms) < 5 or doc.sentences[idx].headline:
            continue
        slots = sentence_slots(doc, ms)
        for i in range(4, len(slots)):
            size, roles = slots[i - 1]
            old, old_roles = slots[i]
            mag, fr = _role(roles, "mag"), _role(old_roles, "from")
            if mag is None or fr is None or fr.cue not in _LIST_TOTAL_FROM or size.is_range or old.is_range \
                    or doc.text[size.end:fr.cue_start].strip() or not mag.direction:
                continue
            k = i - 2
            if not _closing_list_item(doc, slots, k) or not _apposition(doc, slots[k][0], size, mag):
                continue
            first = k - 2
            while first >= 1 and compatible(slots[first - 1][0], slots[k][0]) \
                    and _LIST_COMMA_GAP.fullmatch(_norm(doc.text[slots[first - 1][0].end:slots[first][0].start])):
                first -= 1
            parts = tuple(slots[x][0] for x in range(first, k + 1))
            if first >= 1 and compatible(slots[first - 1][0], slots[k][0]):
                continue  # another like figure before the list: perhaps its total, or a list of another shape
            if any(p.kind != old.kind or p.unit != old.unit or not compatible(p, old) or p.value is None
                   or p.interval is None or p.hedge or p.compound for p in parts) or not old.value:
                continue
            if not (size.kind == Kind.PERCENT and not is_points_size(doc, size)
                    or size.kind == Kind.FRACTION and size.value is not None and size.value < 1
                    or size.kind == old.kind and compatible(size, old)):
                continue
            total = sum(p.value for p in parts)
            if max(p.value for p in parts) * 3 > old.value * 2 \
                    or not old.value / _LIST_TOTAL_SPAN <= total <= old.value * _LIST_TOTAL_SPAN:
                continue
            between = _clean_between(doc, parts[0].end, parts[-1].start, [(p.start, p.end) for p in parts])
            if any(w in CHANGE_WORDS for w in _WORD.findall(between)) \
                    or any(_role(slots[x][1], "mag") for x in range(first, k + 1)):
                continue  # "rose by 210 in January, 180 in February and ...": a list of moves, not of levels
            yield ListTotalChange(link="explicit", cue=mag.cue, parts=parts, change=size, old=old,
                                  direction=mag.direction)


# ------------------------------------------------------------------ the size of a move named after it

# round 22: "the 750 tonnes of cod lost to the cut", "the 40 jobs shed in the reduction", "the 300 places added by
# the expansion": a definite amount, what it is of, a verb of what went or came and the move as a definite noun
_AMOUNT_OF_MOVE = re.compile(
    r"\s*(?:of\s+(?P<noun>[a-z][\w'’-]*)(?:\s+[a-z][\w'’-]*)?\s+)?(?:that\s+(?:was|were|will\s+be|would\s+be)\s+)?"
    r"(?:(?P<down>lost|shed|cut|removed|wiped\s+out|taken\s+off)|(?P<up>gained|added|created))\s+"
    r"(?:to|by|in|through|under|with|because\s+of|as\s+a\s+result\s+of)\s+(?:the|this|that)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?P<move>cuts?|falls?|drops?|reductions?|declines?|rises?|increases?|expansion|growth|decrease|slump|hike)\b"
    # not a part of the move named after it: "the £50,000 lost to the cut in the arts grant"
    r"(?!\s+(?:in|to|of|on|for|at)\b)", re.I)
_AMOUNT_OF_MOVE_WORDS = ("lost", "shed", "cut", "removed", "wiped", "taken", "gained", "added", "created")
# the verbs ``_AMOUNT_OF_MOVE_CUE`` opens on (also looked for in the lower-cased text: ``_amount_of_move_cue``)
_AMOUNT_OF_MOVE_CUE_VERBS = ("lost", "shed", "cut", "removed", "out", "off", "gained", "added", "created")
_AMOUNT_OF_MOVE_CUE = re.compile(r"\b(?:" + "|".join(_AMOUNT_OF_MOVE_CUE_VERBS) + r")\s+(?:to|by|in|through|under|"
                                 r"with|because|as)\s+(?:the|this|that)\s", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these)\s+(?:estimated\s+|extra\s+|additional\s+)?$", re.I)


def _amount_of_move_cue(text: str, low: str) -> bool:
    """``_AMOUNT_OF_MOVE_CUE.search(text)``, tried only where the lower-cased text holds one of its verbs (round 23,
    speed: a whole-text case-blind search was a third of the finder).  Where lower-casing changes a length ("İ") or
    the text holds a letter the case-blind pattern also takes for "i" or "s" ("ı", "ſ"), the whole text is searched."""
    if len(low) != len(text) or "\u0131" in low or "\u017f" in low:
        return _AMOUNT_OF_MOVE_CUE.search(text) is not None
    match = _AMOUNT_OF_MOVE_CUE.match
    for verb in _AMOUNT_OF_MOVE_CUE_VERBS:
        at = low.find(verb)
        while at >= 0:
            if match(text, at):
                return True
            at = low.find(verb, at + 1)
    return False


def amount_of_earlier_move(doc: Document):
    """(size, role, old, new): a definite amount named as what went or came with the move ("the 750 tonnes of cod
    lost to the cut") after the document's one move of that measure told without a size ("would fall to 3,400
    tonnes from 4,150 tonnes"), the same way, the noun (if named) in the move's sentence (inferred)."""
    moves = None
    cued = None  # the text's verb and link (``_amount_of_move_cue``), read at the first figure the move's words follow
    for m in quantities(doc):
        if m.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) or m.is_range or m.value is None:
            continue
        # (round 26, speed: the words after the figure, matched where it ends, are cheaper than searching the whole
        # text for the verb and its link, which is read only once a figure has them)
        said = _AMOUNT_OF_MOVE.match(doc.text, m.end, doc.sentences[m.sentence].end)
        if said is None and m.noun_span is not None:  # "the 90 beds lost in the reduction"
            said = _AMOUNT_OF_MOVE.match(doc.text, m.noun_span.end, doc.sentences[m.sentence].end)
        if said is None or not _DEFINITE_BEFORE.search(doc.text, max(0, m.start - 25), m.start):
            continue
        if cued is None:
            low = doc.text.lower()
            cued = any(w in low for w in _AMOUNT_OF_MOVE_WORDS) and _amount_of_move_cue(doc.text, low)
        if not cued:
            return
        way = -1 if said.group("down") else 1
        if direction_of(said.group("move").lower()) not in (0, way):
            continue
        if moves is None:
            moves = list(find_directed_moves(doc))
        fits = [mv for mv in moves if mv.new.end < m.start and compatible(m, mv.old) and compatible(m, mv.new)
                and mv.direction == way]
        if len(fits) != 1:
            continue
        mv = fits[0]
        noun = said.group("noun")
        if noun and _stem(noun.lower()) not in _stems(doc.sentence_text(mv.new.sentence)):
            continue
        yield m, Role("mag", said.group(0).strip(), m.end, said.end(), way), mv.old, mv.new


# (round 29) the amount a move took away or added, its verb right before it: "We lost 180 seats", "gained 12 members"
_LOST_VERBS = "lost lose loses losing shed sheds shedding".split()
_GAINED_VERBS = "gained gain gains gaining added add adds adding".split()
_LOST_OR_GAINED_BEFORE = re.compile(r"\b(?:(?P<down>" + "|".join(_LOST_VERBS) + r")|(?P<up>" + "|".join(_GAINED_VERBS)
                                    + r"))\s+$", re.I)


def lost_or_gained(doc: Document, m: Mention) -> Role | None:
    """(round 29) The figure told as what was lost or gained, its verb right before it ("We lost 180 seats"): the
    verb as a role of the move's size, down or up; None otherwise."""
    said = _LOST_OR_GAINED_BEFORE.search(doc.text, max(doc.sentences[m.sentence].start, m.start - 12), m.start)
    if said is None:
        return None
    return Role("mag", said.group(0).strip().lower(), said.start(), said.end(), -1 if said.group("down") else 1)


def move_to(doc: Document, level: Mention) -> tuple[Mention, Mention, int] | None:
    """(round 29) The one move told in ``level``'s sentence that ends at it: (old, new, direction), from a stated
    change ("1,640 seats, down from 1,820, a fall of 10%") or a move with no size ("cut to 1,640 from 1,820")."""
    found = {(f.old.start, f.direction): (f.old, f.new, f.direction) for f in frames(doc) if f.new is level}
    if not found and " from " in doc.sentence_text(level.sentence):
        found = {(mv.old.start, mv.direction): (mv.old, mv.new, mv.direction) for mv in find_directed_moves(doc)
                 if mv.new is level}
        if not found:  # "2,310 staff, down from 2,650"
            slots = sentence_slots(doc, _same_kind_as_size(_by_sentence_figures(doc).get(level.sentence, []), level))
            move = _level_up_from(doc, slots)
            if move is not None and move[1] is level:
                way = 1 if _role(slots[1][1], "from").cue.startswith("up") else -1
                found = {(move[0].start, way): (move[0], level, way)}
    return next(iter(found.values())) if len(found) == 1 else None


def amount_of_move_before(doc: Document):
    """(size, role, old, new), round 29: "Its hall was rebuilt with 1,640 seats, down from 1,820. ... \"We lost 180
    seats,\" the director said": a count told as what was lost (or gained), in the sentence right after the one
    whose one count of that noun is where a move of it ended, the same way: the size of that move (inferred)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in quantities(doc, Kind.COUNT):
        by_sentence.setdefault(m.sentence, []).append(m)
    for idx, ms in by_sentence.items():
        prev = by_sentence.get(idx - 1)
        if not prev or doc.sentences[idx].headline or doc.sentences[idx - 1].headline:
            continue
        for m in ms:
            mag = lost_or_gained(doc, m) if m.noun and not m.is_range and m.value else None
            if mag is None:
                continue
            levels = [x for x in prev if x.noun and _stem(x.noun.lower()) == _stem(m.noun.lower())]
            move = move_to(doc, levels[0]) if len(levels) == 1 else None
            if move is not None and move[2] == mag.direction and compatible(m, move[0]):
                yield m, mag, move[0], move[1]
# ---- (round 29) a change's other level told in the next clause or sentence: the level now after "since ...,
# when ..." (find_since_then_now), a multiple's base told next with "had" (find_multiple_base_next)

# between the size and its "since": the verb's few words ("have risen by $3,000 since", "has doubled since")
_TO_SINCE = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s+since\s+(?:19|20)\d\d\s*,\s*when\s+(?P<subject>(?:[a-z][\w'’-]*\s+)"
                       r"{1,4}?)(?P<verb>cost|costs|was|were|had|paid|charged|numbered|totalled|totaled|stood\s+at|"
                       r"sold\s+for|drew|attracted|earned|made)\s+(?:(?:only|just|about|around|roughly)\s+)?$")
# the period of a price after its figure ("£600 a month")
_PRICE_PERIOD = r"(?:(?:a|an|per)\s+(?P<period>year|month|week|day|night|hour)\s*)?"
# after the old level: the clause's end, or the period of a price
_SINCE_OLD_ENDS = re.compile(r"^\s*" + _PRICE_PERIOD + r"(?P<stop>;|\.|$)")
# the level now: a clause of a subject, "now" (or "today", "currently") and a verb of state or price, then the figure
_NOW_VERBS = (r"(?:pay|pays|cost|costs|has|have|is|are|stands\s+at|stand\s+at|numbers|number|totals|charges|charge|"
              r"sells\s+for|sell\s+for|draws|draw|attracts|attract|earns|earn|makes|make|counts|count)")
_NOW_CLAUSE = re.compile(r"^\s*(?:(?P<now1>now|today|currently)\s*,?\s+)?(?P<subject>(?:[a-z][\w'’-]*\s+){0,4}?)"
                         r"(?:(?P<now2>now|today|currently)\s+)?" + _NOW_VERBS
                         + r"\s+(?:(?:only|just|about|around|roughly|some|more\s+than|nearly|almost)\s+)?$")
_NOW_ENDS = re.compile(r"^\s*" + _PRICE_PERIOD + r"(?:,[^;]*)?(?:\.|;|$)")
# the subject of the level now: none, a pronoun or the payers in general ("tenants now pay"); not an item or a place of
# its own, named with a determiner ("a flat now costs", "The city next door now has", "A monthly pass now costs")
_OWN_ITEM = frozenset("a an the this that these those its their his her our every each one".split())
_SIZED_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)


def _sized_alone(doc: Document, slots) -> tuple[Mention, object] | None:
    """The sentence's first figure sizing a change (a multiple verb, or a figure with a size role)."""
    for m, roles in slots:
        mag = _role(roles, "mag")
        if m.kind == Kind.MULTIPLE:
            mag = mag or multiple_role(doc, m)
        if mag is not None:
            return m, mag
        if _role(roles, "to") or _role(roles, "from"):
            return None  # a level told before the size: another reading's
    return None


def _level_now(doc: Document, sent_idx: int, start: int, end: int, old: Mention,
               old_period: str | None) -> Mention | None:
    """The one figure of the clause ``start:end`` of sentence ``sent_idx``, told as the level now: its subject none,
    a pronoun or the payers in general, its noun and the period of its price (if both say one) the old level's."""
    pool = [m for m in _by_sentence_figures(doc).get(sent_idx, []) if start <= m.start < end]
    if len(pool) != 1:
        return None
    new = pool[0]
    lead = _norm(doc.text[start:new.start])
    mc = _NOW_CLAUSE.match(lead)
    if mc is None or not (mc.group("now1") or mc.group("now2")) or any(w in CHANGE_WORDS for w in lead.split()):
        return None
    if any(w in _OWN_ITEM for w in mc.group("subject").split()):
        return None  # "a flat now costs £180,000": another item's level
    own = new.noun_span.end if new.noun_span is not None and new.noun_span.start >= new.end else new.end
    ends = _NOW_ENDS.match(_norm(doc.text[own:end]))
    if not ends or old_period and ends.group("period") and ends.group("period") != old_period:
        return None  # "drivers paid £5 a day; they now pay £80 a month": another rate
    if new.is_range or not new.value or not _one_measure(old, new) or not compatible(old, new):
        return None
    if old.noun and new.noun and normalise(old.noun) != normalise(new.noun):
        return None  # "when the firm had 12 staff. It now has 50 shops": another noun
    told = doc.sentences[old.sentence]
    if _names_another_place(doc.text[start:end], doc.text[told.start:min(told.end, start)]):
        return None  # "riders in York now pay": another place's level
    return new


@needs(words=("since", "when"))
def find_since_then_now(doc: Document):
    """(round 29) A change counted "since" a year whose level a "when" clause gives, the level now told after
    a semicolon or in the next sentence of the paragraph.

        Bus fares have doubled since 2020, when a single ticket cost $2.75; riders now pay $4.25.
        Membership has doubled since 2018, when the club had 240 players. It now has 610.
        Tuition has risen by $3,000 since 2015, when students paid $9,000; today they pay $13,500.

    The change is sized alone (a multiple verb, or a size after a verb of change) and has no level of its own; the "when"
    clause names the state of the measure then (a short subject, a verb of state or price, the figure closing the
    clause); the level now is the one figure of its clause, after "now", "today" or "currently" and a verb of state or
    price, its subject none, a pronoun or the payers in general ("riders now pay"; not "a flat now costs").  The two
    levels are one measure (kind and unit), of one noun and one period of a price when both say them.  The readings are inferred: they cross a clause.
    """
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(ms) < 2:
            continue
        found = _sized_alone(doc, sentence_slots(doc, ms))
        if found is None:
            continue
        size, mag = found
        after = [m for m in ms if m.start > size.end and not m.compound]  # (not "a one-bedroom flat")
        if not after:
            continue
        old = after[0]
        mt = _TO_SINCE.match(_norm(doc.text[size.end:old.start]))
        if mt is None or any(w in CHANGE_WORDS for w in mt.group("subject").split()):
            continue
        if old.is_range or not old.value or old.kind not in _SIZED_KINDS:
            continue
        own = old.noun_span.end if old.noun_span is not None and old.noun_span.start >= old.end else old.end
        stop = _SINCE_OLD_ENDS.match(_norm(doc.text[own:sent.end]))  # (past the figure's noun: "had 240 players.")
        if stop is None:
            continue
        if stop.group("stop") == ";":
            semi = doc.text.index(";", old.end)
            new = _level_now(doc, idx, semi + 1, sent.end, old, stop.group("period"))
        elif idx + 1 < len(doc.sentences) and len(after) == 1:
            nxt = doc.sentences[idx + 1]
            if nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph:
                continue
            new = _level_now(doc, idx + 1, nxt.start, nxt.end, old, stop.group("period"))
        else:
            continue
        if new is None:
            continue
        cue = f"{mag.cue} (since, when ...; the level now)"
        if size.kind == Kind.PERCENT:
            from .percents import PercentChange  # (here: percents imports changes)
            yield PercentChange(link="inferred", cue=cue, change=size, old=old, new=new, direction=mag.direction)
        elif size.kind == Kind.MULTIPLE:
            yield MultipleChange(link="inferred", cue=cue, multiple=size, old=old, new=new)
        elif size.kind in _SIZED_KINDS and not is_points_count(size) and compatible(size, new):
            yield AbsoluteChange(link="inferred", cue=cue, change=size, old=old, new=new, direction=mag.direction)


# between the level and the multiple: a comma or dash, or a copula ("is", "was")
_SET_BESIDE = re.compile(r"^(?:\s*(?:,|\s[-–—])|\s+(?:is|was|are|were|now)(?:\s+(?:now|about|almost|nearly|roughly|"
                         r"more\s+than|over|just|some))*)\s*$")
# after the multiple: its base described, to the sentence's end
_BASE_DESCRIBED = re.compile(r"^\s*(?:what|the|its|their|his|her|that\s+of)\b[^;:()]{3,80}?[.!]?\s*$")
# the next sentence, up to the figure: a subject, "had" and a few words ("had cost", "had been valued at",
# "had bought it for", "had paid")
_HAD_BEFORE = re.compile(r"^\s*(?:[A-Za-z][\w'’-]*\s+){1,6}?had\s+(?:been\s+)?(?:cost|paid|bought|sold|fetched|drawn|"
                         r"attracted|valued|priced|charged|stood|numbered|totalled|totaled)"
                         r"(?:\s+[a-z][\w'’-]*){0,3}?\s+$")
# after the base's figure (and its noun): the sentence's end, but for the figure's object pronoun or its time ("for
# him", "in 2015"); not another thing or occasion paid for or drawn ("for a defender", "for the 1998 final", "to a
# festival", "in fees", "abroad", "when the collector bought it")
_NEXT_BASE_CLOSES = re.compile(r"^(?:\s*,?\s*(?:(?:for|on)\s+(?:him|her|it|them)|in\s+(?:19|20)\d\d|at\s+the\s+time|"
                               r"(?:back\s+)?then))*\s*[.!]?[\"'’”]?\s*$")


def _breaks_clause(tail: str) -> bool:
    """Whether the base's description ``tail`` breaks into another clause (``_CLAUSE_BREAKS``); its own "when" is
    none ("the price when the tour began")."""
    return any(mb.group().strip() != "when" for mb in _CLAUSE_BREAKS.finditer(tail))


@needs(Kind.MULTIPLE, Kind.FRACTION, words=("had",))
def find_multiple_base_next(doc: Document):
    """(round 29) A level and its multiple of a base described without its figure, the base's figure told in
    the next sentence of the paragraph in the past perfect, the tense of the earlier time.

        Benfica sold the midfielder for €48m, three times what they paid for him in 2020. He had cost €22m.
        The house sold for £910,000, twice what its owners paid in 2009. They had bought it for £520,000.

    The multiple closes its sentence: it is set beside the level (a comma, a dash or a copula before it), no figure
    after it, its base a description ("what they paid ...", "the price when ...", "its value at ...").  The next
    sentence's one figure is of the same measure (kind and unit), after "had" and at most a few words, with no verb of
    change and no rate of its own ("a year"), and closes that sentence but for its object pronoun or time ("for him",
    "in 2015"; not "for a defender", "to a festival", "abroad").  Inferred: the reading crosses a sentence.
    """
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(ms) < 2 or idx + 1 >= len(doc.sentences):
            continue
        new, mult = ms[-2], ms[-1]
        if not (mult.kind == Kind.MULTIPLE or mult.text.lower().strip() in _BASE_FRACTIONS) \
                or not _SET_BESIDE.match(_norm(doc.text[new.end:mult.start])):
            continue
        tail = _norm(doc.text[mult.end:sent.end])
        if not _BASE_DESCRIBED.match(tail) or any(w in CHANGE_WORDS for w in _WORD.findall(tail)) \
                or _breaks_clause(tail):
            continue
        nxt = doc.sentences[idx + 1]
        if nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph:
            continue
        pool = figures.get(idx + 1, [])
        if len(pool) != 1:
            continue
        old = pool[0]
        lead = doc.text[nxt.start:old.start]
        if not _HAD_BEFORE.match(lead) or any(w in CHANGE_WORDS for w in _WORD.findall(_norm(lead))):
            continue
        own = old.noun_span.end if old.kind == Kind.COUNT and old.noun_span is not None \
            and old.noun_span.start >= old.end else old.end  # (money and measures carry their unit: "2m tonnes abroad")
        if not _NEXT_BASE_CLOSES.match(_norm(doc.text[own:nxt.end])):
            continue  # "City had paid £25m for a defender the same day": another payment
        if old.is_range or new.is_range or not old.value or not new.value or not _one_measure(new, old) \
                or not compatible(old, new) or any(_rate_after(doc, m) or PER_YEAR_AFTER.match(doc.text, m.end)
                                                   for m in (old, new)):
            continue
        yield MultipleChange(link="inferred", cue=f"{mult.text.lower()} (its base in the next sentence)",
                             multiple=mult, old=old, new=new)


FINDERS = (find_absolute_changes, find_multiple_changes, find_inferred_changes, find_directed_moves,
           find_rank_changes, find_list_total_changes)
# run after every other finder's, as when they were modules of their own
LATE_FINDERS = (find_since_then_now, find_multiple_base_next)

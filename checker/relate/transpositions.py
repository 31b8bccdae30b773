"""Relations: a figure restated with a slip of the keyboard in its digits.

Two slips are read, the commonest in typing a number:

* two digits swapped ("£4.7m" ... "the £7.4m purchase"; "240 residents" ...
  "the 420 evacuated residents");
* one digit (not a zero) added or dropped in a whole number of three digits
  or more ("906 children" ... "the 1,906 children"; "1,250 homes" ... "the
  125 homes"), or before the point of a decimal ("8.1 million" ... "18.1 million"), or a zero put in right
  after the point ("earned £3.4m ... part of the £3.04m"). Any other zero added or dropped is read only as below: round numbers
  a power of ten apart are too often two quantities;
* one digit struck for another in a figure of three significant digits or more ("1,350 homes" ...
  "The 1,850-home scheme"; "1min 54.32sec" ... "the 1min 54.82sec swim"), only when the second is
  definite with no place the first's sentence lacks, or restates the headline's figure under its noun;
* the same digits a power of ten apart: the decimal point moved ("£4.5m"
  ... "the £45m scheme") or the scale word swapped ("R12bn" ... "the R12m
  deal", million for billion or thousand; "€4.6m" ... "the €460,000 budget", a scale word against a round figure
  in full), or a zero dropped among the zeros
  of two round figures ("86,000 visitors" ... "the 8,600 visitors"; not "214"
  ... "the 2,140") or before the same scale word ("$250 million" ... "the $25
  million package").

A race time is read as all its digits ("13:05.42" ... "Kiprop's time of
13:50.42"), and so is a time in several units ("1min 54.32sec" ... "the 1min 45.32sec swim").

A count in words is read as its digits ("Sixty-three people" ... "all 36
patients"); a noun or unit joined by a hyphen is no part of how a figure is
written when it is the other's noun or unit ("1,350 homes" ... "The
1,530-home estate"; "73,000-tonne" ... "37,000 tonnes"; not "45,000-seat" ...
"54,000 fans").

"Still" of concession ("still fell short", "is still comfortably more than we need"), "short of" a third party's mark ("the government's
mandate") and "now" after "this month" ("hit £412,000 this month ... At £421,000, a home now costs")
do not set figures apart either; nor does what remains is no restatement ("the 41 miners still trapped", "the 680 tickets left"), nor a count of
another month ("18,420 flights in March ... The 18,240 flights in April"); nor do
"Official figures showed", ", the government confirmed", "will now" and a long figure given mid-sentence ("clearing the
backlog of 14,632") do not set figures apart; "a separate", "another", "rival" before the second do.

Two figures of the same kind, unit and shape (commas and scale words aside
for the last), whose digits differ by one such slip, are taken to be one
quantity typed twice when the text also ties them together:

* the second is definite, possessive or demonstrative ("the 420 ...", "its 530 workers",
  "His .321 average", "That 15.8 million total" -- a tally noun restates whatever the first
  counted, not "the figure for ..."), or
* the first stands in the headline and the second in the body, or
* both count the same thing (the same noun or a synonym; or a thing, then the
  kind it is restated as: "17 vultures ... the 71 birds") and the second is
  named as an event of it ("cut 85 jobs ... the loss of 58 posts").

A definite, bare second under "scheme"/"project" restates any measure or sum ("the 640MW wind farm ... The
460-megawatt scheme"); two counts joined to one noun are one thing ("the 2,860-home estate ... The
2,680-home scheme"); the same digits before another scale word are one sum under "the" whatever the nouns
("a £4.5m grant ... the £4.5bn award"); bare: no name, place or phrase after the figure says which one
("The 460MW Dogger Bank scheme", "the £4.5bn budget of the department" may be others).
A swap or a power of ten (not a digit put in: "about 5,000 jobs" ... "the
55,000 staff" are often two figures) needs less.  A definite second of three
significant digits or more, or a decimal before a scale word ("awarded a £4.7m
grant ... The £7.4m award"), may have another noun when it echoes the first's
verb or noun ("signed by 2,465 doctors ... the 2,645 signatures", "1,720
homes ... The 1,270-home estate"; not "2,340 passengers ... The crew of
2,430").  A second given as known, not told by a verb of its own sentence
("With 472 students, it is", "With room for 15,200", "The order for 63 jets is", "whose £41m
transfer", "Her majority of 2,381 was", "The depot, which cost £6.3m," when the first's sentence
named the depot or its kind; not "The hospital has 1,640 nurses",
"A separate order for 72", "His personal best of 19.68") is tied when it
counts the same thing, or, of three significant digits or more, may.  A share
says nothing of what it is of, but a change is the change restated: "will rise
by 6.8% ... The 8.6% increase adds" (not "The 8.6% increase in rents"), and
so is a level restated as "the rate" ("stands at 5.9% ... The 9.5% rate is",
not "The 9.5% rate among school leavers").  Two
digits swapped may drop the unit of a measure or a time: "won in 19.86 seconds
... His time of 19.68".

and nothing says they differ: they stand in different sentences, the second
is no comparison or change ("up from", "than"), no year stands with one
and not the other (a year after "since" dates nothing: "the smallest since
2005", nor a year of what the second outdid: "a record, beating a sale in 2019"), and no other
figure in the text has the second's value (then the
second may restate that one).  Two comparisons and years say nothing, though:
"than the 7.8 million who came" compares something else with a figure known
already (not "That was more than the 7.8 million of 2019"), and a year beside a
plan ("will employ 350 when it opens in 2026") dates the second figure too when
it is in the future as well ("the factory's 530 workers will make ...", "is due to").  Silent
when a same-kind figure stands in a sentence between, the second's sentence says
time has passed ("now", "so far", "has since"), or it is an outturn ("The final
bill of £1.53m was higher") or the first one foreseen ("Forecasters predicted 4.7
inches ... The 7.4 inches that fell"), someone else comes in between
two ages, the second is a part or the rest ("an initial £23m", "the 21 other
drivers"), or is narrowed to a group or subset the first's sentence does not name ("The 84-minute
wait for stroke patients", "Of the 24,000 who finished") or its clause names a time
the first's sentence does not ("The £2.1m jackpot last month ..."; a
headline names no time, and in a clause of what is to come a time well after
the figure dates the act: "Work on the £8.3m bridge is due to start next
month", "the £145m project is due to begin in 2027"; "would" counts as what is to come; a day
after the verb of which the figure's noun phrase is the subject dates what
happened to its things: "The 430 evacuees were allowed back on Monday"; a time that ranks the
figure dates nothing: "the most this year").
Also tied: a definite second whose noun is made from what the first's clause says its things did, for a
swap ("Some 340 drivers brought the claim ... the 430 claimants", "joined the strike ... the 650
strikers"; a doer noun with nothing after it, not "the 430 claims from passengers");
a change brought in with "a" ("a 3.75% rise in water bills ... The 3.57% increase adds").  "The
final" of a match ("in the final end") is no outturn, and an opening "Once completed in 2031," dates
the thing's completion, not its size; "Last year's 6.4% increase" is another period's, and "the 320
signatories to a rival petition" another thing's.
Round 14: a superlative ranking the second in the present period ("is the quickest by a European this year")
or the present period after the verb of the second's noun phrase ("Helping the 3,714 households was the aim
this year") dates nothing when the first's sentence names no other period; a figure of another noun between
the two in the second's own sentence does not set apart two figures named alike ("won the 164km race ... 12km
from the end of the 146km race"); the first's verb is read past a place ("5,912 pupils in Kent schools were
excluded ... the 5,192 exclusions"); the whole of a part stays the first's under "still" ("still trying to reach
60 of the 241 sheep"); a mark set ("The 65mph limit", "the 1,425 target") is no restatement of a figure whose
sentence names no such mark.  Two figures of four significant digits or more with two digits swapped, alone of
their kind in two consecutive sentences, are tied with no other link ("a new cap of £1,928 starts in April.
Households will pay £1,298 a year"; not with a name the first's sentence lacks, "rival", "each" or "other").
Round 15: "a spokeswoman confirmed that all 1,640 ..." is who says so, not another reading; a figure of the kind
told as another occasion's in the second's own sentence, and its year, set nothing apart ("surpassed the 165 he
made in 2023, and Root said his 187 ..."), nor does the level a move left ("fell from £478m to £412m"); a scale
word cut short or spelt out is one shape ("£4.6m" / "£6.4 million"); a headline figure given again only far
after the second leaves the lead's slip a slip.
Round 16: the lead's figure (first body sentence) restated as "the N NOUN" of the same thing more than four sentences
on, two digits swapped, both of three significant digits or more or a decimal before a scale word, is tied whatever
lies between, unless a figure of that thing near the second's value stands between ("carried 2.36 million passengers
in 2022 ... the 2.63 million passengers carried last year", ``_swapped_far_from_lead``); "last year" naming the year
the first's sentence names is no other time.
Round 16: the story's figure, given in the headline and again as it is in the lead, is restated with a swap or
one changed digit however far down the body (``find_story_figure_slips``): "Fund grows to £38.2bn" / "... assets
of £38.2 billion" ... "With £36.2bn under management, ..." (definite or given and maybe the same thing; or of three
significant digits under the headline's noun, "Passing 4.83 million TEU"; not when the later value is given
elsewhere, is as much a slip of another figure, is aimed at, or is dated, placed or told apart).  A figure of the
kind between is no other thing the second restates when the second's qualifiers are all named in the first's
sentence and none in the one between: "Hybrids made up 58,400 ... its best-selling model found 31,200 buyers ... the
85,400 hybrid cars" (``_qualified_as_first``).
Round 17: the lead is its first two body sentences (``_swapped_far_from_lead``): "The council received 2,846
responses ..." in the second one, "the 2,486 responses" paragraphs on; its figure may be restated there with no
noun of its own when the second's clause tells by its verb what the first's sentence names ("Profit ... fell to
£48.6 million ... The £46.8 million we made", ``_bare_told_as_first``), or with one digit changed under the noun
the first's sentence names before it ("Net profit ... fell to $412 million ... The $462 million profit",
``_named_before``; not when it is a slip of another figure too); a period after "than" is what a figure is set
against, not its time ("is less than last year", ``_THAN_PERIOD``); the doer noun of the headline's or the lead's
word ties the story's figure: "28,914 finish" ... "the 29,814 finishers" (``_doer_of``).  Far down, a phrase
right after the second's noun whose first word the first's sentence lacks tells another one ("the 3,752 complaints
from the previous year", ``_phrase_after_unnamed``; not a period's word: "for the half"), and so does an aim in the
second's clause the first's sentence lacks ("The $462 million profit analysts had forecast", ``_AIMED``).  The two readings of
the lead's figure far down are one finder (``find_story_figure_slips``): each later figure against the lead's
figures, tied far down as "the N NOUN" of the same thing or as the story's figure.
Round 18: the lead's sum restated far down as "the $N in NOUN" of the noun the lead's clause names ("Revenue ...
rose to $3.84 billion" ... "Of the $3.48 billion in revenue,", ``_in_noun_named``); a time word in the clause of a
share taken of an opening "Of the N ...," dates the share, not the whole ("..., more than half now comes from
cloud", ``_time_of_share_of_it``).
Round 20: a sum or a measure brought in with "a"/"an" and restated two digits swapped as "the" NOUN in the next
sentence or the one after is tied under any noun when the two are the only figures of their kind and unit there
and nothing after the second's noun says which one ("agreed a £2.4m grant ... the £4.2m award would",
``_introduced_swap``); an exact figure of the lead (five significant digits or more) given again anywhere further
down with a swap or one digit changed, or rounded to a scale word with two digits swapped, in a sentence naming a
label the lead's sentence names ("the Band D charge to £1,955.33 ... a Band D home will hand over £1,995.33",
"handled 1,462,300 ... units (TEU) ... 'Reaching 1.64 million TEU'", ``_labelled_exact_slip``, ``_rounded_as``).
Round 21: the year a thing was made, told by its verb ("The viaduct, completed in 1874,", "dates from 1888"), restated
in the next sentence or the one after as "the/its YEAR NOUN" ("the 1847 structure", "the 1865-built station") of the
thing, its synonym, a thing built or "structure"/"building", with two digits swapped or one digit changed, when no
other thing's year stands in those sentences and nothing ("original", "old") comes between "the" and the year
(``find_year_slips``).
Round 22: a measure followed by the stuff it measures ("the 750 tonnes of cod lost to the cut") is no slip of a
figure whose sentence does not name that stuff, when the first is told of another stuff ("1,620 tonnes of barley")
or the stuff belongs to other figures of the unit just before ("the cod quota falls to 3,400 tonnes ... haddock ...
from 2,750 tonnes", ``_stuff_unnamed``).
Round 23: a figure told as a bound ("priced from £85", "up to 240kg", "at least £540") is the mark a later "the £58
minimum" / "the 420kg limit" restates, though the first's sentence never names the mark (``_bound_as_mark``; not the
far end of a move, "rose from £85"); "still" before any past verb is concession ("and still ran short"); a count
told and quoted in the next sentence under the same noun with no article ("handed out 6,400 parcels ... 'We gave out
4,600 parcels,' she said", ``_quoted_swap``: both of three digits or more, the only counts there, the quote opening
on its teller and a verb, with no name, place, aim, part or "other" the first's sentence lacks); a share told of a
group ("38.4% of registered voters cast a ballot") restated a sentence or two on as "the" share under a bare noun
whose words the first's sentence backs ("the 34.8% turnout", "the 65.2 per cent pass rate", ``_share_named``; not
when the first's sentence tells what the share did: "38.4% of voters backed Labour"); the year a thing has been "since", earlier than the year its verb says it was
made ("founded in 1874 ... had brewed in the town since 1847", ``_since_before_made`` in ``find_year_slips``).
Round 24: a thing restated as its kind's kind ("seized 26 guns ... the 62 firearms", "... the 62 weapons",
``_kinds_of``); a figure owned by "whose" whose thing the first's sentence names as what the first was for ("approved
£12.5m for the new leisure pool ... Work on the pool, whose £15.2m budget", ``_whose_owner_named``; for a sum, the
second's noun what a thing costs, not "whose £4.2m debt"); "beat", "exceed" or "surpass" with a person as object is a
contest, not the figure set against another ("... and beat them on service", ``_TOLD_APART``).  (In restatements, a
compound age before a full name holds that person's age: "43-year-old Maria Costa ... Ms Costa, 34,",
``_aged_name``.)
Round 24 (r24-slip2): a year in what a record is set for ranks the figure and dates nothing ("the £154,000 price set
a record for a work painted before 1950", ``_RECORD_FOR_YEAR``); the year a thing was made told again by the same verb
of making ("which opened its doors in 1823 ... since it opened in 1832", "Founded in a garage in 1987 ... since its
founding in 1978", ``_made_again``); a total up to now in the perfect told again with "has now" in the next sentence
("has burned 12,500 hectares ... which has now scorched 21,500 hectares", ``_running_total_again``,
``_told_to_now_both``); a figure remarked on in a quote opening the next sentence ("raised £84,000 ... 'To bring in
£48,000 in a day is ...'", "a village of 1,240 people ... 'For 2,140 residents to have ...'",
``_quoted_remark_swap``); and two kinds of a thing told apart by the words before its noun are no slip ("Day tickets
cost £45 ... The £54 weekend camping ticket", ``_other_variety``).
Round 25 (r25-repeat): a part of a whole owned by the thing the first's sentence names sets no figure between ("a
village of 1,200 people ... nearly 900 of the village's 2,100 residents", ``_part_of_owned_whole``; not "11 of the
service's 38 posts" after a sentence naming no service); the month a running period ends in is its figure's ("rose to
4,615 in the year to March ... The 4,165 passengers counted in April" are another month's, ``_IN_MONTH``); one speed
told twice as the rate something went at, two digits swapped, in the next sentence, the only speeds there, nothing
named or set apart after who tells it ("was clocked at 112mph ... told the court that travelling at 121mph",
``_speed_told_again``).
A pair a restatement finder already links is left to it
(``checker.relate.relate``).
The link is inferred, so a mismatch is a warning, never an error.
"""
from __future__ import annotations

import functools
from collections import Counter
from fractions import Fraction
import re
from dataclasses import dataclass, replace
from typing import Callable

from ..interval import Interval
from ..model import Document, Kind, Mention
from ..transform import CURRENCIES, NATIONAL_CURRENCIES
from ..units import resolve, unit_key
from . import categories
from .changes import CHANGE_WORDS, direction_of
from .context import IRREGULAR_PAST, quantities, words
from .dates import MONTH_NAMES, WEEKDAY_NAMES, month_from_publication
from .digits import DIGITS as _DIGITS, core as _core, digits_as_written, significant as _significant
from .needs import holds_any, needs
from .rates import _speed_si
# the restatement family's readings of people, years and nouns (shared, not copied)
from .restatements import (
    GENERIC_NOUNS, PERSON_NOUNS, VERB_CONCEPTS, Restatement, Holder, age_holder, another_person, backed, group_of, years, change_role, compares, concept,
    definite, named_years, new_qualifier, noun_phrase, opened_by_another_scope, singular, some_picked_by_clause, subgroup_picked_by_clause, REST_AFTER, TIME_MARKERS, YEAR_MARKERS, STRUCTURES,
    _TIME_POSSESSIVE, _other_occasion, _NP_STOP, ADVERB_PARTICIPLE, _personal,
)

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION, Kind.AGE)
_SWAP_KINDS = (Kind.COUNT, Kind.MEASURE, Kind.DURATION)  # (round 61) a price or a share swapped nearby is often another
# "Of the total, £7.2 million comes from a grant": the second is a part of a whole, no restated figure
_OF_THE_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|that|this|which|its)(?:\s+(?:total|sum|amount|money|figure|cost|budget|"
                                  r"bill|funding|package))?\s*,\s*$", re.I)
_NEARBY_SENTENCES = 4
# "the loss of 58 posts", "the deaths of 73 people": the event the first figure counted
_TO_BEFORE = re.compile(r"\bto\s+$")
_EVENT_OF = re.compile(r"\bthe\s+[a-z]+\s+of\s+$", re.I)
# a known thing that is not this occasion's figure: "His personal best of 9.78", "the age of 45"
_OTHER_MARK = re.compile(r"(?:best|record|previous|target|goal|limit|cap|average|peak|total|sum|rest|age|"
                         r"remainder|balance|maximum|minimum|estimate|forecast|bonus|pension)$", re.I)
_PART_BEFORE = re.compile(r"\b(?:initial|upfront|up-front|guaranteed|basic|first|additional|further|another|extra|"
                          r"remaining|other)\s+(?:of\s+)?$", re.I)
_PERIOD = re.compile(r"\b(?:(?:this|last|next|earlier\s+this|later\s+this)\s+(?:week|month|year|season|weekend|"
                     r"quarter|spring|summer|autumn|winter|" + "|".join(MONTH_NAMES) + r")|yesterday|today|tonight|on\s+(?:mon|tues|wednes|thurs|"
                     r"fri|satur|sun)day)\b(?!['’]s)", re.I)  # not "last year's biggest hit": another thing's time
# a period that dates an act, not a figure: "approved the £5.4m plan on Monday"
_DAY_OF_ACT = re.compile(r"on\s+\w+day|yesterday|today|tonight", re.I)
# the text says the second is another reading of the quantity: a count after an estimate, an outturn
# ((round 24) "beat" of a contest, its object a person, compares no figure: "... and beat them on service")
_TOLD_APART = re.compile(r"\b(?:(?:higher|lower)(?!\s+(?!than\b)[a-z])|"
                         r"(?:beat|beating|exceed(?:ed|ing|s)?|surpass\w*)(?!\s+(?:them|us|him|me|you)\b)|short\s+of|instead|"
                         r"revised|actual|actually|official|confirmed|outturn|"
                         # an outturn's noun, not the match of that name: "The final bill of", not "in the final end"
                         r"final\s+(?:[a-z-]+\s+)?(?:tally|bill|count|figure|total|cost|price|number|toll|result|"
                         r"reading|sum|amount|turnout|estimate|settlement|payout|award))\b", re.I)
# "was lower than expected": a figure against a forecast, not against the first
_THAN_EXPECTED = re.compile(r"\s+than\s+(?:had\s+been\s+|was\s+)?(?:expected|forecast|predicted|feared|hoped|"
                            r"anticipated|planned|estimated)\b", re.I)
_FORESEEN = re.compile(r"\b(?:estimat\w*|expect\w*|predict\w*|forecast\w*|budget\w*|projected|anticipat\w*|"
                       r"target\w*(?!\s+(?:on|in|at|by|for)\b)|initial\w*|early|first\s+reports?)\b", re.I)
_RANKED_IN = re.compile(r"\b(?:\w{3,}est|most|record)(?:\s+[a-z]+)?\s+(?:this|last)\s+"
                        r"(?:week|month|year|season|quarter|spring|summer|autumn|winter)\b", re.I)
# a superlative that ranks the figure within the present period, a short phrase between: "is the fastest by
# a British woman this season", "the strongest measured in England this year" (no clause break between);
# (round 28) its scope may run longer, "so far" before the period: "the lowest close for the stock on the
# Nasdaq so far this quarter"
_RANKED_THIS = re.compile(r"\b(?:the|its|their|his|her)\s+(?:\w{3,}est|most\s+[a-z]+|biggest|largest)\b"
                          r"(?:\s+[\w'’-]+){0,8}?\s+(?:so\s+far\s+)?this\s+(?:week|month|year|season|quarter|spring|summer|autumn|"
                          r"winter)\b", re.I)
_THIS_PERIOD = re.compile(r"this\s+[a-z]+")
# a period after "than" names what the figure is set against, not its own time: "is less than last year"
_THAN_PERIOD = re.compile(r"\bthan\s+(?:(?:in|during|over|at)\s+)?" + _PERIOD.pattern, re.I)
# a phrase after the second's noun naming another thing: "to a rival petition", "at the other plant"
_OF_ANOTHER = re.compile(r"\s+(?:to|of|at|in|from|for|on|with)\s+(?:a|an|the|its|their)?\s*(?:rival|separate|second|"
                         r"different|other|another|sister|neighbouring|neighboring)\b", re.I)
_MARK_NOUN = re.compile(r"limits?|targets?|thresholds?|caps?|ceilings?|minimums?|maximums?|quotas?", re.I)
_OTHER_AFTER = re.compile(r"\s+(?:other|more|remaining|further|additional|extra|new)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but|while|as)\s")
# a figure foreseen rather than counted: "expected no more than the 7.4 million forecast"
_PROJECTED = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|estimat\w*|anticipat\w*|project\w*|target\w*|"
                        r"plann\w*|planned|plans?|budget\w*|hope[sd]?|hoping|aim(?:s|ed|ing)?|propos\w*|"
                        r"promis\w*|allow\w*|permit\w*)\b", re.I)
_WILL_BE = re.compile(r"\b(?:will|would|due\s+(?:to|in|for|by)|set\s+to|going\s+to|expected\s+to)\b", re.I)
_NEAR_AFTER = 12
# (round 50) a body to decide on a plan, the figure the plan's: the time after it is the decision's
_WILL_DECIDE_ON = re.compile(r"\b(?:decide|rule|vote|adjudicate)\s+(?:on|over|upon)\s+(?:the|its|their|a)\s+$"
                             r"|\b(?:consider|debate|discuss|hear|assess|review|examine)\s+(?:the|its|their)\s+$", re.I)
# a time after the first figure's: the quantity may have grown since
# (not "still" of concession before a comparison: "The £241m we made is still comfortably more than we need")
_SINCE = re.compile(r"\b(?:(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!must\s)now(?!\s+(?:aged\s+)?\d)|"
                    # ((round 53) not an age told now, ", now 84"; nor when a thing was said, "said later that")
                    r"(?<!said\s)(?<!told\s)later(?!\s+(?:this|that|next|in|on|said|told|added)\b)|so\s+far|by\s+then|"
                    # ((round 56) not the adjective closing a list, "cool and still")
                    r"still(?!(?<=and\sstill)[\"”’.,;:!?])(?!\s+(?:be|[a-z]+ed|fell|fall|left|came|"
                    r"made|took|fell|won|lost|went|had|was|were|"
                    # (round 23) a past verb of an act after "still" is concession: "gave out 4,600 ... and still ran
                    # short" (not a state kept since: "is still held in reserve", "still stood at")
                    + "|".join(sorted(IRREGULAR_PAST - {"held", "kept", "stood", "stuck", "left", "hit"})) + r")\b|\s+(?:[a-z]+ly\s+|well\s+|far\s+|much\s+)?(?:more|less|above|below|ahead|too)\b)|"
                    r"since\s+then|"
                    r"ha(?:s|ve)\s+since|ha(?:s|ve)\s+(?:grown|risen|fallen|spread))\b", re.I)
_ATTRIBUTION = re.compile(r"\s+(?:figures|data|statistics|estimates)\s+(?:show|showed|shows|suggest|suggested|published|"
                          r"released|say|said|reveal|revealed)\b", re.I)
# ", the government confirmed": a closing attribution
_CONFIRMED_BY = re.compile(r",\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+confirmed$", re.I)
# "A spokeswoman confirmed that all 1,640 would ...": who says so, a clause of what is said after it
_CONFIRMED_THAT = re.compile(r"\s+(?:(?:on|last|this)\s+[A-Za-z]+\s+)?that\b", re.I)
# "more than the 7.8 million": the far side of a comparison, a figure already known
_THAN_DEFINITE = re.compile(r"\bthan\s+(?:the|its|their|his|her)\s+$")
_COPULA_ANAPHOR = re.compile(r"\b(?:that|this|it|which|the\s+(?:figure|total|number|tally|count))\s+"
                             r"(?:was|is|were|are|marks|marked|represents|represented|compares)\b", re.I)
# (round 25) also the month a running period ends in: "rose 3.2% in the year to March"
_IN_MONTH = re.compile(r"\b(?:in|during|for|throughout|(?:year|months|quarter)\s+to)\s+(January|February|March|April|June|July|August|"
                       r"September|October|November|December)\b")
_PRESENT = re.compile(r"\b(?:this\s+(?:week|month|year|quarter)|today)\b", re.I)
_OTHER_TIME = re.compile(r"\b(?:before|earlier|ago|previous|prior|first|original|record|peak|highest|lowest|average|"
                         r"ever|last|next|past|\d{4})\b|['’]s\s", re.I)


_ANON = Holder("anon", (), True)


@dataclass(frozen=True)
class DigitSlip(Restatement):
    """A figure restated with a typing slip in its digits."""


@dataclass(frozen=True)
class TransposedRestatement(DigitSlip):
    """A figure restated with two digits swapped: "£4.7m" ... "the £7.4m purchase"."""


@dataclass(frozen=True)
class AddedDigitRestatement(DigitSlip):
    """A figure restated with one digit more or fewer: "906" ... "the 1,906 children"."""


@dataclass(frozen=True)
class ChangedDigitRestatement(AddedDigitRestatement):
    """A long figure restated with one digit struck for another: "1,350" ... "the 1,850-home scheme"."""


@dataclass(frozen=True)
class ScaleSlipRestatement(DigitSlip):
    """A figure restated a power of ten away: "£4.5m" ... "the £45m scheme", "R12bn" ... "the R12m deal"."""


def transposed(p: str, q: str) -> bool:
    """Do ``p`` and ``q`` differ by exactly one swapped pair of digits?"""
    if len(p) != len(q) or p == q or sum(c.isdigit() for c in p) < 2:
        return False
    diff = [i for i in range(len(p)) if p[i] != q[i]]
    if len(diff) != 2:
        return False
    i, j = diff
    return p[i] == q[j] and p[j] == q[i] and p[i].isdigit() and p[j].isdigit()


def one_digit_apart(p: str, q: str) -> bool:
    """Is one of ``p`` and ``q`` the other with one digit (not a zero) put in?
    Whole numbers, the shorter of two digits or more ("906" and "1906"), or decimals with as many
    places ("8.1" and "18.1")."""
    if len(p) > len(q):
        p, q = q, p
    if "." in p and p[-1] != "." and p[p.index(".") + 1] != "0" and q == p.replace(".", ".0", 1):
        return True  # "£2.7m" ... "the £2.07m": a zero put in after the point
    if "." in p and "." in q and len(p.split(".")[1]) == len(q.split(".")[1]):
        p, q = p.replace(".", ""), q.replace(".", "")  # "8.1 million" ... "18.1 million": a digit before the point
    if len(q) != len(p) + 1 or len(p) < 2 or not q.isdigit():
        return False
    return any(q[k] != "0" and q[:k] + q[k + 1:] == p for k in range(len(q)))


def one_digit_changed(p: str, q: str) -> bool:
    """Do ``p`` and ``q``, of three significant digits or more each, differ in one digit only, in the
    same place ("1350" and "1850", "54.32" and "54.82")?"""
    if len(p) != len(q) or p == q or len(_core(_significant(p))) < 3 or len(_core(_significant(q))) < 3:
        return False
    diff = [i for i in range(len(p)) if p[i] != q[i]]
    return len(diff) == 1 and p[diff[0]].isdigit() and q[diff[0]].isdigit()


@functools.lru_cache(maxsize=4096)
def _masks(w: str) -> frozenset:
    """One digit masked in turn: two figures one digit apart share a mask (long figures only)."""
    if len(_core(_significant(w))) < 3:
        return frozenset()
    return frozenset(w[:k] + "?" + w[k + 1:] for k in range(len(w)) if w[k].isdigit())


def power_of_ten_apart(first: Mention, second: Mention, p: str, q: str) -> bool:
    """The same digits, in the same order, for values 10 to 1,000 times apart (either
    way): a point moved ("4.5" and "45") or a scale word swapped ("12m" and "12bn")."""
    if first.value is None or second.value is None or first.value <= 0 or second.value <= 0:
        return False
    ratio = max(first.value, second.value) / min(first.value, second.value)
    digits = _significant(p)
    if len(digits) >= 2 and digits == _significant(q):
        return ratio in _POWERS
    # a zero dropped or added among the zeros of two round whole numbers of three digits or
    # more, two digits or more before the zeros: "86,000" ... "the 8,600 visitors" (not "214"
    # ... "the 2,140", a zero put to an exact figure)
    if ratio == 10 and (_scale_word(first) is not None or _scale_word(second) is not None) \
            and _scale_word(first) != _scale_word(second) and len(_bare_digits(p)) >= 2 \
            and _bare_digits(p) == _bare_digits(q) and (second.noun or "").lower() not in _OTHER_SUMS \
            and all(_scale_word(m) is not None or w.endswith("000") for m, w in ((first, p), (second, q))):
        return True  # (round 50) a point moved across two scale words: "$4.6bn" ... "the $460m project" ($4,600m);
        # (round 51) or across a scale word and a round figure in full: "€4.6m" ... "the €460,000 budget"
        # (not "valued at $3.4bn ... The $340m fee": a sum of another kind, a tenth of the first)
    core = _core(p)
    if ratio != 10 or len(core) < 2 or core != _core(q):
        return False
    if min(len(p), len(q)) >= 3 and p.endswith("0") and q.endswith("0"):
        return True
    # a zero dropped before the same scale word: "$250 million" ... "the $25 million package" (both
    # round at the scale; not "214" ... "2,140", a zero put to an exact figure)
    return _scale_word(first) is not None and _scale_word(first) == _scale_word(second) and "." not in p + q


# (round 50) sums named as another kind of sum than a whole: a fee, a gap, a saving
_OTHER_SUMS = frozenset("""fee fees fine fines shortfall gap deficit saving savings loan loans grant grants bonus bonuses
    payout levy tax charge charges penalty deposit stake share dividend commission""".split())


def _bare_digits(w: str) -> str:
    """The digits of a written figure with no point and no zeros at either end: "4.6" and "460" are both "46"."""
    return w.replace(".", "").replace(",", "").strip("0")


_POWERS = frozenset({10, 100, 1000})
_SCALE_WORDS = re.compile(r"\b(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|m|k)\b")


def _scale_word(m: Mention) -> str | None:
    """The scale word written with a figure, as its shape keeps it: "$25 million" -> "million"."""
    found = _SCALE_WORDS.search(_shape(m))
    return found.group(0) if found else None


@functools.lru_cache(maxsize=4096)
def _deletions(w: str) -> frozenset[str]:
    """The sorted digits of ``w`` with one non-zero digit taken out."""
    if len(w) < 3 or not w.isdigit():
        return frozenset()
    digits = "".join(sorted(w))  # still sorted with one digit taken out
    return frozenset(digits.replace(d, "", 1) for d in set(w) - {"0"})


def _undotted(w: str) -> str:
    """The digits of a figure without its point: "18.1" -> "181" (a digit put in before it)."""
    return w.replace(".", "")


@dataclass(frozen=True)
class _Slip:
    """One kind of slip: how two digit strings differ, and keys for a cheap
    first test (a figure pairs only with an earlier one that was filed under
    one of its ``wanted`` keys)."""

    relation: type
    cue: str
    differ: Callable[[Mention, Mention, str, str], bool]
    filed: Callable[[str], set]
    wanted: Callable[[str], set]
    shape: Callable[[Mention], str]


def _shape(m: Mention) -> str:
    """The figure's text with its digits (and commas) taken out: "£7.4m" -> "£m"; two
    figures of one quantity are written alike ("£4.7m" and "£7.4m", not "£4.7m" and "£7.4bn")."""
    text = m.text.lower()
    if not any(c.isdigit() for c in text):
        return ""  # a count in words: "Sixty-three" is written like "36"
    if m.kind == Kind.PERCENT and not m.hedge:
        return "%"  # (round 48) "61.4 per cent" is written like "64.1%"
    if m.hedge and text.startswith(m.hedge.lower()):
        text = text[len(m.hedge):]  # "about 180" is written like "810"
    if m.kind in (Kind.MONEY, Kind.COUNT):
        # a scale word spelt out or cut short is one word: "£23.6 million" is written like "£32.6m"
        text = _SCALE_AFTER_DIGIT.sub(lambda g: " " + _SCALE_NAMES[g.group(1)], text)
    elif m.kind == Kind.MEASURE:  # (round 52) "270 billion tonnes" is written like "the 207bn-tonne loss"
        text = _MEASURE_SCALE_AFTER_DIGIT.sub(lambda g: " " + _SCALE_NAMES[g.group(1)], text)
        if _unit_key(m) != "meter" and m.value is not None and m.value >= 1_000_000:
            # (round 56) "m" before another unit is a million: "5.4m litres" is written like "4.5 million litres"
            text = _MILLION_M_BEFORE_UNIT.sub(" million", text)
    joined = _HYPHEN_WORD.search(text) if m.kind == Kind.MONEY else None
    if joined and _currency_name(joined.group(0)[1:]):
        text = text[:joined.start()] + " " + joined.group(0)[1:]  # (round 52) "3.6m-kroner": written as "3.6m kroner"
    text = _HYPHEN_WORD.sub("", _DIGITS.sub("", text).replace(",", "")).strip()
    if m.kind == Kind.MONEY:
        text = " ".join(w for w in text.split() if w not in _NATION_WORDS)  # (round 52) "Danish kroner" as "kroner"
        # a currency word, singular or plural: "4.2 billion euros" and "the 4.2 million euro deal"
        text = " ".join(w[:-1] if w.isalpha() and len(w) > 3 and w.endswith("s") and not _SCALE_WORDS.fullmatch(w)
                        else w for w in text.split())
    if m.kind in (Kind.MEASURE, Kind.DURATION, Kind.AGE):
        # the unit is compared apart ("73,000-tonne" and "37,000 tonnes"); the scale word stays
        # (but "m" written for the unit is metres: "301m" and "310 metres")
        unit_words = (m.unit or "").lower().split()  # (round 49: "sq m" is the unit, no million)
        text = " ".join(w for w in text.split() if not w.isalpha() or _SCALE_WORDS.fullmatch(w)
                        and w != (m.unit or "").lower() and w not in unit_words)
    return text


_NATION_WORDS = frozenset(nation for nation, _ in NATIONAL_CURRENCIES)


def _currency_name(word: str) -> bool:
    """(round 52) A currency's name, singular or plural, joined to a figure: "kroner", "rouble"."""
    return word in CURRENCIES or word + "s" in CURRENCIES
_SCALE_AFTER_DIGIT = re.compile(r"(?<=[\d\s])(million|mln|mn|m|billion|bln|bn|trillion|tn|thousand|k)\b")
_MEASURE_SCALE_AFTER_DIGIT = re.compile(r"(?<=[\d\s])(million|mln|mn|billion|bln|bn|trillion|tn)\b")
_MILLION_M_BEFORE_UNIT = re.compile(r"(?<=\d)m(?=\s+[a-z])")  # (round 56) "5.4m litres"
_SCALE_NAMES = {"million": "million", "mln": "million", "mn": "million", "m": "million", "billion": "billion",
                "bln": "billion", "bn": "billion", "trillion": "trillion", "tn": "trillion", "thousand": "thousand",
                "k": "thousand"}
# "1,530-home", "73,000-tonne": a noun or unit joined to the figure, not part of how it is written
_HYPHEN_WORD = re.compile(r"-[a-z][a-z-]*$")


def _unit_key(m: Mention) -> str:
    """The figure's unit, lower case and singular: "tonnes" and "tonne" are one; "42km" and "the 24-kilometre
    route" are both kilometres (a measure or a length of time read through pint)."""
    return unit_key(m.unit, physical=m.kind in (Kind.MEASURE, Kind.DURATION))


def _unscaled_shape(m: Mention) -> str:
    """``_shape`` without the scale word: "£m" and "£bn" are both "£"; (round 50) a currency's sign is its name
    ("1.2 million euros" ... "The €12m price": both "euro")."""
    text = " ".join(_SCALE_WORDS.sub(" ", _shape(m)).split())
    return " ".join(_CURRENCY_NAMES.get(w, w) for w in text.replace("€", " € ").replace("£", " £ ").split())


_CURRENCY_NAMES = {"€": "euro", "£": "pound"}


# The keys of the cheap first test, per digit string.  Each is a pure function
# of the string, asked for every figure by each slip, and news repeats its
# figures: cached.
@functools.lru_cache(maxsize=4096)
def _anagram_keys(w: str) -> frozenset:
    """Digits swapped keep the sorted digits."""
    return frozenset({"".join(sorted(w))})


@functools.lru_cache(maxsize=4096)
def _added_filed(w: str) -> frozenset:
    """A digit put in: filed under the sorted digits, and under them less each digit."""
    w = _undotted(w)
    return frozenset({("all", "".join(sorted(w)))} | {("less", d) for d in _deletions(w)})


@functools.lru_cache(maxsize=4096)
def _added_wanted(w: str) -> frozenset:
    """A digit put in: the sorted digits of one, less a digit, are the other's (filed either way)."""
    zero_after_point = "." in w and w[w.index(".") + 1:w.index(".") + 2] == "0"
    w = _undotted(w)
    wanted = {("less", "".join(sorted(w)))} | {("all", d) for d in _deletions(w)}
    if zero_after_point:  # "2.07" wants "2.7": the sorted digits less one zero
        wanted.add(("all", "".join(sorted(w)).replace("0", "", 1)))
    return frozenset(wanted)


@functools.lru_cache(maxsize=4096)
def _scale_keys(w: str) -> frozenset:
    """A power of ten apart: the same significant digits, or the same digits before the zeros."""
    return frozenset({_significant(w), _core(w)})


_SLIPS = (
    _Slip(TransposedRestatement, "digits swapped", lambda a, b, p, q: transposed(p, q),
          _anagram_keys, _anagram_keys, _shape),
    _Slip(AddedDigitRestatement, "a digit added or dropped", lambda a, b, p, q: one_digit_apart(p, q),
          _added_filed, _added_wanted, _shape),
    _Slip(ChangedDigitRestatement, "one digit changed", lambda a, b, p, q: one_digit_changed(p, q),
          _masks, _masks, _shape),
    _Slip(ScaleSlipRestatement, "a power of ten apart", power_of_ten_apart,
          _scale_keys, _scale_keys, _unscaled_shape),
)


def _alike(doc: Document, slip: _Slip, first: Mention, second: Mention) -> bool:
    """Of the same kind, unit and shape; or, for two digits swapped, a measure or time restated
    as a bare decimal with its unit dropped ("in 9.87 seconds" ... "His run of 9.78")."""
    if first.kind == second.kind == Kind.DURATION and _units_told(first) != _units_told(second):
        return False  # (round 48) "lost 1 minute 20 seconds ... the 10-second time bonus": "120" was never typed
    if slip.relation is ScaleSlipRestatement and first.kind == Kind.MONEY \
            and (_scale_word(first) is None) != (_scale_word(second) is None) \
            and noun_phrase(doc, second).head in _OTHER_SUMS:
        return False  # (round 51) "sold for £4.6m ... The £460,000 fee paid to the agents": the noun as written
    if first.kind == second.kind:
        return _unit_key(first) == _unit_key(second) and slip.shape(first) == slip.shape(second) \
            and (_joined_alike(first, second) or _members_as_people(doc, first, second)
                 or _verb_joined(doc, first, second)) and not _more_and_of(first, second)
    if slip.relation is not ScaleSlipRestatement and _metres_as_million(first, second):
        return True  # (round 48) "peaked at 6.84 metres ... the 6.48m peak": "m" read as a million there
    return slip.relation is TransposedRestatement and first.kind in (Kind.MEASURE, Kind.DURATION) \
        and second.kind == Kind.COUNT and not second.unit and _BARE_DECIMAL.fullmatch(second.text) is not None \
        and "." in first.text and noun_phrase(doc, second).head is None


_TIME_UNIT_WORDS = re.compile(r"(?<![a-z])(?:hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])", re.I)


def _units_told(m: Mention) -> int:
    """How many units of time a length is written in ("1 minute 20 seconds": 2; "80 seconds", "10-second": 1; a race
    time "1:54.32": 0)."""
    return len(_TIME_UNIT_WORDS.findall(m.text))


def _metres_as_million(first: Mention, second: Mention) -> bool:
    """A length in metres, then a figure written "<digits>m" read as millions: the same unit, for a slip."""
    return first.kind == Kind.MEASURE and _unit_key(first) == "meter" and second.kind == Kind.COUNT \
        and re.fullmatch(r"\d[\d.,]*m", second.text) is not None


def _more_and_of(first: Mention, second: Mention) -> bool:
    """(round 30) Two percentages a hundred points apart: "61% more men than it was built for" and "at 161% of
    its capacity" are one ratio told two ways, not a "1" added."""
    return first.kind == Kind.PERCENT and first.value is not None and second.value is not None \
        and abs(first.value - second.value) == 100


# a change brought in as one: "a 4.99 per cent rise in council tax" ... "The 4.49 per cent increase"
_A_CHANGE = re.compile(r"\ban?\s+$", re.I)
_CHANGE_AFTER = re.compile(r"[\s-]+(?:rise|increase|hike|jump|fall|drop|cut|decline|reduction|climb|growth|uplift)\b", re.I)
_CHANGE_NOUN_WORDS = (r"\s+(?:rise|increase|hike|jump|fall|drop|cut|decline|reduction|climb|growth|uplift|"
                      r"slide|slump|plunge|tumble|dip|surge|leap|gain)\b")  # (round 36: "fell 14% ... The 41% slide")
_CHANGE_NOUN = re.compile(_CHANGE_NOUN_WORDS + r"(?!\s+(?:in|of|for|on|at|to)\b)", re.I)
# (round 36) a change noun after the second that names another change: the other way from the first's verb ("fell
# 14% ... The 41% rise"), or over a time of its own right after it ("The 41% rise since January / over the year /
# this year"; not "The 7.4% increase is the largest since 2001": a rank)
_CHANGE_NOUN_TIMED = re.compile(r"\s+(?:since|over|during|this|last|across|throughout|so\s+far)\b", re.I)


def _same_change_named(doc: Document, first: Mention, second: Mention) -> bool:
    """The second's change noun ("The 41% slide") may name the change the first's verb told ("fell 14%"): the noun
    is a change, not the other way from the verb before the first, and no time of its own follows it."""
    noun = _CHANGE_NOUN.match(doc.text, second.end) or _change_in_first_subject(doc, first, second)
    if noun is None or _CHANGE_NOUN_TIMED.match(doc.text, noun.end(), doc.sentences[second.sentence].end):
        return False
    way = direction_of(noun.group(0).split()[-1].lower())
    verb = words(doc.text[max(doc.sentences[first.sentence].start, first.start - 30):first.start])
    told = next((direction_of(w) for w in reversed(verb) if direction_of(w)), 0)
    return not (way and told and way != told)


# (round 52) a change noun, then "in"/"of" and the thing changed: "the 21 per cent rise in members"
_CHANGE_NOUN_IN = re.compile(_CHANGE_NOUN_WORDS + r"(?=\s+(?:in|of)\s+(?:the\s+)?([a-z]{4,}))", re.I)


def _change_in_first_subject(doc: Document, first: Mention, second: Mention) -> re.Match | None:
    """(round 52) "Membership ... rose 12 per cent ... the 21 per cent rise in members": the change noun's thing (its
    first five letters) named before the first figure in its sentence."""
    noun = _CHANGE_NOUN_IN.match(doc.text, second.end)
    if noun is None:
        return None
    stem = noun.group(1)[:5].lower()
    before = doc.text[doc.sentences[first.sentence].start:first.start].lower()
    return noun if re.search(r"\b" + re.escape(stem), before) else None


# (round 36) the noun after a percentage: "The 64.7 per cent turnout"
_PERCENT_NOUN_AFTER = re.compile(r"\s+([a-z]{4,})\b(?!\s+(?:of|for|in|on|among|at|to|from)\b)")


def _noun_told_before_first(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 36) "Turnout in the election was 67.4 per cent, ... The 64.7 per cent turnout was ...": the noun the
    second percentage sizes is the one the first's clause told it of, before it ("Turnout ... was"); no noun of a
    change or a bound ("the 7.4% rise", "the 40% target")."""
    noun = _PERCENT_NOUN_AFTER.match(doc.text, second.end, doc.sentences[second.sentence].end)
    if noun is None or noun.group(1) in _NOT_TOLD_NOUNS:
        return False
    s = doc.sentences[first.sentence]
    clause = re.split(r"[;:]", doc.text[s.start:first.start])[-1]
    return re.search(rf"\b{noun.group(1)}\b", clause, re.I) is not None


_NOT_TOLD_NOUNS = frozenset("""rise increase fall drop cut decline growth gain jump slide slump plunge surge climb
    target goal limit threshold cap ceiling average record forecast share stake majority minority""".split())


# "unemployment stands at 6.8% ... The 8.6% rate is": the rate of what the first is the rate of
_RATE_NOUN = re.compile(r"\s+(?:rate|level|figure|average)\b(?!\s+(?:of|for|in|on|among|at)\b)", re.I)
_BARE_DECIMAL = re.compile(r"\d+\.\d+")


def _joined_alike(first: Mention, second: Mention) -> bool:
    """A noun or unit joined to one figure by a hyphen is the other's noun or unit, or joined to it
    too: "1,350 homes" and "1,530-home", "73,000-tonne" and "37,000 tonnes" (not "45,000-seat" and
    "54,000 fans")."""
    a, b = _joined(first), _joined(second)
    if a == b or _homes_as_units(first, second):
        return True
    return (a is None or a in _names(second)) and (b is None or b in _names(first))


def _verb_joined(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 53) The second's joined noun is the verb right before the first: "will seat 1,150 people ... the
    1,510-seat auditorium" (what the verb does, told as the size)."""
    joined = _joined(second)
    if joined is None or len(joined) < 4 or first.compound:
        return False
    before = doc.text[max(doc.sentences[first.sentence].start, first.start - 14):first.start].lower().split()
    np = noun_phrase(doc, second)
    # the second's noun the subject of its clause, its verb right after ("the 1,510-seat auditorium would"; not "The
    # 1,510-seat arena next door opens")
    return before[-1:] == [joined] and np.span is not None and _AUXILIARY_AFTER.match(doc.text, np.span.end) is not None


def _members_as_people(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 52) A body's size as "N-member", then its people by what they are: "The 86-member orchestra ... all 68
    of its musicians" (either way round; the noun its own or after "of its")."""
    for a, b in ((first, second), (second, first)):
        if _joined(a) not in ("member", "strong") or b.compound:
            continue
        own = _OF_ITS_PEOPLE.match(doc.text, b.end)
        noun = b.noun or (own.group(1) if own else None)
        if noun is not None and categories.names_persons(noun.lower()):
            return True
    return False


# "all 68 of its musicians", "all 68 of the ensemble's musicians"
_OF_ITS_PEOPLE = re.compile(r"\s+of\s+(?:its|their|the\s+[\w-]+['’]s?)\s+([a-z]{3,})\b")


def _homes_as_units(first: Mention, second: Mention) -> bool:
    """(round 28) Homes counted as units, either way round: "450 homes" ... "the 540-unit development",
    "a 780-unit tower" ... "the 870 apartments" (not "the 540-space car park")."""
    return any(_joined(b) == "unit" and _KIND_OF.get(_joined(a) or singular((a.noun or "").lower())) == "property"
               for a, b in ((first, second), (second, first)))


def _joined(m: Mention) -> str | None:
    j = _HYPHEN_WORD.search(m.text.lower()) if any(c.isdigit() for c in m.text) else None  # not "Seventy-four"
    if j is None:
        return None
    word = j.group(0)[1:].split("-")[0]
    if word == "strong":
        return None  # "a 3,200-strong workforce": numbering 3,200, the noun after it
    chain = j.group(0)[1:].split("-")
    if m.kind == Kind.MEASURE and len(chain) > 1 or m.kind == Kind.MEASURE and " " in (m.unit or ""):
        unit_words = (m.unit or "").lower().split()
        if unit_words and all(w in unit_words or singular(w) in unit_words for w in chain):
            return _unit_key(m)  # (round 51) "24,000-square-metre", "42,000 square-metre": the unit, both ways
    if m.kind in (Kind.MEASURE, Kind.DURATION) and len(resolve(word)) == 1:
        return resolve(word)[0].name  # "24-kilometre": the unit, as "42km" names it
    if m.kind == Kind.MONEY and _currency_name(word):
        return _unit_key(m)  # (round 52) "the 3.6m-kroner project": the currency, as "3.6bn kroner" names it
    return singular(word)


def _names(m: Mention) -> set:
    return {singular(w.lower()) for w in (m.noun, m.unit) if w} | {_unit_key(m)}


# a run of one side's successes: "12 consecutive points", "six straight wins", "four games in a row" (round 17)
_STREAK_AFTER = re.compile(r"\s+(?:consecutive|straight|successive|unanswered|unbroken)\b|\s+[a-z]+\s+in\s+a\s+row\b",
                           re.I)


# (round 61) the whole what is left of it is told of: "The rest of the €6.4m project"
_REST_OF_BEFORE = re.compile(r"\b(?:rest|remainder|balance)\s+of\s+(?:the|its|their)\s+$", re.I)


def _tied(doc: Document, first: Mention, second: Mention, strong: bool) -> str | None:
    """What ties the two figures together, if anything.  A ``strong`` slip (digits swapped, or
    the same digits a power of ten apart: not a digit put in, "5,000" and "55,000" are often two
    figures) needs less: a long definite figure whatever the nouns, or a figure given, not told."""
    if _OTHER_BEFORE.search(doc.text, max(0, second.start - 24), second.start):
        return None  # "A separate £235m scheme": another one, said so
    if _other_variety(doc, first, second):
        return None  # (round 24) "Day tickets cost £45 ... The £54 weekend ticket": another kind of ticket
    if bool(_STREAK_AFTER.match(doc.text, first.end)) != bool(_STREAK_AFTER.match(doc.text, second.end)):
        return None  # "reeled off 12 consecutive points ... won 60 of the 112 points": a run, not all of them
    if first.value is not None and second.value is not None and first.value < second.value \
            and _REST_OF_BEFORE.search(doc.text, max(0, second.start - 30), second.start) \
            and concept(doc, first) != concept(doc, second):
        return None  # (round 61) "A €4.6m EU grant will cover most of the cost ... The rest of the €6.4m project":
        # the whole a part of it was told of, under a noun of its own
    det = definite(doc, second, partitive_ok=True, possessive=True, than_ok=True)  # "most of the 420 ..."
    if det is None and _demonstrative_before(doc, second):
        det = "that"  # "That 15.8 million total was a record"
    if det is None and _APPOSED_SUM.search(doc.text, max(0, second.start - 30), second.start):
        det = "the"  # "The money, £205,000, will ...": the sum named, then given
    if det is None and strong and _long(first) and _long(second) \
            and _THE_NOUN_OF.search(doc.text, max(0, second.start - 40), second.start):
        det = "the"  # "clearing the backlog of 14,632": a long figure given as known
    if det is None and strong and _whose_owner_named(doc, first, second):
        det = "whose"  # (round 24) "approved £12.5m for the pool. Work on the pool, whose £15.2m budget": the pool's
    if det and (_may_be_same_thing(doc, first, second)
                or strong and (_long(first) or _scaled_decimal(first)) and _echoed(doc, first, second)
                or strong and _clause_echoed(doc, first, second)
                or strong and _jobs_echoed(doc, first, second)
                or strong and _share_named(doc, first, second)
                or _scale_swapped(first, second) and _bare(doc, second)) \
            and _owner_named(doc, det, first) and not (_scale_swapped(first, second) and _new_modifier(doc, first, second)):
        return "definite"
    if det in ("the", "that", "this") and strong and _measure_named_again(doc, first, second):
        return "named again"  # (round 53) "a 65-kilometre firebreak ... the 56km barrier", "retreated 340 metres ...
        # that 430-metre retreat": a length named again right after, under whatever noun
    if det == "the" and strong and _introduced_swap(doc, first, second):
        return "definite"  # (round 20) "agreed a £2.4m grant ... the £4.2m award would", under any noun
    if det == "the" and strong and _share_as_its_verb_noun(doc, first, second):
        return "definite"  # (round 56) "the fund returned 5.8% ... the 8.5% return was"
    if doc.sentences[first.sentence].headline and not doc.sentences[second.sentence].headline:
        return "headline"
    c = concept(doc, first)
    same = bool(c) and c not in GENERIC_NOUNS and c == concept(doc, second)
    if same and _EVENT_OF.search(doc.text, max(0, second.start - 40), second.start):
        return "noun"  # "cut 85 jobs ... the loss of 58 posts"
    if strong and same and _long(first) and _long(second) and first.kind == Kind.MONEY:
        return "noun"  # "The estate sold for £2.75m. The buyer ... paid £2.57m for the house."
    if strong and (same or (_long(first) or _long(second)) and _may_be_same_thing(doc, first, second)
                   or _echoed(doc, first, second)) and _given(doc, second) and _named_owner_given(doc, first, second):
        return "given"  # "ordered 45 aircraft ... The order for 54 jets", "Her majority of 1,402"
    if strong and _given(doc, second) and _relative_subject_named(doc, first, second):
        return "given"  # "bought the old mill for £2.4m. The mill, which cost £4.2m, ..."
    if strong and _running_total_again(doc, first, second):
        return "running total"  # (round 24) "has burned 12,500 hectares ... has now scorched 21,500 hectares"
    if _swapped_alone(doc, first, second) or _swapped_same_thing(doc, first, second):
        return "next sentence"  # "a cap of £1,755 comes in ... bills held at £1,575"
    if strong and _quoted_swap(doc, first, second):
        return "quote"  # (round 23) "handed out 6,400 parcels ... 'We gave out 4,600 parcels,' she said"
    if strong and _quoted_remark_swap(doc, first, second):
        return "quote"  # (round 24) "raised £84,000 ... 'To bring in £48,000 in a day is beyond anything,' she said"
    if strong and _speed_told_again(doc, first, second):
        return "speed"  # (round 25) "was clocked at 112mph ... travelling at 121mph in heavy rain"
    if strong and first.kind == second.kind == Kind.MONEY and _same_verb_before(doc, first, second):
        return "same verb"  # (round 38) "raised £18,450 ... thanked everyone who had helped raise £14,850"
    if strong and same and first.kind == second.kind == Kind.COUNT and _same_act_before(doc, first, second):
        return "same act"  # (round 48) "will cut 230 jobs ... the plan to shed 203 posts"
    return None


# (round 56) a past verb right before a share: "returned 5.8%", "yielded about 3.1%"
_VERB_BEFORE_SHARE = re.compile(r"\b([a-z]{4,})ed\s+(?:(?:about|around|some|nearly|almost|just|roughly)\s+)?$")


def _share_as_its_verb_noun(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 56) A percentage told as what a verb gave ("The trust returned 5.8% in the year") restated with its
    digits slipped as "the" share under that verb's noun, bare, a sentence or two on: "the 8.5% return was ..." (also
    "yielded" ... "the yield"); the two the only percentages from the first's sentence to the second's."""
    if first.kind != Kind.PERCENT or second.kind != Kind.PERCENT or not 0 < second.sentence - first.sentence <= 2:
        return False
    verb = _VERB_BEFORE_SHARE.search(doc.text, max(0, first.start - 30), first.start)
    np = noun_phrase(doc, second)
    if verb is None or not np.adjacent or np.modifiers or np.head is None or not _bare(doc, second) \
            or np.head.lower() not in (verb.group(1).lower(), verb.group(1).lower() + "e"):
        return False
    return not any(m is not first and m is not second and m.kind == Kind.PERCENT
                   for s in range(first.sentence, second.sentence + 1) for m in doc.mentions_in(s))


# (round 38) the verb right before a sum: "raised £18,450", "helped raise £14,850", "had paid about £4,120"
_VERB_BEFORE_SUM = re.compile(r"\b([a-z]{4,})\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|just)\s+)?$")
_ANOTHER_TIME = re.compile(r"\b(?:(?:the|a)\s+(?:year|month|week|season)\s+(?:before|earlier)|last\s+(?:year|month|week|"
                           r"season)|previous\w*|ago|(?:19|20)\d\d)\b", re.I)
_NOT_VERBS = frozenset("""with from than about around under over more less nearly almost just least most worth
    cost costs some only into onto that this their there these those what which where when while""".split())


# (round 48) verbs of one act on a count, right before it: "will cut 230 jobs" / "the plan to shed 203 posts"
_ACTS = {w: act for act, ws in {
    "cut": "cut cuts cutting shed sheds shedding axe axes axed axing slash slashes slashed slashing eliminate "
           "eliminates eliminated eliminating lose loses losing lost scrap scraps scrapped scrapping",
    "hire": "hire hires hired hiring recruit recruits recruited recruiting create creates created creating add adds "
            "added adding",
}.items() for w in ws.split()}


_ACT_VERB_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|just|another|"
                              r"a\s+further)\s+)?$")


def _same_act_before(doc: Document, first: Mention, second: Mention) -> bool:
    """Two counts of one thing, digits swapped, each right after a verb of one act ("cut" / "shed"), nothing dating
    either apart."""
    a = _ACT_VERB_BEFORE.search(doc.text, max(0, first.start - 30), first.start)
    b = _ACT_VERB_BEFORE.search(doc.text, max(0, second.start - 30), second.start)
    if a is None or b is None or any(_ANOTHER_TIME.search(_sentence_text(doc, m)) for m in (first, second)):
        return False
    x, y = _ACTS.get(a.group(1).lower()), _ACTS.get(b.group(1).lower())
    return x is not None and x == y and _THE_PLAN_TO.search(doc.text, max(0, b.start() - 40), b.start()) is not None


# the act named as known before its verb: "the plan to shed", "its decision to axe", "the move to cut"
_THE_PLAN_TO = re.compile(r"\b(?:the|its|their|this|that)\s+(?:[a-z]+\s+)?(?:plans?|proposals?|decision|move|bid|"
                          r"scheme|programme|drive|pledge|promise)\s+to\s+$", re.I)


def _same_verb_before(doc: Document, first: Mention, second: Mention) -> bool:
    """Two sums of money, digits swapped, each right after a form of one verb ("raised" / "raise"): one sum told twice."""
    a = _VERB_BEFORE_SUM.search(doc.text, max(0, first.start - 30), first.start)
    b = _VERB_BEFORE_SUM.search(doc.text, max(0, second.start - 30), second.start)
    if a is None or b is None or any(_ANOTHER_TIME.search(_sentence_text(doc, m)) for m in (first, second)):
        return False  # ("raised £1,250 last Saturday ... 'To have raised £2,150 the year before ...'": two years)
    x, y = a.group(1).lower(), b.group(1).lower()
    if x in _NOT_VERBS or y in _NOT_VERBS:
        return False
    stem = min(len(x), len(y)) - 1
    return x[:max(4, stem)] == y[:max(4, stem)]


# (round 25) a speed told as the rate something went at: "clocked at 112mph", "travelling at", "doing 90mph"
_AT_SPEED_BEFORE = re.compile(r"\b(?:at|doing|reached|reaching|hit|hitting|touched|touching)\s+"
                              r"(?:(?:a\s+)?speeds?\s+of\s+)?$", re.I)
# who tells a sentence, before what is told: "Prosecutor Claire Dunn told the court that", "Police said"
_TELLER = re.compile(r"^[^.;:!?]*?\b(?:said|says|told|tells|added|heard|alleged|claimed|stated)\b"
                     r"(?:\s+(?:the\s+)?[a-z]+)?\s+(?:that\s+)?")


# (round 25) the going told after who tells it, nothing of its own but a pronoun, auxiliaries and the verb: "travelling
# (at)", "he had been travelling (at)", "riding (at)", "it was doing"
_BARE_GOING = re.compile(r"\s*(?:(?:he|she|it|they|i|we|you)\s+)?(?:(?:had|has|have|was|were|is|are|been|be)\s+)*"
                         r"(?:[a-z]+ing\s+|clocked\s+|recorded\s+)?", re.I)


def _speed_told_again(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 25) One speed told twice, two of its digits swapped: "The driver was clocked at 112mph on the A1 ...
    Prosecutor Claire Dunn told the court that travelling at 121mph in heavy rain ...".  Both speeds of one unit told
    as the rate something went at ("at", "doing", "reached"), the second in the next sentence, the only speeds of the
    two sentences; the second told after who tells it ("told the court that", "Officers said"), its clause then bare:
    a pronoun, auxiliaries and the verb of going only (``_BARE_GOING``: not "Inland, the wind hit 45mph", "On the
    return leg it hit 152mph", "The van behind it was doing 65mph"); nothing after it names anything the first's
    sentence lacks, and nothing near the second sets it apart ("another car", "earlier", "in June")."""
    if first.kind != Kind.MEASURE or second.kind != Kind.MEASURE or first.unit != second.unit \
            or second.sentence != first.sentence + 1 or _speed_si(doc, first) is None:
        return False
    p, q = digits_as_written(first), digits_as_written(second)
    if p is None or q is None or not transposed(p, q):
        return False
    if not all(_AT_SPEED_BEFORE.search(doc.text, max(0, m.start - 24), m.start) for m in (first, second)):
        return False
    if any(m is not first and m is not second and m.kind == Kind.MEASURE and _speed_si(doc, m) is not None
           for k in (first.sentence, second.sentence) for m in doc.mentions_in(k)):
        return False
    s = doc.sentences[second.sentence]
    before = doc.text[s.start:second.start]
    teller = _TELLER.match(before)
    if teller is None:
        return False  # "Inland, the wind hit 45mph", "The van behind it was doing 65mph": another's speed, told as such
    told = before[teller.end():]
    going = _AT_SPEED_BEFORE.search(told)
    if going is None or not _BARE_GOING.fullmatch(told, 0, going.start()):
        return False  # "Pilots said that at cruising height it hit 450mph": another time, place or mover
    after = " ".join(doc.text[second.end:s.end].split()[:3])
    if _SET_APART.search(told + " " + after) or _ANOTHER_OCCASION.search(told + " " + after) \
            or _periods(told + " " + after) - _periods(_sentence_text(doc, first)):
        return False
    said = _sentence_text(doc, first)
    return not any(w not in said for w in _CAPITALISED.findall(told + " " + after))


def _other_variety(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 24) The first's sentence names the second's noun with a word of its own before it, and the second gives
    it another ("Standard day tickets cost £45 ... The £54 weekend camping ticket"): two kinds of the thing, told apart
    ("Economy seats cost £149 ... The £194 premium economy seat"; not "Day tickets cost £45 ... the £54 day ticket",
    nor "Tickets cost £45 ... The £54 ticket")."""
    np = noun_phrase(doc, second)
    if not np.adjacent or not np.head or not np.modifiers:
        return False
    said = _sentence_text(doc, first)
    named = {singular(m.group(2).lower()) for m in _WORD_BEFORE_NOUN.finditer(said)
             if m.group(1).lower() not in _NOT_VARIETY and not _FIGURE_NEXT.match(said, m.end(2))}
    run = [*np.modifiers, np.head]  # (the head may be read past the noun: "The £54 weekend ticket covers")
    return any(len(run[k]) >= 3 and singular(run[k]) in named
               and any(w not in _CURRENCY_WORDS and w not in _NOT_VARIETY and not backed(w, said) for w in run[:k])
               for k in range(1, len(run)))


# "day tickets", "standard rooms": a word, then a noun (the noun is compared to the second's)
_WORD_BEFORE_NOUN = re.compile(r"\b(?=([A-Za-z][a-z-]{2,})\s+([a-z][a-z-]{2,})\b)")  # (overlapping pairs)
_FIGURE_NEXT = re.compile(r"[a-z-]*\s+(?:[£$€]|\d)")  # "The footbridge spans 86 metres": a verb, not a noun named
_NOT_VARIETY = frozenset("""the its their his her our this that these those and or but for with all some any each
    every more most many few fewer less least extra other new total about around nearly almost than of per a an
    weekly daily monthly yearly annual""".split())


# (round 24) "the pool, whose £15.2m budget" (or "the pool - whose", "the pool (whose"): the figure owned by the noun
# the relative clause hangs on
_WHOSE_OWNER = re.compile(r"\b([a-z][a-z-]+)(?:,|\s*\(|\s+[-–—])\s*whose\s+$", re.I)


def _whose_owner_named(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 24) The second is owned by "whose" ("Work on the pool, whose £15.2m budget was agreed") and the first
    was told as that thing's, in a phrase after it ("approved £12.5m for the new leisure pool", "a 3.75km extension
    of the cycleway") or as its noun ("the £12.5m pool"); the second's noun is the first's or, for a sum, what a
    thing costs ("budget", "cost", "bill", a project's noun). Not "gave £2.4m to the club. The club, whose £4.2m
    debt": a sum given to an owner is no sum of what it owes."""
    owner = _WHOSE_OWNER.search(doc.text, max(0, second.start - 40), second.start)
    if owner is None:
        return False
    word = owner.group(1)
    s1 = doc.sentences[first.sentence]
    clause = _CLAUSE_END.search(doc.text, first.end, s1.end)
    told = _OWNED_PHRASE.search(doc.text, first.end, clause.start() if clause else s1.end)
    np1 = noun_phrase(doc, first)
    if not (told and backed(word, told.group(1)) or np1.adjacent and np1.head and backed(word, np1.head)):
        return False
    # (the noun read as the head, or the word right after the figure: "whose $1.54 million cost covers new railings")
    heads = {h.lower() for h in (noun_phrase(doc, second).head, _first_word(doc, second)) if h}
    return any(backed(h, _sentence_text(doc, first))
               or first.kind == Kind.MONEY and (singular(h) in _COST_NOUNS or group_of(h) == "project") for h in heads)


# (round 24) what a sum is told as a thing's by: "£12.5m for the pool", "a 3.75km extension of the cycleway"
_OWNED_PHRASE = re.compile(r"\s(?:for|on|of|towards|into)\s+((?:[\w'’-]+\s*){1,5})", re.I)
# what a thing's money is: "whose £15.2m budget", "whose £460,000 price tag" (not its debt, its revenue)
_COST_NOUNS = frozenset({"budget", "cost", "price", "tag", "price-tag", "bill", "funding", "investment", "spend",
                         "outlay"})


def _share_named(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 23) A share told of a group, not under a noun of its own ("Just 38.4% of registered voters cast a ballot")
    restated a sentence or two on as "the" share under a bare noun that names it ("the 34.8% turnout, the lowest"):
    both of three significant digits, the only shares from the first's sentence to the second's; not a change
    ("The 34.8% rise"), nor a mark ("the 34.8% threshold", read apart), nor one said of something ("the 34.8%
    stake in the firm")."""
    if first.kind != Kind.PERCENT or second.kind != Kind.PERCENT or not 0 < second.sentence - first.sentence <= 2 \
            or not re.match(r"\s+of\s", doc.text[first.end:first.end + 4]):
        return False
    verb_rate = _rate_of_its_verb(doc, first, second)
    if not (_long(first) and _long(second)) and not verb_rate:
        return False  # (round 59: two digits will do under the noun of the first's verb, "passed ... pass rate")
    c = concept(doc, first)
    if c is not None and c != concept(doc, second):
        return False  # "38.4% of voters backed Labour ... the 34.8% turnout": the share told is another thing's
    np = noun_phrase(doc, second)
    said = _sentence_text(doc, first)
    # (a word before the noun the first's sentence backs: "62.5% of pupils passed ... the 65.2% pass rate")
    if np.head is None or not np.adjacent or not all(backed(w, said) for w in np.modifiers) \
            or not (_bare(doc, second) or verb_rate and np.span is not None and _RATE_BARE.match(doc.text, np.span.end)) \
            or _CHANGE_NOUN.match(doc.text, second.end) or _CHANGE_AFTER.match(doc.text, second.end):
        return False
    return not any(m is not first and m is not second and m.kind == Kind.PERCENT
                   for s in range(first.sentence, second.sentence + 1) for m in doc.mentions_in(s))


def _rate_of_its_verb(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 59) "68% of pupils ... passed their exams ... the school's 86% pass rate": the second's noun a rate
    named by the verb the first's clause tells."""
    rate = _VERB_RATE_AFTER.match(doc.text, second.end)
    if rate is None:
        return False
    clause = doc.text[first.end:doc.sentences[first.sentence].end].split(",")[0]
    return re.search(r"\b" + rate.group(1) + r"(?:ed|es|s)?\b", clause, re.I) is not None


# (round 59) nothing after the rate's noun says whose: a verb's complement ("credited the 86% pass rate to extra
# classes", "blamed ... on"), a clause or the sentence's end, not "in maths", "at the school", "for boys"
_RATE_BARE = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:to|on|was|is|had|has|as|and|but|which|that)\b")
_VERB_RATE_AFTER = re.compile(r"\s+(pass|complet|graduat|surviv|vot|respond)e?\s+rate\b", re.I)


# (round 23) a quotation opened before the figure in its sentence, single or double marks: "'We gave out 4,600",
# "“We sold 4,600"; a closing mark ends it (an apostrophe inside a word is neither)
_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[\"“‘'](?=[\w£$€])")
_QUOTE_CLOSE = re.compile(r"(?<=[\w.,!?%])[\"”’'](?=[\s.,;:!?)\]]|$)")
# what a quote says of an aim or a might-be, not a count told: "'We hope to hand out 4,600'"
_QUOTE_AIM = re.compile(r"\b(?:could|would|should|might|may|will|can|need\w*|want\w*|hop(?:e|es|ed|ing)|aim\w*|"
                        r"plan\w*|expect\w*|tr(?:y|ies|ied|ying)|wish\w*|target\w*|if|unless)\b", re.I)


# the quote tells the count as its speaker's own, nothing before it: "'We gave out 4,600", "'There were 2,640"
_QUOTE_TELLER = re.compile(r"(?:we|i|they|there|you)\s+(?:[a-z]+\s+){1,3}", re.I)
_QUOTE_PART = re.compile(r"\b(?:alone|rest|remainder|each|including|among|of\s+(?:those|them|these|which))\b", re.I)
_PHRASE_TO = re.compile(r"\s+(?:to|for|from|at|by|on|with)\s+(?:the\s+|our\s+|their\s+|its\s+)?([a-z]+)")


def _in_quotation(doc: Document, m: Mention) -> bool:
    """The figure stands inside a quotation opened earlier in its sentence."""
    s = doc.sentences[m.sentence]
    opened = list(_QUOTE_OPEN.finditer(doc.text, s.start, m.start))
    return bool(opened) and not _QUOTE_CLOSE.search(doc.text, opened[-1].end(), m.start)


def _quoted_swap(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 23) A count told in one sentence and quoted in the next with two digits swapped, under the same noun:
    "The charity handed out 6,400 food parcels in December. 'We gave out 4,600 parcels in those weeks,' she said".
    Both three digits or more and the only figures of their kind in the two sentences; the first told outside a
    quotation; the quote opens on its teller and a verb ("We gave out", "There were"), names no one the first's
    sentence lacks, sends the things nowhere it does not name ("to homes") and tells no aim, might-be or part ("hope
    to", "could", "more", "of the", "alone", "the rest")."""
    if second.sentence != first.sentence + 1 or first.kind != second.kind or first.kind != Kind.COUNT \
            or min(first.value, second.value) < 100 or not _in_quotation(doc, second) or _in_quotation(doc, first):
        return False
    c = concept(doc, first)
    if c is None or c in GENERIC_NOUNS or c == "people" or c != concept(doc, second):
        return False
    if any(m is not first and m is not second and m.kind == first.kind and (m.value is None or m.value >= 2)
           for s in (first.sentence, second.sentence) for m in doc.mentions_in(s)):
        return False  # which one it restates is not known (a single one is no rival: "every one was watered")
    s = doc.sentences[second.sentence]
    end = _QUOTE_CLOSE.search(doc.text, second.end, s.end)
    opened = list(_QUOTE_OPEN.finditer(doc.text, s.start, second.start))[-1]
    quote = doc.text[opened.end():end.start() if end else s.end]
    if not _QUOTE_TELLER.fullmatch(doc.text, opened.end(), second.start) or _QUOTE_PART.search(quote):
        return False  # "'In Leeds alone we gave out ...", "'Of those, 4,600 went to ...", "'Volunteers delivered ..."
    said = _sentence_text(doc, first)
    if any(w not in said for w in _CAPITALISED.findall(quote, 1) if w != "I"):
        return False  # a name the first's sentence lacks: "'We packed 4,600 parcels at the Hull depot'"
    np = noun_phrase(doc, second)
    after = _PHRASE_TO.match(doc.text, np.span.end if np.span is not None else second.end)
    if after and not backed(after.group(1), said):
        return False  # "'We delivered 4,600 parcels to homes'": some of them, by where they went
    return not _QUOTE_AIM.search(quote) and not _SET_APART.search(quote) and not _OTHER_AFTER.match(doc.text, second.end) \
        and not _BASE_OF_PART_BEFORE.search(doc.text, max(0, second.start - 20), second.start) \
        and not re.match(r"\s+of\s", doc.text[second.end:second.end + 4])


# (round 24) a quote that opens by remarking on the figure as the subject of an infinitive: "'To bring in £48,000 ...",
# "'For 2,140 residents to have nowhere ..."
# (round 33) the perfect infinitive too: "'To have raised £84,000 in a weekend is astonishing'"
_QUOTE_REMARK = re.compile(r"(?:to\s+(?:have\s+)?[a-z]+(?:\s+(?:in|out|up|back|together))?|for)\s+$", re.I)
_INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]+\b", re.I)


def _quoted_remark_swap(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 24) A count or a sum told in one sentence, then remarked on in a quote opening the next one, two of its
    digits swapped: "The walk raised £84,000 for the hospice. 'To bring in £48,000 in a single day is beyond us,'",
    "a village of 1,240 people ... 'For 2,140 residents to have nowhere to shop is a disgrace'". Both 1,000 or more
    and the only figures of their kind in the two sentences, maybe the same thing; the
    quote names no one the first's sentence lacks and tells no aim, might-be or part."""
    if second.sentence != first.sentence + 1 or first.kind != second.kind or first.kind not in (Kind.COUNT, Kind.MONEY) \
            or first.unit != second.unit or min(first.value, second.value) < 1000 \
            or not _in_quotation(doc, second) or _in_quotation(doc, first):
        return False
    p, q = digits_as_written(first), digits_as_written(second)
    if p is None or q is None or not transposed(p, q):
        return False
    s = doc.sentences[second.sentence]
    opened = list(_QUOTE_OPEN.finditer(doc.text, s.start, second.start))[-1]
    remark = _QUOTE_REMARK.fullmatch(doc.text, opened.end(), second.start)
    if remark is None:
        return False
    np = noun_phrase(doc, second)
    if remark.group(0).lower().startswith("for") and not _INFINITIVE_AFTER.match(
            doc.text, np.span.end if np.span is not None else second.end):
        return False  # "'For 2,140 residents to have ...'", not "'For 2,140 residents the news is ...'"
    if any(m is not first and m is not second and m.kind == first.kind and (m.value is None or m.value >= 2)
           for k in (first.sentence, second.sentence) for m in doc.mentions_in(k)):
        return False
    end = _QUOTE_CLOSE.search(doc.text, second.end, s.end)
    quote = doc.text[opened.end():end.start() if end else s.end]
    said = _sentence_text(doc, first)
    if any(w not in said for w in _CAPITALISED.findall(quote, 1) if w != "I"):
        return False
    if any(w.lower() not in said.lower() for w in _QUOTE_OTHER_TIME.findall(quote)):
        return False  # (round 33 review) "'To have raised £2,150 the year before was a fluke'": another time's sum
    return _may_be_same_thing(doc, first, second) and not _QUOTE_AIM.search(quote) and not _SET_APART.search(quote) \
        and not _QUOTE_PART.search(quote) and not _OTHER_AFTER.match(doc.text, second.end)


# (round 33 review) a time in the remarking quote that the first's sentence lacks: another time's figure (not
# "before" of what is still to come: "'To have sold 32,000 tickets before the line-up is out'")
_QUOTE_OTHER_TIME = re.compile(r"\b(?:(?:day|night|week|month|season|year|time)\s+before|before\s+that|ago|last|"
                               r"previous|earlier|next|(?:19|20)\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                               r"January|February|March|April|June|July|August|September|October|November|"
                               r"December)\b", re.I)


_A_BEFORE_FIGURE = re.compile(r"\b(?:an?|one)\s+(?:[a-z-]+\s+)?[^\w\s]?$", re.I)


def _introduced_swap(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 20) A sum or a measure brought in with "a"/"an" ("agreed a £2.4m grant", "a 3.25-mile stretch")
    restated with two of its digits swapped as "the" NOUN a sentence or two later, under any noun: "the £4.2m
    award would ...".  The figures of three significant digits or more, or a decimal before a scale word; the two
    the only figures of their kind and unit from the first's sentence to the second's; the second's noun phrase
    bare (no name, place or phrase after it says which one) and in no other sentence than the next two."""
    if first.kind not in (Kind.MONEY, Kind.MEASURE) or first.kind != second.kind or _unit_key(first) != _unit_key(second) \
            or not 0 < second.sentence - first.sentence <= 2:
        return False
    p, q = digits_as_written(first), digits_as_written(second)
    if p is None or q is None or not transposed(p, q):
        return False
    if not (_long(first) or _scaled_decimal(first) or _zero_swapped_in(p, q)) \
            or not (_long(second) or _scaled_decimal(second) or _zero_swapped_in(q, p)):
        if not _short_measure_sized_again(doc, first, second):
            return False
    if not _A_BEFORE_FIGURE.search(doc.text, max(0, first.start - 20), first.start) \
            and not re.match(r"an?\s", first.text, re.I):  # "an estimated £3.4m" (the hedge in the figure)
        return False
    if any(m is not first and m is not second and m.kind == first.kind and _unit_key(m) == _unit_key(first)
           for s in range(first.sentence, second.sentence + 1) for m in doc.mentions_in(s)):
        return False  # which one it restates is not known ((round 56) "86-kilometre" and "68km": one unit)
    np = noun_phrase(doc, second)
    if np.head is None or not np.adjacent or any(w[:1].isupper() for w in np.modifiers) \
            or _placed_elsewhere(doc, first, second):
        return False
    end = np.span.end if np.span is not None else second.end
    # ((round 56) "expects the 68km link to be finished": an infinitive, no other thing named)
    return not _OF_ANOTHER.match(doc.text, end) \
        and not re.match(r"\s+(?:of|for|in|at|from|to(?!\s+be\b)|on)\b", doc.text[end:end + 9])


# (round 56) what "the" follows when the noun phrase names another thing the first's joins or meets
_LINKED_BEFORE = re.compile(r"\b(?:to|with|into|onto|from|along|alongside|beside|near|past|off|joins?|joined|joining|"
                            r"meets?|links?|linked|linking|connects?|connected|connecting|than|and|or|extends?|extending)"
                            r"\s+the\s+$", re.I)


def _short_measure_sized_again(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 56) A measure of two significant digits sizing a thing brought in with "a"/"an" ("an 86-kilometre
    fibre cable", "a 1,200-nautical-mile survey") restated in the very next sentence as "the" size of a noun right
    after it ("the 68km link", "during the 2,100-nautical-mile voyage"), not after a word that joins it to another
    thing ("it meets the 68km road", "to the 68km line")."""
    if first.kind != Kind.MEASURE or second.sentence - first.sentence != 1 or not first.compound:
        return False
    np1, np2 = noun_phrase(doc, first), noun_phrase(doc, second)
    if np1.head is None or not np1.adjacent or np2.head is None or not np2.adjacent:
        return False
    if not re.search(r"\bthe\s+$", doc.text[max(0, second.start - 6):second.start], re.I):
        return False
    return not _LINKED_BEFORE.search(doc.text, max(0, second.start - 30), second.start)


def _zero_swapped_in(p: str, q: str) -> bool:
    """(round 56) Of two figures of four digits or more, one round, the other of three significant digits with a
    zero swapped in among them: "a €250,000 grant ... the €205,000 award" (the pair is not two round figures)."""
    return len(p) >= 4 and len(p) == len(q) and _long_digits(q) and not _long_digits(p)


def _long_digits(w: str) -> bool:
    return len(_core(_significant(w))) >= 3


_ANOTHER_OCCASION = re.compile(r"\b(?:earlier|before|ago|previous|previously|last|next|later|after|since|until|"
                               r"then|former|formerly|once|originally)\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _swapped_alone(doc: Document, first: Mention, second: Mention) -> bool:
    """Two figures of four significant digits or more, two of their digits swapped, in consecutive sentences
    that hold no other figure of their kind: hardly two quantities by chance."""
    p, q = digits_as_written(first), digits_as_written(second)
    if p is None or q is None or not transposed(p, q) or second.sentence != first.sentence + 1 \
            or len(_core(_significant(p))) < 4 or len(_core(_significant(q))) < 4:
        return False
    if any(m is not first and m is not second and m.kind == first.kind
           for s in (first.sentence, second.sentence) for m in doc.mentions_in(s)):
        return False
    text, said = _sentence_text(doc, second), _sentence_text(doc, first)
    before = doc.text[doc.sentences[second.sentence].start:second.start]
    if _SET_APART.search(text) or _ANOTHER_OCCASION.search(before) or not _may_be_same_thing(doc, first, second):
        return False  # "Rival Acme made £5,412 per worker", "A week earlier, 31,746 fans", "5,216 beds" after patients
    # a name the first's sentence lacks may bring in another owner ("Acme made ..."), not its first word unless
    # it owns something ("Cheruiyot's time of ...")
    owner = _NAMED_OWNER.match(text)
    if owner and owner.group(1) not in said:
        return False
    return not any(w not in said for w in _CAPITALISED.findall(text, len(text) - len(text.lstrip(" \"“‘'")) + 1))


def _swapped_same_thing(doc: Document, first: Mention, second: Mention) -> bool:
    """(Round 37) Three significant digits or more, two of them swapped, in consecutive sentences, under one unit, the
    second told as a definite size ("the 15,800-tonne limit" after "cut to 18,500 tonnes"), the only such figures of
    the two sentences.  Nothing sets the second apart (``_SET_APART``, an earlier or later occasion, a name before it
    the first's sentence lacks).  (A bare count under one noun was tried and dropped: "The trust employs 1,460 nurses.
    The hospital also has 1,640 nurses on its bank list" is two groups.)"""
    p, q = digits_as_written(first), digits_as_written(second)
    if p is None or q is None or not transposed(p, q) or second.sentence != first.sentence + 1 \
            or not _long(first) or not _long(second) or first.kind != Kind.MEASURE or second.kind != Kind.MEASURE \
            or second.unit != first.unit or not second.compound \
            or not _THE_BEFORE.search(doc.text, max(0, second.start - 5), second.start):
        return False
    if any(m is not first and m is not second and m.kind == Kind.MEASURE and m.unit == first.unit
           for s in (first.sentence, second.sentence) for m in doc.mentions_in(s)):
        return False
    text, said = _sentence_text(doc, second), _sentence_text(doc, first)
    before = doc.text[doc.sentences[second.sentence].start:second.start]
    if _SET_APART.search(text) or _ANOTHER_OCCASION.search(before) or _OTHER_AFTER.match(doc.text, second.end):
        return False
    return not any(w not in said for w in _CAPITALISED.findall(before, len(before) - len(before.lstrip(" \"“‘'")) + 1))


_THE_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.I)


def _running_total_again(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 24) A total up to now told in the present perfect and again in the next sentence, two of its digits
    swapped ("The fire has burned 12,500 hectares since it started ... the blaze, which has now scorched 21,500
    hectares"): both of three significant digits or more, the only figures of their kind and unit in the two
    sentences, the first's sentence undated, nothing set apart and no name the first's sentence lacks."""
    p, q = digits_as_written(first), digits_as_written(second)
    if p is None or q is None or not transposed(p, q) or second.sentence != first.sentence + 1 \
            or not _long(first) or not _long(second) or not _told_to_now_both(doc, first, second):
        return False
    if any(m is not first and m is not second and m.kind == first.kind and m.unit == first.unit
           for s in (first.sentence, second.sentence) for m in doc.mentions_in(s)):
        return False
    text, said = _sentence_text(doc, second), _sentence_text(doc, first)
    if _SET_APART.search(text) or _OTHER_AFTER.match(doc.text, second.end) or not _SAME_SUBJECT_AGAIN.search(
            doc.text, max(doc.sentences[second.sentence].start, second.start - 40), second.start):
        return False  # (review) "Firefighters have saved 21,500 hectares": another subject, another total
    return not any(w not in said for w in _CAPITALISED.findall(text, len(text) - len(text.lstrip(" \"“‘'")) + 1))


# (review) the second total's subject points back to the first's: "the blaze, which has now scorched", "it has burned"
_SAME_SUBJECT_AGAIN = re.compile(r"(?:\bwhich|\bthat|\bit|\bthe\s+[a-z]+)\s+(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?"
                                 r"[a-z]+\s+$", re.I)


# what a measure measures, by its unit's dimension, for messages
_DIMENSIONS = {"[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "weight",
               "[length] / [time]": "speed", "[time]": "time", "[temperature]": "temperature",
               "[mass] * [length] ** 2 / [time] ** 3": "power", "[mass] * [length] ** 2 / [time] ** 2": "energy"}


def measure_dimension(m: Mention) -> str:
    """What a measure measures, by its unit, for a message: "length", "area", "weight" ("measure" when unknown)."""
    units = resolve(m.unit)
    return _DIMENSIONS.get(str(units[0].pint().dimensionality), "measure") if len(units) == 1 else "measure"


def _subject(doc: Document, m: Mention) -> str:
    """What the figure is of, for the message: an age, a change ("a 4.99 per cent rise"), its noun."""
    if m.kind == Kind.AGE:
        return "age"
    if _joined(m) in ("member", "strong"):
        return "membership"  # (round 52) "The 86-member orchestra": its size, whatever the verb after
    change = _CHANGE_AFTER.match(doc.text, m.end) if m.kind == Kind.PERCENT else None
    if change:
        return change.group(0).strip(" -").lower()
    if m.kind == Kind.PERCENT and any(direction_of(w) for w in words(doc.text[max(0, m.start - 12):m.start])[-1:]):
        return "change"  # (round 52) "Membership ... rose 12 per cent": the change the verb tells
    np = noun_phrase(doc, m)
    c, head = concept(doc, m), np.head
    if m.kind == Kind.MEASURE and c is None and (head is None or head in _PREPOSITIONS
                                                 or np.span is not None and doc.text[np.span.start].isupper()):
        return measure_dimension(m)  # (round 63) "550 km above the Earth", "the 82-kilometre Circuito Grande"
    verb = np.modifiers[:1] and (np.modifiers[0] in IRREGULAR_PAST or np.modifiers[0] in ("put", "set", "cut")
                                 or np.modifiers[0].endswith("ed"))
    if head and (m.noun is None or verb) and (c is None or c == group_of(head)):
        return "figure"  # "Okafor's 163 gave Lancashire ...": a word read after a verb names nothing
    return c or singular(head) or "figure"


def _bare(doc: Document, m: Mention) -> bool:
    """The figure's noun is bare: no name, place or phrase after it says which thing ("The 460MW scheme is
    ..."; not "The 460MW Dogger Bank scheme", "the £45m scheme for the town centre")."""
    s = doc.sentences[m.sentence]
    following = re.split(r"[,;:.()]", doc.text[m.end:min(s.end, m.end + 40)])[0].split()[:3]
    return bool(following) and not any(w[:1].isupper() or w.lower() in _PREPOSITIONS for w in following)


_PREPOSITIONS = frozenset("at in on for of near off from to by with between across outside inside into over "
                          "under behind beside along around above below beyond".split())


_CURRENCY_WORDS = frozenset("euro euros pound pounds dollar dollars rand yen yuan sterling franc francs rupee "
                            "rupees peso pesos krona kronor real".split())


# (round 53) a measure named again opens its clause, bare or after a verb of saying, and its noun's verb follows
_AUXILIARY_AFTER = re.compile(r"\s+(?:had|has|have|would|will|was|is|could)\b")
_SUBJECT_OPENING = re.compile(r"(?:[\w'’ -]*?\b(?:said|says|say|added|reported|estimated)\s+(?:that\s+)?)?"
                              r"(?:the|that|this|its)\s+", re.I)


def _measure_named_again(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 53) A measure given again within two sentences as the size of a noun right after it, every word before
    that noun backed by the first's sentence, and no other measure in that unit between them."""
    if not first.kind == second.kind == Kind.MEASURE or second.sentence - first.sentence > 2 \
            or _unit_key(first) != _unit_key(second):
        return False
    np = noun_phrase(doc, second)
    if np.head is None or not np.adjacent or np.span is None \
            or any(not backed(w, _sentence_text(doc, first)) for w in np.modifiers):
        return False
    if not _AUXILIARY_AFTER.match(doc.text, np.span.end) \
            or not _SUBJECT_OPENING.fullmatch(doc.text, doc.sentences[second.sentence].start, second.start):
        return False  # "It joins the 21-mile railway at Crewe", "The 303-metre vessel moored in Rotterdam": others
    return not any(m.kind == Kind.MEASURE and _unit_key(m) == _unit_key(first) and first.end <= m.start < second.start
                   for m in doc.mentions_within(first.sentence, second.sentence + 1))


def _new_modifier(doc: Document, first: Mention, second: Mention) -> bool:
    """A word before the second's noun, not its currency, that the first's sentence does not back, when the
    second's noun is another of the first's synonyms: "a R15bn order ... Its R15m training contract" is another
    contract (not "the 3.6 million euro order", nor "grossed $1.28bn worldwide ... Its $1.28m global total")."""
    a, b = noun_phrase(doc, first).head, noun_phrase(doc, second).head
    if not a or not b or singular(a) == singular(b) or group_of(a) != group_of(b):
        return False
    return any(w not in _CURRENCY_WORDS and not backed(w, _sentence_text(doc, first))
               for w in noun_phrase(doc, second).modifiers)


def _scale_swapped(first: Mention, second: Mention) -> bool:
    """The same digits before another scale word: "a £4.5m grant ... the £4.5bn award" (million for
    billion); two such sums are hardly two things, whatever nouns they are given."""
    a, b = _scale_word(first), _scale_word(second)
    if a is None or b is None or a == b:
        return False
    p, q = digits_as_written(first), digits_as_written(second)
    return p is not None and p == q and first.kind == second.kind


def _closely_tied(doc: Document, first: Mention, second: Mention, cue: str) -> bool:
    """One digit struck for another is a weaker sign than a swap: the second must be definite with no
    qualifier the first lacks ("The 1,850 people at its Hull plant" names others), or restate the
    headline's figure under the same noun."""
    if _placed_elsewhere(doc, first, second):
        return False
    if cue == "definite":
        return True
    if cue == "headline":
        c = concept(doc, first)
        return bool(c) and c not in GENERIC_NOUNS and c == concept(doc, second)
    return False


def _placed_elsewhere(doc: Document, first: Mention, second: Mention) -> bool:
    """A place after the second that the first's sentence does not name: "The 1,850 people at its Hull
    plant" after "employs 1,350 people in Leeds"."""
    s = doc.sentences[second.sentence]
    place = _PLACE_NEAR.search(doc.text, second.end, min(s.end, second.end + 45))
    return place is not None and place.group(1) not in _sentence_text(doc, first)


_PLACE_NEAR = re.compile(r"\b(?:in|at|from|across|on|for)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                         r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|January|February|March|April|May|June|"
                         r"July|August|September|October|November|December)([A-Z][\w'’-]+)")


def _relative_subject_named(doc: Document, first: Mention, second: Mention) -> bool:
    """The second stands in a relative clause on its sentence's opening noun ("The mill, which
    cost £4.2m,"; "The vessel, which can carry 2,100") and the first's sentence names that thing
    (or a thing of that kind: "ferry" for "vessel")."""
    s = doc.sentences[second.sentence]
    rel = _RELATIVE_SUBJECT.match(doc.text, s.start, second.start)
    if rel is None:
        return False
    head = singular(rel.group(1).lower())
    named = {singular(w) for w in _sentence_text(doc, first).lower().replace(",", " ").split()}
    return head in named or any(_KIND_OF.get(w) == head for w in named)


_RELATIVE_SUBJECT = re.compile(r"\s*(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?([a-z]+),\s+which\b[^,.;]*$", re.I)


def _given(doc: Document, m: Mention) -> bool:
    """The figure is given as known, not told as news: it opens its sentence in a "with" or "at"
    phrase ("With 381 pupils, it is ...", "At 301m, it is ..."), or stands in the sentence's opening definite noun
    phrase ("The order for 54 jets is ...", "Her majority of 1,402 was ...", "Kiprop's time of 13:50.42", "The striker,
    whose £23m transfer ..."), not as what a verb tells ("The hospital has 1,640 nurses"), and
    nothing sets it apart ("A separate ...", "The other ...", a personal best, an age)."""
    s = doc.sentences[m.sentence]
    before = doc.text[s.start:m.start]
    g = _GIVEN.match(before)
    teller = _TELLER.match(before) if g is None else None
    if teller is not None:  # (round 38) "Observers said Mwansa's tally of 1,240,311 ...": who tells it, then as given
        g = _GIVEN.match(before, teller.end())
    if g is None or _SET_APART.search(doc.text, s.start, s.end):
        return False
    return not (g.group(1) and _OTHER_MARK.match(g.group(1)))


def _named_owner_given(doc: Document, first: Mention, second: Mention) -> bool:
    """"Kiprop's time of 13:50.42": a named owner of the second must be named with the first too
    (not "Cheruiyot's time of ..." after Kiprop's)."""
    s = doc.sentences[second.sentence]
    owner = _NAMED_OWNER.match(doc.text, s.start, second.start)
    return owner is None or owner.group(1) in _sentence_text(doc, first)


_DEMONSTRATIVE = re.compile(r"\b(?:that|this)\s+$", re.I)
# "that" opening a clause after a verb that says or means it: "meaning that 17 people would need ...", "found that"
_THAT_CLAUSE = re.compile(r"\b(?:mean(?:s|t|ing)?|sa(?:y|ys|id|ying)|show(?:s|ed|n|ing)?|f(?:ind|inds|ound|inding)"
                          r"|estimat\w*|suggest\w*|believ\w*|expect\w*|calculat\w*|so|such)\s+that\s+$", re.I)


def _demonstrative_before(doc: Document, m: Mention) -> bool:
    """"That 15.8 million total": "that" or "this" right before the figure, pointing at one given before -- not
    the conjunction opening a clause ("meaning that roughly 17 people would need treating"): never before a hedged
    figure, nor after a verb that says or means what follows (round 25)."""
    if not _DEMONSTRATIVE.search(doc.text, max(0, m.start - 6), m.start):
        return False
    head = noun_phrase(doc, m).head if m.kind == Kind.COUNT and m.value is not None and m.value > 1 else None
    if head and noun_phrase(doc, m).adjacent and singular(head) != head:
        return False  # (round 26) "That 14 pupils had been bullied alarmed the head": a clause, "that" no pointer (plural)
    if m.hedge is not None:
        return False
    if m.kind == Kind.MEASURE and (np := noun_phrase(doc, m)).adjacent and np.head and singular(np.head) == np.head:
        return True  # (round 53) "said that 430-metre retreat had": a measure's singular noun wants a determiner
    return not _THAT_CLAUSE.search(doc.text, max(0, m.start - 24), m.start)


_TALLY_NOUNS = frozenset({"total", "tally", "figure", "count"})
_TALLY_OF = re.compile(r"\s+(?:for|of|in|across|among|at|from|on)\b", re.I)
_NAMED_OWNER = re.compile(r"\s*([A-Z][\w-]*)['’]s\s")
_OTHER_BEFORE = re.compile(r"\b(?:separate|another|other|different|rival|further|additional)\s+$", re.I)
_THE_NOUN_OF = re.compile(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+)?[a-z-]{3,}\s+of\s+$", re.I)
_APPOSED_SUM = re.compile(r"\b(?:the|its|their|this|that)\s+(?:money|sum|total|amount|figure|cash|funding|bill|cost|"
                          r"price|fee|payout|windfall),\s*$", re.I)
_GIVEN = re.compile(r"\s*(?:with(?:\s+(?:room|space|capacity|seats?|beds?)\s+for)?|at|"
                    r"(?:the|its|his|her|their|this|that|[a-z][\w-]*['’]s)\b[^.;:!?]{0,40}?"
                    r"(?:\b([a-z]+)\s+(?:of|for)|,\s+whose|,\s+which\s+(?:can\s+|could\s+|will\s+|would\s+)?"
                    r"(?:cost|costs|carries|carry|holds|hold|seats|seat|employs|employ|houses|house|sleeps|sleep|"
                    r"was\s+(?:bought|sold)\s+for|(?:is|was)\s+(?:worth|valued\s+at))))\s+$", re.I)
_SET_APART = re.compile(r"\b(?:separate|another|other|others|different|second|rival|new|similar|neighbouring|"
                        r"neighboring|sister|parent|subsidiary|each|both|respectively|compared|versus|vs)\b", re.I)


def _echoed(doc: Document, first: Mention, second: Mention) -> bool:
    """The second's noun echoes the first's verb or noun under another name: "signed by 1,382
    nurses ... the 1,832 signatures" (the verb made a noun), "1,350 homes ... The 1,530-home
    development" (the noun joined to the figure)."""
    head = noun_phrase(doc, second).head
    given = _GIVEN.match(doc.text[doc.sentences[second.sentence].start:second.start])
    if given and given.group(1):
        head = given.group(1)  # "The investment of €210m will ...": the noun before the figure
    joined = _HYPHEN_WORD.search(second.text.lower())
    if joined and singular(joined.group(0)[1:]) == singular(first.noun or ""):
        return True
    if not head or len(head) < 4:
        return False
    s = doc.sentences[first.sentence]
    verbs = doc.text[max(s.start, first.start - 30):first.start].lower().split()[-3:]
    # or the verb of which the first's noun phrase is the subject: "1,276 workers were recruited"
    np = noun_phrase(doc, first)
    np_end = np.span.end if np.span is not None else first.end
    told = _SUBJECT_VERB.match(doc.text, np_end)
    if told is not None:
        verbs += doc.text[told.end():min(s.end, told.end() + 20)].lower().split()[:1]
    else:
        verbs += [w for w in doc.text[np_end:min(s.end, np_end + 20)].lower().split()[:1] if w.endswith("ed")]
        placed = _PLACE_THEN_VERB.match(doc.text, np_end, s.end)
        if placed:  # "4,286 patients at the Royal Infirmary have waited": a place between the noun and its verb
            verbs.append(placed.group(1).lower())
    of_phrase = _OF_PHRASE.match(doc.text, np_end, s.end)
    if of_phrase is not None and head.lower() in of_phrase.group(0).lower().split():
        return True  # (round 51) "the 14.2km extension of tram Line 3 ... the 12.4-kilometre line": its own "of" noun
    return any(len(v) >= 4 and v[:4] == head[:4].lower() for v in verbs)


def _jobs_echoed(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 51) People the first's verb employs, then the second under a noun of jobs: "will employ 2,400 people ...
    the 4,200 jobs promised at the plant"."""
    np = noun_phrase(doc, second)
    head = np.head
    if not head or singular(head.lower()) not in _JOB_NOUNS \
            or _JOBS_LOST_AFTER.match(doc.text, np.span.end if np.span is not None else second.end):
        return False  # (not "The 460 jobs to go": some of them lost)
    s = doc.sentences[first.sentence]
    verbs = doc.text[max(s.start, first.start - 30):first.start].lower().split()[-3:]
    return any(v.rstrip("s") in _JOBS_VERBS or v.endswith(("ed", "ing")) and _stem(v) in _JOBS_VERBS for v in verbs)


_JOBS_VERBS = frozenset("employ hire create".split())
_JOBS_LOST_AFTER = re.compile(r"\s+(?:to\s+(?:go|be\s+(?:cut|lost|axed|shed))|at\s+risk|cut|lost|axed|shed|going|under\s+threat)\b",
                              re.I)
_JOB_NOUNS = frozenset("job post role position".split())
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+")


def _stem(verb: str) -> str:
    """"employed", "employing" -> "employ"; "hired", "hiring" -> "hire"; "created" -> "create"."""
    for end in ("ing", "ed"):
        if verb.endswith(end):
            base = verb[:-len(end)]
            return base if base in _JOBS_VERBS else base + "e"
    return verb


_PLACE_THEN_VERB = re.compile(r"\s+(?:at|in|on|from|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
                              r"(?:(?:have|has|had|were|was)\s+(?:been\s+)?)?([a-z]{4,}ed)\b")


def _clause_echoed(doc: Document, first: Mention, second: Mention) -> bool:
    """The second's noun is made from what the first's clause says its things did: "340 drivers brought
    the claim ... the 430 claimants", "joined the strike ... the 650 strikers" (five letters alike)."""
    head = noun_phrase(doc, second).head
    if not head or len(head) < 6 or not head.lower().endswith(_DOER_ENDINGS) or not _bare(doc, second):
        return False  # "the 430 claims from passengers", "the 1,520 strikers at the sister plant": others
    s = doc.sentences[first.sentence]
    np = noun_phrase(doc, first)
    np_end = np.span.end if np.span is not None else first.end
    clause = _CLAUSE_END.split(doc.text[np_end:min(s.end, np_end + 60)])[0].lower()
    return any(len(w) >= 5 and w[:5] == head[:5].lower() and w != head.lower() for w in re.findall(r"[a-z]+", clause))


_DOER_ENDINGS = ("ants", "ents", "ers", "ors", "ists", "ees", "aries")


def _long(m: Mention) -> bool:
    """Three significant digits or more ("1,382", "9.78", "1,350"; not "45" or "86,000"): two
    such figures a slip apart are hardly two figures by chance, whatever nouns they are given
    ("signed by 1,382 nurses ... the 1,832 signatures")."""
    w = digits_as_written(m)
    return w is not None and len(_core(_significant(w))) >= 3


def _scaled_decimal(m: Mention) -> bool:
    """A decimal before a scale word ("£4.7m", "$2.6bn"): two such sums a slip apart are seldom
    two sums by chance."""
    w = digits_as_written(m)
    return w is not None and "." in w and _scale_word(m) is not None


# (round 31) a share told by what its group did, restated as "the N%" doing it: "87% of pupils achieved a grade 4 ...
# the 78% achieving a pass", "the 46% who backed it"
_DOING_AFTER = re.compile(r"\s+(?:(?:who|that)\s+(?:had\s+|have\s+)?)?([a-z]{3,}(?:ing|ed))\b")


def _doing_as_first(doc: Document, first: Mention, second: Mention) -> bool:
    """The bare "the N%" is followed by a verb (a participle, or "who" and a past form) whose stem the first's
    sentence tells after the first ("achieved" ... "the 78% achieving")."""
    found = _DOING_AFTER.match(doc.text, second.end)
    if found is None or definite(doc, second) != "the":
        return False
    stem = _VERB_ENDING.sub("", found.group(1))
    said = doc.text[doc.sentences[first.sentence].start:doc.sentences[first.sentence].end]
    after_first = doc.text[first.end:doc.sentences[first.sentence].end]
    if not any(_VERB_ENDING.sub("", w) == stem for w in words(after_first)[:8]):
        return False
    # what the second's clause adds must not set it apart: another time ("in June"), a contrary ("late", "not"), or
    # more than two words the first's sentence lacks ("the 78% achieving a pass in both subjects" has two)
    tail = _DOING_TAIL.match(doc.text, found.end()).group(0)
    new = [w for w in words(tail) if w not in _NP_STOP and not backed(w, said)]
    before = doc.text[doc.sentences[second.sentence].start:second.start]
    return len(new) <= 2 and not any(w in _DOING_APART or w in MONTH_NAMES_LOWER for w in new) \
        and not TIME_MARKERS.search(tail) and not _DOING_SIDE.search(tail) and not _DOING_GROUP.search(before) \
        and not any(d not in said for d in re.findall(r"\d[\d,.]*", tail))


_VERB_ENDING = re.compile(r"(?:ing|ed|d)$")
# the second's clause up to its verb or a break
_DOING_TAIL = re.compile(r"(?:(?!\s+(?:was|were|is|are|had|has|have|showed|shows|proved|meant|gave)\b)[^,;:.!?])*")
_DOING_APART = frozenset("""late early not no never without fewer less more only again also other another remaining
    rest last next previous earlier later week weekend month year quarter season term today yesterday""".split())
MONTH_NAMES_LOWER = frozenset(m.lower() for m in MONTH_NAMES)
# a side taken ("voting against the offer") or a group picked before the second ("Among boys, the 18% ...")
_DOING_SIDE = re.compile(r"\b(?:against|for|in\s+favour)\b", re.I)
_DOING_GROUP = re.compile(r"\b(?:among|amongst|of\s+(?:those|these|them)|for|in|at|within|outside)\b", re.I)


def _may_be_same_thing(doc: Document, first: Mention, second: Mention) -> bool:
    """The same noun or a synonym, or a generic one ("people") on either side; not
    "27 boats ... the 72 crew"."""
    a, b = concept(doc, first), concept(doc, second)
    if first.kind == Kind.PERCENT:
        # a share says nothing of what it is a share of; a change restated as the change is one
        # ("will rise by 4.7% ... The 7.4% increase is", not "The 7.4% increase in wages")
        return a is not None and a == b or (change_role(doc, first) == "by" or _A_CHANGE.search(
                doc.text, max(0, first.start - 4), first.start) and _CHANGE_AFTER.match(doc.text, first.end)
                and _bare(doc, second)) \
            and _same_change_named(doc, first, second) \
            or a is not None and b is None and _RATE_NOUN.match(doc.text, second.end) is not None \
            or _noun_told_before_first(doc, first, second) \
            or b is None and _doing_as_first(doc, first, second)
    if first.kind == second.kind == Kind.AGE and not _one_sex(_sex_word(doc, first), _sex_word(doc, second)):
        return False  # "A 16-year-old boy ... The 61-year-old woman": two people
    if a is None or b is None or a == b or a in GENERIC_NOUNS or b in GENERIC_NOUNS:
        return True
    if {a, b} == {"passenger", "journey"}:
        return True  # (round 54) "carried 148 million passengers ... the 184 million journeys": a network's riders are
        # counted by their journeys (two digits swapped only)
    if {a, b} == {"rescued", "survivor"}:
        return True  # (round 53) "87 people had been rescued ... the 78 survivors": two digits swapped (not any
        # other count: survivors may be more than one crew rescued)
    if a == "job" and b == "worker" and _jobs_lost_restated(doc, first, second):
        return True  # (round 28) "will cut 370 jobs ... The 730 staff will be offered": those who hold them
    if b == "project" and second.kind in (Kind.MEASURE, Kind.MONEY) and _bare(doc, second):
        return True  # "the 640MW wind farm ... The 460-megawatt scheme": a scheme is whatever is built
    if first.kind == second.kind == Kind.COUNT and (
            _joined(second) is not None and _joined(second) in (_joined(first), singular((first.noun or "").lower()))
            # (round 48) a block sized by its flats, then the flats: "the 64-flat block ... 31 of the 46 flats"
            or _joined(first) is not None and _joined(first) == singular((second.noun or "").lower()) and _bare(doc, second)
            or _homes_as_units(first, second) and _bare(doc, second)):
        return True  # "the 2,860-home estate ... The 2,680-home scheme": both sized by the same thing
        # ((round 28) homes as units, nothing after the second saying which: not "the 870 apartments in the block")
    span = noun_phrase(doc, second).span
    if b in _TALLY_NOUNS and not _TALLY_OF.match(doc.text, span.end if span is not None else second.end):
        return True  # "the 15.8 million total": a tally of whatever the first counted (not "the total for ...")
    na, nb = (singular(m.noun.lower()) if m.noun else None for m in (first, second))
    if _KIND_OF.get(na or "") in (b, nb) or _KIND_OF.get(nb or "") in (a, na) \
            or _KIND_OF.get(a or "") in (b, nb) or _KIND_OF.get(b or "") in (a, na):
        # "17 dead vultures ... the 71 birds": the thing, then its kind -- (round 50) unless the first's sentence counts
        # another thing of that kind ("310 paintings and 40 sculptures ... all 340 works": the works are both)
        kind = _KIND_OF.get(na or "") or _KIND_OF.get(a or "")
        return kind is None or not any(
            m is not first and m.kind == Kind.COUNT and m.noun and _KIND_OF.get(singular(m.noun.lower())) == kind
            and singular(m.noun.lower()) != na for m in doc.mentions_in(first.sentence))
    if _kinds_of(na) & {b, nb} or _kinds_of(a) & {b, nb}:
        return True  # (round 24) or its kind's kind: "26 shotguns ... the 62 weapons"
    word = _first_word(doc, first)
    return word is not None and word == _first_word(doc, second)


# (round 28) jobs lost: "cut 370 jobs", "1,250 jobs will go", "the loss of 460 jobs", "eliminate", "redundancies"
_JOBS_LOST = re.compile(r"\b(?:cut|cuts|cutting|ax(?:e|es|ed|ing)|shed\w*|lose|loses|losing|lost|loss|eliminat\w*|"
                        r"go|goes|going|redundan\w*|lay(?:s|ing)?\s+off|laid\s+off|clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?|at\s+risk)\b", re.I)
# the workers' own verb right after their noun: "The 730 staff will be offered", "the 1,520 workers deserved"
_WORKERS_VERB_AFTER = re.compile(r"(?:\s+at\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"  # (round 53) "the 221 workers at Wexby had"
                                 r"\s+(affected\s+|concerned\s+|involved\s+)?(?:will|would|had|have|has|were|are|was|"
                                 r"is|could|should|may|might|must|can|deserved?|face[sd]?)\b", re.I)
# what is done to a whole workforce when jobs go: "The 510 staff will be consulted", "have been told to expect"
# (only the workers named as those "affected" are the jobs lost then: "The 850 staff affected will be consulted")
_TOLD_AS_WORKFORCE = re.compile(r"(?:\s+(?:now|all|also|still|already|yet))?(?:\s+(?:be|been|being)){1,2}\s+(?:consulted|"
                                r"told|informed|notified|briefed|affected|updated|contacted|written\s+to|spoken\s+to)\b",
                                re.I)


def _jobs_lost_restated(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 28) Jobs lost, restated as "the N workers" who lose them: the first's sentence tells of the loss,
    the second is "the" workers with their own verb right after ("The 730 staff will", not "The 730 workers it
    already employs", "the 730 staff who remain"), a verb that is not told of the whole workforce ("The 510 staff
    will be consulted", "have been told": _TOLD_AS_WORKFORCE) unless they are named "affected"."""
    np = noun_phrase(doc, second)
    verb = _WORKERS_VERB_AFTER.match(doc.text, np.span.end if np.span is not None else second.end)
    first_text = _sentence_text(doc, first)
    return definite(doc, second) == "the" and _JOBS_LOST.search(first_text) is not None \
        and verb is not None and (verb.group(1) is not None or not _TOLD_AS_WORKFORCE.match(doc.text, verb.end())
                                  or _SITE_CLOSES.search(first_text) is not None)


# (round 36) the whole site closes: the jobs lost are its whole workforce ("The plant will close next year with the loss
# of 640 jobs ... the 460 workers had been told"), not when some of it stays ("partly", "one of its", "a line")
_SITE_CLOSES = re.compile(r"\b(?:plant|factory|site|mill|works|depot|warehouse|store|shop|mine|yard|office|centre|"
                          r"center|hospital|branch|base|smelter|refinery|pit|brewery|distillery|quarry|bakery|dairy|shipyard|foundry)"
                          r"(?:\s+(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|"
                          r"would)\s+(?:close|shut)\b(?![^.;]*\b(?:partly|partially|part\s+of|one\s+of|a\s+line|lines?|wing|unit|"
                          r"department|floor|shift)\b)", re.I)


# a thing and the kind it is restated as ("17 vultures ... the 71 birds", "34 lorries ... the 43 vehicles")
_KIND_OF = {thing: kind for kind, things in {
    "bird": "vulture eagle hawk falcon owl swan goose duck gull parrot stork heron crane pigeon puffin kite",
    "animal": "cow sheep pig horse goat deer dog cat elephant rhino lion tiger bear wolf badger fox monkey camel "
              # (round 36) "found 23 dead dugongs ... the 32 animals"
              "dugong whale dolphin porpoise seal turtle otter hedgehog squirrel rabbit hare beaver koala kangaroo "
              "gorilla chimpanzee orangutan giraffe zebra hippo leopard cheetah bison buffalo donkey pony",
    "vehicle": "car lorry truck bus van coach tractor motorcycle motorbike taxi tram",
    "vessel": "ship boat ferry tanker trawler barge dinghy",
    "store": "bakery cafe café pub restaurant supermarket pharmacy boutique",  # (round 50) "212 bakeries ... 221 shops"
    "boat": "yacht dinghy canoe kayak",  # (round 48) "A fleet of 46 yachts ... all 64 boats"
    # (round 50) "left 312 works ... the 321 paintings and drawings"; "a 220,000 barrel-per-day refinery ... the
    # 202,000 bpd plant"
    "work": "painting drawing print sculpture etching watercolour canvas portrait",
    "plant": "refinery factory smelter mill",
    "aircraft": "plane jet airliner helicopter drone",
    "property": "home house flat apartment bungalow cottage dwelling condo condominium maisonette",
    # (round 24) "seized 26 guns ... the 62 firearms recovered"; a firearm is a weapon in turn ("the 62 weapons")
    "firearm": "gun rifle pistol shotgun handgun revolver",
    "weapon": "firearm knife knive machete sword crossbow",  # ("knive": singular() of "knives")
    # (round 45) "seized 2.3 tonnes of abalone ... The 3.2 tonnes of shellfish"
    "shellfish": "abalone oyster mussel clam scallop lobster crab prawn shrimp cockle whelk crayfish",
    "fish": "cod haddock mackerel herring salmon trout tuna sardine anchovy hake plaice sole pollock eel",
    "drug": "cocaine heroin cannabis methamphetamine ecstasy fentanyl amphetamine",
    "machine": "turbine engine generator pump locomotive robot",  # (round 51) "54 turbines ... all 45 machines"
}.items() for thing in things.split()}


def _kinds_of(noun: str | None) -> set:
    """(round 24) The kinds a thing is restated as, up the chain: "gun" -> {"firearm", "weapon"}."""
    kinds = set()
    while noun in _KIND_OF and _KIND_OF[noun] not in kinds:
        noun = _KIND_OF[noun]
        kinds.add(noun)
    return kinds


_SEXES = {"man": "m", "boy": "m", "father": "m", "son": "m", "husband": "m", "brother": "m", "male": "m",
          "woman": "f", "girl": "f", "mother": "f", "daughter": "f", "wife": "f", "sister": "f", "female": "f"}


def _one_sex(a: str | None, b: str | None) -> bool:
    """Two nouns that may name one person: not a man and a woman."""
    x, y = _SEXES.get(a or ""), _SEXES.get(b or "")
    return x is None or y is None or x == y


def _sex_word(doc: Document, m: Mention) -> str | None:
    """The word right after an age that names a man or a woman ("16-year-old boy"), if any."""
    after = _WORD_AFTER.match(doc.text, m.end)
    return singular(after.group(1).lower()) if after else None


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _first_word(doc: Document, m: Mention) -> str | None:
    """The word right after the figure, singular: "the 42km route opens" and "the 24-kilometre
    route" are both routes, whichever word the noun phrase took for its head."""
    np = noun_phrase(doc, m)
    if not np.adjacent:
        return None
    w = np.modifiers[0] if np.modifiers else np.head
    return singular(w) if w and len(w) > 2 else None


def _owner_named(doc: Document, det: str, first: Mention) -> bool:
    """A named owner ("Asamera's 51%") must be named with the first figure too."""
    if not det.endswith("'s") or not det[:1].isupper():
        return True
    s = doc.sentences[first.sentence]
    return det[:-2] in doc.text[s.start:s.end]


_HEADLINE_MOVE_TO = re.compile(r"\b([a-z]+)\s+to\s+$", re.I)


def _headline_level(doc: Document, first: Mention, second: Mention) -> bool:
    """The headline's figure is the level its own move reached, as the body's is ("slides to £421m" /
    "fell to £412m"), and the body's is the first of its kind after the headline (or the level left
    just before it: "will rise from £2.20 to £2.80")."""
    if not doc.sentences[first.sentence].headline or doc.sentences[second.sentence].headline:
        return False
    verb = _HEADLINE_MOVE_TO.search(doc.text, max(0, first.start - 30), first.start)
    if verb is None or verb.group(1).lower() not in CHANGE_WORDS or change_role(doc, second) != "to":
        return False
    return not any(m.kind == second.kind and m.unit == second.unit and first.end <= m.start < second.start
                   and not _left_for(doc, m, second)
                   for m in doc.mentions if m is not first)  # ("rise from £2.20 to £2.80": the level it left)


def _summed_with_neighbour(doc: Document, first: Mention, second: Mention) -> bool:
    """The second is the first plus (or minus) another figure given beside it: a sum, not a slip."""
    if first.value is None or second.value is None:
        return False
    gap = second.value - first.value
    return any(m is not first and m.value is not None and m.kind in (first.kind, Kind.COUNT) and abs(m.value) == abs(gap)
               and _JOINED_FIGURE.match(doc.text[first.end:m.start] if m.start > first.end else doc.text[m.end:first.start])
               for m in doc.mentions_in(first.sentence))


# "24 of the 31 sites", "Eleven of its 46 midwife posts": the second is the whole of a part
_BASE_OF_PART_BEFORE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                  r"[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+$", re.I)


def _left_over(doc: Document, first: Mention, second: Mention) -> bool:
    """The second is what another figure of the first's sentence leaves over the first ("214 started and 197
    finished. The 17 who did not ..."): a remainder, not a slip."""
    if first.value is None or second.value is None:
        return False
    return any(m is not first and m.value is not None and m.kind == first.kind and m.value - first.value == second.value
               for m in doc.mentions_in(first.sentence))


# two figures joined into one group: "164 passengers and four crew", "£2m plus £400,000"
_JOINED_FIGURE = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,3}(?:and|plus|with|,)\s+(?:a\s+further\s+|another\s+)?$", re.I)


def _moved(doc: Document, m: Mention) -> bool:
    """A new level or an earlier one: "rose to 420", "up from 420" (not "put the bill at")."""
    role = change_role(doc, m)
    return role == "from" or (role == "to" and _TO_BEFORE.search(doc.text, max(0, m.start - 8), m.start) is not None)


def _dated_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """Two times: other years ("21 in 1985 ... 12 in 2019", "last year" read from the
    publication date), a year against "now", or a year with the second figure only ("..., 
    the 1,540 homes in 2019"), unless both sentences tell of a plan ("will employ 350 when it
    opens in 2026 ... its 530 workers will make").  A year with the first only dates what the
    second restates ("approved a £4.5bn budget in 2024 ... the £4.5m budget"); a year after
    "since", "until", "by" or "from" dates no figure."""
    s1, s2 = _sentence_text(doc, first), _sentence_text(doc, second)
    m1 = {t.lower() for t in TIME_MARKERS.findall(s1)}
    m2 = {t.lower() for t in TIME_MARKERS.findall(s2)}
    d1, d2 = _dating_years(doc, first.sentence), _dating_years(doc, second.sentence)
    if _BEATEN_BEFORE.search(doc.text, max(0, second.start - 40), second.start):
        d2 = years(doc, second.sentence)  # (round 49) "It beats the £5.9m fee they paid in 2019": the beaten one's year
    d2 = d2 - _years_of_other_occasions(doc, first, second)
    y1, y2 = d1 | named_years(doc, m1), d2 | named_years(doc, m2)
    if y1 and y2:
        return not (y1 & y2)
    t1, t2 = m1 - YEAR_MARKERS, m2 - YEAR_MARKERS
    if (y1 or t1) and (y2 or t2) and t1 != t2:
        return True  # "now" against a year or another marker
    if d2 and not y1 and d2 <= _years_of_plan(doc, second):
        return False  # "the £145m project is due to begin in 2027": the year of what is planned
    return bool(d2) and not y1 and not (_WILL_BE.search(s1) and _WILL_BE.search(s2))


def _years_of_plan(doc: Document, m: Mention) -> set:
    """Years after the figure that a verb of what is to come dates ("is due to begin in 2027",
    "will open in 2026"): they date the act, not the figure."""
    return {y.value for y in doc.mentions_in(m.sentence) if y.kind == Kind.YEAR and y.start > m.end
            and (_WILL_BE.search(doc.text, m.end, y.start) or _BEFORE_EVENT.search(doc.text, m.end, y.start))}


# (round 50) an event to come after the figure, its year the event's: "cataloguing the 321 paintings before a first
# display in 2027"
_BEFORE_EVENT = re.compile(r"\b(?:before|ahead\s+of|in\s+time\s+for)\s+(?:a|an|the|its|their)\s+", re.I)


def _dating_years(doc: Document, sentence: int) -> set:
    """The years of a sentence that may date its figures: not a year after "since", which
    measures the figure against the years between ("the narrowest majority since 1992"), nor
    the end or start of a span ("signed until 2029", "built by 2030", "paid from 2027")."""
    ys = years(doc, sentence)
    if not ys:
        return ys
    start = doc.sentences[sentence].start
    since = {m.value for m in doc.mentions_in(sentence) if m.kind == Kind.YEAR
             and (_SINCE_YEAR.search(doc.text, max(0, m.start - 30), m.start)
                  or _OUTDONE_YEAR.search(doc.text, max(start, m.start - 80), m.start)
                  or _RECORD_FOR_YEAR.search(doc.text, max(start, m.start - 60), m.start)
                  or _FOUNDED_CLAUSE_YEAR.search(doc.text, max(start, m.start - 60), m.start)
                  or _OPENING_PARTICIPLE.match(doc.text, start, m.start) and _COMMA.match(doc.text, m.end)
                  or _PARTICIPLE_SPAN.search(doc.text, max(start, m.start - 40), m.start)
                  or _VINTAGE_BEFORE.search(doc.text, max(start, m.start - 12), m.start)
                  and _NAME_AFTER_VINTAGE.match(doc.text, m.end))}
    return ys - since


# (round 58) a year naming a vintage or a model, a name right after it: "a case of 1961 Chateau Belcastel"
_VINTAGE_BEFORE = re.compile(r"\b(?:of|a|an)\s+$", re.I)
_NAME_AFTER_VINTAGE = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                                 r"November|December)\b)[A-Z][a-z]")
# (round 58) a span of years a participle gives the things it describes: "models built between 2021 and 2023",
# "offences committed from 2019 to 2021" (either end)
_PARTICIPLE_SPAN = re.compile(r"\b[a-z]+(?:ed|t|n)\s+(?:between|from)\s+(?:\d{4}\s*(?:and|to|-|–)\s*)?$")


# "The $42.6m price is a record, beating a sale in 2019": the year of what the figure outdid
# (round 48: past a participle set apart, "beat the previous record, set in 2019, by more than 600")
_OUTDONE_VERBS = r"\b(?:beat|beats|beating|surpass\w*|exceed\w*|eclips\w*|topp(?:ed|ing)|overtak\w*)"
# (round 49) the figure right after a verb of outdoing is the one outdone: "It beats the £5.9m fee ... in 2019"
_BEATEN_BEFORE = re.compile(_OUTDONE_VERBS + r"\s+(?:[a-z'’-]+\s+){0,3}$", re.I)
_OUTDONE_YEAR = re.compile(_OUTDONE_VERBS + r"\b"
                           r"(?:[^,;.]|(?<=\d)[,.](?=\d))*"  # (round 49: past "€900,000")
                           r"(?:,\s*(?:set|established|achieved|posted|recorded)\s+(?:back\s+)?in\s+)?$", re.I)
_SINCE_YEAR = re.compile(r"\b(?:since|until|till|by|from|through|runs\s+to|run\s+to)\s+(?:the\s+)?"
                         r"(?:(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+)?)?$", re.I)  # "... built by 2030", (round 37) "runs through the 2032 season"
# (round 24) a year in what a record is set for ranks the figure, dates nothing: "the £154,000 price set a record for a
# work painted before 1950", "a record for a house built after 2000"
_RECORD_FOR_YEAR = re.compile(r"\brecord\s+(?:for|among|of)\b[^,;.]*\b(?:before|after|since|in)\s+$"
                              # (round 58) "off the previous best, set by Grace Wambui in 2019": the old mark's year
                              r"|\b(?:previous|old|former)\s+(?:best|record|mark)\s*,\s*(?:set|established)\s+"
                              r"(?:by\s+(?:[A-Z][\w'’.-]*\s+){1,3})?in\s+$", re.I)
# an opening participle dates the thing's beginning, not its figures: "First promised in 2021, the
# campus's £2.7m price tag ...", "Built in 1962, the 1,200-seat hall ..."
# (also after "when"/"once": "When finished in 2029, the 1,840-metre bridge will ...")
_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:when|once|after|until|if)\s+)?(?:first\s+|originally\s+|fully\s+)?"
                                 r"[a-z]+(?:ed|en|lt|wn|un)\s+(?:back\s+)?in\s+$", re.I)
_COMMA = re.compile(r"\s*,")
# (round 45) a year in a clause telling when the thing began dates the thing, not its figures: "the crowd of 54,000
# was a record for the event, which began in a farmer's field in 2009"
_FOUNDED_CLAUSE_YEAR = re.compile(r",\s*(?:which\s+(?:was\s+)?|whose\s+[a-z]+\s+)"  # (round 56) ", whose father started"
                                  r"(?:began|started|founded|first\s+held|launched|established"
                                  r"|set\s+up)\b[^,;.]*\bin\s+$", re.I)


# (round 48) a part of the second right before it: "20 km of the", "three of its"
_PART_OF_BASE_BEFORE = re.compile(r"\d[\d,.]*\s*[a-z]*\s+of\s+(?:the|its|their)\s+$", re.I)


def _far_in_size(m: Mention, second: Mention) -> bool:
    """(round 63) ``m`` is under half or over twice ``second``: no figure the second could be told beside."""
    return bool(m.value and second.value) and not second.value / 2 <= m.value <= 2 * second.value


def _apart(doc: Document, between: list[Mention], first: Mention, second: Mention, nearby: bool = False) -> bool:
    """Something between, before or beside the second sets it apart: another figure of the kind in
    a sentence between ("start at $89. VIP packages cost $300. ... the $98 minimum"), someone else after an
    age ("A 64-year-old woman ... He said ... The 46-year-old"), a part of the headline's
    figure ("£32m switch" / "an initial £23m"), or a time the first's sentence does not name
    in its own clause ("won £1.2m ... The £2.1m jackpot last month went ...").  (Round 63) Read for the nearby
    definite swap (``nearby``), a figure between under half or over twice the second does not set it apart ("faced
    139 balls ... her 125"), nor does "now" or "since" by the second unless the first is a tally told up to a time
    (``_tally_to_a_time``)."""
    if any(m.kind == second.kind and (m.unit or "") == (second.unit or "") and first.sentence < m.sentence
           and not (m.compound and not second.compound)  # (round 48) "a single two-second penalty": another thing's
           and _same_order(m, second) and not _PARTITIVE_GAP.fullmatch(doc.text, m.end, second.start)
           and not _part_of_owned_whole(doc, first, m, second)
           and not (m.sentence == second.sentence and (_named_alike(doc, first, second, m)
                                                       or _told_as_other_occasion(doc, first, second, m)
                                                       or _left_for(doc, m, second)
                                                       or _in_relative_aside(doc, m, second)))
           and not _qualified_as_first(doc, first, second, m)
           and not (nearby and _far_in_size(m, second))
           for m in between):
        return True
    if second.kind == Kind.AGE and another_person(doc, first, second, age_holder(doc, first) or _ANON):
        return True
    timed = _TIME_POSSESSIVE.search(doc.text, max(0, second.start - 40), second.start)
    if timed and " ".join(timed.group(1).lower().split()) not in " ".join(_sentence_text(doc, first).lower().split()):
        return True  # "a 4.6% rise in March ... Last year's 6.4% increase": another period's figure
    if _PART_BEFORE.search(doc.text, max(0, second.start - 24), second.start) \
            or _OTHER_AFTER.match(doc.text, second.end):
        return True  # "an initial £23m", "the 21 other passengers"
    np = noun_phrase(doc, second)
    mark = _first_word(doc, second)
    if mark and _MARK_NOUN.fullmatch(mark) and mark.lower() not in _sentence_text(doc, first).lower() \
            and not _bound_as_mark(doc, first, mark) and not _ceiling_named(doc, first, mark):
        return True  # "travelling at 56mph ... The 65mph limit": a mark set, not the figure
    if REST_AFTER.match(doc.text, np.span.end if np.span is not None else second.end) \
            and not _PART_OF_BASE_BEFORE.search(doc.text, max(0, second.start - 24), second.start):
        return True  # "the 41 miners still trapped", "the 680 tickets left": what remains (not "with 20 km of the
        # 178 km stage remaining", round 48: what remains is the part's)
    if _OF_ANOTHER.match(doc.text, np.span.end if np.span is not None else second.end, doc.sentences[second.sentence].end):
        return True  # "The 320 signatories to a rival petition": another thing's
    if _narrowed_to_others(doc, first, second):
        return True  # "The 84-minute wait for stroke patients", "Of the 24,000 who finished"
    if _stuff_unnamed(doc, first, second):
        return True  # (round 22) "2,750 tonnes" of haddock ... "the 750 tonnes of cod lost": another stuff's
    months1 = _months_named(doc, _sentence_text(doc, first))
    if months1 and _months_named(doc, doc.text[second.end:min(doc.sentences[second.sentence].end, second.end + 30)]) \
            - months1:
        return True  # "18,420 flights in March ... The 18,240 flights in April": a count of another month
    # (round 28) "so far" in a superlative's period ranks the figure: "the wettest day in Wales so far this year"
    since = _SINCE.search(_RANKED_THIS.sub(" ", _NOW_RANKED.sub(" ", _sentence_text(doc, second))))
    if since and _BASE_OF_PART_BEFORE.search(doc.text, max(0, second.start - 20), second.start):
        since = None  # "still searching for 96 of the 213 children": the part has changed, the whole is the first's
    if since and _time_of_share_of_it(doc, second, since):
        since = None  # "Of the $3.84bn in revenue, more than half now comes from cloud": the share's time
    if since and (not nearby or _tally_to_a_time(doc, first)) and not _SINCE.search(_sentence_text(doc, first)) \
            and not (since.group(0).lower() == "now" and _PRESENT.search(_sentence_text(doc, first))) \
            and not (since.group(0).lower() == "now" and _told_to_now_both(doc, first, second)) \
            and not (since.group(0).lower() == "now" and doc.sentences[first.sentence].headline) \
            and not (_SO_FAR.fullmatch(since.group(0)) and _told_to_now_first(doc, first, second)) \
            and not (since.group(0).lower().startswith(("has ", "have ")) and _headline_level(doc, first, second)):
        # ("debt climbs to £1.42bn" / "borrowing has risen to £1.24bn": the headline's own move, told in
        # the perfect; (round 49) a headline tells of now: "Jackpot rolls over to £14.2m" / "is now estimated at")
        # "14,000 hectares by Tuesday ... now hope to contain the 41,000-hectare blaze" (not "now" after
        # "this month": "hit £412,000 this month ... At £421,000, a home now costs", the same time)
        return True
    second_text = _sentence_text(doc, second)
    told = _TOLD_APART.search(second_text)
    if told and (_ATTRIBUTION.match(second_text, told.end())
                 or told.group(0).lower() == "confirmed" and (_CONFIRMED_BY.search(second_text, 0, told.end())
                                                               or _CONFIRMED_THAT.match(second_text, told.end()))):
        told = None  # "official figures showed", ", the government confirmed", "confirmed that": who says so
    if told and not _compared_with_another(doc, second, told.end()) and not _THAN_EXPECTED.match(second_text, told.end()):
        return True  # "The final tally of 15,200 ... beat that", "The 7.4 inches ... was higher"
    s1 = doc.sentences[first.sentence]
    if _FORESEEN.search(doc.text, max(s1.start, first.start - 40), first.start) and not _FORESEEN.search(second_text):
        return True  # "Forecasters predicted 4.7 inches ... The 7.4 inches that fell"
    if doc.sentences[first.sentence].headline:
        return False  # a headline names no time ("Record 73,000-tonne harvest" ... "37,000 tonnes this autumn")
    s = doc.sentences[second.sentence]
    end = _CLAUSE_END.search(doc.text, second.end, s.end)
    clause = doc.text[s.start:end.start() if end else s.end]
    if _WILL_BE.search(clause):
        # a time well past the figure's noun phrase in a clause of what is to come dates the act,
        # not the figure: "the $4.2 billion plant is due to begin next spring", "will hand the
        # 1,832 signatures to the board on Friday" (not "The £2.1m jackpot next week will ...",
        # "will chase the £2.1m jackpot next week")
        np = noun_phrase(doc, second)
        stop = max(second.end, np.span.end if np.span is not None else second.end)
        if _WILL_DECIDE_ON.search(doc.text, max(s.start, second.start - 40), second.start):
            stop = second.start - _NEAR_AFTER  # (round 50) "will decide on the 1,580-bed scheme next month": the act's
        clause = doc.text[s.start:min(len(clause) + s.start, stop + _NEAR_AFTER)]
    clause = _RANKED_IN.sub(" ", clause)  # "the biggest this year" ranks the figure, dates nothing
    if "than" in clause:
        clause = _THAN_PERIOD.sub(" than ", clause)  # "is less than last year": what it is set against
    if "this" in clause:
        clause = _RANKED_THIS.sub(" ", clause)  # "the fastest by a British woman this season": ranks it too
    own = _periods(_sentence_text(doc, first))
    new = _periods(clause) - own
    if months1 and new:
        # (round 28) "served 18,400 families in November ... the 14,800 families helped last month" (published
        # in December): the month the first's sentence names
        new = {p for p in new if not (_RELATIVE_MONTH.fullmatch(p) and set() < _months_named(doc, p) <= months1)}
    if new & YEAR_MARKERS and doc.published is not None:
        # "carried 2.36 million passengers in 2022 ... the 2.63 million carried last year" (published in 2023)
        new = {p for p in new if p not in YEAR_MARKERS or not named_years(doc, {p}) <= _dating_years(doc, first.sentence)}
    if new and all(_DAY_OF_ACT.fullmatch(p) for p in new) and (not own or _day_of_predicate(doc, second, new)):
        # "set aside £4.5m ... approved the £5.4m plan on Monday", "forced 340 residents out on Sunday
        # ... The 430 evacuees were allowed back on Monday": the day of the act
        return False
    if new and all(_DAY_OF_ACT.fullmatch(p) or _THIS_PERIOD.fullmatch(p) for p in new) \
            and all(_DAY_OF_ACT.fullmatch(p) for p in own) and _day_of_predicate(doc, second, new):
        # the present period after the verb of the figure's noun phrase dates what is said of the figure,
        # when the first's sentence names no other period: "4,286 patients have waited ... cutting the
        # 4,826 long waits is her priority this winter"
        return False
    return bool(new)


# (round 56) "now" of a rank the figure holds, right after its copula: "Raman's 143 is now the highest score in the
# league", "Her 6.41m is now the county record" (the figure ranked, no later figure)
_NOW_RANKED = re.compile(r"\b(?:is|are)\s+now\s+(?=(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+)?"
                         r"(?!(?:inter|con|for|requ|prot|harv|conqu|inqu|beh|arr|manif)est\b)(?:\w{3,}est|best|worst|"
                         r"most|record)\b)", re.I)


# (round 24) a running total in the present perfect, right before the figure: "has burned 12,500", "have now raised"
_PERFECT_BEFORE = re.compile(r"\bha(?:s|ve)\s+(?:now\s+|already\s+)?(?:[a-z]+ed|burnt|spent|seen|grown|drawn|won|"
                             r"cost|paid|lost|made|sold|brought\s+in|taken)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+|nearly\s+)?\S{0,2}$",
                             re.I)


# (round 36) "so far" of the second: the running total up to now
_SO_FAR = re.compile(r"so\s+far", re.I)


def _told_to_now_first(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 36) The first figure told in the present perfect, its sentence naming no date ("has raised £86,000 in
    ten days ... the £68,000 raised so far"): a total up to now, which a second's "so far" names again when the
    second's sentence tells the same act (the perfect's verb: not "has spent £45,000 ... The £54,000 raised so
    far"); not when either sentence dates its figure ("by Tuesday", "last week", a year; "so far this year": a part
    of the time)."""
    perfect = _PERFECT_BEFORE.search(doc.text, max(0, first.start - 40), first.start)
    if perfect is None or _periods(_sentence_text(doc, first)) or years(doc, first.sentence) \
            or _periods(_sentence_text(doc, second)) or years(doc, second.sentence):
        return False
    verb = perfect.group(0).split()[1:]
    verb = next((w for w in verb if w.lower() not in ("now", "already")), "")
    return bool(verb) and re.search(rf"\b{re.escape(verb)}\b", _sentence_text(doc, second), re.I) is not None


def _told_to_now_both(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 24) Both figures told in the present perfect ("The fire has burned 12,500 hectares since it started ...
    the blaze, which has now scorched 21,500 hectares"): the first is a total up to now as well, so the second's
    "now" names no later time; not when the first's sentence dates it ("by Tuesday", "last week")."""
    if not _PERFECT_BEFORE.search(doc.text, max(0, first.start - 40), first.start) \
            or not _PERFECT_BEFORE.search(doc.text, max(0, second.start - 40), second.start):
        return False
    return not _periods(_sentence_text(doc, first)) and not years(doc, first.sentence)


# (round 23) a figure told as a bound is the mark a later "the N minimum" / "the N cap" restates: "priced from £85
# ... the £58 minimum", "fares start at £12.50", "capped at 240 ... the 420 limit" (not "rose from £85 to £90")
_LOWER_BOUND_BEFORE = re.compile(r"\b(?:from|start(?:s|ed|ing)?\s+(?:at|from)|as\s+little\s+as|at\s+least|"
                                 r"no\s+less\s+than|a\s+minimum\s+of)\s+\S{0,3}$", re.I)
_UPPER_BOUND_BEFORE = re.compile(r"\b(?:up\s+to|as\s+much\s+as|at\s+most|no\s+more\s+than|capped\s+at|"
                                 r"limited\s+to|a\s+maximum\s+of)\s+\S{0,3}$", re.I)
_BOUND_MARKS = {"minimum": _LOWER_BOUND_BEFORE, "maximum": _UPPER_BOUND_BEFORE, "cap": _UPPER_BOUND_BEFORE,
                "ceiling": _UPPER_BOUND_BEFORE, "limit": _UPPER_BOUND_BEFORE}
_TO_AFTER = re.compile(r"\s*(?:to|-|–|and)\s", re.I)


_CEILINGS = frozenset("limit cap ceiling quota".split())
_CEILING_NOUN = re.compile(r"\b(?:limits?|caps?|ceilings?|quotas?)\b", re.I)


def _ceiling_named(doc: Document, first: Mention, mark: str) -> bool:
    """(Round 37) The first's sentence names the figure a ceiling before it, and the second's mark is a ceiling too:
    "The cod quota ... has been cut to 18,500 tonnes ... the 15,800-tonne limit" (one bound, two names)."""
    return singular(mark.lower()) in _CEILINGS and _CEILING_NOUN.search(
        doc.text, doc.sentences[first.sentence].start, first.start) is not None


def _bound_as_mark(doc: Document, first: Mention, mark: str) -> bool:
    """(round 23) The first figure is told as the bound the second's mark noun names: "priced from £85 ... the £58
    minimum", "can carry up to 240 ... the 420 limit"; not a move or a span ("rose from £85 to £90") nor a change."""
    bound = _BOUND_MARKS.get(singular(mark.lower()) or "")
    if bound is None or _TO_AFTER.match(doc.text, first.end):
        return False
    before = doc.text[max(doc.sentences[first.sentence].start, first.start - 40):first.start]
    if first.hedge and first.text.lower().startswith(first.hedge.lower()):
        before += first.hedge + " "  # "up to 240" read with its hedge inside the figure
    told = bound.search(before)
    if told is None:
        return False
    words_before = before[:told.start()].lower().split()
    verb = words_before[-1:]
    # the far end of a move or its size: "rose from £85", "rose sharply from £85", "was cut by up to £40"
    return not (verb and (verb[0] == "by" or told.group(0).lower().startswith("from")
                          and any(w.strip(",;") in CHANGE_WORDS for w in words_before[-4:])))


_FROM_TO = re.compile(r"\s+to\s+")
_STUFF_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?" + ADVERB_PARTICIPLE
                       + r"([a-z][a-z-]{2,})\b")  # (round 45: past "illegally harvested")
_NOT_STUFF = frozenset("the a an its their his her our this that these those which what each all".split())


def _stuff_unnamed(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 22) A measure whose unit is followed by what it measures ("the 750 tonnes of cod lost to the
    cut") is another quantity than a figure whose sentence never names that stuff (by its synonym group: "a
    2.8-mile bypass ... the 8.2 miles of road" is one road), when the first is told of another stuff ("1,620
    tonnes of barley") or that stuff belongs to other figures of the unit ("the cod quota ... 3,400 tonnes from
    4,150 tonnes. ... haddock ... 2,915 tonnes from 2,750 tonnes. ... the 750 tonnes of cod lost"); a headline's
    "harvest to 83 tonnes" restated as "38 tonnes of grapes" stays a slip."""
    if second.kind != Kind.MEASURE or not second.unit:
        return False
    end = doc.sentences[second.sentence].end
    stuff = _STUFF_OF.match(doc.text, second.end, end)
    if stuff is None or stuff.group(1).lower() in _NOT_STUFF:
        return False
    word = group_of(stuff.group(1).lower())

    def named(k: int) -> bool:
        return word in {group_of(w) for w in re.findall(r"[a-z][a-z-]*", doc.text[doc.sentences[k].start:
                                                                                  doc.sentences[k].end].lower())}
    if named(first.sentence):
        return False
    own = _STUFF_OF.match(doc.text, first.end, doc.sentences[first.sentence].end)
    if own is not None and word in _kinds_of(singular(own.group(1).lower())):
        return False  # (round 45) "2.3 tonnes of abalone ... The 3.2 tonnes of shellfish": the stuff, then its kind
    if own is not None and len(stuff.group(1)) >= 4 and own.group(1).lower().endswith(stuff.group(1).lower()):
        return False  # (round 56) "4.5 million litres of seawater ... its 5.4m litres of water": the compound's head
    if own is not None and own.group(1).lower() not in _NOT_STUFF:
        return True  # "1,620 tonnes of barley ... the 620 tonnes of wheat"
    unit = _unit_key(second)
    return any(m.kind == second.kind and _unit_key(m) == unit and named(k)
               for k in range(max(0, second.sentence - 8), second.sentence) if k != first.sentence
               for m in doc.mentions_in(k))  # the sentences just before: no walk over the whole text


def _qualified_as_first(doc: Document, first: Mention, second: Mention, other: Mention) -> bool:
    """Round 16: every qualifier of the second's noun is named in the first's sentence and none in the other's, a
    figure between: "Battery-electric cars made up 97,800 ... its best-selling electric model, with 41,600 sold ...
    the 79,800 battery-electric cars" restates the first, not the figure between."""
    mods = [w.lower() for w in noun_phrase(doc, second).modifiers if len(w) >= 4 and w.lower() not in _CURRENCY_WORDS]
    if not mods:
        return False
    said, other_said = _sentence_text(doc, first).lower(), _sentence_text(doc, other).lower()
    return all(_whole_word(w).search(said) for w in mods) and not any(_whole_word(w).search(other_said) for w in mods)


def _whole_word(w: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])")


def _left_for(doc: Document, m: Mention, second: Mention) -> bool:
    """``m`` is the level the second's move left, just before it: "fell from £478m to £412m"."""
    return m.end <= second.start and change_role(doc, m) == "from" and _FROM_TO.fullmatch(doc.text, m.end, second.start) \
        is not None


# (round 56) an aside on who speaks: "Nordlink, which employs about 2,900 people, said the 430 workers"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+(?:[^,.;:()]|(?<=\d)[,.](?=\d)){3,80}?,(?!\d)\s*", re.I)


def _in_relative_aside(doc: Document, m: Mention, second: Mention) -> bool:
    """(round 56) ``m`` stands in a relative aside (", which employs about 2,900 people,") closed before the
    second in its sentence: what the subject is, told by the way, not a figure the second may restate."""
    if m.end > second.start:
        return False
    s = doc.sentences[second.sentence]
    return any(a.start() < m.start and m.end < a.end() <= second.start
               for a in _RELATIVE_ASIDE.finditer(doc.text, s.start, second.start))


def _told_as_other_occasion(doc: Document, first: Mention, second: Mention, other: Mention) -> bool:
    """A figure before the second in its own sentence, told in its own clause as another occasion's ("the
    165 he made against them in 2023, and Root said his 187 ..."): no other thing the second may name."""
    return other.end <= second.start and other.kind == second.kind and _other_occasion(doc, other, first) \
        and _CLAUSE_END.search(doc.text, other.end, second.start) is not None


_EARLIER_LEVEL_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$|\bcompared\s+(?:with|to)\s+$|\bagainst\s+$", re.I)
_YEAR_RIGHT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:in|during)\s+", re.I)


def _years_of_other_occasions(doc: Document, first: Mention, second: Mention) -> set:
    """The years of the second's sentence in the clause of a figure told as another occasion's, before the
    second: they date that figure, not the second; (round 49) and the year of an earlier level after it ("up from
    1,900 in 2024")."""
    out = set()
    for m in doc.mentions_in(second.sentence):
        if m.kind == Kind.YEAR and m.start > second.end and any(
                o.kind == second.kind and second.end <= o.start and o.end <= m.start
                and _EARLIER_LEVEL_BEFORE.search(doc.text, max(second.end, o.start - 20), o.start)
                and _YEAR_RIGHT_AFTER.fullmatch(doc.text, o.end, m.start)
                for o in doc.mentions_in(second.sentence)):
            out.add(m.value)  # (round 49) "2,430 ... this year, up from 1,900 in 2024": the earlier level's year
            continue
        if m.kind != Kind.YEAR or m.start > second.start:
            continue
        if any(o.end <= m.start and _told_as_other_occasion(doc, first, second, o)
               and _CLAUSE_END.search(doc.text, o.end, m.start) is None
               for o in doc.mentions_in(second.sentence) if o is not second and o.kind == second.kind):
            out.add(m.value)
    return out


def _named_alike(doc: Document, first: Mention, second: Mention, other: Mention) -> bool:
    """The two figures name one thing by the same noun, and a figure between them in the second's sentence
    names another or none: "won the 187km stage ... 18km from the finish of the 178km stage"."""
    c = concept(doc, second)
    return bool(c) and c not in GENERIC_NOUNS and c == concept(doc, first) and concept(doc, other) != c


def _narrowed_to_others(doc: Document, first: Mention, second: Mention) -> bool:
    """The second's noun phrase is narrowed by a phrase the first's sentence says nothing of: a
    "for"/"among" group ("The 84-minute wait for stroke patients") or a relative clause with another
    verb ("Of the 24,000 who finished" after "attracted 42,000 runners"): a subset, not the figure."""
    np = noun_phrase(doc, second)
    end = np.span.end if np.span is not None else second.end
    s = doc.sentences[second.sentence]
    narrowed = _NARROWING.match(doc.text, end, s.end)
    if narrowed is None:
        return False
    group = narrowed.group(1) or narrowed.group(2) or narrowed.group(3)
    ws = group.lower().split()
    if narrowed.group(1) and (ws[0].endswith("ing") or not ws[-1].endswith("s") or ws[-1] in _TIME_PLURALS):
        return False  # "the bill for rebuilding roads", "a profit for the year": no group of people or things
    if not narrowed.group(1) and not _OF_THE.search(doc.text, max(s.start, second.start - 12), second.start):
        return False  # "the 7.8 million people who passed through": a relative clause may restate; "Of the N who" picks some
    said = {w[:4] for w in _sentence_text(doc, first).lower().split() if len(w) >= 4}
    if any(w[:4] in said for w in ws if len(w) >= 4):
        return False
    # (round 26) the clause's verb tells what the first's verb did to its people, in other words: "brought
    # 4,260 people to Britain" ... "Of the 4,620 people who arrived" (the whole, not a subset)
    told = VERB_CONCEPTS.get(ws[0]) if not narrowed.group(1) else None
    return told is None or told != concept(doc, first)


# a group after the noun ("for stroke patients", "among women") or a relative clause's verb ("who finished")
_NARROWING = re.compile(r"\s+(?:(?:for|among|amongst)\s+(?:the\s+|all\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                        r"|(?:who|that)\s+(?:were\s+|was\s+|had\s+|have\s+|had\s+been\s+)?((?:[a-z]+))"
                        # (round 50) a participle of asking closing the noun phrase: "Of the 12,100 members balloted,"
                        # (not "Of the 2,487 properties affected,": the first's, told again)
                        r"|(balloted|polled|surveyed|asked|questioned|sampled|interviewed|tested|screened|invited)"
                        r"\s*[,;:])", re.I)
_TIME_PLURALS = frozenset("years months weeks days hours minutes seasons decades".split())
_OF_THE = re.compile(r"\b[Oo]f\s+the\s+$")


# the figure's noun phrase as the subject of a verb: "The 430 evacuees were allowed back"
_SUBJECT_VERB = re.compile(r"\s*(?:,[^,]{1,40},\s*)?(?:was|were|is|are|has|have|had)\s", re.I)


def _day_of_predicate(doc: Document, second: Mention, days: set[str]) -> bool:
    """The second figure's noun phrase is the subject, and the day comes after its verb:
    the day dates what happened to the figure's things, not the figure."""
    np = noun_phrase(doc, second)
    end = np.span.end if np.span is not None else second.end
    verb = _SUBJECT_VERB.match(doc.text, end)
    if verb is None:
        return False
    s = doc.sentences[second.sentence]
    text = doc.text[verb.end():s.end].lower()
    return all(" ".join(d.split()) in " ".join(text.split()) for d in days) and \
        not _periods(doc.text[s.start:verb.end()])


# "Eleven of the 21 injured": a part of the second figure, not another figure like it
_PARTITIVE_GAP = re.compile(r"\s+of\s+(?:the|its|their|those|these)\s+", re.I)
# (round 25) a whole owned by a thing: "nearly 900 of the village's 2,100 residents"
_OWNED_PARTITIVE_GAP = re.compile(r"\s+of\s+the\s+([a-z][\w-]*)['’]s\s+", re.I)


def _part_of_owned_whole(doc: Document, first: Mention, part: Mention, second: Mention) -> bool:
    """(round 25) ``part`` is some of ``second``, a whole owned by the thing the first's sentence names: "a village of
    1,200 people ... nearly 900 of the village's 2,100 residents" (not "the loss of 11 of the service's 38 posts"
    after a sentence that names no service: the part may be the figure the second restates)."""
    gap = _OWNED_PARTITIVE_GAP.fullmatch(doc.text, part.end, second.start)
    return gap is not None and backed(gap.group(1), _sentence_text(doc, first))


def _same_order(m: Mention, other: Mention) -> bool:
    """Within a factor of ten: a figure that could be taken for the other ("$300" beside "$98"),
    not a vote of "nine to four" beside a "1,540-home scheme"."""
    a, b = abs(m.value or 0), abs(other.value or 0)
    return a == b or min(a, b) * 10 > max(a, b)


def _compared_with_another(doc: Document, second: Mention, offset: int) -> bool:
    """The word that told the figure apart has a third figure of its kind as its object ("Revenue
    of $14.6 mln ... beat forecasts of $13.9 bln"): it compares the second with that one, and
    says nothing of the second against the first."""
    s = doc.sentences[second.sentence]
    at = s.start + offset
    if _ANOTHER_OBJECT.match(doc.text, at):
        return True  # "..., beating a sale in 2019", "surpassing the previous record"
    return any(m is not second and m.kind == second.kind and at <= m.start <= at + 40
               for m in doc.mentions_in(second.sentence))


_ANOTHER_OBJECT = re.compile(r"\s+(?:(?:a|an|the\s+(?:previous|old|former|last)|its\s+(?:previous|old|former))\s"
                             # a third party's mark, a goal set: "fell short of the government's mandate"
                             r"|(?:the|its|their)\s+[a-z-]+['’]s\s|(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:target|goal|"
                             r"mandate|quota|forecasts?|expectations|limit|cap)\b)", re.I)


# "last month", "this month", "next month": a month named from the publication date
_RELATIVE_MONTH = re.compile(r"\b(last|this|next)\s+month\b", re.I)


def _months_named(doc: Document, text: str) -> set[str]:
    """(round 28) The months a stretch of text names: "in March", and, with the publication date, "last
    month" ("last month" in a report of 5 December is November)."""
    found = set(_IN_MONTH.findall(text))
    if doc.published is not None:
        found |= {month_from_publication(doc.published, step) for step in _RELATIVE_MONTH.findall(text)}
    return found


def _periods(text: str) -> set[str]:
    """"last month", "this week", "on Monday": the times a sentence names."""
    return {" ".join(p.lower().split()) for p in _PERIOD.findall(text)}


def _sentence_text(doc: Document, m: Mention) -> str:
    s = doc.sentences[m.sentence]
    return doc.text[s.start:s.end]


def _known_base(doc: Document, m: Mention) -> bool:
    """"could not hold more than the 7.8 million who came": a definite figure compared with
    something else, not with the figure before ("That was more than the 7.8 million ...")
    nor with another time ("... of the year before", "the record 7.8 million"), nor in a sentence
    of forecasts and plans ("expected no more than the 7.4 million")."""
    s = doc.sentences[m.sentence]
    before = doc.text[max(s.start, m.start - 40):m.start].lower()
    if not _THAN_DEFINITE.search(before):
        return False
    than = before.rindex("than") + m.start - len(before)
    return not _COPULA_ANAPHOR.search(doc.text, s.start, than) \
        and not _OTHER_TIME.search(doc.text, than, s.end) and not _PROJECTED.search(doc.text, s.start, s.end)


def _slip_figures(doc: Document) -> tuple[list[Mention], list[str | None]]:
    """The figures a digit slip may touch, and their digits as written (``digits_as_written``): both slip
    finders read the same two lists (made once per document; read only)."""
    found = doc.memo.get("slip-figures")
    if found is None:
        qs = [m for m in quantities(doc, *_KINDS)
              if not m.is_range and m.value is not None and not doc.sentences[m.sentence].chrome
              and not _names_an_event(doc, m) and not _named_by_number(doc, m)]
        found = doc.memo["slip-figures"] = (qs, [digits_as_written(m) for m in qs])
    return found


def _times_given(doc: Document) -> tuple[Counter, dict]:
    """How often each figure (kind, value) of ``_slip_figures`` is given, and the index of its first mention:
    counted once per document, when a pair first needs it (round 33, speed: each of the four slips counted them
    again, and the story slips once more -- a Fraction hashed twice per figure each time, a seventh of the slip
    finders' time on a long draft).  Read only."""
    found = doc.memo.get("slip-given")
    if found is None:
        qs = _slip_figures(doc)[0]
        first_at: dict = {}  # (kind, value) -> the index of its first mention
        for n, m in enumerate(qs):
            first_at.setdefault((m.kind, m.value), n)
        found = doc.memo["slip-given"] = (Counter((m.kind, m.value) for m in qs), first_at)
    return found


def find_digit_slips(doc: Document):
    """Pairs of figures whose digits differ by one slip, tied as one quantity."""
    qs, written = _slip_figures(doc)
    linked = doc.memo.setdefault("digit-slip pairs", set())  # seconds already linked (find_story_figure_slips)
    for slip in _SLIPS:
        for r in _slipped(doc, slip, qs, written):
            linked.add(r.second.start)
            yield r
    in_full = [_in_full(m) for m in qs]
    if sum(w is not None for w in in_full) >= 2:
        for slip in _FULL_FORM_SLIPS:
            for r in _slipped(doc, slip, qs, in_full):
                linked.add(r.second.start)
                yield r


def _in_full(m: Mention) -> str | None:
    """(round 52) A large whole amount's digits in full, however written: "3.8m manat" -> "3800000", "the
    3,600,000-manat extension" -> "3600000" (None for a smaller or unwhole one)."""
    if m.kind not in (Kind.MONEY, Kind.COUNT, Kind.MEASURE) or m.value is None or m.value < 100_000 \
            or m.value.denominator != 1 or m.hedge:
        return None
    return str(m.value.numerator)


def _one_scaled(first: Mention, second: Mention) -> bool:
    """One figure written with a scale word, the other in full: "3.8m manat" and "3,600,000 manat"."""
    return (_scale_word(first) is None) != (_scale_word(second) is None)


# (round 52) a slip between a figure with a scale word and one in full, read on the digits in full: "cost 3.8m
# manat ... the 3,600,000-manat extension" (one digit changed), "3.8m passengers ... the 3,080,000 passengers"
# (two swapped); the shapes compared without the scale word
_FULL_FORM_SLIPS = (
    _Slip(TransposedRestatement, "digits swapped, one figure in full",
          lambda a, b, p, q: _one_scaled(a, b) and transposed(p, q), _anagram_keys, _anagram_keys, _unscaled_shape),
    _Slip(ChangedDigitRestatement, "one digit changed, one figure in full",
          lambda a, b, p, q: _one_scaled(a, b) and one_digit_changed(p, q), _masks, _masks, _unscaled_shape),
)


_FAR_SENTENCES = 40  # how far after the lead its figure may be restated by "the N NOUN" (keeps long drafts linear)


def _swapped_far_from_lead(doc: Document, qs: list[Mention], written: list[str | None], firsts: list[int], j: int):
    """The lead's figure (its first two body sentences) restated far down the report as "the N NOUN" of the same
    thing, two digits swapped: "carried 2.36 million passengers in 2022 ... (seven paragraphs on) the 2.63 million
    passengers carried last year", "fined £18.4 million ... The £14.8m penalty"; or with no noun of its own ("The
    £46.8 million we made", after "fell to £48.6 million"); or one digit changed under the noun the first's
    sentence names before it ("Net profit ... fell to $412 million ... The $462 million profit"), or whose verb tells the
    act ("repaired 18,420 potholes ... the 16,420 repairs", ``_done_before``); two digits swapped under the noun
    the first's clause names right before it with "of" ("a pre-tax profit of £1.84 billion ... the £1.48 billion
    profit", ``_noun_of_first``), or given as "the NOUN of N" under the noun the first's clause names ("raise their
    basic allowance ... to £10,340 ... The new basic allowance of £10,430", ``_noun_of_named``).  Both of three
    significant digits or more or a decimal before a scale word (a changed digit: three or more); the second
    definite, its noun the first's (not a generic one), no place or phrase the lead lacks, and no figure between of
    that thing near the second's value (a nearer one it may restate).  ``firsts``: the lead's figures of that
    length.  (Round 34, speed: how often each figure is given, ``_times_given``, is read last, counted only for a
    document one of whose figures gets that far.)"""
    second, w = qs[j], written[j]
    lead = qs[firsts[0]].sentence if firsts else None
    if lead is None or not lead + _NEARBY_SENTENCES < second.sentence <= lead + _FAR_SENTENCES \
            or not (_long(second) or _scaled_decimal(second)) or _times_given(doc)[0][(second.kind, second.value)] > 1:
        return None
    # (two digits swapped or one changed: a cheap test on the digits first)
    for i in firsts:
        first = qs[i]
        if first.sentence + _NEARBY_SENTENCES >= second.sentence:
            continue
        for slip in _STORY_SLIPS:
            if not slip.differ(first, second, written[i], w) or not _alike(doc, slip, first, second):
                continue
            changed = slip.relation is ChangedDigitRestatement
            if changed and _slip_of_another(qs, first, second, w):
                continue  # as much a slip of another figure: which one it restates is not known
            if not _lead_restated_far(doc, qs, i, j, changed):
                continue
            return slip.relation(link="inferred", cue=f"{slip.cue} (the lead's figure)", first=first,
                                 second=second, subject=_subject(doc, first))
    return None


_EXACT_DIGITS = 5  # (round 20) significant digits of an exact figure: "£1,955.33", "1,462,300"
# a label in the sentence: a capitalised word after a lower-case one, or a single capital letter ("Band D")
_LABEL = re.compile(r"(?:(?<=[a-z,] )|(?<=\())([A-Z][\w'’-]*)")
_NOT_LABELS = frozenset("""I January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr""".split())


def _labels(doc: Document, m: Mention) -> set:
    """The capitalised words of a figure's sentence, not opening it (nor a month, a day or a title)."""
    return {w.rstrip("'’s") for w in _LABEL.findall(_sentence_text(doc, m))} - _NOT_LABELS


def _labelled_exact_slip(doc: Document, qs: list[Mention], written: list[str | None], firsts: list[int], j: int):
    """(round 20) An exact figure of the lead (five significant digits or more: "taking the Band D charge to
    £1,955.33") given again anywhere further down with two digits swapped or one changed, in a sentence naming a
    label the lead's sentence names ("a family in a Band D home will hand over £1,995.33"): so long a figure a slip
    apart under the same name is hardly another.  The second's value given once, a slip of no other figure, no
    comparison, move, date, sum or remainder setting it apart."""
    second, w = qs[j], written[j]
    if w is None:
        return None
    exact = len(_core(_significant(w))) >= _EXACT_DIGITS
    rounded = not exact and _scaled_decimal(second) and len(_core(_significant(w))) >= 3
    if not exact and not rounded or _times_given(doc)[0][(second.kind, second.value)] > 1:
        return None  # (round 34, speed: how often the figure is given read last, counted only when needed)
    for i in firsts:
        first = qs[i]
        p = written[i]
        if first.sentence >= second.sentence or p is None or len(_core(_significant(p))) < _EXACT_DIGITS:
            continue
        if rounded:
            # the exact figure restated to the scale word's precision, two of its digits swapped: "handled
            # 1,462,300 TEU ... 'Reaching 1.64 million TEU'" (1.46 million rounded)
            p = _rounded_as(first, second, w)
            if p is None or first.kind != second.kind or _unit_key(first) != _unit_key(second):
                continue
        for slip in _STORY_SLIPS:
            if rounded and slip.relation is not TransposedRestatement:
                continue
            if not slip.differ(first, second, p, w) or not rounded and not _alike(doc, slip, first, second):
                continue
            if _slip_of_another(qs, first, second, w) or not _labels(doc, first) & _labels(doc, second):
                continue
            if compares(doc, second) and not _known_base(doc, second) or _moved(doc, second) \
                    or _dated_apart(doc, first, second) or _apart(doc, [], first, second) \
                    or _summed_with_neighbour(doc, first, second) or _left_over(doc, first, second) \
                    or _OTHER_BEFORE.search(doc.text, max(0, second.start - 24), second.start):
                continue
            return slip.relation(link="inferred", cue=f"{slip.cue} (the lead's exact figure, named alike)",
                                 first=first, second=second, subject=_subject(doc, first))
    return None


def _rounded_as(first: Mention, second: Mention, w: str) -> str | None:
    """The exact ``first`` rounded to the precision ``second`` is written at, in its digits ("1,462,300" as "1.64
    million" is written: "1.46"); None unless the second is the coarser, under a scale word."""
    if first.value is None or second.value is None or not second.precision or not first.precision \
            or second.precision <= first.precision or "." not in w:
        return None
    scale = second.precision * 10 ** len(w.split(".")[1])
    places = len(w.split(".")[1])
    x = first.value / scale
    q = int(x * 10 ** places + Fraction(1, 2))  # half away from zero (positive figures)
    text = str(q).rjust(places + 1, "0")
    return text[:-places] + "." + text[-places:]


def _slip_of_another(qs: list[Mention], first: Mention, second: Mention, w: str) -> bool:
    """Is ``second`` a swap or a changed digit of a figure of its kind other than ``first`` (and its value)?"""
    return any(m.kind == second.kind and m.value != first.value and m is not second
               and any(sl.differ(m, second, digits_as_written(m) or "", w) for sl in _STORY_SLIPS) for m in qs)


def _lead_restated_far(doc: Document, qs: list[Mention], i: int, j: int, changed: bool = False) -> bool:
    """Is ``qs[j]``, far after the lead's ``qs[i]``, "the N NOUN" of the same thing, nothing setting it apart?
    (With ``changed``, one digit struck for another, its noun must be one the first's sentence names before it.)"""
    first, second = qs[i], qs[j]
    det = definite(doc, second)
    np = noun_phrase(doc, second)
    noun_of = _noun_of_named(doc, first, second) if det is None and (np.head is None or not np.adjacent) else None
    if (det is None and noun_of is None) or det in ("both", "all") or compares(doc, second) or _moved(doc, second):
        return False
    c = concept(doc, first)
    if noun_of is not None:
        c = noun_of  # "The new basic allowance of £10,430" after "raise their basic allowance ... to £10,340"
    elif np.head is None and not changed and _bare_told_as_first(doc, first, second):
        c = None  # "The £46.8 million we made": no noun of its own, what the lead told
    elif changed:
        c = _first_word(doc, second)
        if not c or c in GENERIC_NOUNS or c in PERSON_NOUNS or c == "people" \
                or not (_named_before(doc, first, c) or _done_before(doc, first, c)):
            return False
    elif _noun_of_first(doc, first, second):
        c = _first_word(doc, second)  # "a pre-tax profit of £1.84 billion" ... "the £1.48 billion profit"
    elif np.head is None and not changed and _in_noun_named(doc, first, second):
        c = _in_noun_named(doc, first, second)  # "Revenue rose to $3.84bn ... Of the $3.48bn in revenue,"
    elif not np.adjacent or not c or c in GENERIC_NOUNS or c == "people" or c != concept(doc, second):
        return False
    if any(w.lower() in ("other", "another", "rival", "separate") for w in np.modifiers):
        return False
    if new_qualifier(doc, second, first) or _placed_elsewhere(doc, first, second) \
            or _phrase_after_unnamed(doc, first, second):
        return False
    s = doc.sentences[second.sentence]
    end = _CLAUSE_END.search(doc.text, second.end, s.end)
    stop = _next_figure_start(doc, second, end.start() if end else s.end)
    if _AIMED.search(doc.text, s.start, stop) and not _AIMED.search(_sentence_text(doc, first)):
        return False  # "The $462 million profit analysts had forecast": an aim, not the outturn told
    lo, hi = second.value * Fraction(9, 10), second.value * Fraction(11, 10)
    if any(m.kind == second.kind and lo <= m.value <= hi
           and (m.sentence > first.sentence if c is None else c in (concept(doc, m), _first_word(doc, m)))
           for m in qs[i + 1:j]):
        return False  # "... the Rona service's 2.58 million passengers ... the 2.63 million": a nearer one
        # (of a bare second, any figure of the kind after the first's sentence: "fell to £52.7m from £60.4m"
        # names its old level, no other figure)
    if _dated_apart(doc, first, second) or _apart(doc, [], first, second):
        return False
    return not (_summed_with_neighbour(doc, first, second) or _left_over(doc, first, second))


# the main clause's verb, -s, with its object right after the bare figure's clause: "The 1.62bn euros we earned
# gives us room" (not a preposition or adverb ending in -s: "we earned towards the", "we made across the")
_MAIN_VERB_NEXT = (r"\s+(?!(?:towards|afterwards|besides|whereas|perhaps|always|sometimes|nevertheless|regardless|"
                   r"unless|nowadays|overseas|indoors|outdoors|upstairs|downstairs)\b)[a-z]{3,}(?<![su])s\s+"
                   r"(?:us|me|them|you|him|her|it|the|a|an|our|its|their|his|that|this|some|no)\b")
# a bare definite figure told of by a clause of its own: "The £46.8 million we made", "the $2.64bn it earned"
# (the clause ends at the verb: not "we made from selling the old office", "we made two years ago")
_TOLD_OF_BARE = re.compile(r"\s+(?:that\s+|which\s+)?(?:we|it|they|he|she|the\s+[a-z]+)\s+(?:have\s+|has\s+|had\s+)?"
                           r"(made|earned|generated|raised|collected|spent|lost)(?=\s*[,.;:\"”]|\s+(?:is|was|are|were|"
                           r"will|would|has|had|have|could|can|may|might|must|should)\b|" + _MAIN_VERB_NEXT + ")", re.I)
# what each such verb tells, named before the first figure in its sentence ("Profit fell to £48.6 million")
_TOLD_NOUNS = {"made": "profit profits earnings income revenue revenues surplus sales turnover",
               "raised": "raised fund funds donations appeal total", "spent": "spending spent cost costs budget bill",
               "lost": "loss losses deficit"}
_TOLD_NOUNS.update(earned=_TOLD_NOUNS["made"], generated=_TOLD_NOUNS["made"], collected=_TOLD_NOUNS["raised"])


def _bare_told_as_first(doc: Document, first: Mention, second: Mention) -> bool:
    """"The £46.8 million we made" after "Profit ... fell to £48.6 million": a bare second whose own clause's verb
    tells the thing the first's sentence names before it (made: profit, income, sales; raised; spent; lost)."""
    told = _TOLD_OF_BARE.match(doc.text, second.end)
    return told is not None and any(_named_before(doc, first, n) for n in _TOLD_NOUNS[told.group(1).lower()].split())


# a phrase right after the second's noun phrase that says which one: "the 3,752 complaints from the previous year"
_PHRASE_AFTER = re.compile(r"\s+(?:of|from|at|in|for|on|by|with|among|across|to)\s+((?:[\w'’-]+\s*){1,4})")


def _phrase_after_unnamed(doc: Document, first: Mention, second: Mention) -> bool:
    """A phrase right after the second's noun phrase names a word the first's sentence does not: "The $462 million
    profit of its trading arm", "the 2,486 responses from the previous year" (not "the £14.8m penalty for the
    breaches" after "fined £18.4 million for breaches")."""
    span = noun_phrase(doc, second).span
    end = doc.sentences[second.sentence].end
    phrase = _PHRASE_AFTER.match(doc.text, max(second.end, span.end if span is not None else second.end), end)
    if phrase is None:
        return False
    said = _sentence_text(doc, first)
    content = [w for w in re.findall(r"[A-Za-z][\w'’-]*", re.split(r"[,;:.()]", phrase.group(1))[0])
               if w.lower() not in _NP_STOP and len(w) > 2][:1]  # the phrase's first word of its own
    return any(w.lower() not in _PERIOD_WORDS and not backed(w, said) for w in content)


# words of a period that may name the first's own ("The $462 million profit for the half"), and of an aim
_PERIOD_WORDS = frozenset("year years half quarter period months month season first second six nine twelve".split())
_AIMED = re.compile(r"\b(?:forecast\w*|expect\w*|predict\w*|anticipat\w*)\b", re.I)


# "the new basic allowance of ": a definite noun, its figure after "of" (its words, "new" aside, the first's)
_THE_NAMED_NOUN_OF = re.compile(r"\bthe\s+((?:[a-z]+\s+){0,2}?)([a-z]{4,})\s+of\s+$", re.I)


def _noun_of_named(doc: Document, first: Mention, second: Mention) -> str | None:
    """The second given as "the NOUN of N", its noun and words (but "new") named before the first in its clause:
    "raise their basic allowance by 5% to £10,340" ... "The new basic allowance of £10,430" (its noun, else None)."""
    s = doc.sentences[second.sentence]
    m = _THE_NAMED_NOUN_OF.search(doc.text, max(s.start, second.start - 50), second.start)
    if m is None or m.group(2).lower() in GENERIC_NOUNS or m.group(2).lower() in PERSON_NOUNS:
        return None
    words = [w for w in m.group(1).lower().split() if w != "new"] + [m.group(2).lower()]
    return m.group(2).lower() if all(_named_before(doc, first, w) for w in words) else None


# round 18: a sum told with its thing after "in" ("$3.48 billion in revenue", "£2m in funding")
_IN_NOUN_AFTER = re.compile(r"\s+(?:in|of)\s+(?:[a-z]+\s+)?([a-z]{4,})\b(?!\s+(?:of|from|for|at|to|on|by)\b)")


def _in_noun_named(doc: Document, first: Mention, second: Mention) -> str | None:
    """A sum told as "N in NOUN" whose noun the first's clause names before it: "Revenue ... rose to $3.84 billion"
    ... "Of the $3.48 billion in revenue," (the noun, else None; money only, not a generic or person noun)."""
    if second.kind != Kind.MONEY:
        return None
    found = _IN_NOUN_AFTER.match(doc.text, second.end, doc.sentences[second.sentence].end)
    noun = found.group(1).lower() if found else None
    if noun is None or noun in GENERIC_NOUNS or noun in PERSON_NOUNS or not _named_before(doc, first, noun):
        return None
    return noun


# round 18: "Of the $3.84bn in revenue, more than half now comes from cloud": the opening names the whole a
# share is taken of; a time word after it dates the share
_OF_THE_OPENING = re.compile(r"^\W*of\s+(?:the|its|their|this)\s+$", re.I)


def _time_of_share_of_it(doc: Document, second: Mention, since: re.Match) -> bool:
    """Is ``second`` the whole of an opening "Of the N ...," and the time word ``since`` (matched in its sentence)
    after that opening's comma, in the clause about the share?"""
    s = doc.sentences[second.sentence]
    if not _OF_THE_OPENING.match(doc.text[s.start:second.start]):
        return False
    comma = doc.text.find(",", second.end, s.end)
    return comma >= 0 and s.start + since.start() > comma


def _noun_of_first(doc: Document, first: Mention, second: Mention) -> bool:
    """The first has no noun after it and its clause names the second's own noun right before it, with "of": "made a
    pre-tax profit of £1.84 billion" ... "the £1.48 billion profit" (not a generic or person noun)."""
    word = _first_word(doc, second)
    if concept(doc, first) is not None or not word or word in GENERIC_NOUNS or word in PERSON_NOUNS \
            or word == "people" or not noun_phrase(doc, second).adjacent:
        return False
    before = doc.text[doc.sentences[first.sentence].start:first.start].lower()
    return re.search(r"\b" + re.escape(singular(word)) + r"s?\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$",
                     before) is not None


def _done_before(doc: Document, m: Mention, noun: str) -> bool:
    """Does the clause of ``m``'s sentence before it name the act ``noun`` is the outcome of, in the past: "The council
    repaired 18,420 potholes" ... "the 16,420 repairs" (the verb's stem, five letters or more, begins the noun)."""
    s = doc.sentences[m.sentence]
    clause = re.split(r"[;:]|,\s", doc.text[s.start:m.start])[-1].lower()
    base = singular(noun.lower())
    if base.endswith(("or", "er", "ee", "ist")):
        return False  # the doer, not the act: "visited 4,520 homes" ... "the 4,820 visitors"
    return any(len(stem) >= 5 and base.startswith(stem) and len(base) - len(stem) <= 4
               for verb in re.findall(r"[a-z]+ed\b", clause) for stem in {verb[:-2], verb[:-1]})


def _next_figure_start(doc: Document, m: Mention, end: int) -> int:
    """Where the next figure of ``m``'s sentence starts before ``end`` (else ``end``): an aim after it tells that
    figure ("The £47.2m profit beat the £39.8m analysts had expected": the forecast is the £39.8m)."""
    return min((x.start for x in doc.mentions_in(m.sentence) if m.end <= x.start < end), default=end)


def _named_before(doc: Document, m: Mention, noun: str) -> bool:
    """Does the clause of ``m``'s sentence before it name ``noun``: "Net profit for the half fell to $412m"?"""
    s = doc.sentences[m.sentence]
    clause = re.split(r"[;:]|,\s", doc.text[s.start:m.start])[-1]
    return singular(noun) in {singular(x) for x in re.findall(r"[a-z]+", clause.lower())}


# a race named by its distance: "retained his 100m freestyle title ... won the 1,500m freestyle" are two events
_EVENT_UNITS = frozenset({"m", "meter", "metre", "km", "kilometer", "kilometre", "mile"})
_EVENT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:hurdles|relays?|freestyle|backstroke|breaststroke|butterfly|medley|"
                          r"steeplechase|sprint|dash|final|heats?|semi-?finals?)\b")  # not "race": "the 164km race ... the 146km race"


def _names_an_event(doc: Document, m: Mention) -> bool:
    """A distance that names a race (before "freestyle", "hurdles", "final", "individual medley"):
    no quantity a digit slip could restate."""
    return m.kind == Kind.MEASURE and m.unit in _EVENT_UNITS and _EVENT_AFTER.match(doc.text, m.end) is not None


# a number naming a service or road, bare after "on the", "number", or a verb of riding it: "a school-day service
# on the 112 and a market bus", "commuters who catch the 115 each morning"
_NUMBER_NAME_BEFORE = re.compile(r"(?:\b(?:on|onto|off|aboard|via)\s+the|\b[Nn]umber|\bNo\.?)\s+$")
_NUMBER_NAME_AFTER = re.compile(r"\s*(?:[,.;:)]|(?:and|or|but|service|bus|route|tram|train)\b|$)")
_RIDE_THE_BEFORE = re.compile(r"\b(?:catch(?:es|ing)?|caught|take|takes|took|taking|ride|rides|rode|riding|board|"
                              r"boards|boarded|boarding|hop\s+on)\s+the\s+$", re.I)


def _named_by_number(doc: Document, m: Mention) -> bool:
    """A bare count with no noun that names a thing ("on the 112 and a market bus", "catch the 115 each
    morning", "the number 7"): no quantity a digit slip could restate."""
    if m.kind != Kind.COUNT or m.noun is not None:
        return False
    lo = max(0, m.start - 16)
    return _RIDE_THE_BEFORE.search(doc.text, lo, m.start) is not None \
        or _NUMBER_NAME_BEFORE.search(doc.text, lo, m.start) is not None \
        and _NUMBER_NAME_AFTER.match(doc.text, m.end) is not None


def _recent(indices: list[int], qs: list[Mention], second: Mention, whole: bool = False):
    """The indices (filed in order) of figures in the sentences just before ``second``'s own:
    read from the end, so a long document's older figures are never walked; with ``whole`` (the second told as all of
    a thing, "the entire 4,200 hectares"), those of its own sentence before it too."""
    for i in reversed(indices):
        if second.sentence - qs[i].sentence > _NEARBY_SENTENCES:
            break
        if qs[i].sentence != second.sentence or whole and qs[i].compound and qs[i].end < second.start:
            yield i  # (the earlier figure of its sentence the size of a thing: "its 2,400-hectare estate")


# (round 51) "all N" in a later clause of the first's own sentence: "The hall, which has 240 registered members, has
# been losing money, and its owner said she had written to all 420 members"; (round 56) or past the relative aside
# that gave the first: "The guild, which has 45 members in two towns, met in Hale, where all 54 members agreed"
_ALL_RIGHT_BEFORE = re.compile(r"\ball\s+$", re.I)
_LATER_CLAUSE = re.compile(r",\s+(?:and|but)\s|\b(?:said|says)\b")


def _all_later_in_clause(doc: Document, first: Mention, second: Mention) -> bool:
    return first.sentence == second.sentence and first.kind == Kind.COUNT and first.end < second.start \
        and (_LATER_CLAUSE.search(doc.text, first.end, second.start) is not None
             or _in_relative_aside(doc, first, second)) \
        and not re.match(r"\s+of\b", doc.text[second.end:second.end + 4])  # (not "all 420 of last year's members")


# (round 47) a figure told as all of a thing: "replant the entire 4,200 hectares" (after "its 2,400-hectare estate")
_WHOLE_OF_BEFORE = re.compile(r"\b(?:the\s+(?:entire|whole)|all\s+(?:of\s+)?(?:the|its|their))\s+$", re.I)


def _may_pair(slip: _Slip, written: list[str | None]) -> bool:
    """(round 56, speed) Whether some figure wants a key an earlier one is filed under: ``_slipped``'s first test,
    without the rest of its walk.  Most documents have no such two figures for a slip, and ``_slipped`` then yields
    nothing (each figure wants no key filed yet, and goes on at once)."""
    filed, wanted = slip.filed, slip.wanted
    seen: set = set()
    for w in written:
        if w is None:
            continue
        if seen and not seen.isdisjoint(wanted(w)):
            return True
        seen.update(filed(w))
    return False


def _slipped(doc: Document, slip: _Slip, qs: list[Mention], written: list[str | None]):
    # a slip keeps most digits: only figures filed under a wanted key can pair (a cheap test first)
    if not _may_pair(slip, written):
        return
    filed_at: dict = {}  # key -> the indices of the figures filed under it, in order
    given = None  # how often each figure is given: counted once, when a pair first needs it
    for j, second in enumerate(qs):
        w = written[j]
        if w is None:
            continue
        # the earlier figures filed under a key this one wants, within the window (nearest first)
        # (most figures want no key filed yet: those skip the walk back at once)
        # (the keys filed and wanted met in one C-level set intersection: the order of the hits is no matter,
        # the indices they hold are sorted)
        filed = filed_at.keys() & slip.wanted(w) if filed_at else ()
        whole = bool(filed) and second.kind == Kind.MEASURE \
            and _WHOLE_OF_BEFORE.search(doc.text, max(0, second.start - 20), second.start) is not None
        near = sorted({i for k in filed for i in _recent(filed_at[k], qs, second, whole)}, reverse=True) if filed else ()
        if filed and not near and second.kind == Kind.COUNT and _ALL_RIGHT_BEFORE.search(doc.text, max(0, second.start - 5),
                                                                                        second.start):
            near = sorted({i for k in filed for i in filed_at[k] if _all_later_in_clause(doc, qs[i], second)},
                          reverse=True)
        for k in slip.filed(w):
            filed_at.setdefault(k, []).append(j)
        if not near:
            continue
        # the earlier figures of the same kind, unit and shape that differ by the slip
        # (the digits first: comparing them is cheaper than the figures' shapes)
        firsts = [i for i in near if slip.differ(qs[i], second, written[i], w) and _alike(doc, slip, qs[i], second)]
        if not firsts or compares(doc, second) and not _known_base(doc, second):
            continue
        levels = _moved(doc, second)
        if levels:
            # a level a move reached, restated only by a headline's level reached the same way
            # ("profit slides to £421m" / "Pre-tax profit fell to £412m from £478m")
            firsts = [i for i in firsts if _headline_level(doc, qs[i], second)]
            if not firsts:
                continue
        if given is None:
            given, first_at = _times_given(doc)  # (``qs`` is ``_slip_figures``')
        for i in firsts:
            first = qs[i]
            if given[(second.kind, second.value)] > 1 and first_at[(second.kind, second.value)] < j:
                continue  # the second may restate that other, earlier figure (a later one restates the second)
            if doc.sentences[first.sentence].headline and given[(first.kind, first.value)] > 1 and any(
                    m is not first and m.kind == first.kind and m.value == first.value
                    and m.sentence <= second.sentence + _NEARBY_SENTENCES for m in qs):
                # the headline's figure is given again as it is, near: the second is another figure (a
                # quote at the foot of the report that repeats it leaves the lead's slip a slip)
                continue
            if _dated_apart(doc, first, second) or _apart(doc, qs[i + 1:j], first, second) \
                    or opened_by_another_scope(doc, first, second):
                continue  # (round 48: "In the capital, the 64.1% turnout")
            if _OF_THE_WHOLE_BEFORE.search(doc.text, max(0, second.start - 30), second.start):
                continue  # "£2.7 million for drainage ... Of the total, £7.2 million comes from a grant": a part of the whole
            if first.noun is None and noun_phrase(doc, first).head is None and _BASE_OF_PART_BEFORE.search(doc.text, max(0, second.start - 20), second.start):
                continue  # "Almost a third of them, 131, were found ... at 24 of the 31 sites": a whole with its part
            if _summed_with_neighbour(doc, first, second) or _left_over(doc, first, second):
                continue  # "carrying 164 passengers and four crew. Of the 168 people on board": their sum
                # ("214 swimmers started and 197 finished. The 17 who did not": what is left over)
            if issubclass(slip.relation, AddedDigitRestatement) and first.hedge and not second.hedge:
                continue  # (round 28) "electricity for about 31,000 homes ... all 231,000 households": a rounded
                # estimate has no typed digits to slip from
            if issubclass(slip.relation, AddedDigitRestatement) and some_picked_by_clause(doc, first, second):
                continue  # (round 26) "followed 356 children ... The 35 children who developed asthma": some of them
                # (digits swapped keep the size: "8.7 million visitors ... the 7.8 million people who passed through")
            if subgroup_picked_by_clause(doc, first, second):
                continue  # (round 34) "recruited 14,200 adults ... Among the 12,400 who completed the study": some
            cue = _tied(doc, first, second, not issubclass(slip.relation, AddedDigitRestatement))
            if cue is None or slip.relation is ChangedDigitRestatement and not _closely_tied(doc, first, second, cue):
                continue
            # (a headline's words after its level name no subject: "slides to £421m despite sales rise")
            subject = "figure" if levels or cue == "next sentence" else "speed" if cue == "speed" \
                else noun_phrase(doc, second).head if cue == "named again" else _subject(doc, first)
            yield slip.relation(link="inferred", cue=f"{slip.cue} ({cue})", first=first, second=second,
                                subject=subject)
            break


# round 16: the story's figure, given in the headline and again in the lead, restated anywhere in the body with a
# slip: "Fund assets reach £38.2bn" / "... grew to £38.2 billion ..." ... "With £36.2bn under management, it is"
_STORY_SLIPS = tuple(sl for sl in _SLIPS if sl.relation in (TransposedRestatement, ChangedDigitRestatement))
_LEAD_SENTENCES = 2


# (round 33) a headline percent the lead gives again is the story's figure too: "Sales rise 4.3%" / "sales rose 4.3%"
_STORY_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT)


def find_story_figure_slips(doc: Document):
    """The lead's figure restated further down with a swap or one changed digit, one reading with two ties
    (each later figure against the lead's figures, a figure a nearer slip links left alone):

    * far down as "the N NOUN" of the same thing (``_swapped_far_from_lead``), or
    * the story's figure -- a headline figure the lead states again as it is -- however far down
      (``_story_slip``).
    An aim after another figure of the second's sentence is that figure's ("The £47.2m profit beat the £39.8m
    analysts had expected"); a bare second's clause may go on into the main verb ("The 1.62bn euros we earned
    gives us room")."""
    body = [s.index for s in doc.sentences if not s.headline and not s.chrome][:_LEAD_SENTENCES]
    if not body:
        return
    qs, written = _slip_figures(doc)
    firsts = [i for i, m in enumerate(qs) if m.sentence in body and written[i] is not None
              and (_long(m) or _scaled_decimal(m))]
    heads = {s.index for s in doc.sentences if s.headline}
    stories = []  # (the headline's figure, the lead's figure that gives it again)
    for top in (m for m in qs if m.sentence in heads and m.kind in _STORY_KINDS):
        key = (top.kind, top.unit, top.value)
        lead = next((m for m in qs if m.sentence in body and (m.kind, m.unit, m.value) == key), None)
        if lead is not None:
            stories.append((top, lead))
    if not firsts and not stories:
        return
    linked = doc.memo.get("digit-slip pairs", set())
    # (round 34, speed: counted only for a story figure, every figure's value a Fraction hashed)
    given_in_unit = Counter((m.kind, m.unit, m.value) for m in qs) if stories else None
    for j, second in enumerate(qs):
        if second.start in linked or written[j] is None:
            continue
        r = _swapped_far_from_lead(doc, qs, written, firsts, j) if firsts else None
        if r is None and firsts:
            r = _labelled_exact_slip(doc, qs, written, firsts, j)
        for top, lead in stories if r is None else ():
            r = _story_slip(doc, qs, top, lead, second, given_in_unit)
            if r is not None:
                break
        if r is not None:
            yield r


def _story_slip(doc: Document, qs: list[Mention], top: Mention, lead: Mention, second: Mention, given: Counter):
    """The story's figure (``top`` in the headline, ``lead`` in the lead) restated with a slip: a later body figure
    of its kind, unit and shape whose digits differ from it by a swap or one changed digit, however far down: one
    quantity typed twice when the later one is definite or given as known ("the $48 million", "With £36.2bn under
    management") and may count the same thing, or, of three significant digits or more, names the headline's
    or the lead's noun ("Passing 4.83 million TEU"); silent when the later value is given elsewhere, is a slip
    of another figure too, is a move's level or a comparison, or is dated, placed or told apart."""
    if second.sentence <= lead.sentence or second.kind != lead.kind or (second.unit or "") != (lead.unit or "") \
            or second.value == lead.value or given[(second.kind, second.unit, second.value)] > 1:
        return None
    p, q = digits_as_written(lead), digits_as_written(second)
    slip = next((sl for sl in _STORY_SLIPS if p and q and sl.differ(lead, second, p, q)), None)
    if slip is None or not _alike(doc, slip, lead, second):
        return None
    rivals = _STORY_SLIPS if slip.relation is ChangedDigitRestatement else (slip,)
    if any(m.kind == second.kind and m.value != lead.value and m is not second
           and any(sl.differ(m, second, digits_as_written(m) or "", q) for sl in rivals) for m in qs):
        return None  # a slip of another figure too (as likely a slip): which one it restates is not known
    if compares(doc, second) and not _known_base(doc, second) or _moved(doc, second) \
            or _dated_apart(doc, lead, second) or _apart(doc, [], lead, second) \
            or _summed_with_neighbour(doc, lead, second) or _left_over(doc, lead, second) \
            or _OTHER_BEFORE.search(doc.text, max(0, second.start - 24), second.start) \
            or _placed_right_after(doc, lead, second):
        return None  # (a place the lead does not name: "the 40.8C at Heathrow")
    if not _story_tie(doc, top, lead, second):
        return None
    return slip.relation(link="inferred", cue=f"{slip.cue} (the headline's figure, given again in the lead)",
                         first=lead, second=second, subject=_subject(doc, lead))


_PLACE_RIGHT_AFTER = re.compile(r"\s+" + _PLACE_NEAR.pattern)


def _placed_right_after(doc: Document, lead: Mention, second: Mention) -> bool:
    """A place right after the second's noun phrase that the lead's sentence does not name: "the 40.8C at Heathrow"
    (not a place further on, of what is done with it: "spend the $48 million on an office in Chicago")."""
    span = noun_phrase(doc, second).span
    place = _PLACE_RIGHT_AFTER.match(doc.text, max(second.end, span.end if span is not None else second.end))
    return place is not None and place.group(1) not in _sentence_text(doc, lead)


def _persons_both(these: set, those: set) -> bool:
    """Both name people, under any noun: "6,840 pupils" ... "the 6,480 children" (not "the 1,520 homes")."""
    def person(w):
        return w is not None and (w in GENERIC_NOUNS or w in PERSON_NOUNS)
    return any(person(w) for w in these) and any(person(w) for w in those)


def _doer_of(word: str | None, nouns: set) -> bool:
    """The doer noun of a word the headline or the lead put after the figure: "28,914 finish" ... "the 28,914
    finishers" (five letters alike, a doer's ending)."""
    return word is not None and len(word) >= 6 and word.endswith(tuple(e.rstrip("s") for e in _DOER_ENDINGS)) \
        and any(len(n) >= 5 and n != word and word[:5] == n[:5] for n in nouns)


def _story_tie(doc: Document, top: Mention, lead: Mention, second: Mention) -> bool:
    """The later figure restates the story's figure: definite or given and possibly the same thing, or, long,
    under the headline's or the lead's own (not generic) noun."""
    nouns = {concept(doc, top), concept(doc, lead), _first_word(doc, top), _first_word(doc, lead)} - {None}
    c, word = concept(doc, second), _first_word(doc, second)
    # no noun of its own ("the $48 million"), or the headline's or the lead's ("the 1,520 homes" after "1,250
    # people" is another count, generic as "people" is)
    doer = _doer_of(word, nouns)  # "28,914 finish" / "... runners" ... "the 29,814 finishers"
    same = c is None or c in nouns or word in nouns or _persons_both({c, word}, nouns) or doer
    det = definite(doc, second, partitive_ok=True, possessive=True, than_ok=True)
    if same and (det or _given(doc, second)) and _named_owner_given(doc, lead, second) \
            and (_may_be_same_thing(doc, lead, second) or doer):
        return True
    if len(_core(_significant(digits_as_written(second) or ""))) < 3 or _PROJECTED.search(_sentence_text(doc, second)) \
            or _WILL_BE.search(_sentence_text(doc, second)):
        return False  # (a figure aimed at, "aims to pass 4.83 million TEU", is another)
    return any(w and w not in GENERIC_NOUNS and w in nouns for w in (c, word))


# ---- (round 21) a thing's year restated with a slip -------------------------------------------------------------

# the year a thing was made, told by the verb of its making: "completed in 1874", "which opened in 1874", "dating from"
_MADE_IN_BEFORE = re.compile(r"\b(?:built|completed|opened|founded|established|erected|constructed|consecrated|"
                             r"formed|set\s+up|"  # (round 23) "Kelby Town, formed in 1931"
                             r"designed|commissioned|launched|unveiled|laid\s+out|dating\s+(?:back\s+)?(?:from|to)|"
                             r"dates\s+(?:back\s+)?(?:from|to)|dated\s+(?:from|to)|built\s+as\s+long\s+ago\s+as)\s+(?:in\s+)?$",
                             re.I)
# (round 29, speed) what every match of _MADE_IN_BEFORE holds ("dat" of "dating", "dates", "dated")
_MADE_IN_BEFORE_TRIGGER = ("built", "completed", "opened", "founded", "established", "erected", "constructed",
                           "consecrated", "formed", "set", "designed", "commissioned", "launched", "unveiled", "laid",
                           "dat")
# "the 1847 structure", "its 1847 building", "the 1847-built station": the thing by its year, nothing between
_THE_YEAR_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:the|its|this|that)\s+$", re.I)
_YEAR_THING_AFTER = re.compile(r"(?:-(?:built|era|vintage))?\s+([a-z][a-z-]+)\b")
# things built, and the nouns any of them may be restated under ("the 1847 structure" after "the viaduct")
_BUILT_THINGS = STRUCTURES | frozenset("""church chapel cathedral abbey priory hall house mill station theatre cinema
    school college hospital hotel lighthouse museum library market castle stadium ground pub inn factory warehouse
    terminal pavilion bandstand lido pool baths arcade aqueduct lock lodge manor mansion palace villa farmhouse barn
    gatehouse tollhouse signal-box signalbox depot shed boathouse observatory clock windmill watermill""".split())
_BUILT_HYPERNYMS = frozenset("structure building landmark edifice monument".split())


_YEAR_DIGITS = re.compile(r"(\d{4})(?:-[a-z]+)?")  # "1874", "1865-built"


def _year_of_making(doc: Document, m: Mention) -> bool:
    lead = max(0, m.start - 40)
    return holds_any(doc.text[lead:m.start], _MADE_IN_BEFORE_TRIGGER) \
        and _MADE_IN_BEFORE.search(doc.text, lead, m.start) is not None


def _year_thing(doc: Document, m: Mention) -> str | None:
    """"the 1847 structure" -> structure: a year right after "the"/"its" before the noun of a thing built."""
    if not _THE_YEAR_BEFORE.search(doc.text, max(0, m.start - 8), m.start):
        return None
    after = _YEAR_THING_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end)
    if after is None:
        return None
    noun = singular(after.group(1).lower())
    return noun if noun in _BUILT_THINGS or noun in _BUILT_HYPERNYMS else None


# (round 23) "since YEAR": the year from which the thing has been
_SINCE_YEAR_BEFORE = re.compile(r"(?:^|[\s\"“‘'])(?:ever\s+)?[Ss]ince\s+$")
_MADE_THING_BEFORE = re.compile(r"\b([A-Za-z][a-z-]{3,})\s*,\s*(?:which\s+was\s+|first\s+|originally\s+)?$")
# words that point back to what the story is about: "it was a sad end", "this ground has been our home"
_POINTS_BACK = re.compile(r"\b(?:it|its|our|we|us|they|their|this|here)\b", re.I)


def _since_before_made(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 23) The year a thing has been since, in the next sentence or the one after, earlier than the year its
    verb says it was made: "The brewery, founded in 1874, ... a business that had brewed in the town since 1847",
    "Rovers, founded in 1921, ... \"Since 1912 this ground has been our home\"" (no thing is before it was made).
    The second's sentence points back to the thing (a pronoun, its noun or a word of its stem); "since" is the cue."""
    if not _SINCE_YEAR_BEFORE.search(doc.text, max(0, second.start - 14), second.start) or second.value >= first.value:
        return False
    s = doc.sentences[second.sentence]
    text = doc.text[s.start:s.end]
    made = re.sub(r"\s+", " ", doc.text[max(doc.sentences[first.sentence].start, first.start - 60):first.start])
    noun = _MADE_THING_BEFORE.search(made[:_MADE_IN_BEFORE.search(made).start()]) if _MADE_IN_BEFORE.search(made) else None
    stem = noun.group(1).lower()[:4] if noun else None
    said = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return bool(_POINTS_BACK.search(text) or stem and any(w.startswith(stem) or group_of(singular(w)) == group_of(
        singular(noun.group(1).lower())) for w in said))


# (round 24) the verb of making with a place or "its doors" before the year: "opened its doors in 1823", "Founded in a
# Leicester garage in 1987" (the verb's stem in group 1)
_MADE_VERB = r"(open|found|establish|complet|built|build|launch|consecrat)"  # its stem, in group 1
_MADE_LOOSELY_BEFORE = re.compile(r"\b" + _MADE_VERB + r"(?:ed|ing)?\s+"
                                  r"(?:(?:its|their|the)\s+doors\s+|(?:in|at)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}?)?"
                                  r"in\s+$", re.I)
# "since it opened in 1832", "since its founding in 1978", "since the chapel was opened in 1832"
_MADE_AGAIN_BEFORE = re.compile(r"\bsince\s+(?:it|its|they|their|the\s+[a-z-]+)\s+(?:was\s+|were\s+|first\s+)?"
                                + _MADE_VERB + r"(?:ed|ing|ation|ment)?\s+in\s+$",
                                re.I)


def _made_again(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 24) The year a thing was made, told again by the same verb of making pointing back to it ("which opened
    its doors in 1823 ... since it opened in 1832", "Founded in 1987 ... since its founding in 1978")."""
    again = _MADE_AGAIN_BEFORE.search(doc.text, max(0, second.start - 50), second.start)
    if again is None:
        return False
    named = re.match(r"since\s+the\s+([a-z-]+)", again.group(0), re.I)
    if named is not None and named.group(1).lower() not in _sentence_text(doc, first).lower():
        return False  # (review) "opened its doors in 1823 ... since the extension opened in 1832": another thing
    made = _MADE_LOOSELY_BEFORE.search(doc.text, max(0, first.start - 60), first.start) \
        or _MADE_IN_BEFORE.search(doc.text, max(0, first.start - 40), first.start)
    if made is None:
        return False
    stems = {made.group(0).lower()[:4], again.group(1).lower()[:4]}
    # (round 52) a place's start told by another verb of starting: "founded in 1987 ... Since it opened in 1978"
    return len(stems) == 1 or stems <= _STARTING_STEMS


_STARTING_STEMS = frozenset({"open", "foun", "esta", "laun"})


def _as_figure(m: Mention) -> Mention:
    """A year read as an exact figure, for the restatement rules."""
    return replace(m, interval=Interval(m.value, m.value), precision=Fraction(1))


@needs(Kind.YEAR, count=2)
def find_year_slips(doc: Document):
    """(round 21) The year a thing was made, told by its verb ("The viaduct, completed in 1874,"), restated in the
    next sentence or the one after as "the YEAR NOUN" of that thing, its synonym or "structure"/"building" ("the
    1847 structure") with two digits swapped or one digit changed: the only years of those sentences, the thing named
    in the first's sentence, nothing ("original", "old", "former") between "the" and the year."""
    years_ = [m for m in doc.mentions if m.kind == Kind.YEAR and m.value is not None and not m.is_range
              and not doc.sentences[m.sentence].chrome]
    for i, first in enumerate(years_):
        if not _year_of_making(doc, first) and not _MADE_LOOSELY_BEFORE.search(doc.text, max(0, first.start - 60), first.start):
            continue
        for second in years_[i + 1:]:
            if second.sentence - first.sentence > 2:
                break
            if second.sentence == first.sentence:
                continue
            p, q = _YEAR_DIGITS.fullmatch(first.text.strip()), _YEAR_DIGITS.fullmatch(second.text.strip())
            if p is None or q is None:
                continue
            p, q = p.group(1), q.group(1)
            swapped = transposed(p, q)
            if not swapped and not one_digit_changed(p, q):
                continue
            thing = _year_thing(doc, second)
            made = thing is None and _made_thing_before(doc, second)  # (round 56) "a building finished in 1724"
            if made and made not in _BUILT_HYPERNYMS and not re.search(
                    r"\b" + re.escape(made) + r"s?\b", _sentence_text(doc, first), re.I):
                made = None  # another thing built ("The chapel, built in 1724," after "the palace")
            thing = thing or made or None
            since = thing is None and _since_before_made(doc, first, second)
            since = since or thing is None and _made_again(doc, first, second)  # (round 24)
            if thing is None and not since:
                continue
            said = {singular(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z-]+", _sentence_text(doc, first))}
            if not (since or thing in said or group_of(thing) in {group_of(w) for w in said} or said & _BUILT_THINGS):
                continue  # the thing, its synonym, or any thing built named in the first's sentence ("lighthouse ...
                # its 1719 tower")
            if any(m.kind == Kind.YEAR and m is not first and m is not second
                   and (m.value == second.value or _year_of_making(doc, m) or _year_thing(doc, m))
                   for s in range(first.sentence, second.sentence + 1) for m in doc.mentions_in(s)):
                continue  # another thing's year there ("replaced a chapel built in 1847"): the second may be its
                # (a year of no thing, "empty since the 1990s", is none)
            relation = TransposedRestatement if swapped else ChangedDigitRestatement
            cue = "two digits swapped" if swapped else "one digit changed"
            # ("since 1847" of what was founded in 1874: the year it began)
            yield relation(link="inferred", cue=f"{cue} (year {'it began' if since else 'of the ' + thing})",
                           first=_as_figure(first), second=_as_figure(second), subject="year it began" if since else thing)
            break


# (round 56) a thing, then the verb of its making and the year: "a building finished in 1724", "the palace, built in"
_THING_MADE_IN_BEFORE = re.compile(r"\b(a|an|the|this|that|its)\s+([a-z][a-z-]+)\s*,?\s+(?:which\s+was\s+|that\s+was\s+|"
                                   r"was\s+)?(?:built|completed|finished|erected|constructed)\s+in\s+$", re.I)


def _made_thing_before(doc: Document, m: Mention) -> str | None:
    """(round 56) The thing built whose making a year is told of by a verb right before it: "A building finished in
    1724 deserves ..." -> building (a thing built or a word for any such thing; after "a", only such a word: "bought a
    mansion built in 1836" brings in another; nor with "also", "another", "next door" in the sentence)."""
    s = doc.sentences[m.sentence]
    found = _THING_MADE_IN_BEFORE.search(doc.text, max(s.start, m.start - 50), m.start)
    if found is None or _ANOTHER_BUILT.search(doc.text, s.start, s.end):
        return None
    noun = singular(found.group(2).lower())
    if found.group(1).lower() in ("a", "an"):
        return noun if noun in _BUILT_HYPERNYMS else None
    return noun if noun in _BUILT_THINGS or noun in _BUILT_HYPERNYMS else None


_ANOTHER_BUILT = re.compile(r"\b(?:also|another|other|second|next\s+door|neighbou?ring|nearby|adjoining|rival)\b", re.I)


# (round 55) a price told again at the head of its sentence, by what it is paid for: "At €14.10 a litre, ..."
_AT_PRICE_BEFORE = re.compile(r"\s*[\"“‘']?\s*At\s+$")
_PRICE_UNIT_AFTER = re.compile(r"\s+(?:a|an|per)\s+([a-z]{3,})\b")
_PRICE_SENTENCES = 3
# (round 55) a size told again at the head of a sentence, then what it sizes: "At 68,000 square metres, it will be"
_SIZE_SUBJECT_AFTER = re.compile(r"\s*,\s*(it|the\s+[a-z]+)\s+(?:is|will|would|was|makes?|made|has)\b", re.I)
_OTHER_PRICE_TIME = re.compile(r"\b(?:ago|last|previous\w*|earlier|once|was|were|used\s+to|would|could|if|next|"
                               r"expected|forecast)\b", re.I)


def _sized_subject_told(doc: Document, subject: str, first_sentence) -> bool:
    """"it", or "the <noun>" whose noun the first size's sentence names (not "At 68 metres, the tower" after "The new
    crane, 86 metres tall")."""
    noun = subject.split()[-1].lower()
    return noun == "it" or re.search(r"\b" + re.escape(noun) + r"\b", doc.text[first_sentence.start:first_sentence.end],
                                     re.I) is not None


# (round 56) a size told again with its dimension: "At 420 metres long, it will be"
_DIMENSION_THEN_SUBJECT = re.compile(r"\s+(?:long|tall|high|wide|deep|across)\s*,\s*(it|the\s+[a-z]+)\s+"
                                     r"(?:is|will|would|makes?|has)\b", re.I)
# (round 56) a year that dates when the thing sized opens or is finished, not its size: "when it opens in 2027"
_OPENING_BEFORE_YEAR = re.compile(r"\b(?:when|once|after)\s+(?:it|the\s+[a-z]+)\s+(?:opens|is\s+(?:opened|completed|"
                                  r"finished)|completes)\s+in\s+$", re.I)


def _year_of_opening(doc: Document, m: Mention) -> bool:
    """(round 56) A year told as when the thing sized opens or is finished ("it will be the longest when it opens in
    2027"): it dates its opening, not its size."""
    return m.kind == Kind.YEAR and _OPENING_BEFORE_YEAR.search(doc.text, max(0, m.start - 40), m.start) is not None


def _one_measure_unit(first: Mention, second: Mention) -> bool:
    """(round 56) Two measures in one unit, singular or plural, joined to a noun or not: "a 240-metre span" and "420
    metres"."""
    return first.kind == second.kind == Kind.MEASURE and bool(first.unit) and bool(second.unit) \
        and unit_key(first.unit) == unit_key(second.unit)


@needs(Kind.MONEY, Kind.MEASURE, count=2, words="at")
def find_restated_after_at(doc: Document):
    """(round 55) A price per thing ("€11.40 a litre", "reached $4.85" for "a dozen eggs") told again at the head of
    a sentence a few sentences on by the same thing ("At €14.10 a litre people are still buying"), two digits
    swapped: the same price, slipped.  So too a size in one unit, then "At 68,000 square metres, it will be ..."
    with its subject ("covering 86,000 square metres").  Not when the later sentence tells of another time ("At
    €14.10 a litre last year", "would") or the text gives the later figure elsewhere as well."""
    figures = [m for m in doc.mentions if m.kind in (Kind.MONEY, Kind.MEASURE) and m.value is not None
               and not m.is_range]
    told = Counter((m.kind, m.unit, m.value) for m in figures)  # (read once: the text may be long)
    linked = doc.memo.get("digit-slip pairs", set())  # seconds a slip finder has already linked
    for j, second in enumerate(figures):
        s = doc.sentences[second.sentence]
        if s.headline or s.chrome or second.start in linked \
                or _AT_PRICE_BEFORE.fullmatch(doc.text, s.start, second.start) is None:
            continue
        per = _PRICE_UNIT_AFTER.match(doc.text, second.end, s.end) if second.kind == Kind.MONEY \
            else _SIZE_SUBJECT_AFTER.match(doc.text, second.end, s.end) \
            or _DIMENSION_THEN_SUBJECT.match(doc.text, second.end, s.end)  # (round 56) "At 420 metres long, it"
        if per is None or _OTHER_PRICE_TIME.search(doc.text, s.start, s.end) \
                or any(m.kind in (Kind.YEAR, Kind.DATE) and not (second.kind == Kind.MEASURE and _year_of_opening(doc, m))
                       for m in doc.mentions_in(s.index)) \
                or told[(second.kind, second.unit, second.value)] > 1:
            continue
        word = re.compile(r"\b" + per.group(1) + r"s?\b", re.I) if second.kind == Kind.MONEY else None
        for k in range(j - 1, -1, -1):
            first = figures[k]
            if first.sentence < second.sentence - _PRICE_SENTENCES:
                break
            if first.sentence == second.sentence:
                continue
            fs = doc.sentences[first.sentence]
            if first.kind == second.kind and (first.unit == second.unit or _one_measure_unit(first, second)) \
                    and (transposed(first.text.strip(), second.text.strip()) or _one_measure_unit(first, second)
                         and transposed(digits_as_written(first) or "", digits_as_written(second) or "")) \
                    and (word.search(doc.text, fs.start, fs.end) if word is not None
                         else _sized_subject_told(doc, per.group(1), fs)):
                yield TransposedRestatement(link="inferred", cue="told again", first=first, second=second,
                                            subject="price per " + per.group(1) if word is not None else "size")
                break


NEARBY_SWAP_CUE = "digits swapped (a definite figure nearby)"
_SWAP_SENTENCES = 3  # how far on a definite figure may restate a nearby one with two digits swapped (round 61)
# (round 61) a subset of a whole right before the second: "Among the 12,400 who completed the study"
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the|its|their|all)\s+$", re.I)


# (round 61) a level the second's sentence takes the figure on from: "Plans would take the 35,200-capacity ground to
# 40,000"
_ON_TO_GAP = re.compile(r"[^,.;:\d]{0,40}\bto\s+$")


def _taken_on_to(doc: Document, m: Mention) -> bool:
    return any(o.kind == m.kind and o.start > m.end and _ON_TO_GAP.fullmatch(doc.text, m.end, o.start)
               for o in doc.mentions_in(m.sentence))


def _whose_other(doc: Document, first: Mention, second: Mention) -> bool:
    """"Patel, whose 281 ...": the owner named (a capital) before "whose" is not named with the first figure."""
    owner = _WHOSE_OWNER.search(doc.text, max(0, second.start - 40), second.start)
    return owner is not None and owner.group(1)[:1].isupper() and owner.group(1) not in _sentence_text(doc, first)


# (round 63) a verb of joining right before the second ("connect to the 47km pipeline", "joins the 21-mile railway")
# or a placed phrase after its noun ("the 21-mile railway to the north", "the 47km pipeline from the reservoir"):
# another thing the first is joined to
_JOINED_BEFORE = re.compile(r"\b(?:connect|join|link|meet|feed|merge|run)(?:s|ed|ing)?\s+(?:up\s+)?(?:(?:to|with|into|onto)\s+)?"
                           r"(?:the|its|their)\s+$", re.I)
_PHRASE_AFTER_NOUN = re.compile(r"\s+(?:to|from|into|onto|with|of|on|at|in|near|past|beside)\s+(?:the|its|their)\s+[a-z]",
                                re.I)


def _nothing_placed_after(doc: Document, m: Mention) -> bool:
    """(round 63) No placed phrase follows the figure's noun ("the 381 evacuees from the mainland" may be others)."""
    np = noun_phrase(doc, m)
    return np.head is not None and not _PHRASE_AFTER_NOUN.match(doc.text, np.span.end if np.span is not None else m.end)


def _measure_sized_next(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 63) A measure of two significant digits, given again under another noun in the next sentence, in its
    unit, as the size of a bare definite thing ("the 4.2-kilometre extension of Line 2 ... the 2.4km line to carry",
    "the 420-acre estate ... the 240-acre property by 2027"): not joined to another thing by a verb before or a placed
    phrase after ("It will connect to the 47km pipeline", "the 21-mile railway to the north")."""
    if second.kind != Kind.MEASURE or not _unit_key(second) or second.sentence != first.sentence + 1:
        return False
    s = doc.sentences[second.sentence]
    if _JOINED_BEFORE.search(doc.text, max(s.start, second.start - 30), second.start):
        return False
    return _nothing_placed_after(doc, second)


# (round 63) nouns naming what the things or people counted first became by the story's event, whatever they were:
# "246 nationals ... the 264 evacuees", "3,412 pupils sat ... Of the 3,421 candidates", "146 lots ... Of the 164
# pieces on offer", "176 riders rolled out ... Of the 167 starters"
_ROLE_NOUNS = frozenset("""evacuee candidate starter entrant entry newcomer signatory participant attendee applicant
    recipient piece item finisher respondent""".split())


# (round 63) a tally told up to a time, which may since have grown: "had burned 14,000 hectares by Tuesday"
_TALLY_BY_TIME = re.compile(r"\b(?:by\s+(?:" + "|".join(WEEKDAY_NAMES) + r"|the\s+(?:end|time|weekend|evening|morning|"
                            r"afternoon)|(?:last|this)\s+[a-z]+|yesterday|today|tonight|noon|midday|nightfall|dawn|"
                            r"dusk|then|\d{4}|\d{1,2}(?:[.:]\d\d)?\s*[ap]m)|so\s+far|to\s+date|as\s+of)\b", re.I)


def _tally_to_a_time(doc: Document, first: Mention) -> bool:
    """(round 63) The first's sentence tells its figure as a tally up to a time ("by Tuesday", "so far"): a "now" or
    "since" by the second may then tell a new level ("Crews now hope to contain the 41,000-hectare blaze"); else it
    tells nothing of the figure ("the island's 321 residents now face a longer crossing")."""
    return _TALLY_BY_TIME.search(_sentence_text(doc, first)) is not None


def find_nearby_definite_swaps(doc: Document):
    """(round 61) A count, measure or length of time given again within three sentences as a definite one --
    "the", a possessive, "all" before it -- its two digits swapped, in the same unit: "Some 2,750 dockers walked
    off ... its 2,570 members", "handled 16.3 million tonnes ... its 13.6m-tonne throughput".  Three significant
    digits or more, or two under the first's own noun or, for a measure, in its unit (round 63:
    "the 4.2-kilometre extension ... the 2.4km line"); a count under another noun only when the first names people
    and the second a word for anyone ("members", "people"), not other things or other people ("patients ... beds",
    "nurses ... doctors"), or (round 63) a word for what they became by the story's event ("246 nationals ... the
    264 evacuees", ``_ROLE_NOUNS``) with no placed phrase after it; the second given once and a swap of no other
    figure; its owner named with the first; nothing setting it apart as the other readers test it (a comparison, a
    move, another year or scope, a place or a qualifier the first lacks, a figure of its kind between near it in
    size, a sum or remainder, "another", "among the", "the rest
    of", a level it is taken on to).  A reading of the pair alone, for the stories ``find_digit_slips``' ties miss;
    it stands down where any other restatement reads the second figure (``relate``; inferred)."""
    qs, written = _slip_figures(doc)
    if len(qs) < 2:
        return
    linked = doc.memo.setdefault("digit-slip pairs", set())
    given = None
    for j, second in enumerate(qs):
        w = written[j]
        if w is None or second.start in linked or second.kind not in _SWAP_KINDS:
            continue
        for i in range(j - 1, -1, -1):
            first = qs[i]
            if first.sentence < second.sentence - _SWAP_SENTENCES:
                break
            p = written[i]
            if first.sentence == second.sentence or p is None or first.kind != second.kind \
                    or first.value == second.value or not transposed(p, w):
                continue
            if _unit_key(first) != _unit_key(second):
                continue
            n = len(_core(_significant(p)))
            same = bool(c := concept(doc, first)) and c == concept(doc, second)
            if n < 2 or n == 2 and not same and not _measure_sized_next(doc, first, second):
                continue
            if second.kind == Kind.COUNT and not same and c and (d := concept(doc, second)) \
                    and not (_personal(c + "s") and (d in GENERIC_NOUNS or d == "member")) \
                    and not (d in _ROLE_NOUNS and _nothing_placed_after(doc, second)):
                break  # "5,126 patients ... The 5,216 beds", "2,418 nurses ... The 2,481 doctors": other things or
                # people, unless the second names the first's people by a word for anyone ("members", "people")
            if given is None:
                given = _times_given(doc)[0]
            if given[(second.kind, second.value)] > 1 or _slip_of_another(qs, first, second, w):
                break
            det = definite(doc, second, partitive_ok=True, possessive=True, than_ok=True)
            if det is None or not _owner_named(doc, det, first) or _whose_other(doc, first, second) \
                    or _AMONG_BEFORE.search(doc.text, max(0, second.start - 16), second.start) \
                    or _REST_OF_BEFORE.search(doc.text, max(0, second.start - 30), second.start) \
                    or _placed_elsewhere(doc, first, second) or new_qualifier(doc, second, first) \
                    or opened_by_another_scope(doc, first, second) or _taken_on_to(doc, second):
                break
            if compares(doc, second) and not _known_base(doc, second) or _moved(doc, second) or _moved(doc, first) \
                    or _dated_apart(doc, first, second) or _apart(doc, qs[i + 1:j], first, second, nearby=True) \
                    or _summed_with_neighbour(doc, first, second) or _left_over(doc, first, second) \
                    or _OTHER_BEFORE.search(doc.text, max(0, second.start - 24), second.start):
                break
            linked.add(second.start)
            yield TransposedRestatement(link="inferred", cue=NEARBY_SWAP_CUE, first=first,
                                        second=second, subject=_subject(doc, first))
            break


FINDERS = (find_digit_slips, find_story_figure_slips, find_year_slips, find_restated_after_at,
           find_nearby_definite_swaps)

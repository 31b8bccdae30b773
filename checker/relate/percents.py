"""Relations: percentages that split one whole, and percentage changes.

``ShareSplit`` -- two or more percentages in one sentence that divide one
whole between its parts, so they cannot add up to more than 100%.  A list
of percentages is read as such a split only when the sentence says so:

* by gapping: the first share names the whole and the others share it
  ("won 49% of the vote, the challengers 33% and the centrists 14%");
* by answer options: shares followed by the answers to one question, with
  an undecided/don't-know share or opposite answers ("51% backed it, 40%
  were opposed and 9% were undecided"; "9% had yet to make up their minds"),
  a topic clause before them naming rates left aside ("split over the rates
  rise: 52% backed it, ...");
  or the answers on a scale, each share opening on a verb of opinion and one
  naming the middle ("48% expect fees to rise, 35% expect no change and 17%
  think they will fall"; "40% said it was too long, 45% about right ...");
  the answers may follow their shares ("went 62% in favour and 38% against");
  the verb may be left out after the first answer when one answer names the
  middle ("45% said they drive, 40% mainly by train and 15% said they split
  the week evenly between the two", round 11);
* by saying the list is complete ("... and the remaining 12%", "others 5%",
  ", with the remaining 8% withdrawn"),
  in which case the shares must also reach 100%; round 16: when the sentence
  before (same paragraph) holds one share, the list may open on it ("Harbour
  owns 60% of the scheme. A bank holds 25%, and the remaining 15% ..."): the
  run alone is then not the whole, and with that share it is (inferred, and
  only when the run falls short of 100% on its own);
* by handing one whole out: a verb such as "allocates", "splits", "goes"
  and every share going "to" (or "for", "on") a part ("the grant gives 50%
  to research, 30% to teaching and 20% to buildings"; "spends 60% of its
  grant on staff, 30% on rent"; "45% of the $2bn would go to schools, 38%
  to ..."); or one whole drawn from its sources ("income came 55% from
  donations, 30% from grants and 15% from shops");
* by naming opposite answers as the subjects ("Yes 54%, No 46%"; "For
  61%, against 39%") or, the verb left out, after it ("58 pct voted to
  stay and 44 pct to go"), or by a verb that takes a share of a vote ("Okoro
  won 52 pct and Haddad 45 pct"; "... and Haddad 45% in the run-off");
* in a count of votes named by its precincts or constituency, with a word of
  rank before a gapped share ("Ortega had 51%, ahead of Banks on 44%, while
  Cole took 9%"); "with 98% of precincts counted" is how far the count has
  gone and is no share of the list;
* as the two sides of a vote ("members backed the deal by 61% to 39%";
  "polled 53% against 47% for her rival"; "won 58% of the vote to Lee's 40%");
* by gapping with the rivals named after their shares, three or more ("took
  47% of the ballots, against 39% for Lindahl and 14% for Mercer");
* with a fraction word among the percentages ("hands a third to councils,
  45% to ..."; "half were upheld, 41% dismissed and a further 9% ...");
* by a verb splitting one whole between parts, each share in brackets after
  its part ("assets are split between equities (55%), bonds (35%) and cash
  (10%)"); round 20: or right before the first share, each share followed
  only by its kind ("assets are split 48% equities, 37% bonds and 15%
  property", "is made up of 60% sand, ...", "was invested 50% in shares, ...":
  ``_split_into_kinds``);
* by a further part of a whole the sentence opens on or the first share
  names ("Of the 870 claims, 64% were paid, 25% refused and a further 11%
  are pending"; "another", "an additional");
* as ratings on one scale, the first share with its verb of judging, the
  others the rating alone or the verb on "it" ("61% rated the service good,
  28% fair and 11% poor"; "30% rated it fair"), or each share in brackets
  after its rating ("rated it excellent (52%), good (33%) and poor (15%)");
* round 17: a source closing the sentence after the run (", the regulator's annual review said",
  "according to ...") is no qualifier of the shares: "annual" there names the report, not a rate;
* round 22: the fates of a whole the sentence opens on, each share with a distinct verb in the passive and "and"
  closing the list ("Of the town's rubbish, 52% was burnt, 27% recycled and 21% buried": ``_lead_whole_fates``;
  inferred, as some fates may overlap); the last option of ``_choices`` read before the full stop;
* round 32: the kinds of a measured whole, "was"/"were" after the first share and the kind alone after the others
  ("64% of the 2,100 hectares burnt was pine forest, 31% farmland and 12% scrub"; "Of the 12,000 acres sold, 47%
  was farmland, ..."): an area, mass or volume is of one kind per unit (not states that may overlap, "protected",
  "recyclable"; not a count of people: ``_kinds_of_measured_whole``; review mend: the kinds told largest first, not
  "70% is wheat, 25% barley and 60% organic", and no quality or owner across them, "15% organic", "20% state land");
* across two sentences, the winner's share of the vote closing the first
  and the others' shares taken in the next (inferred: "Ms Ray won with 44%
  of the vote. Mr Lee took 38% and Ms Cole 15%"; not when either names a
  year, another round or time, or the next opens on another place).

``ShareMargin`` -- the margin in points stated right after such shares
("Yes took 58.4% and No 41.6%, a margin of 16.8 points"; "by 63% to 37%, a
26-point lead"): the two largest shares' difference.  A lead "over" someone
named after it may be on another party and is left alone.

"make up 55%" states a level, not a rise (round 13: nor is it the size of a change between
counts compared after it: "making up 14.5% of the county, compared with 33,900" or "takes up 23%").  Lists of changes ("rose 14%"), ranges, figures each with their own whole
("60% of men and 55% of women") or their own place ("73% in the north,
66% in the south") are never read as splits.

``PercentChange`` and ``PointsChange`` -- a stated percentage (or fraction:
"by a third") or percentage-point change with the two values it moves
between, from the change frames of :mod:`checker.relate.changes`; and,
inferred, a percentage change with only its new value whose old value is
the level the sentence before states ("Last year the fund held £41m. This
year its assets have grown 12% to £47m").

A change in points between two percentages, then the same change in relative
terms: "rose from 20% to 26%, a rise of 6 percentage points, or 30%" (also
" (a 30% rise)", "a 6-point rise, or 30%"; not "or 30% of the gap": a share).
"One" standing for a thing named before ("the last one") is no figure.

A level set against another by a comparative, the percentage between them (a
``PercentChange``): "closed at 88p, 21% below its 112p peak" (also "above",
"down on", "up on", "dearer than", "cheaper than"), "61,000 visitors, a 17%
increase on the 52,000"; and a change of value with its two levels: "lost 25%
of its value, sliding from 14.2 to 17.9", "dropped from 640p to 510p, wiping
20% off its value".

Round 13, inferred: a percentage change and its old level, the subject naming the measure whose one new level
an earlier sentence stated ("approved a $4.82 billion budget ... The budget, which takes effect in July, is 5.5%
larger than this year's $4.57 billion"); and a percentage change alone in its sentence, the next giving the
measure's two levels the same way ("Car sales fell 9% ... Dealers registered 156,000 cars, down from 171,000";
the level's noun named in the change's sentence; not when the levels move the same way three times off the
size: a part of the measure).

Round 14: a nearby change and its levels may name one measure of money two ways, qualified alike
("Kerr Foods posted a 9% rise in sales ... Revenue climbed to £52m from £47.7m"; sales, revenue and turnover;
"profits" and "pre-tax profit"), never a count of goods sold, and within three times the stated size; the
measure may open its clause before whose it is ("Turnover at the brewer grew 8%") or follow a report ("...
said on Monday that revenue for the 12 months to 30 June rose to ..."); the size may be a fraction ("had
pushed profits down by almost a fifth" beside "Pre-tax profit fell to £9.1m from £11.2m"); a change over a
long span ("over the decade", "since 2019", "in five years") is not linked to levels stated without it
(round 15: a record, "for the first time since the pandemic", "the highest since 2019", is no span; round 16: a
quarter as a fraction, "profit rose by about a quarter", is no period, ``_FRACTION_QUARTER``).

Round 15, splits: "54% of the vote in the election" is no count in progress ("with 90% of the vote in" is);
a turnout ("with turnout at 41%", "Turnout was 41%") is no share of the split; "in the city's 14 wards" after
"of the vote" says where the shares were counted.

The same change put as a percentage right after its values: "went from 8,400
to 11,200, or 25%", or after its values and its amount: "slipped to 18,400 from
23,000 - a fall of 4,600, or 20%" (a ``PercentChange``; round 17: also the level reached, then ", up from"
the old one: "drew 84,000 visitors, up from 70,000, a rise of 14,000 people, or 20%"); a date after a
preposition between the figures ("to £2,178 from April, a rise of 4.5%") dates the
change and names no other figure; and ``StepPercentChange``, a change
stated as an amount and a percentage with its new value ("rose by 22,000, or
15%, to 262,000"; "fell 38p (9%) to 512p"; "climbed by 3.2 million to 41.5
million, or 8%"), whose old value is the new one less
the amount; the percentage may be a fraction word after a dash and "or"
("fell by 220 to 640 - or almost a half").  A percentage change, a colon and the
measure's two levels each with its year ("Arrests fell 12% over two years: 1,240 in
2023 and 1,090 last year") is a ``PercentChange`` too.  The three may come in any order, the later of the amount and
the percentage set beside the figure before it: "grew by 1,800 to 14,600 - a
14% increase", "slipped 4% to $71.20 a barrel, a fall of $3 on the week",
"fell 2.1%, or 96 points, to 4,380", "climbed to £286,000, up 4.4% or
£12,000"; the new value may be the level it "closed at" ("closed at 210p,
down 12p or 5.4%"), or the old value be stated instead ("rose by 45,000 from
267,000, a 17% increase": the amount over the old value); the level may be
any figure the change is set beside ("welcomed 312,000 visitors, up 45,000
or 17%"), and in "by 22,000 or 9%" the bare figure is the amount, not a
percentage as the grammar reads "5 or 6%".  "or 40% of the total", "or 40% a year", "a 9% rise in
revenue" (another measure), "up $300 since January" or "on Friday, ... on
the week" (another period), "($357m)" (a conversion) and "or $1 a share"
are not the change.

Round 19: a nearby percentage change's pair may be a level by a copula then ", up from" (or "down from") the old
level ("Net profit for the six months reached €38.6m, up from €34.2m"; ``_LEVEL_UP_FROM``); "months" (a span:
"the six months") is no monthly period, and the year a half or quarter is part of is no period of its own ("in the first
half of the year" beside "for the six months": ``_PART_OF_YEAR``); a currency conversion in brackets after the new
level is no other figure between the levels ("rose to €104m ($113m) from €92m"; ``_bracketed_conversion``).

Round 21: "an extra" / "an additional" amount restates a percentage change set before its old level ("rose by 6.5%
from 18.84 million in 2023, an extra 1.28 million journeys"; in ``_APPOSED``).
Round 21 (second changes helper): the inferred change with only its new value may be sized by a fraction ("This
year's peak was 121bn litres, a fall of nearly a third" after "In 2015 the reservoir held 148bn litres").
Round 23: a run of shares the sentence names as a split before a colon or dash ("Residents were split three ways:
48% said it should stay at 30mph, 29% wanted it cut to 20mph and ..."): answers to one question, an answer's own
measure, sum or count no end of the run and a change word no change (``_split_named``). Shares that would
overflow one whole even without their largest are rates of several wholes, not one split a slipped figure explains
("second with 78.9% of flights on time, followed by B on 76.2% and C on 74.8%": ``_beyond_one_slip``).
Round 24: shares that each name one MAIN answer ("58% relied mainly on gas for heating, 27% on heating oil and 22% on
electricity"; "mostly", "chiefly", "primarily"; "46% said crime was their main concern, 38% prices and ..."): one
whole, the later answers gapped to their preposition or option (``_one_main_answer``; not "a main reason", one of
several, nor a share with its own place).
Round 25: a sentence opening on the rest ("The remaining 38% took longer", "The other 19%", "The rest, 30%,"), its
only share, and the one share of the sentence before (same paragraph, neither sizing a change; a percentage, or a
fraction in words of a named whole, "Nearly two-thirds of calls ..."): together the whole (``find_rest_after_share``;
inferred).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention, Relation
from .needs import needs
from .changes import (CHANGE_NOUNS, CHANGE_WORDS, _CLAUSE_BREAKS, _LOSS, _WORD, Role, SizedChange, _clean_between, _norm, compatible,
                      colon_levels, direction_of, earlier_level, frames, is_points_size, may_hold_to, open_changes,
                      roles_for, sentence_slots, sized_then_levels_next)
from .changes import _by_sentence_figures, _period_half, _role as _slot_role
from .changes import PER_HEAD_AFTER, PER_SHORTER_PERIOD_AFTER  # a figure per head or per week: no amount of the change
# a fraction word that can size a change: "a fall of 570 - or almost a third"
from .changes import _fraction_size as _share_word
from .categories import SOURCE_GROUPS, names_group_with_member
from .context import MARGIN_WORDS, quantities, words
from .sums import PartsOfWhole
from .shares import ASKED_IN_A_POLL, _OF_AFTER, _REST_LEAD


@dataclass(frozen=True)
class ShareSplit(Relation):
    """Percentages of one whole, stated together."""

    shares: tuple[Mention, ...] = ()
    complete: bool = False  # the text says the list covers the whole

    def members(self) -> tuple[Mention, ...]:
        return self.shares


@dataclass(frozen=True)
class ShareMargin(Relation):
    """"Yes had 56.8% and No 43.2%, a margin of almost 14 points": the gap
    between the two largest shares of one whole, stated in points."""

    first: Mention = None  # type: ignore[assignment]
    second: Mention = None  # type: ignore[assignment]
    margin: Mention = None  # type: ignore[assignment]

    def members(self) -> tuple[Mention, ...]:
        return (self.first, self.second, self.margin)


@dataclass(frozen=True)
class PercentChange(SizedChange):
    """"rose 25% from 80 to 100": a relative change with its two values."""


@dataclass(frozen=True)
class PointsChange(SizedChange):
    """"from 40% to 44%, a rise of 4 percentage points"."""


# ------------------------------------------------------------------ changes

# "a rise of 6 percentage points, or 30%": the same change put in relative terms right after the points
_MOVE_NOUN = r"(?:rise|increase|fall|drop|decrease|jump|gain|decline|cut|reduction|slump|surge)"
_POINTS_THEN_PERCENT = re.compile(r"^(?:[- ](?:percentage[- ])?points?)?(?:\s+" + _MOVE_NOUN + r")?\s*(?:,\s*or|\(|"
                                  r"\s[-–—]+\s*(?:or)?|,\s*(?:an?\s+" + _MOVE_NOUN + r"\s+of|up|down))\s*(?P<det>an?\s+)?$",
                                  re.I)
_NOT_RELATIVE_AFTER = re.compile(r"^\s*(?:of|in(?!\s+relative\s+terms\b)|on|a\s+year|annually|per|points?|"
                                 r"percentage)\b", re.I)  # (round 62: "or 15 per cent in relative terms" is one)
_MOVE_AFTER = re.compile(r"^\s*" + _MOVE_NOUN + r"\b", re.I)


def _relative_after(doc: Document, size: Mention) -> Mention | None:
    """The percentage set right after a change in points: ", or 30%", " (a 30% rise)"."""
    nxt = next((m for m in doc.mentions_in(size.sentence) if m.start >= size.end), None)
    gap = _POINTS_THEN_PERCENT.match(doc.text[size.end:nxt.start]) if nxt is not None else None
    if gap is None or nxt.kind != Kind.PERCENT or nxt.is_range \
            or _NOT_RELATIVE_AFTER.match(doc.text[nxt.end:nxt.end + 20]):
        return None
    if gap.group("det") and not _MOVE_AFTER.match(doc.text[nxt.end:nxt.end + 20]):
        return None  # "(a 20% share)": not the change
    return nxt


# "making up 14.5% of the population", "takes up 23%": a share the part holds, whose "up" is no rise
_PHRASAL_UP = re.compile(r"\b(?:make|makes|made|making|take|takes|took|taken|taking)\s+up\s*$")


def _phrasal_up(doc: Document, size: Mention) -> bool:
    return _PHRASAL_UP.search(_norm(doc.text[max(0, size.start - 24):size.start])) is not None


# "a swing of 16 points from Conservative to Liberal Democrat", "a 16-point swing": the mean of two parties'
# moves (one up, one down), never the change of either level
_SWING_BEFORE = re.compile(r"\bswing\s+of\s+(?:[a-z]+\s+){0,2}$", re.I)
_SWING_AFTER = re.compile(r"^(?:-|\s)*(?:(?:percentage|per\s+cent|per-cent)[-\s]+)?(?:points?|pts?)?[-\s]*swing\b", re.I)


def _swing(doc: Document, size: Mention) -> bool:
    return _SWING_BEFORE.search(doc.text, max(0, size.start - 40), size.start) is not None \
        or _SWING_AFTER.match(doc.text[size.end:size.end + 30]) is not None


# the item that moved most, not the change's size: "the biggest", "the steepest" (round 18)
_SUPERLATIVES = "biggest|largest|steepest|sharpest|smallest|most|least"
_SUPERLATIVE_ITEM = re.compile(r",\s*with\s+(?:the|its)\s+(?:single\s+)?(?:" + _SUPERLATIVES + r")\b", re.I)


# a clause of contrast between a change's levels and a size after them: the size is another thing's change
_CONTRAST_BETWEEN = re.compile(r"\b(?:even\s+as|even\s+though|while|whereas|although|though)\b", re.I)


@needs(Kind.PERCENT, Kind.FRACTION)
def find_percent_changes(doc: Document):
    for f in frames(doc):
        if _phrasal_up(doc, f.size) or _swing(doc, f.size):
            continue
        if f.size.end < f.old.start and _SUPERLATIVE_ITEM.search(doc.text, f.size.end, f.old.start):
            continue  # "rose by 4%, with the biggest item, butter, going from £2 to £2.50": one item's levels (round 18)
        if f.size.start > max(f.old.end, f.new.end) and _CONTRAST_BETWEEN.search(
                doc.text, max(f.old.end, f.new.end), f.size.start):
            continue  # (round 56) "rose 9%, from 378 GWh to 412, even as total generation grew just 3%": another's
        if is_points_size(doc, f.size) and Kind.PERCENT in (f.old.kind, f.new.kind):
            yield PointsChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                               direction=f.direction)
        elif f.size.kind == Kind.PERCENT or (f.size.kind == Kind.FRACTION and f.size.value and f.size.value < 1):
            yield PercentChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                                direction=f.direction)
        elif f.size.kind == Kind.POINTS and Kind.PERCENT in (f.old.kind, f.new.kind):
            yield PointsChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                               direction=f.direction)
        else:
            continue
        rel = _relative_after(doc, f.size) if f.size.kind != Kind.PERCENT and f.old.kind == f.new.kind == Kind.PERCENT \
            else None
        if rel is not None:  # "from 20% to 26%, a rise of 6 points, or 30%": the same change in relative terms
            yield PercentChange(link="explicit", cue="points, or in relative terms", change=rel, old=f.old,
                                new=f.new, direction=f.direction)
    # "Rents have risen by 40% in five years: £900 a month in 2019 and £1,350 this year"
    for size, role, old, new in colon_levels(doc):
        if role.direction and (size.kind == Kind.PERCENT and not is_points_size(doc, size) or _share_word(size)):
            yield PercentChange(link="explicit", cue="change: the levels at two times", change=size, old=old,
                                new=new, direction=role.direction)
    # "averaged 21,400 last season. This season the average has risen 8% to 23,100": inferred
    for size, mag, new in open_changes(doc):
        if (size.kind == Kind.PERCENT or _share_word(size)) and new.kind != Kind.PERCENT:
            old = earlier_level(doc, size, mag, new)
            if old is not None:
                yield PercentChange(link="inferred", cue=f"{mag.cue} (from the sentence before)", change=size,
                                    old=old, new=new, direction=mag.direction)


@dataclass(frozen=True)
class StepPercentChange(Relation):
    """"rose by 14,000, or 9%, to 180,000": a change stated as an amount and as
    a percentage, with its new value; the old value is new minus the amount."""

    change: Mention = None  # type: ignore[assignment]
    step: Mention = None  # type: ignore[assignment]
    new: Mention = None  # type: ignore[assignment]
    direction: int = 0
    from_old: bool = False  # "rose by 45,000 from 267,000, a 17% rise": ``new`` holds the old value

    def members(self) -> tuple[Mention, ...]:
        return (self.change, self.step, self.new)


# ", or 40%", " (40%)", " - about 40% -", ", or a rise of 40%", ", a 40% rise", ", up 40%": the same
# change put another way, after a few words ending the figure before it ("to $2,318 an ounce, a gain of $86")
_CHANGE_NOUN_RX = "|".join(sorted(CHANGE_NOUNS))
_APPOSED = re.compile(r"^(?P<pre>(?:\s+[a-z\d][\w'-]*){0,4}?)\s*(?:,\s*(?:or\s+)?|\(\s*|\s[-–—]+\s*(?:or\s+)?|\s+or\s+)"
                      r"(?:(?:representing\s+|equivalent\s+to\s+)?(?P<det>a|an)\s+(?:(?P<noun>" + _CHANGE_NOUN_RX
                      + r")\s+of\s+|(?P<extra>extra|additional)\s+)?|(?:up|down)\s+)?$")  # (round 21) ", an extra 1.28m"
_NOT_IN_APPOSED = frozenset("and or but while whereas than from to by with since of".split())
# "... a 9% rise": a change noun right after the figure (not "a 9% rise in sales": another measure)
_NOUN_AFTER = re.compile(r"^\s*(?:" + _CHANGE_NOUN_RX + r")\b(?!\s+(?:in|of)\b)")
# "up $300 since January", "a 20% rise over five years": another period than the change stated
_OTHER_PERIOD = re.compile(r"^\s*(?:(?:" + _CHANGE_NOUN_RX + r")\s+)?(?:[\w-]+\s+){0,2}?(?:since|so\s+far|this\s+year|"
                           r"year[- ]to[- ]date|(?:in|over|during)\s+(?:the\s+)?(?:past|last|previous)|ago|"
                           r"over\s+(?:[\w-]+\s+)?(?:years|decades?))\b")
_PERIOD_WORD = re.compile(r"\b(?:day|days|week|weeks|month|months|year|years|quarter|session|previous|prior|last|earlier|"
                          r"before|ago|close|level|figure|record|monday|tuesday|wednesday|thursday|friday|saturday|"
                          r"sunday|yesterday|today|\d{4})\b|\b[\w'’-]+['’]s\b")


def _restated(doc: Document, after: Mention, fig: Mention, roles: list[Role], stop: int) -> bool:
    """``fig`` set right after ``after`` as the same change put another way:
    ", or 9%", " (38p)", " - a 9% increase", ", a gain of $86", ", up 45p";
    not "or 40% of the total" (a share), "a 9% rise in sales" (another
    measure) or "up $300 since January" (another period)."""
    if fig.is_range or fig.interval is None or not fig.value or any(r.name != "mag" for r in roles):
        return False
    gap = _undated(doc, after.sentence, _end(after), fig.start)
    m = _APPOSED.match(gap)
    if not m or set(_WORD.findall(m.group("pre"))) & (_NOT_IN_APPOSED | CHANGE_WORDS):
        return False
    if roles and not (m.group("noun") or m.group("det") or re.search(r"\b(?:up|down)\s*$", gap)):
        return False  # the change word is the figure's own, set apart: "..., 9% rise" is not "a 9% rise"
    tail = _norm(doc.text[fig.end:stop])
    if m.group("det") and not m.group("noun") and not m.group("extra") and not _NOUN_AFTER.match(tail):
        return False  # "a 9%" must be "a 9% rise"
    if re.match(r"^\s*(?:of|more|less|higher|lower|above|below|than|a\s+year|annually|per)\b", tail):
        return False
    if _OTHER_PERIOD.match(tail):
        return False
    # "a gain of £9m on the disposal": a prepositional phrase after it names another thing, not a period
    rest = re.sub(r"^\s*(?:" + _CHANGE_NOUN_RX + r")\b", "", tail)
    prep = re.match(r"^\s*(?:on|in|for|from|at|over|against|after)\s+((?:[\w'’-]+\s*){1,5})", rest)
    return not prep or bool(_PERIOD_WORD.search(prep.group(1)))


# "to £2,178 from April, a rise of 2.5%": when the new value takes effect
_WHEN_PREP = re.compile(r"\s(?:from|in|since|on|by)\s+$")
_DATE_KINDS = (Kind.DATE, Kind.YEAR, Kind.WEEKDAY)


def _undated(doc: Document, sentence: int, lo: int, hi: int) -> str:
    """The text between two figures, normalised, with a date after a preposition left out
    ("from April", "in 2024"): it dates the change, it names no other figure."""
    text = doc.text[lo:hi]
    if hi - lo < 8:
        return _norm(text)
    dates = [m for m in doc.mentions_in(sentence) if m.kind in _DATE_KINDS and lo <= m.start and m.end <= hi]
    for m in reversed(dates):
        head = text[:m.start - lo]
        prep = _WHEN_PREP.search(head)
        if prep is None:
            continue
        text = head[:prep.start()] + text[m.end - lo:]
    return _norm(text)


def _end(m: Mention) -> int:
    """Where a figure ends with its noun: "96 points"."""
    return m.noun_span.end if m.noun_span and m.noun_span.start >= m.end else m.end


def _apposed_percent(doc: Document, after: Mention, pct: Mention, roles: list[Role], stop: int) -> bool:
    """``pct`` set right after ``after`` as the same change put as a percentage."""
    return pct.kind == Kind.PERCENT and _restated(doc, after, pct, roles, stop)


@needs(Kind.PERCENT, Kind.FRACTION)
def find_apposed_percent_changes(doc: Document):
    """"rose from 1,200 to 2,100, or 75%" (the two values, then the change as a
    percentage) and "rose by 14,000, or 9%, to 180,000" / "fell 2.1 points,
    or 2%, to 98.6" (the amount, the percentage, the new value)."""
    for idx, ms in _by_sentence_figures(doc).items():  # (the figures of each sentence, read once per document)
        sent = doc.sentences[idx]
        if sent.headline or len(ms) < 3 or not any(m.kind == Kind.PERCENT or _share_word(m) for m in ms):
            continue
        slots = [(_bare_amount(doc, m, ms), roles) for m, roles in sentence_slots(doc, ms)]
        stepped: set[int] = set()
        for k in range(len(slots) - 2):
            (a, ra), (b, rb), (c, rc) = slots[k:k + 3]
            stop = slots[k + 3][0].start if k + 3 < len(slots) else sent.end
            names_a, names_b = {r.name for r in ra}, {r.name for r in rb}
            # from OLD to NEW, or PCT  /  to NEW from OLD, or PCT
            if (names_a, names_b) in (({"from"}, {"to"}), ({"to"}, {"from"})):
                old, new = (a, b) if names_a == {"from"} else (b, a)
                # (a change word on PCT itself, "a 9% rise", is a change frame found already)
                if old.kind != Kind.PERCENT and not old.is_range and not new.is_range and compatible(old, new) \
                        and not rc and _apposed_percent(doc, b, c, rc, stop) and not _breaks(doc, a, b):
                    yield PercentChange(link="explicit", cue="the change put as a percentage", change=c, old=old,
                                        new=new, direction=_direction(ra + rb))
                continue
            rel = _step_change(doc, slots[k:k + 3], stop)
            if rel is not None:
                stepped.add(id(rel.change))
                yield rel
        for k in range(len(slots) - 3):
            rel = _stepped_pair(doc, slots[k:k + 4], sent.end if k + 4 >= len(slots) else slots[k + 4][0].start)
            if rel is not None and id(rel.change) not in stepped:  # read with its amount already
                yield rel


def _stepped_pair(doc: Document, four, stop: int) -> PercentChange | None:
    """"to 18,400 from 23,000 - a fall of 4,600, or 25%": the two values, the change as an
    amount, then the same change as a percentage set beside it: the percentage is of the old value."""
    if len(four) != 4:
        return None
    (a, ra), (b, rb), (step, rs), (pct, rp) = four
    names = ({r.name for r in ra}, {r.name for r in rb})
    if names == (set(), {"from"}) and _level_then_up_from(doc, a, rb):
        names = ({"to"}, {"from"})  # "reached 412,000, up from 356,000, a rise of 56,000, or 16%": the level reached
    if names not in (({"from"}, {"to"}), ({"to"}, {"from"})) or {r.name for r in rs} != {"mag"} or rp:
        return None
    old, new = (a, b) if names[0] == {"from"} else (b, a)
    if old.kind == Kind.PERCENT or old.is_range or new.is_range or step.is_range or not compatible(old, new) \
            or step.kind != old.kind or not compatible(step, old) or _breaks(doc, a, pct):
        return None
    if not _apposed_percent(doc, step, pct, rp, stop) or not re.search(r"\bor\s*$|\(\s*$", _norm(
            doc.text[_end(step):pct.start])):
        return None
    return PercentChange(link="explicit", cue="the change put as an amount, then as a percentage", change=pct,
                         old=old, new=new, direction=_direction(ra + rb + rs))


# round 17: a level, then ", up from" the old one: "drew 9,400 fans a game this season, up from 8,200"
_COMMA_UP_FROM = re.compile(r",\s*(?:up|down)\s+from\b")


def _level_then_up_from(doc: Document, level: Mention, fr_roles: list[Role]) -> bool:
    """``level`` is the new level of the "up from" value after it: set apart from it by a comma, the
    cue the old value's only role, no clause break or change word between."""
    if len(fr_roles) != 1 or level.kind == Kind.PERCENT:
        return False
    fr = fr_roles[0]
    if not fr.cue.startswith(("up from", "down from")):
        return False
    gap = _norm(doc.text[level.end:fr.cue_end])
    cuts = list(_COMMA_UP_FROM.finditer(gap))
    if not cuts or re.search(r"\d", gap[cuts[-1].end():]):
        return False
    head = gap[:cuts[-1].start()]
    return not _CLAUSE_BREAKS.search(head) and not any(w in CHANGE_WORDS for w in _WORD.findall(head))


_AMOUNT_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
# "closed at", "ended the week at", "stood at": the level a change ends on
_LEVEL_AT = re.compile(r"\b(?:closed|closes|closing|ended|ends|ending|finished|finishes|settled|settles|stood|stands)\s+"
                       r"(?:(?:the|its)\s+(?:day|week|month|year|session|quarter)\s+)?at\s*$")


_PERCENT_SIGN = re.compile(r"%|per\s*cent|pct|percent|percentage", re.I)


def _bare_amount(doc: Document, m: Mention, ms: list[Mention]) -> Mention:
    """"rose by 22,000 or 15%": the grammar reads "N or P%" as two percentages
    ("5 or 6%"); a bare figure far larger than the percentage after it is the
    amount of the change, a count."""
    if m.kind != Kind.PERCENT or _PERCENT_SIGN.search(m.text) or m.value is None or m.value.denominator != 1:
        return m
    nxt = next((x for x in ms if x.start >= m.end), None)
    if nxt is None or nxt.kind != Kind.PERCENT or not _PERCENT_SIGN.search(nxt.text) or not nxt.value \
            or not re.fullmatch(r"\s+or\s+", doc.text[m.end:nxt.start]):
        return m
    if m.value <= 100 and m.value < 3 * nxt.value:
        return m
    return replace(m, kind=Kind.COUNT, unit=None)


# "compares with a deficit of", "compared with": the figure after it is what the change is measured from
_COMPARED_WITH_BEFORE = re.compile(r"\bcompar(?:es|ed|ing)\s+(?:with|to)\s+[^,;:]{0,40}$", re.I)


def _step_change(doc: Document, triple, stop: int) -> StepPercentChange | None:
    """The new value ("to NEW"), the change as an amount and as a percentage,
    in any order, the later of the two set beside the figure before it:
    "by STEP, or PCT, to NEW", "by STEP to NEW - a PCT rise", "PCT to NEW, a
    gain of STEP", "PCT, or STEP, to NEW", "to NEW, up STEP or PCT"."""
    (a, ra), (b, rb), (c, rc) = triple
    slots = [(a, ra), (b, rb), (c, rc)]
    names = [{r.name for r in roles} for roles in (ra, rb, rc)]
    if not any("to" in n or "from" in n for n in names) and not names[0] and names[1] == {"mag"} and (
            _LEVEL_AT.search(_norm(doc.text[doc.sentences[a.sentence].start:a.start]))
            or b.kind != Kind.PERCENT and _restated(doc, a, b, rb, c.start)):
        # "closed at 210p, down 12p or 5.4%", "welcomed 312,000 visitors, up 45,000 or 17%": the level reached
        # (round 28: not a level compared with, "compares with a deficit of £41.2m, an increase of £22.3m, or 54%":
        # the old value, the change measured from it)
        names[0] = {"from"} if _COMPARED_WITH_BEFORE.search(
            doc.text, max(doc.sentences[a.sentence].start, a.start - 60), a.start) else {"to"}
    tos = [k for k, n in enumerate(names) if n == {"to"}]
    from_old = False
    if not tos and not any("to" in n for n in names):  # "rose by 45,000 from 267,000, a 17% increase"
        tos = [k for k, n in enumerate(names) if n == {"from"}]
        from_old = True
    if len(tos) != 1 or any(n - {"mag"} for k, n in enumerate(names) if k != tos[0]):
        return None
    k_new = tos[0]
    rest = [k for k in range(3) if k != k_new]
    pcts = [k for k in rest if slots[k][0].kind == Kind.PERCENT or _share_word(slots[k][0])]
    if len(pcts) != 1:
        return None
    k_pct = pcts[0]
    k_step = rest[0] if rest[1] == k_pct else rest[1]
    new, pct, step = slots[k_new][0], slots[k_pct][0], slots[k_step][0]
    if k_new == 0 and names[1] != {"mag"}:
        return None  # "to NEW, up STEP or PCT": the change opens on its own word
    # the later of step and percentage restates the change beside the figure before it
    k_late = max(k_pct, k_step)
    late, late_roles = slots[k_late]
    prev = slots[k_late - 1][0]
    if not _restated(doc, prev, late, late_roles, stop if k_late == 2 else slots[k_late + 1][0].start):
        return None
    if from_old and (k_late == 1 or k_new == 0):
        return None  # "by STEP, or PCT, from OLD": the old value ends the change, it is no level reached
    if late is step and not late_roles and not re.search(r"\bor\s*$", _norm(doc.text[prev.end:late.start])):
        return None  # "to A$458m ($357m)": an amount in brackets is a conversion, not the change
    after_step = _norm(doc.text[_end(step):stop if k_step == 2 else slots[k_step + 1][0].start])
    if PER_HEAD_AFTER.match(after_step):
        return None  # "or 1.00 dlr a share", "or just over £10,000 for each of its 5.45 million people": a figure
        # per share or head ("$3.40 a barrel" is the price's own unit)
    if PER_SHORTER_PERIOD_AFTER.match(after_step):
        return None  # "to £295.50, an increase of 5%, or about 27p a week": the step spread over a shorter period
    if k_late == 2 and _BASE_PERIOD.search(_norm(doc.text[late.end:stop])) and _periods(doc.text[a.end:late.start]):
        return None  # "rose by 2.8bn in the last week to 121.5bn, a gain of 8.3% over the same month last year"
    sent = doc.sentences[a.sentence]
    said = _spans(_norm(doc.text[sent.start:late.start]))
    if said and not said & _spans(_norm(doc.text[late.end:stop])) and _spans(_norm(doc.text[late.end:stop])):
        return None  # "rose 5% to 210p on Friday, up 30p on the week": two periods
    if k_late == 1 and not re.match(r"^\s*(?:,|\)|\s[-–—]+)?\s*(?:to|at)\s+$", _norm(doc.text[_end(late):c.start])):
        return None  # "by STEP, or PCT, to NEW"
    dirs = {r.direction for k in rest for r in slots[k][1] if r.name == "mag" and r.direction}
    if len(dirs) != 1 or not any(r.name == "mag" and r.direction for r in slots[min(rest)][1]):
        return None
    direction = dirs.pop()
    if step.is_range or new.is_range or step.kind != new.kind or not compatible(step, new) \
            or step.kind not in _AMOUNT_KINDS or _breaks(doc, a, c):
        return None
    return StepPercentChange(link="explicit", cue="the change put as an amount and a percentage", change=pct,
                             step=step, new=new, direction=direction, from_old=from_old)


# the span a change covers: "on Friday", "on the day" (a day); "this week", "on the week" (a week)
_SPANS = (
    ("day", re.compile(r"\b(?:on\s+the\s+day|today|yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday)|daily|in\s+(?:a\s+)?(?:single\s+)?session|on\s+the\s+session)\b")),
    ("week", re.compile(r"\b(?:on|over|for|in)\s+the\s+week\b|\b(?:this|last)\s+week\b|\bweekly\b")),
    ("month", re.compile(r"\b(?:on|over|for|in)\s+the\s+month\b|\b(?:this|last)\s+month\b|\bmonthly\b")),
    ("year", re.compile(r"\b(?:on|over|for|in)\s+the\s+year\b|\b(?:this|last)\s+year\b|\b(?:annual|yearly)\b")),
)


def _spans(text: str) -> frozenset[str]:
    return frozenset(name for name, rx in _SPANS if rx.search(text))


def _breaks(doc: Document, a: Mention, b: Mention) -> bool:
    return bool(re.search(r";|\b(?:while|whereas|but)\b", _norm(doc.text[a.end:b.start])))


def _direction(roles: list[Role]) -> int:
    return next((r.direction for r in roles if r.direction), 0)


# ------------------------------------------------------------------ shares

_QUALIFIER = re.compile(r"^\s*(?:of|among|in|for|at|on|from|across|between|per|a|an|each|higher|lower|more|"
                        r"less|up|down|over|under|above|below|to|than|respectively)\b")
_OF_WHOLE = re.compile(r"^\s*of\s+(?!its\b|their\b|his\b|her\b|our\b|each\b)(?:the\s+|all\s+|those\s+)?[a-z\d£$€]")
# (round 51) the last share's whole, then its own verb: "uptake among over-65s was 77%, and 62% of pregnant women had
# the jab" -- a share of another group, the subject of its own clause, no whole shared by the list
_OF_WHOLE_THEN_VERB = re.compile(r"^\s*of\s+(?:the\s+|all\s+|those\s+)?(?:[\w'-]+\s+){1,4}?(?:had|has|have|were|was|are"
                                 r"|is|got|received|took|chose|said|backed)\s+[a-z]")
# "58% of the 1,150 appeals were dismissed, 33% ...": the count is the shares' whole, inside the list
_OF_COUNT = re.compile(r"^\s*of\s+(?:the\s+|all\s+|those\s+)?$")
# words that cannot stand between a list separator and a gapped share ("the opposition 38%")
_NOT_SUBJECT = frozenset("""to at by of from than in on for into with is are was were be been being will would
    could should may might has have had said says say do does did if when compared versus vs last previous
    previously earlier""".split())
# (round 38) what a share leaves of its whole: "..., leaving 66% still in shops" (no whole of its own after it)
_LEAVING = re.compile(r"\bleaving(?:\s+(?:just|only))?\s*$|\bleaving\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:[a-z]+\s+){0,3}with(?:\s+(?:just|only))?\s*$")
_REST = re.compile(r"\b(?:the\s+rest|remaining|remainder|others?|everyone\s+else|all\s+other|"
                   r"the\s+balance|leaving(?=(?:\s+(?:just|only))?\s*(?:$|\d))|leaving(?=\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,3}with\b))\b")
# (round 28) the undecided share closing a poll's list: "with 16% still undecided", "and 9% don't know"
_UNDECIDED_LAST = re.compile(r"\s*(?:still\s+|yet\s+)?(?:undecided|unsure|not\s+sure|don't\s+know|do\s+not\s+know)\s*[.;]?\s*",
                             re.I)
_RESIDUAL = re.compile(r"\b(?:undecided|unsure|not\s+sure|uncertain|don't\s+know|do\s+not\s+know|did\s+not\s+know|"
                       r"didn't\s+know|no\s+opinion|neither|no\s+view|(?:had\s+)?no\s+preference|would\s+not\s+say|"
                       r"(?:declined|refused)\s+to\s+(?:say|answer)|(?:not|yet\s+to)\s+(?:yet\s+)?(?:made|make)\s+up\s+"
                       r"(?:their|his|her|my|our)\s+minds?|(?:had|have|has)\s+not\s+(?:yet\s+)?decided|yet\s+to\s+decide|"
                       r"(?:hadn't|haven't|hasn't)\s+(?:yet\s+)?(?:decided|made\s+up))\b")
_POLES = (
    (r"\bin\s+favou?r\b|\bsupport(?:ed|s|ing)?\b|\bback(?:ed|s|ing)\b|\bfor\b|\bvoted\s+to\s+accept\b",
     r"\boppos(?:ed|e|ing)\b|\bagainst\b"),  # (round 29: "supporting", "backing", "opposing"; round 54: "voted to
    # accept the offer, 38% voted against")
    (r"\bapprov(?:ed|e)\b", r"\bdisapprov(?:ed|e)\b"),
    (r"\bagree[ds]?\b", r"\bdisagree[ds]?\b"),
    (r"\bsatisfied\b", r"\bdissatisfied\b"),
    (r"\byes\b", r"\bno\b"),
    (r"\bleave\b", r"\bremain\b"),
    (r"\bstay\b", r"\bleave\b|\bquit\b|\bgo\b"),
    (r"\baccept(?:ed|s)?\b", r"\breject(?:ed|s)?\b"),
    (r"\boptimistic\b", r"\bpessimistic\b"),
)
# (round 29) in a vote for and against, "the change", "this reform": the thing voted on, no move of a figure
_THE_PROPOSAL_RX = (r"\b(?:the|this|that)\s+(?:[a-z]+\s+)?(?:change|changes|reform|reforms|switch|move)\b"
                    r"(?!\s+(?:in|of|to)\b)")  # not "the change in fees": a move of a figure
_THE_PROPOSAL = re.compile(_THE_PROPOSAL_RX)
# (review rv29-percent item 3b) "supporting", "backing", "opposing" name a side only of the thing voted on ("44%
# backing it", "57% supporting the switch", "59% opposing."), not separate stances ("48% supporting a delay")
_ING_STANCE = re.compile(r"\b(?:supporting|backing|opposing)\b(?!\s+(?:it|them|this|that)\b|\s*(?:[,;.)]|and\b|$)|"
                         r"\s+" + _THE_PROPOSAL_RX + ")")
# (round 33) "against" a figure of another period compares, it takes no side: "58% met it, against 74% last year"
_AGAINST_EARLIER = re.compile(r"\bagainst\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+)?[\d.,]+\s*(?:%|per\s*cent)?"
                              r"\s*(?:(?:a|the)\s+year\s+(?:earlier|before|ago)|last\s+(?:year|time|season|month)|"
                              r"in\s+(?:19|20)\d\d|previously|the\s+(?:previous|last)\s+\w+)\b")
# (review rv29-percent item 3a) a later share set in another time, occasion or group ("; this year 47%", "and at
# the second 45%", "and among older ones 55%"): not the other side of the same vote
_OTHER_SETTING = re.compile(r"\b(?:among|amongst|(?:this|last|next|that)\s+(?:year|month|week|time|spring|summer|"
                            r"autumn|winter)|(?:19|20)\d\d|(?:at|in)\s+the\s+(?:first|second|third|next|later|earlier|"
                            r"last|previous|latest|spring|summer|autumn|winter|annual)|a\s+year\s+(?:earlier|later|"
                            r"before|on)|earlier|later|previously|since)\b")
# (round 20, speed) the pairs compiled once: ``re.search`` with a pattern string looks it up in re's cache each call
_POLES_COMPILED = tuple((re.compile(a), re.compile(b)) for a, b in _POLES)
# (round 28) "among likely voters": whom a poll asked, no probability
_LIKELY_VOTERS = re.compile(r"\blikely\s+(?=voters\b|electors\b)")
# (round 33) not the verb of judging: "Asked to rate the service, 48% said it was good, ..."
_NOT_SPLIT = re.compile(r"\b(?:respectively|each|if|unless|per\s+annum|a\s+year|annual|annually|(?<!\bto\s)rate|rates|yield|"
                        r"yields|interest|inflation|growth|margin|probability|chance|odds|likely)\b")

# (round 27) "Turnout was highest in A, at 64.1%, and lowest in B, where 49.8% voted": the two ends of a range of
# rates, each of its own whole -- never the parts of one (both ends named before the last share)
_HIGH_END = re.compile(r"\b(?:highest|best|biggest|largest|greatest|most)\b")
_LOW_END = re.compile(r"\b(?:lowest|worst|smallest|least|fewest)\b")

# round 17: the source named after the run is no qualifier of the shares: "..., wind 29% and solar 19%, the
# regulator's annual review said" ("annual" there names the report, not a yearly rate)
_ATTRIBUTION_TAIL = re.compile(r",\s*(?:according\s+to\b[^,;:]*|(?:the\s+)?(?:[a-z'-]+\s+){0,5}?(?:said|says|reported|"
                               r"reports|showed|shows|found|finds|estimated|estimates)(?:\s+on\s+[a-z]+)?"
                               # (round 18) "... said in its annual report", "... said in a statement"
                               r"(?:\s+in\s+(?:a|an|its|their|the)\s+(?:[a-z'-]+\s+){0,2}?(?:report|statement|review|"
                               r"update|survey|filing|release|briefing))?)\s*[.!]?[\s\"'”’]*$")


# "..., a margin of almost ten points": the gap between the shares, not a margin of profit
# (round 29) a poll's margin of error told after its shares ("; the margin of error was 3.4 points", "(margin of
# error: 3 points)", ", with a margin of error of plus or minus 3 percentage points"): the poll's precision, not a
# margin between two of its shares nor a rate
_MARGIN_OF_ERROR = re.compile(r"(?:[;,(]\s*|\s)(?:(?:and|with|in\s+a\s+(?:poll|survey)\s+with)\s+)?(?:(?:the|a|an|its)\s+)?"
                              r"(?:(?:poll|survey)(?:'s|’s)\s+)?margin\s+of\s+(?:sampling\s+)?error\b[^;()]*\)?")
_MARGIN_AFTER = re.compile(r"^[^;:]*?\b(?:margin|lead|gap|majority)\s+of\s+(?:[a-z-]+\s+){0,3}?"
                           r"(?:\d[\d.,]*|[a-z-]+)\s+(?:percentage\s+)?points?\b|"
                           r"^[^;:]*?\b(?:\d[\d.,]*|[a-z-]+)[- ](?:percentage[- ])?points?\s+(?:margin|lead|gap)\b")
# (round 59) a sentence opening on the one question asked, and "said" after each share
_ASKED_ONE_QUESTION = re.compile(r"\W*asked\s+(?:how|whether|if|what|which|when|where|who)\b", re.I)
_SAID_AFTER = re.compile(r"(?:\s+of\s+(?:[a-z][\w-]*\s+){1,4}?)?\s*(?:said|answered|replied|chose)\b", re.I)
# (round 62) answers on one scale of how often, the last "never": "46% said they drink coffee every day, 31% drink it
# occasionally and 28% never touch it" -- each one person's one answer; (round 63) or "less often (than once a week)",
# the scale's bottom
_NEVER_LAST = re.compile(r"^\s*(?:(?:said|say|says)\s+(?:they\s+)?)?(?:never|(?:less|more)\s+rarely|hardly\s+ever|"
                         r"less\s+(?:often|frequently)(?:\s+than\b.*)?$)")
_HOW_OFTEN = re.compile(r"\b(?:every\s+(?:day|week|month)|daily|weekly|monthly|occasionally|sometimes|regularly|often|rarely|"
                        r"seldom|always|most\s+days)\b")


# (round 63) the one main way of doing a thing asked ("Asked how they mainly travelled"), each answer a means
_MAINLY = re.compile(r"\b(?:mainly|mostly|usually|normally|chiefly|main|usual)\b", re.I)
_BY_MEANS = re.compile(r"^\s*(?:by|on|in)\s+(?:[a-z][\w-]*\s*){1,4}(?:or\s+(?:by\s+)?[a-z][\w-]*\s*)?\.?\s*$")


_HOW_OFTEN_AFTER = re.compile(r"\s+(?:often|frequently)\b")


def _frequency_answers(heads: list[str]) -> bool:
    return len(heads) >= 3 and bool(_NEVER_LAST.match(heads[-1])) and bool(_SAID_AFTER.match(heads[0])) \
        and all(_HOW_OFTEN.search(h) and not _NEVER_LAST.match(h) for h in heads[:-1])


# "Yes 56.8%, No 43.2%": the shares' subjects are the opposite answers to one question
_POLE_SUBJECTS = ((r"\byes\b", r"\bno\b"), (r"\bfor\b|\bin\s+favou?r\b", r"\bagainst\b"),
                  (r"\bleave\b", r"\bremain\b"), (r"\bayes\b", r"\bnoes\b"))
# "Smith won 52% and Jones 45%": a verb that takes a share of a vote or a market
_TAKE = re.compile(r"\b(?:won|wins|winning|took|takes|polled|polls|secured|secures|garnered|garners|captured|"
                   r"captures|received|receives|claimed|claims)\s*$")
# "72% were resolved ..., and a further 9% are open": a part beside the parts before it
_FURTHER = re.compile(r"\b(?:a\s+further|another|an\s+additional|a\s+additional|further)\s*$")
# "Of the 640 complaints (it received), 72% ...": the sentence opens on the whole
_LEAD_WHOLE = re.compile(r"^\s*(?:(?:and|but|so)\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|those\s+)?")


def _subjects(doc: Document, run: list[Mention]) -> list[str]:
    """The words naming each share's part: for the first, its clause before it;
    for the others, the list item before them."""
    sent = doc.sentences[run[0].sentence]
    first = re.split(r",|;|:|\bwhile\b|\bwith\b", _norm(doc.text[sent.start:run[0].start]))[-1]
    out = [first]
    for k in range(1, len(run)):
        pre = _norm(doc.text[run[k - 1].end:run[k].start])
        out.append(re.split(r",|;|\band\b|\bwhile\b|\bwith\b", pre)[-1])
    return out


def _pole_subjects(subjects: list[str]) -> bool:
    """Every share's subject is one of two opposite answers, and both are there."""
    return any(any(re.search(a, s) for s in subjects) and any(re.search(b, s) for s in subjects)
               and all(re.search(a, s) or re.search(b, s) for s in subjects) for a, b in _POLE_SUBJECTS)


_MAKE_UP_VERB = re.compile(r"\b(?:making|made|makes|make)\s+up\b|\baccount(?:ing|ed|s)?\s+for\b", re.I)


def _without_make_up(text: str) -> str:
    """"with coal making up the remaining 19%": a verb of make-up before a share is no word of change (round 17)."""
    return _MAKE_UP_VERB.sub(" ", text)


def _subject_only(doc: Document, prev: Mention, m: Mention) -> bool:
    """The words before a gapped share are a list separator and a short subject
    ("the opposition", "the Conservatives on")."""
    pre = _norm(doc.text[prev.end:m.start])
    item = re.split(r",|;|\band\b", pre)[-1]
    # "52%, ahead of Hale on 39%": the next share's subject after a word of rank
    item = re.sub(r"^\s*(?:ahead\s+of|behind|followed\s+by|trailed\s+by|trailing|beating|against|with|while)\s+",
                  " ", item)
    item = _without_make_up(item)
    ws = _WORD.findall(item)
    if len(ws) >= 3 and ws[-2:] in (["the", "remaining"], ["the", "other"]) and ws[-3] == "for":
        ws = ws[:-2]  # (round 52) "A accounted for 46%, B for 38% and C for the remaining 21%": the rest's share
    if ws and ws[-1] in ("on", "at", "with"):
        ws = ws[:-1]
    elif len(ws) >= 2 and ws[-1] == "for" and _word_before(doc, prev) == "for" and _made_up_for(doc, prev):
        ws = ws[:-1]  # (round 28) the share's preposition said again: "A accounted for 58%, B for 29% and C for 21%"
    # "smaller parties 9%", "larger firms 30%": a comparative before a noun describes the part, not a change
    return len(ws) <= 6 and not any(w in _NOT_SUBJECT for w in ws) and not _change_word(ws)


# (round 28 review) a verb of make-up whose "for" the later shares say again: "A accounted for 58%, B for 29%"; not
# any "for" or "by" ("a concern for 58% of residents, traffic for 49%"; "cited by 58%, location by 39%": answers
# of a survey, each of the whole)
_MADE_UP_FOR = re.compile(r"\b(?:account(?:s|ed|ing)?|responsible)\s+for\s+(?=\d)", re.I)


def _made_up_for(doc: Document, prev: Mention) -> bool:
    """Is a share up to ``prev`` in its sentence told after "accounted for" / "responsible for"?"""
    return bool(_MADE_UP_FOR.search(doc.text, doc.sentences[prev.sentence].start, prev.end))


def _word_before(doc: Document, m: Mention) -> str | None:
    """The word right before a figure ("for" in "accounted for 58%")."""
    ws = _WORD.findall(_norm(doc.text[max(0, m.start - 16):m.start]))
    return ws[-1] if ws and doc.text[m.start - 1:m.start].isspace() else None


_ADJ_COMPARATIVES = frozenset("higher greater bigger larger smaller lower older younger richer poorer".split())


def _change_word(ws: list[str]) -> bool:
    """A word of change among the words before a share; a comparative before
    a noun describes the part ("smaller parties 9%", "larger firms 30%")."""
    return any(w in CHANGE_WORDS and not (w in _ADJ_COMPARATIVES and k < len(ws) - 1 and ws[k + 1] not in _ADJ_COMPARATIVES)
               for k, w in enumerate(ws))


# "98% of precincts counted", "with 90% of the vote in"
_COUNTED = re.compile(r"^\s*of\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){0,2}?(?:precincts?|votes?|ballots?|polling\s+"
                      r"(?:stations|places|districts)|districts|constituencies)\s+(?:counted|reporting|reported|"
                      # round 15: "with 90% of the vote in" (so far), not "54% of the vote in the election"
                      r"in(?=\s*(?:[,.;:)!?]|$|so\s+far\b|and\b|with\b))|"
                      r"tallied|declared|processed)\b")
_POLL = re.compile(r"\b(?:poll|polls|polling|survey|vote|votes|ballot|ballots|elections?|respondents|runoff|"
                   r"run-off|referendum|primary|caucus|precincts?|constituency|"
                   r"electorate|voters)\b")
# "... and Jones 45% in Sunday's run-off": the vote all the shares are of
_IN_THE_VOTE = re.compile(r"^\s*(?:in|at)\s+(?!(?:[\w'-]+\s+){0,2}?(?:last|previous|earlier|next|prior)\b)"
                          r"(?:[\w'-]+\s+){0,3}?(?:poll|vote|ballot|election|runoff|run-off|"
                          r"referendum|primary|caucus)s?\b\s*[.!?\"”]*\s*$")

# (round 28) "... and Holloway on 19% among likely voters": the people polled, whom all the shares are of (not a
# group of them named on one share only, "among Hispanic voters", "among young voters": review rv28-mixed item 3)
_AMONG_THE_POLLED = re.compile(r"^\s*among\s+(?:(?:all|the)\s+)?(?:(?:likely|registered|eligible)\s+)?(?:voters|electors|"
                               r"respondents|adults|(?:those|people)\s+" + ASKED_IN_A_POLL + r")\b\s*[.!?\"”]*\s*$")


# "allocates 45% to schools, 30% to clinics and 25% to roads": one whole handed out
_ALLOCATE = re.compile(r"\b(?:allocat\w*|split|splits|splitting|divid\w*|distribut\w*|earmark\w*|assign\w*|"
                       r"devot\w*|apportion\w*|spend|spends|spent|spending|give|gives|gave|given|giving|"
                       r"award\w*|hand\w*(?:\s+out)?|goes|go|went|going|channel\w*|set\s+aside|sets\s+aside)\b")
_TO_PART = re.compile(r"^\s*(?:(?:is|are|was|were|will\s+be)\s+(?:reserved|set\s+aside|earmarked|allocated|kept)\s+)?"
                      r"(?:to|for|on)\s+(?:the\s+|its\s+|their\s+)?[a-z]")  # (round 62: "and 21% is reserved for")
# the first share may name the whole handed out: "45% of the $2.1bn would go to schools"
_FIRST_TO_PART = re.compile(r"^\s*(?:of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?[^,;]{1,40}?\s+)?"
                            r"(?:(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?(?:be\s+)?"
                            r"(?:go|goes|went|is\s+\w+|was\s+\w+|are\s+\w+|were\s+\w+|\w+ed)\s+)?"
                            r"(?:to|for|on)\s+(?:the\s+|its\s+|their\s+)?[a-z]")


# "revenue came 60% from Europe, 30% from Asia": one whole drawn from its sources
_SOURCE = re.compile(r"\b(?:came|comes|come|coming|derived|derives|drawn|draws|drew|sourced|raised|raises)\b")
_FROM_PART = re.compile(r"^\s*from\s+(?:the\s+|its\s+|their\s+)?[a-z]")


def _allocation(doc: Document, run: list[Mention], heads: list[str]) -> bool:
    """Each share goes "to" a part, after a verb that hands out one whole (or
    comes "from" a part, after a verb that draws one whole from its sources)."""
    sent = doc.sentences[run[0].sentence]
    clause = re.split(r";|\b(?:while|but|whereas)\b", _norm(doc.text[sent.start:run[0].start]))[-1]
    if all(_FROM_PART.match(h) for h in heads):
        verb = _SOURCE
    elif _FIRST_TO_PART.match(heads[0]) and all(_TO_PART.match(h) for h in heads[1:]):
        verb = _ALLOCATE
    else:
        return False
    if verb is _ALLOCATE and _ALLOCATE.search(heads[0]):  # "55% goes to equities, ..."
        return True
    verbs = list(verb.finditer(clause))
    if not verbs:
        return False
    # the verb hands out the shares themselves: "splits its budget 45% to ...", not "gave discounts of 45% to"
    gap = _WORD.findall(clause[verbs[-1].end():])
    return len(gap) <= 4 and not any(w in _PREPS or w in CHANGE_WORDS for w in gap)


# "assets are split between equities (55%), ...": a verb dividing one whole among the parts named
_SPLIT_AMONG = re.compile(r"\b(?:split|splits|divided|divides|broken\s+down|breaks\s+down|spread|shared|allocated|"
                          r"apportioned|distributed)\s+(?:[\w'-]+\s+){0,3}?(?:between|among|amongst|across|into|as)\s+"
                          r"(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s*\($")


# words no label of a bracketed part holds: a verb, a comparison
_NOT_IN_LABEL = frozenset("""is are was were be been being will would could should may might has have had said says say
    do does did if when than compared versus vs rose fell""".split())


def _bracket_label_only(doc: Document, prev: Mention, m: Mention) -> bool:
    """(round 46) The words before a bracketed share are a list separator and a part's label, which may hold a
    preposition: "..., masters swimmers (38%) and adults on the learn-to-swim programme (27%)"."""
    item = re.split(r",|;|\band\b", _norm(doc.text[prev.end:m.start]))[-1]
    ws = _WORD.findall(item)
    return 0 < len(ws) <= 8 and not any(w in _NOT_IN_LABEL for w in ws) and not _change_word(ws)


def _bracketed_split(doc: Document, run: list[Mention]) -> bool:
    """"The fund's assets are split between equities (55%), bonds (35%) and
    cash (10%)": each share in brackets after its part, the first after a
    verb dividing one whole among them."""
    text = doc.text
    if not all(text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")" for m in run):
        return False
    sent = doc.sentences[run[0].sentence]
    return bool(_SPLIT_AMONG.search(_norm(text[sent.start:run[0].start])))


def _further(doc: Document, run: list[Mention], heads: list[str], qualified: list[bool]) -> bool:
    """"Of the 640 complaints, 72% were resolved and a further 9% are open":
    the sentence opens on the whole (or the first share names it), every
    share says what its part did, and one is "a further" or "another" share
    beside the ones before it."""
    if not any(_FURTHER.search(_norm(doc.text[run[k - 1].end:run[k].start])) for k in range(1, len(run))):
        return False
    if any(not _bare(h) and _QUALIFIER.match(h) and not _OF_WHOLE.match(h) for h in heads[:1]) \
            or any(qualified[1:]) or any(_OF_WHOLE.match(h) for h in heads[1:]):
        return False
    sent = doc.sentences[run[0].sentence]
    lead = _norm(doc.text[sent.start:run[0].start])
    return bool(_LEAD_WHOLE.match(lead) and "," in lead) or bool(_OF_WHOLE.match(heads[0]))


_ANSWER = re.compile(r"\b(?:in\s+favou?r|support|oppose|against|approve|disapprove|agree|disagree|yes|no|"
                     r"leave|remain|stay|quit|go|join|accept|reject|strike)\b")


# (round 30) the first share's head names a choice of a vote to come, the later ones only the choice: "38% said they
# would vote Reform, 27% Labour", "41% intend to back the mayor, 35% her rival"
_VOTE_INTENTION = re.compile(r"^\s*(?:of\s+[^,;:%]{1,40}?\s+)?(?:(?:said|say|says)\s+(?:that\s+)?they\s+)?(?:would|will|planned\s+to|plan\s+to|"
                             r"intended\s+to|intend\s+to|were\s+likely\s+to|are\s+likely\s+to)\s+"
                             r"(?:vote(?:\s+for)?|back|support|choose|pick)\s+\S")
# the later share's head: a name (capitalised, perhaps after "the" or "her|his|their"), nothing more to its separator
_NAMED_CHOICE = re.compile(r"\s*(?:(?:for|the|her|his|their)\s+)*(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*|\s+rival|\s+party){0,3}"
                           r"\s*(?:[,;.]|\s+and\b|\s+or\b|$)")


# (the words between two of those shares: the first's head, then only a list separator, not a new group: "80% said
# they would back A, 15% B" but not "..., 15% B; of Reform voters, 70% C")
_LIST_ITEM = re.compile(r"[^,;]*?(?=[,;]|\band\b|\bor\b|$)")
_JOINED_ONLY = re.compile(r"\s*[,;]?\s*(?:(?:and|or)\s*)?$")


def _named_choice(doc: Document, m: Mention) -> bool:
    return bool(_NAMED_CHOICE.match(doc.text, m.end))


def _elided_answer(first: str, head: str) -> bool:
    """"54 pct voted to leave and 49 pct to remain": the verb of the first
    answer is left out of the next, which keeps its preposition and names an
    answer."""
    ws = _WORD.findall(head)
    return bool(ws) and ws[0] in _WORD.findall(first) and bool(_ANSWER.search(head) or _RESIDUAL.search(head))


def _whole(head: str) -> str:
    ws = _WORD.findall(head)[:4]
    while len(ws) > 2 and ws[-1] in _WHOLE_STOP:
        ws.pop()  # (round 52) "of coffee exports by volume": the whole, not its preposition
    return "shares " + " ".join(ws)


_WHOLE_STOP = frozenset("by in at on for from to last this next".split())


def _bare(head: str) -> str:
    """What a share's head says beyond punctuation ("between them", "combined" add nothing)."""
    head = re.sub(r"^\s*(?:between\s+them|combined|together|in\s+all|in\s+total|each)\b", "", head)
    return head.strip(" .;:!?\"'”“)(-–—")


# "31% expect no change": the middle answer on a scale whose ends are a rise and a fall
# "41% in favour": an answer after its share
_IN_FAVOUR = re.compile(r"^\s*(?:in\s+favou?r\b(?!\s+of\s+(?:the\s+)?(?:\d|[a-z]+\s+\d))|for\s+it\b)")  # round 29: "for it"
_MIDDLE = re.compile(r"\b(?:about\s+right|just\s+right|(?:the\s+)?right\s+(?:amount|level|size|length)|no\s+change|unchanged|(?:stay|stays|stayed|remain|remains|remained|about|much)\s+the\s+same|"
                     r"no\s+different|(?:evenly|equally)\s+between|half\s+and\s+half)\b")
# (round 34) "about as often" is the middle of a frequency scale only beside both its ends, "more often" and "less
# often": "58% said less often, 31% about as often and 24% more often"
_AS_OFTEN = re.compile(r"\b(?:about|roughly|just)\s+as\s+(often|frequently)\b")


def _frequency_middle(sentence: str) -> bool:
    """The sentence names a frequency scale's middle and both of its ends, and at most one share names its group
    ("44% of members ..., 41% of staff ...": the answers of several groups, each its own whole)."""
    mid = _AS_OFTEN.search(sentence)
    if mid is None or len(re.findall(r"(?:%|\bper\s+cent)\s+of\s", sentence)) > 1:
        return False
    word = mid.group(1)
    return bool(re.search(r"\b(?:more|most)\s+" + word + r"\b", sentence)) \
        and bool(re.search(r"\b(?:less|least)\s+" + word + r"\b", sentence))
_SCALE_END = re.compile(r"\b(?:too\s+(?:much|little|many|few|long|short|high|low|big|small|fast|slow|hard|easy)|better|worse|higher|lower|more|less|fewer|improve\w*|deteriorat\w*|rise|fall|increase|"
                        r"decrease|up|down)\b")


# the verb each answer on a scale opens with: "57% of growers expect ...", "31% said ..."
_OPINION = re.compile(r"^\s*(?:of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+)?(?:(?:are|were|is|was)\s+)?"
                      r"(?:expect\w*|said|say|says|think\w*|thought|believ\w*|predict\w*|anticipat\w*|forecast\w*|"
                      r"see|sees|saw|foresee\w*|foresaw|reported|report|reports|want\w*|prefer\w*"
                      r"|(?:had|have|has)\s+seen)\b")  # (round 61) "46% had seen sales fall"


def _scale(doc: Document, run: list[Mention]) -> bool:
    """"52% expect higher rates, 30% expect no change and 18% said ...": each
    share opens on a verb of opinion and one names the middle of a scale."""
    sent = doc.sentences[run[0].sentence]
    sentence = _norm(doc.text[sent.start:sent.end])
    if not _MIDDLE.search(sentence) and not _frequency_middle(sentence):
        return False
    ends = [m.start for m in run[1:]] + [sent.end]
    heads = [_norm(doc.text[m.end:e]) for m, e in zip(run, ends)]
    # the verb may be left out after the first: "48% said they play mainly at weekends, 39% mainly on weekdays
    # and 22% said they split it evenly between the two" (round 11)
    return bool(_OPINION.match(heads[0])) and all(_OPINION.match(h) or k and _GAPPED_ANSWER.match(h)
                                                  for k, h in enumerate(heads))


# a gapped answer: a few words placing it, no verb of its own, up to the next share's list joint
_GAPPED_ANSWER = re.compile(r"^\s*(?:(?:mainly|mostly|only|largely|usually|chiefly)\s+)?(?:on|at|in|by|for|with|from)\s+"
                            r"(?:[\w'-]+\s+){0,3}?[\w'-]+\s*(?:,|\band)?\s*$")


# "48% rated their stay excellent, 37% good and 15% poor": each share one rating on one scale, the first with
# the verb of judging, the others the rating alone
_RATING = (r"(?:(?:very|quite|fairly|reasonably)\s+)?(?:excellent|outstanding|good|fair|average|adequate|satisfactory|"
           r"acceptable|poor|bad|inadequate|unsatisfactory|terrible|awful)")
_RATING_FIRST = re.compile(r"\b(?:rated|rate|rates|rating|described|judged|graded|said|says|called|considered|thought|"
                           r"found)\b[^,;:()%]{0,40}?\b(?:as\s+|was\s+|were\s+|is\s+|are\s+)?" + _RATING + r"$")
# the others: the rating alone, or the verb again on a pronoun ("37% rated it fair")
# (round 33) or the verb of saying again with the pronoun and its copula ("29% said it was fair")
# (round 49) or the verb of saying alone, and two ratings joined ("31% said good and 23% said fair or poor")
_RATING_NEXT = re.compile(r"^(?:(?:rated|rate|described|judged|graded|called|considered|found|thought)\s+(?:it|them)\s+|"
                          r"(?:said|say|says|felt|feel|thought|think|found|find)\s+(?:(?:that\s+)?(?:it|they)\s+"
                          r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?)?"
                          r"(?:as\s+)?" + _RATING + r"(?:\s+or\s+" + _RATING + r")?$")
# "rated their stay excellent (48%), good (37%) or poor (26%)": the ratings before their shares in brackets
_RATING_BRACKET = re.compile(r"\b" + _RATING + r"\s*\($")
_RATING_VERB = re.compile(r"\b(?:rated|rate|rates|rating|described|judged|graded|called|considered)\b")


def _ratings(heads: list[str], doc: Document | None = None, run: list[Mention] = ()) -> bool:
    """The shares give one rating each on one scale: the first names the
    verb of judging and its rating, the others only a rating; or each share
    in brackets after its rating, the verb of judging before the first."""
    bare = [_bare(h) for h in heads]
    if len(heads) >= 3 and bool(_RATING_FIRST.search(bare[0])) and all(_RATING_NEXT.match(b) for b in bare[1:]) \
            and len(set(bare)) == len(bare):
        return True
    if doc is None or len(run) < 3:
        return False
    sent = doc.sentences[run[0].sentence]
    pres = [_norm(doc.text[(run[k - 1].end if k else sent.start):m.start]) for k, m in enumerate(run)]
    ratings = [_RATING_BRACKET.search(p) for p in pres]
    return all(ratings) and bool(_RATING_VERB.search(pres[0])) and len({r.group(0) for r in ratings}) == len(run) \
        and all(len(_WORD.findall(p)) <= 3 for p in pres[1:])


# the first share's verb of choosing, the later shares' options named with the verb left out
_CHOICE_HEAD = re.compile(r"^\s*(?:chose|choose|backed|back|favoured|favored|favour|favor|supported|support|preferred|"
                          r"prefer|picked|pick|named|name|opted\s+for|voted\s+for|would\s+(?:vote\s+for|back|choose|"
                          r"pick|support))\s+\S", re.I)
_OPTION_HEAD = re.compile(r"^\s*(?:the\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,3}\s*$", re.I)
_NOT_OPTION = re.compile(r"\b(?:said|say|says|of|in|on|at|than|from|to|up|down|rose|fell|were|was|are|is)\b", re.I)
# (review rv29-percent item 7) "named the economy as a top issue": one of several each, not one choice
_ONE_OF_SEVERAL = re.compile(r"\bas\s+(?:an?|one\s+of)\s", re.I)


def _choices(run: list[Mention], heads: list[str], sentence: str) -> bool:
    """"38% chose the Conservatives, 33% Labour, 19% the Liberal Democrats and 16% other parties": one
    question's options, the verb told once -- three shares at least, or a poll named."""
    if len(run) < 2 or not _CHOICE_HEAD.match(heads[0]) or not (len(run) >= 3 or _POLL.search(sentence)) \
            or _ONE_OF_SEVERAL.search(heads[0]):
        return False
    # (round 22: the last option before the full stop, "and 35% Reform.", is read without it)
    return all((b := _bare(h)) and _OPTION_HEAD.match(b) and not _NOT_OPTION.search(h) for h in heads[1:])


def _answer_options(sentence: str) -> bool:
    if _RESIDUAL.search(sentence):
        return True
    if _MIDDLE.search(sentence) and _SCALE_END.search(sentence) or _frequency_middle(sentence):
        return True
    return _poles(sentence)


def _poles(sentence: str) -> bool:
    """The sentence names both ends of one question's answers ("backed", "opposed"); an "-ing" side only of
    the thing voted on."""
    sentence = _AGAINST_EARLIER.sub(" ", _ING_STANCE.sub(" ", sentence))
    return any(a.search(sentence) and b.search(sentence) for a, b in _POLES_COMPILED)


# round 23: "Residents were split three ways: 48% ..., 29% ... and 31% ...", "Opinion was divided: ...": the
# sentence names the split before a colon (or dash) that opens the run of shares, nothing but words between
_SPLIT_NAMED = re.compile(r"\b(?:were|was|are|is|remain|remains|remained|stood|stand|stands)\s+(?:(?:sharply|evenly|"
                          r"deeply|bitterly|almost|roughly|fairly|neatly|closely)\s+)?(?:split|divided)\b"
                          r"(?:\s+(?:two|three|four|five|\d)\s+ways)?[^:;%\d()–—-]{0,60}(?::|\s[–—-]+|[–—])\s*$", re.I)


def _split_named(doc: Document, first: Mention) -> bool:
    sent = doc.sentences[first.sentence]
    return bool(_SPLIT_NAMED.search(doc.text, sent.start, first.start))


def _fraction_share(m: Mention) -> bool:
    """"Half goes to roads, 35% to rail": a fraction word among the shares."""
    return m.kind == Kind.FRACTION and m.value is not None and 0 < m.value < 1 and m.unit != "quantifier" \
        and m.interval is not None


def share_percent(m: Mention) -> tuple[Fraction, Interval]:
    """A share of a split in percent: "35%" -> 35; "half" -> 50 (45 to 55)."""
    if m.kind == Kind.FRACTION:
        return m.value * 100, m.interval.scale(Fraction(100))
    return m.value, m.interval


_ANSWER_VERB = re.compile(r"\b(?:backed|supported|opposed|said|wanted|favou?red|preferred|chose|rejected|agreed|"
                          r"disagreed|thought|believed|voted)\b", re.I)
# (round 37) the proposal an answer backs or opposes, no change of the shares: "46 per cent backed raising the age"
_ANSWERED_PROPOSAL = re.compile(r"\b(?:backed|supported|opposed|favou?red|rejected|wanted|preferred|"
                                r"in\s+favou?r\s+of)\s+[a-z]+ing\b", re.I)  # (round 54: "in favour of raising the dam")
_NEXT_ANSWER = re.compile(r"[^,;.\d]{0,30}?,\s*(?:and\s+|while\s+|with\s+)?")


@needs(Kind.PERCENT)
@needs(Kind.PERCENT, Kind.FRACTION, count=2)  # a run of two shares at least, one a percentage
def find_share_splits(doc: Document):
    in_frames = set()
    for f in frames(doc):
        in_frames.update((id(f.size), id(f.old), id(f.new)))
    by_sent: dict[int, list[Mention]] = {}
    for m in quantities(doc):
        by_sent.setdefault(m.sentence, []).append(m)
    for idx, ms in by_sent.items():
        sent = doc.sentences[idx]
        if sent.headline or not any(m.kind == Kind.PERCENT for m in ms):
            continue  # a split yields only a run holding a percentage: a sentence without one has none
        run: list[Mention] = []
        for k, m in enumerate(ms + [None]):
            if m is not None and m.kind == Kind.PERCENT and _COUNTED.match(_norm(doc.text[m.end:sent.end])):
                continue  # "with 98% of precincts counted": how far the count has gone, not a share
            if m is not None and _period_half(doc, m):
                continue  # (round 28) "in the half-year to June", "in the first half": the period, no share
            if m is not None and (m.kind == Kind.PERCENT or _fraction_share(m)) \
                    and not _TURNOUT_BEFORE.search(_norm(doc.text[ms[k - 1].end if k else sent.start:m.start])):
                run.append(m)
                continue
            if m is not None and m.kind in (Kind.YEAR, Kind.DATE, Kind.WEEKDAY, Kind.TIME, Kind.ORDINAL,
                                            Kind.DURATION):
                continue
            if m is not None and run and m.kind in (Kind.MEASURE, Kind.MONEY, Kind.COUNT) and _split_named(doc, run[0]):
                continue  # round 23: "split three ways: 48% said it should stay at 30mph, 29% ...": an answer's own figure
            if m is not None and run and m.kind == Kind.COUNT and m.noun \
                    and _SCOPE_BEFORE.search(_norm(doc.text[run[-1].end:m.start])):
                continue  # round 15: "54% of the vote in the city's 14 wards, ...": where the shares were counted
            if m is not None and len(run) == 1 and (m.kind in (Kind.COUNT, Kind.MONEY) or m.kind == Kind.MEASURE
                                                    and _measured_whole_of_kinds(doc, run[0], m)) \
                    and _OF_COUNT.match(_norm(doc.text[run[-1].end:m.start])):
                continue
            if m is not None and run and m.kind == Kind.COUNT and _in_subject(doc, run[-1], m, ms[k + 1:]):
                continue
            if m is not None and run and run[-1].kind == Kind.PERCENT and k + 1 < len(ms) \
                    and ms[k + 1].kind == Kind.PERCENT and m.kind in (Kind.COUNT, Kind.MEASURE, Kind.MONEY) \
                    and _ANSWER_VERB.search(doc.text, run[-1].end, m.start) \
                    and _NEXT_ANSWER.fullmatch(doc.text, m.end, ms[k + 1].start):
                continue  # (round 37) "46 per cent backed raising the pension age to 70, 41 per cent opposed it":
                # a figure inside an answer, the next answer's share right after it
            if len(run) >= 2 and any(r.kind == Kind.PERCENT for r in run):
                if names_group_with_member(words(doc.text[sent.start:sent.end])):
                    # (round 29) "Renewables supplied 58%, wind 39% and hydro 12%": a group and its members
                    nested = _members_of_group_share(doc, run)
                    if nested is not None:
                        yield nested
                    run = []
                    continue
                rel = _split(doc, run, in_frames) or (_by_to(doc, run, in_frames) or _lead_with_undecided(doc, run, in_frames)
                                                      if all(r.kind == Kind.PERCENT for r in run) else None)
                if rel is not None and _beyond_one_slip(rel.shares):
                    rel = None  # "A second with 78.9% of flights on time, B on 76.2% and C on 74.8%": rates
                if rel is not None:
                    yield rel
                    wider = _rest_with_share_before(doc, rel, in_frames)
                    if wider is not None:
                        yield wider
                    margin = _margin(doc, rel, ms)
                    if margin is not None:
                        yield margin
                    winner = _winner_before(doc, by_sent, rel) if rel.cue in _VOTE_CUES else None
                    if winner is not None:
                        yield ShareSplit(link="inferred", cue="vote shares, the winner's in the sentence before",
                                         shares=(winner,) + rel.shares)
                else:
                    rest = _rest_in_next_sentence(doc, run, by_sent)
                    if rest is not None:
                        yield rest
            run = []


# (round 52) the next sentence opening on the rest's share: "The remaining 22% is being held ..."
_REST_OPENS = re.compile(r"\W*(?:and\s+|but\s+)?the\s+(?:remaining|other)\s+$", re.I)


def _rest_in_next_sentence(doc: Document, run: list[Mention], by_sent) -> ShareSplit | None:
    """(round 52) "Of the crop, 46% went to spinners and 38% was shipped abroad. The remaining 22% is held in
    warehouses": a sentence opening on its whole ("Of WHOLE,"), shares of it joined by commas and "and" with no word
    of change, then the next sentence of the paragraph opening on the rest's share -- the list closed a sentence
    later, so the shares must make the whole (inferred)."""
    idx = run[0].sentence
    sent, nxt = doc.sentences[idx], idx + 1
    if any(m.kind != Kind.PERCENT or m.is_range or m.value is None for m in run) \
            or nxt >= len(doc.sentences) or doc.sentences[nxt].paragraph != sent.paragraph \
            or not _LEAD_OF_WHOLE.match(_norm(doc.text[sent.start:run[0].start])) \
            or _change_word(_WORD.findall(_norm(doc.text[sent.start:sent.end]))) \
            or any(not re.search(r",|\band\b", _norm(doc.text[a.end:b.start])) for a, b in zip(run, run[1:])):
        return None
    if any(m.kind == Kind.PERCENT and m.start > run[-1].end for m in by_sent.get(idx, ())):
        return None
    later = [m for m in by_sent.get(nxt, ()) if m.kind == Kind.PERCENT]
    if len(later) != 1 or later[0].is_range or later[0].value is None \
            or not _REST_OPENS.fullmatch(doc.text, doc.sentences[nxt].start, later[0].start) \
            or re.match(r"\s+of\s", doc.text[later[0].end:later[0].end + 4]):
        return None  # (not "The other 12% of growers": a share of another whole)
    return ShareSplit(link="inferred", cue="the rest told in the next sentence", shares=tuple(run) + (later[0],),
                      complete=True)


def _members_of_group_share(doc: Document, run: list[Mention]) -> PartsOfWhole | None:
    """(round 29) The first share names a group of sources and every later one a member of it ("Renewables
    generated 47.3%, with wind providing 28.7%, solar 4.9% and hydro 2.1%"): the members' shares are some of
    the group's, so they may not add up to more."""
    if any(m.kind != Kind.PERCENT or m.value is None for m in run):
        return None
    opening = set(words(doc.text[doc.sentences[run[0].sentence].start:run[0].start]))
    groups = [members for group, members in SOURCE_GROUPS.items() if group in opening]
    if len(groups) != 1:
        return None
    labels = [set(words(doc.text[a.end:b.start])) for a, b in zip(run, run[1:])]
    if not all(label & groups[0] for label in labels):
        return None
    return PartsOfWhole(link="inferred", cue="a group's share and its members'", total=run[0], parts=tuple(run[1:]),
                        complete=False, bounded=True)


def _beyond_one_slip(shares) -> bool:
    """Shares that would overflow one whole even without their largest: one slipped figure cannot explain them,
    so they are rates of several wholes, not one split ("Celtic Air was second with 78.9% of flights on time,
    followed by Solent Jet on 76.2% and Atlas Wings on 73.5%": each airline's own flights; round 23)."""
    values = [m.value for m in shares if m.kind == Kind.PERCENT and m.value is not None]
    return len(values) >= 3 and sum(values) - max(values) > 100 + Fraction(len(values), 2)


# round 16: "Northwind owns 51% of the project. Fjord holds 29%, and the remaining 20% belongs to ...": the
# list ending on the rest may open in the sentence before, on that sentence's one share
_REST_CUE = "the whole, ending with the rest"


def _share_before_list(doc: Document, run: list[Mention], in_frames: set, words_too: bool = False) -> Mention | None:
    """The one percentage of the sentence right before ``run``'s (same paragraph, no headline) that may open
    the list the run ends with the rest: "A owns 51% of it. B holds 29%, and the remaining 20% ..."; None
    when that sentence holds no share, several, or one of a change or a turnout."""
    idx = run[0].sentence
    prev = _sentence_before_in_paragraph(doc, idx)
    if prev is None:
        return None
    shares = [m for m in doc.mentions_in(idx - 1) if m.kind == Kind.PERCENT or _fraction_share(m)]
    if len(shares) != 1:
        return None
    share = shares[0]
    # (round 25, ``words_too``: or a fraction in words of a named whole, "Nearly two-thirds of calls ...")
    in_words = words_too and share.kind == Kind.FRACTION and _OF_AFTER.match(doc.text, share.end) is not None
    if share.kind != Kind.PERCENT and not in_words or share.is_range or share.value is None or share.interval is None \
            or share.value > 100 or id(share) in in_frames or share.compound:
        return None
    if _TURNOUT_BEFORE.search(_norm(doc.text[prev.start:share.start])):
        return None
    return share


def _shares_before_fill(doc: Document, run: list[Mention]) -> bool:
    """(round 33) A list ending on the rest that falls short of the whole, after a sentence of the same
    paragraph with several shares of its own: "A took 33.9%, down from 45.2%, while B rose to 29.4%. C took
    17.6%, D 11.8% and others 7.3%" -- the list may open there, so the rest is not the rest of these alone."""
    idx = run[0].sentence
    if sum(m.value for m in run) >= 100 or _sentence_before_in_paragraph(doc, idx) is None:
        return False
    return sum(1 for m in doc.mentions_in(idx - 1) if m.kind == Kind.PERCENT) >= 2


def _sentence_before_in_paragraph(doc: Document, idx: int):
    """The sentence right before sentence ``idx`` when it is body text of the same paragraph (no headline, no
    page chrome); None otherwise."""
    if idx == 0:
        return None
    prev = doc.sentences[idx - 1]
    if prev.headline or prev.chrome or prev.paragraph != doc.sentences[idx].paragraph:
        return None
    return prev


def _rest_with_share_before(doc: Document, split: ShareSplit, in_frames: set) -> ShareSplit | None:
    """Round 16: a list ending on the rest whose own shares fall short of the whole, and the one share of the
    sentence before: together the whole (inferred; "Northwind owns 51%. Fjord holds 29%, and the remaining
    20% ...": 51 + 29 + 20 = 100)."""
    if split.cue != _REST_CUE or split.complete or any(m.kind != Kind.PERCENT for m in split.shares):
        return None
    if any(p.kind == Kind.PERCENT and p.end <= split.shares[0].start
           for p in doc.mentions_in(split.shares[0].sentence)):
        return None  # a share before the run in its own sentence: which opens the list is unclear
    hi = sum((m.interval.hi for m in split.shares), Fraction(0))
    if hi >= 100:
        return None  # the run reaches the whole on its own: the share before is of something else
    share = _share_before_list(doc, list(split.shares), in_frames)
    if share is None:
        return None
    return ShareSplit(link="inferred", cue=_REST_CUE + ", the first share in the sentence before",
                      shares=(share,) + split.shares, complete=True)


# round 25: "Crews reached 62% of the calls in time. The remaining 38% took longer": a sentence opening on the rest
# (its only share) of the whole the sentence before shares out (that sentence's only share)
_REST_CUE_BEFORE = "the rest of the share in the sentence before"


@needs(Kind.PERCENT)
@needs(Kind.PERCENT, Kind.FRACTION, count=2)
@needs(words=("remaining", "other", "rest"))
def find_rest_after_share(doc: Document):
    """The rest opening a sentence and the one share of the sentence before: together the whole (inferred).  The
    share before names its whole ("62% of the calls", "two-thirds of the calls"; not a rate: "Inflation was 4%",
    "charges 4.5% interest"), and the rest's sentence names no further rest ("and the rest to the council"); "The
    other N%" may be another group ("30% own a dog. The other 25% keep a cat"): a slip only when the two pass 100%."""
    in_frames: set = set()
    for f in frames(doc):
        in_frames.update((id(f.size), id(f.old), id(f.new)))
    for idx, sent in enumerate(doc.sentences):
        if idx == 0 or sent.headline or sent.chrome:
            continue
        shares = [m for m in doc.mentions_in(idx) if m.kind == Kind.PERCENT or _fraction_share(m)]
        if len(shares) != 1 or shares[0].kind != Kind.PERCENT:
            continue
        rest = shares[0]
        if rest.is_range or rest.value is None or rest.interval is None or rest.value > 100 or rest.compound \
                or id(rest) in in_frames or not _REST_LEAD.match(doc.text[sent.start:rest.start]) \
                or _sized_change(doc, rest) or _REST.search(doc.text, rest.end, sent.end):
            continue  # (review) "The remaining 30% belongs to farmers, and the rest to the council": a further rest
        share = _share_before_list(doc, [rest], in_frames, words_too=True)
        if share is None or _OF_AFTER.match(doc.text, share.end) is None or _sized_change(doc, share) \
                or _other_wholes(doc, share, rest):
            continue  # (review) a share of no whole named ("Inflation was 4%", "rates at 5.25%") is a rate, no part
        if "other" in doc.text[sent.start:rest.start].lower().split() and share.kind == Kind.PERCENT \
                and share.value + rest.value <= 100:
            continue  # (review) "The other 25% keep a cat": "the other" may be another group; only too much is a slip
        yield ShareSplit(link="inferred", cue=_REST_CUE_BEFORE, shares=(share, rest), complete=True)


# the whole named after a share: "of the calls", "of its budget", "of the trust's budget"
_WHOLE_NAMED = re.compile(r"\s+of\s+(?:(?:the|its|their|all|this|that|[\w'’-]+['’]s?)\s+){0,2}([a-z][a-z-]+)")


def _other_wholes(doc: Document, share: Mention, rest: Mention) -> bool:
    """Both shares name their whole and not by one word: "62% of the calls ... The remaining 48% of the trust's
    budget" (the rest of another whole)."""
    named = [_WHOLE_NAMED.match(doc.text, m.end) for m in (share, rest)]
    return all(named) and named[0].group(1)[:4] != named[1].group(1)[:4]


def _sized_change(doc: Document, m: Mention) -> bool:
    """``m`` sizes a change ("rose 12%", "a 12% rise"): no share of a whole."""
    ms = doc.mentions_in(m.sentence)
    k = ms.index(m)
    sent = doc.sentences[m.sentence]
    return any(r.name == "mag" for r in roles_for(doc, m, ms[k - 1].end if k else sent.start,
                                                   ms[k + 1].start if k + 1 < len(ms) else sent.end))


_SCOPE_BEFORE = re.compile(r"^\s*of\s+(?:the\s+)?(?:votes?|ballots?)(?:\s+cast)?\s+(?:in|across|over|throughout)\s+"
                           r"(?:(?:the|its|their|all)\s+)?(?:[\w'’-]+(?:'s|’s)\s+)?$")
# round 15: ", with turnout at 41%", "Turnout was 41%": the share of another whole is no part of a run of shares
_TURNOUT_BEFORE = re.compile(r"\b(?:turnout|participation|response\s+rate)\b[^,;]*$")
_VOTE_CUES = ("shares taken", "poll shares")
# "won the by-election with 34.2% of the vote", "took 41% of the votes cast"
_WINNER_BEFORE = re.compile(r"\b(?:won|wins|took|takes|polled|secured|captured|claimed|with|on)\s+"
                            r"(?:(?:just|only|some|nearly|almost|about|around|over|more\s+than)\s+)?$")
_OF_THE_VOTE = re.compile(r"^\s*of\s+(?:the\s+|all\s+)?(?:votes?|ballots?)(?:\s+cast)?\b")
_OTHER_VOTE = re.compile(r"\b(?:turnout|last\s+time|previous|previously|first\s+round|run-?off|ago|then|in\s+\d{4})\b")


def _winner_before(doc: Document, by_sent: dict[int, list[Mention]], split: ShareSplit) -> Mention | None:
    """"Reform won the by-election with 34.2% of the vote. Labour took 29.6%,
    the Conservatives 22.7% and the Greens 11.4%": the winner's share of the
    vote in the sentence before the others' shares taken (the same paragraph,
    its only percentage; neither sentence names another vote or a year)."""
    idx = split.shares[0].sentence
    if idx == 0 or split.complete:
        return None
    prev, sent = doc.sentences[idx - 1], doc.sentences[idx]
    if prev.headline or prev.paragraph != sent.paragraph:
        return None
    shares = [m for m in by_sent.get(idx - 1, []) if m.kind == Kind.PERCENT or _fraction_share(m)]
    if len(shares) != 1 or shares[0].kind != Kind.PERCENT or shares[0].is_range or shares[0].interval is None:
        return None
    share = shares[0]
    text = _norm(doc.text[prev.start:sent.end])
    if any(m.kind == Kind.YEAR for m in by_sent.get(idx - 1, []) + by_sent.get(idx, [])) or _OTHER_VOTE.search(text):
        return None
    if not _WINNER_BEFORE.search(_norm(doc.text[max(prev.start, share.start - 40):share.start])):
        return None
    of = _OF_THE_VOTE.match(_norm(doc.text[share.end:prev.end]))
    # the vote named alone, closing its sentence ("... of the vote in the city": a vote of its own), and the next
    # sentence opening on its subject ("In the county, ...": another vote)
    if not of or not re.match(r"\s*(?:[,.;!?]|$)", doc.text[share.end + of.end():prev.end]) \
            or re.match(r"\W*(?:in|at|across|among|for|of|outside|elsewhere|meanwhile|nationally|locally)\b",
                        _norm(doc.text[sent.start:split.shares[0].start])):
        return None
    return share


_MARGIN_WORDS = MARGIN_WORDS
_MARGIN_ADJ = r"(?:(?:winning|victory|comfortable|narrow|clear|slim|overall|commanding)\s+)?"
# ", a margin of", "- giving it a lead of", ", the gap of": the margin's noun before it
_MARGIN_OF = re.compile(r"^\s*(?:,|\s[-–—]|[–—(]|:)\s*(?:(?:giving|with|for|or)\s+(?:\w+\s+)?)?(?:a|an|the|its|their)\s+"
                        + _MARGIN_ADJ + _MARGIN_WORDS + r"\s+of\s+$")
# ", a 12-point lead": the margin's noun after it
_MARGIN_DET = re.compile(r"^\s*(?:,|\s[-–—]|[–—(]|:)\s*(?:(?:giving|with|for|or)\s+(?:\w+\s+)?)?(?:a|an|the|its|their)\s+$")
_POINT_MARGIN = re.compile(r"^[- ]?(?:percentage[- ])?points?[- ]" + _MARGIN_ADJ + _MARGIN_WORDS + r"\b|^\s*"
                           + _MARGIN_ADJ + _MARGIN_WORDS + r"\b")


def _margin(doc: Document, split: ShareSplit, ms: list[Mention]) -> ShareMargin | None:
    """"..., a margin of almost ten points" / ", a 12-point lead" right after the
    shares of one whole: the gap between the two largest, in points."""
    if any(m.kind != Kind.PERCENT for m in split.shares):
        return None
    last = split.shares[-1]
    nxt = next((m for m in ms if m.start >= last.end), None)
    if nxt is None or nxt.value is None or nxt.interval is None or nxt.is_range:
        return None
    if not (nxt.kind == Kind.POINTS and nxt.unit == "pp" or is_points_size(doc, nxt)):
        return None
    before = _norm(doc.text[last.end:nxt.start])
    after = _norm(doc.text[nxt.end:doc.sentences[last.sentence].end])
    if not (_MARGIN_OF.match(before)
            or _MARGIN_DET.match(before) and (nxt.noun in ("margin", "lead", "gap", "majority")
                                             or _POINT_MARGIN.match(after))):
        return None
    if re.match(r"^\W*(?:(?:percentage\s+)?points?\s+)?(?:over|ahead\s+of|behind|than|on|among|in)\b", after):
        return None  # "a lead of nine points over the Liberal Democrats": the lead may be on another
    first, second = sorted(split.shares, key=lambda m: m.value, reverse=True)[:2]
    return ShareMargin(link="explicit", cue="margin between the shares", first=first, second=second, margin=nxt)


_BY_TO_LEAD = re.compile(r"\bby\s*$|\b(?:voted|votes|won|wins|took|takes|polled|secured|captured|carried|passed|beat|"
                         r"defeated|backed|rejected|approved|endorsed|chose|opted)\b[^,;]*?\s*$")
_VOTE = re.compile(r"\b(?:vot\w*|ballot\w*|referendum|poll\w*|election|elected|electorate|runoff|run-off|"
                   r"won|wins|beat|defeated|backed|rejected|approved|endorsed|margin|majority)\b")


_JOINER_OWN = re.compile(r"^(?:of\s+(?:the\s+)?(?:votes?|ballots?)(?:\s+cast)?\s+)?(to|against|versus|vs\.?)"
                         r"(?:\s+(?:the\s+)?[\w-]+(?:'s|s'))?$")


def _by_to(doc: Document, run: list[Mention], in_frames: set) -> ShareSplit | None:
    """"Voters backed the plan by 56% to 44%": the two sides of one vote."""
    if len(run) != 2:
        return None
    a, b = run
    if any(m.is_range or m.value is None or m.interval is None or id(m) in in_frames or m.compound
           or m.value > 100 for m in run):
        return None
    sent = doc.sentences[a.sentence]
    if a.value <= b.value:
        return None  # "by 60% to 70%": a range; a result states the larger side first
    joiner = _norm(doc.text[a.end:b.start]).strip()
    # "56% of the vote to No's 44%": the whole, then the rival named by a possessive
    own = _JOINER_OWN.match(joiner)
    if own:
        joiner = own.group(1)
    if joiner not in ("to", "-", "–", "—", "against", "versus", "vs", "vs."):
        return None
    # "polled 53% against 48% for her rival", not "against 48% last time"
    tail = re.split(r",|;|\band\b|\bbut\b|\bwhile\b", _norm(doc.text[b.end:sent.end]), maxsplit=1)[0]
    if joiner not in ("to", "-", "–", "—") and _bare(tail) and not re.match(r"^\s*for\s+(?:the\s+|her\s+|his\s+|"
                                                                           r"their\s+|its\s+)?[a-z]", tail):
        return None
    if re.search(r"\b(?:last|previous|previously|earlier|ago|before|prior|then|now|since|in\s+\d{4})\b", tail):
        return None
    lead = _norm(doc.text[sent.start:a.start])
    lead = re.split(r",|;|:", lead)[-1]
    if not _BY_TO_LEAD.search(lead) or any(w in CHANGE_WORDS for w in _WORD.findall(lead)):
        return None
    sentence = _norm(doc.text[sent.start:sent.end])
    rival = joiner not in ("to", "-", "–", "—")  # "53% against 48% for her rival"
    if not (_VOTE.search(sentence) or rival) or re.search(r"\b(?:from|between)\s*$", lead):
        return None
    return ShareSplit(link="explicit", cue="the two sides of a vote", shares=tuple(run))


# (round 30) "The senator led her challenger 47% to 45% among likely voters, with 11% undecided": a poll's two sides
# told by who leads, then the undecided share
_LEADS = re.compile(r"\b(?:led|leads|leading|trailed|trails|trailing|(?:was|is|were|are)\s+(?:ahead\s+of|behind))\b[^,;%]*$")
_THEN_WITH = re.compile(r"^[^,;%\d]{0,40},\s*with\s+$")


def _lead_with_undecided(doc: Document, run: list[Mention], in_frames: set) -> ShareSplit | None:
    """A poll's leader and rival "A% to B%" (the leader's may be the smaller when it trails), then ", with C%
    undecided" (or another word of no choice): three shares of the people polled."""
    if len(run) != 3 or any(m.is_range or m.value is None or m.interval is None or id(m) in in_frames or m.compound
                            or m.value > 100 for m in run):
        return None
    a, b, c = run
    sent = doc.sentences[a.sentence]
    if _norm(doc.text[a.end:b.start]).strip() not in ("to", "-", "–", "—") \
            or not _THEN_WITH.match(_norm(doc.text[b.end:c.start])) \
            or not _LEADS.search(_norm(doc.text[sent.start:a.start])):
        return None
    if set(_WORD.findall(_norm(doc.text[b.end:c.start]).lower())) & _NARROWER_SIDES:
        return None  # "55% to 45% among decided voters, with 15% undecided": the two sides are of fewer people
    rest = _norm(re.split(r"[,;]", doc.text[c.end:sent.end], maxsplit=1)[0])
    residual = _RESIDUAL.search(rest)
    if not residual or len(_WORD.findall(rest)) > 6 or _WORD.search(rest, residual.end()):
        return None  # "with 30% undecided among women", "... in the October poll": the undecided of another whole
    return ShareSplit(link="explicit", cue="poll shares", shares=tuple(run))


# words between the two sides and "with C% undecided" that make the sides shares of fewer people than were polled, or
# of another count: "among decided voters", "once leaners were counted", "in a head-to-head"
_NARROWER_SIDES = frozenset("""decided committed definite certain leaners leaning preference excluding expressing those
    once if when after before head run-off runoff round""".split())


_SUBJECT_GAP = re.compile(r"^\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s*$")


def _in_subject(doc: Document, prev: Mention, m: Mention, rest: list[Mention]) -> bool:
    """"..., and the other four candidates 14.1%": a count inside the subject of
    the next share in a list."""
    if not rest or rest[0].kind != Kind.PERCENT or m.value is None or m.value > 20:
        return False
    before = _norm(doc.text[prev.end:m.start])
    after = _norm(doc.text[m.end:rest[0].start])
    return bool(re.search(r",|;|\band\b", before)) and bool(_SUBJECT_GAP.match(after)) \
        and not any(w in _NOT_SUBJECT or w in CHANGE_WORDS for w in _WORD.findall(after))


# "won 52% of the vote, against 41% for Jones and 12% for Brown": the parts named after their shares
# (in a list of three or more: "52% of the vote in Leeds, against 55% for the party" compares two wholes)
_FOR_PART = re.compile(r"^\s*for\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s*$")
_FOR_NOT_PART = re.compile(r"\b(?:same|year|years|period|quarter|month|week|time|last|previous|first|second|whole|all|"
                           r"each|every|example|instance|now|then)\b")


# "women make up 55%": a level, not a rise
_MAKE_UP = re.compile(r"\b(?:make|makes|made|making)\s+up(?:\s+of)?\s*$")  # (round 20: "is made up of 60% sand")


# round 20: a verb dividing one whole right before the first share: "are split 48% equities, ...", "is made up of
# roughly 60% sand, ...", "was invested 40% in shares, ..."
_SPLIT_VERB_BEFORE = re.compile(r"\b(?:split|divided|broken\s+down|breaks?\s+down|made\s+up\s+of|comprises?|comprised\s+of"
                                r"|comprised|consists?\s+of|consisted\s+of|composed\s+of|allocated|invested)\s+"
                                r"(?:(?:as\s+follows\s*:?|roughly|about|around|approximately|some|nearly)\s+)?$")
# each share then names its kind in a short noun phrase ("equities", "government bonds", "in property")
_KIND_HEAD = re.compile(r"^\s*(?:(?:in|into)\s+)?(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*\s*$")
_NOT_KIND = frozenset("""of to from than at by on for with is are was were be been will would said says say has have
    had more less fewer higher lower up down over under per each a an""".split())


def _split_into_kinds(doc: Document, run: list[Mention], heads: list[str]) -> bool:
    """Round 20: "The fund's assets are split 48% equities, 37% bonds and 15% property": a verb dividing one
    whole right before the first share, each share followed only by the kind it is of (a short noun phrase, no
    verb, no comparison): shares of that one whole (not said to be all of it)."""
    sent = doc.sentences[run[0].sentence]
    if not _SPLIT_VERB_BEFORE.search(_norm(doc.text[sent.start:run[0].start])):
        return False
    return all(_KIND_HEAD.match(_bare(h) or "x") and _bare(h) and not set(_WORD.findall(_bare(h))) & (_NOT_KIND | CHANGE_WORDS)
               for h in heads)


# (round 32) a measured whole (an area, a mass, a volume) and the one kind each share of it is, by "was"/"were" after the
# first share (or its "of" phrase opening the sentence) and the kind alone after the others: "64% of the 2,100 hectares
# burnt was pine forest, 31% farmland and 12% scrub" -- each hectare is of one kind, so they may not pass 100%. Not
# a state or a quality that may overlap ("was protected", "30% recycled"), nor a place or a whole of its own.
_MEASURED_WHOLE_FIRST = re.compile(r"^\s*(?:of\s+(?:the\s+)?[\d.,]+\s+(?:[a-z][\w'-]*\s+){1,5}?)?(?:was|were|is|are)\s+"
                                   r"(?P<kind>(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)\s*$")
_MEASURED_WHOLE_OPENING = re.compile(r"^\s*of\s+(?:the\s+)?[\d.,]+\s+(?:[a-z][\w'-]*\s+){1,6}?[a-z][\w'-]*\s*,\s*$")
_STATE_WORD = re.compile(r"(?:ed|en|able|ible)$")
# (round 32 mend) a quality or an owner that cuts across the kinds: "25% barley and 15% organic", "20% state land"
_CROSS_KIND_WORDS = frozenset("""organic inorganic conventional public private state council crown national municipal
    communal local native foreign domestic imported wild dry wet toxic hazardous contaminated certified""".split())


def _measured_whole_of_kinds(doc: Document, first: Mention, whole: Mention) -> bool:
    """(round 32) The measure right after the first share's "of the" is the whole its kinds share: "64% of the 2,100
    hectares burnt was pine forest, ..." (the run goes on past it)."""
    nxt = [m for m in doc.mentions_in(first.sentence) if m.start > whole.end and m.kind == Kind.PERCENT]
    if not nxt:
        return False
    head = re.split(r",(?!\d)|;|\band\b", _norm(doc.text[first.end:nxt[0].start]), maxsplit=1)[0]
    return bool(_MEASURED_WHOLE_FIRST.match(head))


def _kinds_of_measured_whole(doc: Document, run: list[Mention], heads: list[str]) -> bool:
    sent = doc.sentences[run[0].sentence]
    opening = _norm(doc.text[sent.start:run[0].start])
    figures = doc.mentions_in(run[0].sentence)
    own_whole = any(m.kind == Kind.MEASURE and run[0].end < m.start < run[1].start for m in figures)
    opened = bool(_MEASURED_WHOLE_OPENING.search(re.split(r"\bthat\b", opening)[-1])) and any(
        m.kind == Kind.MEASURE and m.end <= run[0].start for m in figures)
    head = re.split(r",(?!\d)|;|\band\b", _norm(doc.text[run[0].end:run[1].start]), maxsplit=1)[0]  # (a figure's comma)
    first = _MEASURED_WHOLE_FIRST.match(head)
    if len(run) < 3 or first is None or not (own_whole and head.lstrip().startswith("of") or opened
                                                 and not head.lstrip().startswith("of")):
        return False
    if any(b.value is None or a.value is None or b.value > a.value for a, b in zip(run, run[1:])):
        return False  # (round 32 mend) kinds told largest first; a share that rises is of another split ("70% is
        # wheat, 25% barley and 60% organic")
    kinds = [first.group("kind")] + [_bare(h) for h in heads[1:]]
    return all(k and _KIND_HEAD.match(k) and not k.startswith(("in ", "into ")) and not any(
        w in _NOT_KIND or w in CHANGE_WORDS or _STATE_WORD.search(w) or w in _CROSS_KIND_WORDS
        for w in _WORD.findall(k)) for k in kinds)


# (round 29) where or how each part is ("in halls", "at home", "on diesel"), not a whole of its own ("of men",
# "among women", "per year") nor a change ("up", "higher")
_KIND_QUALIFIER = re.compile(r"^\s*(?:in|at|on|from|by|with|through|via|into)\b")
_PLACE_NAMED_AFTER = re.compile(r"\s*[a-z]+\s+(?:the\s+)?[A-Z]")


NESTED_SHARE_SLACK = 1  # percentage points of rounding when the other shares and the rest make the whole


def _kinds_before_rest(doc: Document, run: list[Mention], heads: list[str], qualified: list[bool]) -> bool:
    """A list closed by the rest ("46% live in halls, 31% at home and 12% in private rentals, while the
    remaining 19% ..."): the rest says the shares before it are the other parts of the one whole, so each may
    name where or how its part is.  Not a named place ("4% in Leeds, 6% in York": rates, each of its own whole),
    nor shares that pass the whole before the rest or come to far less than it with it (then they are of several
    wholes: "60% yes and 40% no in the north; in the south 55% yes and the remaining 45% no")."""
    for m, q, h in zip(run[1:], qualified[1:], heads[1:]):
        if q and (not _KIND_QUALIFIER.match(h) or _PLACE_NAMED_AFTER.match(doc.text, m.end)):
            return False
    before = sum((m.value for m in run[:-1]), Fraction(0))
    total = before + run[-1].value
    # (review rv29-percent item 4) nor when one earlier share left out makes the whole with the rest: a share of a
    # share ("60% work in offices, 25% in the head office alone, and the remaining 40% ...")
    if any(abs(total - m.value - 100) <= NESTED_SHARE_SLACK for m in run[:-1]):
        return False
    return before <= 100 and total >= 75


def _split(doc: Document, run: list[Mention], in_frames: set) -> ShareSplit | None:
    sent = doc.sentences[run[0].sentence]
    sentence = _norm(doc.text[sent.start:sent.end])
    after = run[-1].end - sent.start
    margin = _MARGIN_AFTER.match(sentence[after:])
    # "divided over the proposed rates rise: 48% backed it, 39% opposed it": the topic before the
    # clause of answers to one question does not make the shares rates
    colon = max(sentence.rfind(c, 0, run[0].start - sent.start) for c in ":,;")
    scope = colon + 1 if colon >= 0 and _answer_options(sentence[colon + 1:]) else 0
    tail = _ATTRIBUTION_TAIL.sub("", sentence[after:][margin.end():] if margin else sentence[after:])
    tail = _MARGIN_OF_ERROR.sub("", tail)
    if _HIGH_END.search(sentence, 0, after) and _LOW_END.search(sentence, 0, after):
        return None
    if _NOT_SPLIT.search(_LIKELY_VOTERS.sub(" ", sentence[scope:after] + tail)) \
            and not (_scale(doc, run) and not _NOT_SPLIT.search(_norm(doc.text[sent.start:run[0].start]))
                     and not re.search(r"\b(?:respectively|each|if|unless)\b", sentence)):
        return None
    posts: list[str] = []
    changey = False
    set_apart = bool(_OTHER_SETTING.search(_norm(doc.text[run[0].end:run[-1].start])))
    poles = _poles(sentence) and not set_apart
    for k, m in enumerate(run):
        if m.is_range or m.value is None or m.interval is None or id(m) in in_frames or m.compound \
                or m.value > 100:
            return None
        nxt = run[k + 1].start if k + 1 < len(run) else sent.end
        prev = run[k - 1].end if k else sent.start
        if any(r.name == "mag" and not _MAKE_UP.search(_norm(doc.text[sent.start:r.cue_end]))
               and not (k and _HOW_OFTEN_AFTER.match(doc.text, r.cue_end))
               for r in roles_for(doc, m, prev, nxt)):
            return None  # (round 63: not a share in a list told as "less often", an answer on a scale of how often)
        post = _norm(doc.text[m.end:nxt])
        if k and post.startswith(",") and _REST_APPOSED.search(doc.text, prev, m.start):
            post = post[1:]  # (round 45) "and the rest, 34%, from Europe": the rest's label after its apposed share
        posts.append(post)
        if k:
            pre = _norm(doc.text[prev:m.start])
            # the words joining two shares: a list separator, no change and no figure
            if not re.search(r",|;|\band\b|\bwhile\b|\bwith\b", pre) \
                    and not (re.search(r"\bor\b", pre) and _RATING_BRACKET.search(pre)):  # "good (37%) or poor (26%)"
                return None
            changey = changey or any(_change_word(_WORD.findall(_THE_PROPOSAL.sub(" ", piece) if poles else piece))
                                     for piece in re.split(r",|;|\band\b", _ANSWERED_PROPOSAL.sub(
                                         " ", _without_make_up(pre))))
    # the text right after each share, up to the next list separator
    heads = [re.split(r",|;|\band\b|\bwhile\b|\bwith\b|\bbut\b", p, maxsplit=1)[0] for p in posts]
    # "52% expect higher sales, 30% expect no change and 18% lower": the answers on a scale, not changes
    if changey and not _scale(doc, run) and not _split_named(doc, run[0]):
        return None
    last_pre = _norm(doc.text[run[-2].end:run[-1].start])
    last_item = _without_make_up(re.split(r",|;|\band\b", last_pre)[-1])
    complete = bool(_REST.search(last_item)) and len(_WORD.findall(last_item)) <= 4
    if any(p.kind == Kind.PERCENT and p.end <= run[0].start for p in doc.mentions_in(run[0].sentence)):
        complete = False  # a share before the run may belong to the list: the rest of what is unclear
    # round 16: the list may open on the one share of the sentence before ("A owns 51%. B holds 29%, and the
    # remaining 20% ..."): still a list ending on the rest, but not the whole on its own
    opened_before = complete and (_share_before_list(doc, run, in_frames) is not None
                                  or _shares_before_fill(doc, run))
    # "57% in favour and 46% against": the answers themselves, not a qualifier of the whole
    qualified = [bool(_QUALIFIER.match(h)) and not _IN_FAVOUR.match(h) for h in heads]
    bare = [not _bare(h) for h in heads]
    gapped = all(_subject_only(doc, run[k - 1], run[k]) for k in range(1, len(run)))
    cue = ""
    if gapped and _OF_WHOLE.match(heads[0]) and all(b or len(run) >= 3 and _FOR_PART.match(_bare(h))
                                                        and not _FOR_NOT_PART.search(h)
                                                        for b, h in zip(bare[1:], heads[1:])):
        cue = _whole(heads[0])  # "won 49% of the vote, the challengers 33% and ..."
    elif gapped and _OF_WHOLE.match(heads[-1]) and all(bare[:-1]) and not _OF_WHOLE_THEN_VERB.match(heads[-1]):
        cue = _whole(heads[-1])  # "took 51%, Brook 32% and Carr 17% of the vote"
    elif gapped and _POLL.search(sentence) and all(bare[:-1]) and (bare[-1] or _OF_WHOLE.match(heads[-1])
                                                                  or _IN_THE_VOTE.match(heads[-1])
                                                                  or _AMONG_THE_POLLED.match(heads[-1])
                                                                  or _UNDECIDED_LAST.fullmatch(heads[-1])):
        cue = "poll shares"  # "the poll put the Greens on 27%, Labour on 25% and ..." (round 28: "..., with 16% still
        # undecided", the poll's undecided share closing the list)
    elif gapped and _VOTE_INTENTION.match(heads[0]) and all(_named_choice(doc, m) for m in run[1:]) \
            and all(_JOINED_ONLY.match(_norm(doc.text[p.end:m.start]), _LIST_ITEM.match(_norm(doc.text[p.end:m.start])).end())
                    for p, m in zip(run, run[1:])):
        cue = "poll shares"  # (round 30) "38% said they would vote Reform, 27% Labour, 19% Conservative ..."
    elif not any(q and not _elided_answer(heads[0], h) for q, h in zip(qualified[1:], heads[1:])) \
            and not (qualified[0] and not _OF_WHOLE.match(heads[0])) \
            and (_answer_options(sentence) or _split_named(doc, run[0])) and not any(bare) and not set_apart:
        cue = "answers to one question"
    elif complete and not any(qualified[1:]) and gapped:
        cue = "the whole, ending with the rest"
    elif len(run) >= 3 and _ASKED_ONE_QUESTION.match(sentence) and _SAID_AFTER.search(heads[0]) and not set_apart \
            and (all(_SAID_AFTER.match(h) for h in heads[1:]) or _MAINLY.search(sentence[:sentence.find(",")])
                 and gapped and all(_BY_MEANS.match(h) for h in heads[1:])):
        cue = "answers to one question"  # (round 59) "Asked how often they ride, 48% of riders said daily, 29%
        # said weekly and 27% said less often": each share what one answer drew; (round 63) the one main way asked,
        # the other answers bare: "Asked how they mainly travel, 46% said by car, 31% by coach and 12% by bus"
    elif _frequency_answers(heads) and not set_apart:
        cue = "answers to one question"  # (round 62) "46% said daily, 31% occasionally and 28% never"
    elif complete and gapped and _kinds_before_rest(doc, run, heads, qualified):
        cue = "the whole, ending with the rest"  # (round 29) "46% live in halls, 31% at home and the remaining 19% ..."
    elif _allocation(doc, run, heads):
        cue = "allocated to parts"  # "allocates 45% to schools, 30% to clinics and 25% to roads"
    elif gapped and all(bare) and _pole_subjects(_subjects(doc, run)):
        cue = "answers to one question"  # "Yes 56.8%, No 43.2%"
    elif gapped and all(bare[:-1]) and (bare[-1] or _IN_THE_VOTE.match(heads[-1])) \
            and _TAKE.search(_subjects(doc, run)[0]):
        cue = "shares taken"  # "Smith won 52% and Jones 45%"
    elif complete and len(run) == 2 and _LEAVING.search(last_item) and not _OF_WHOLE.match(heads[-1]) \
            and not qualified[0]:
        cue = "a share and the rest it leaves"  # (round 38) "accounted for 34% of sales, ..., leaving 66% in stores"
    elif _further(doc, run, heads, qualified):
        cue = "further parts of one whole"  # "Of the 640 claims, 70% were paid and a further 12% ..."
    elif (gapped or all(_bracket_label_only(doc, a, b) for a, b in zip(run, run[1:]))) and _bracketed_split(doc, run):
        cue = "split between parts"  # "split between equities (55%), bonds (35%) and cash (10%)"
    elif gapped and _split_into_kinds(doc, run, heads):
        cue = "split into kinds"  # round 20: "assets are split 48% equities, 37% bonds and 15% property"
    elif gapped and _kinds_of_measured_whole(doc, run, heads):
        cue = "kinds of a measured whole"  # (round 32) "64% of the 2,100 hectares burnt was forest, 31% farmland ..."
    elif _ratings(heads, doc, run):
        cue = "ratings on one scale"  # "48% rated it excellent, 37% good and 26% poor"
    elif _choices(run, heads, sentence):
        cue = "answers to one question"  # "38% chose the Conservatives, 33% Labour and 19% the Greens" (round 17)
    elif len(run) >= 3 and _scale(doc, run):
        # "48% said they play mainly at weekends, 39% mainly on weekdays and 22% said they split it evenly
        # between the two": answers to one question, one of them the middle (round 11)
        cue = "answers to one question"
    elif gapped and _one_main_answer(run, posts):
        cue = "one main answer each"  # round 24: "58% rely mainly on gas, 27% on oil and 22% on electricity"
    elif gapped and _one_origin_each(doc, run, heads):
        cue = "one origin each"  # (round 42) "46% came from the city, 31% from the region and 38% from overseas"
    elif _lead_whole_destinations(doc, run, heads):
        # (round 53) "Of this year's honey crop, 58% went to export, 31% was sold at farm gates and 17% went to
        # bakeries": where each part went, one place each (inferred)
        return ShareSplit(link="inferred", cue="where the whole the sentence opens on went", shares=tuple(run),
                          complete=False)
    elif gapped and _lead_whole_kinds(doc, run, heads):
        # (round 61) "Of the boats through the lock, 58% were hire cruisers, 31% narrowboats and 19% day boats": the
        # kind of each part (inferred: the kinds named may leave others out)
        return ShareSplit(link="inferred", cue="kinds of the whole the sentence opens on", shares=tuple(run),
                          complete=False)
    elif gapped and _lead_whole_fates(doc, run, heads):
        # round 22: "Of the town's rubbish, 52% was burnt, 27% recycled and 30% buried": one fate each (inferred:
        # some fates may overlap)
        return ShareSplit(link="inferred", cue="fates of the whole the sentence opens on", shares=tuple(run),
                          complete=False)
    if not cue:
        return None
    return ShareSplit(link="explicit", cue=cue, shares=tuple(run), complete=complete and not opened_before)


# (round 42) where each of the whole's members came from: the first share's verb of origin and "from", the others
# "from" and a place or source alone
_ORIGIN_FIRST = re.compile(r"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w'-]+\s+){1,3}?)?(?:(?:came|come|comes|"
                           r"were|was|are|is|travelled|traveled|arrived|arrive|hailed|hail)\s+(?:itself\s+)?from\s+"
                           r"(?:[\w'-]+\s+){0,4}?[\w'-]+"
                           # (round 45) the first group told as local: "46% were local, 38% came from elsewhere ..."
                           r"|(?:were|was|are|is)\s+(?:local|locals|local\s+residents|from\s+nearby))\s*$")
_ORIGIN_JOINT_NOT = re.compile(r"\b(?:with|including|of\s+whom|of\s+which|of\s+them|among\s+them|mostly|mainly)\b",
                               re.I)
_ORIGIN_NEXT = re.compile(r"^\s*(?:(?:came|travelled|traveled|arrived|were|was)\s+)?from\s+(?:[\w'-]+\s+){0,5}?[\w'-]+\s*$")
# (round 45) the rest named before its apposed share: "and the rest, 34%,"
_REST_APPOSED = re.compile(r"\b(?:rest|remainder|balance)\s*,\s*$", re.I)


def _one_origin_each(doc: Document, run: list[Mention], heads: list[str]) -> bool:
    """(Round 42) The shares tell where each of one whole's members came from, one place or source each ("Of the
    visitors, 46% came from the city, 31% from the region and 38% from overseas"; "58% of the money came from fees,
    30% from grants"): they cannot add up to more than the whole.  Joined by commas and "and" only: "62% came from
    outside Cornwall, with 8% from abroad" tells some of the first."""
    if len(run) < 2 or any(m.kind != Kind.PERCENT for m in run) \
            or any(_ORIGIN_JOINT_NOT.search(doc.text, a.end, b.start) for a, b in zip(run, run[1:])):
        return False
    bare = [_bare(h) for h in heads]
    return bool(_ORIGIN_FIRST.match(bare[0])) and not _change_word(_WORD.findall(bare[0])) \
        and all(_ORIGIN_NEXT.match(b) and not _change_word(_WORD.findall(b)) for b in bare[1:])


# round 24: each share's one MAIN answer: "58% relied mainly on gas for heating, 27% on heating oil and 22% on
# electricity" (the first share's verb and an adverb of the main one, the others the same preposition and their
# option alone), or "41% named cost as their main reason, 30% convenience and ..." (the later options bare);
# not "a main reason" (one of several), nor a share with its own whole ("of men", "in the north")
_MAIN_ADVERB = r"(?:mainly|mostly|chiefly|primarily|principally|predominantly)"
_PREPOSITIONS = r"(?:on|by|with|from|in|at|for|to|through|via)"
_MAIN_FIRST = re.compile(r"^\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){1,2}?)?(?:[a-z][\w'-]*\s+){1,5}?" + _MAIN_ADVERB + r"\s+(?P<prep>" + _PREPOSITIONS + r")\s+"
                         r"(?:[\w'-]+\s+){0,5}?[\w'-]+\s*$")
_MAIN_NEXT = re.compile(r"^\s*(?:" + _MAIN_ADVERB + r"\s+)?(?P<prep>" + _PREPOSITIONS + r")\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*$")
_MAIN_NOUN_FIRST = re.compile(r"^\s*(?:[a-z][\w'-]*\s+){1,5}?(?:as\s+)?(?:their|its|his|her|our|my|the)\s+"
                              r"(?:main|principal|primary|chief|single\s+biggest|biggest)\s+[a-z][\w'-]*"
                              r"(?:\s+(?:of|for)\s+[a-z][\w'-]*){0,1}\s*$")
_OWN_PLACE = re.compile(r"\s(?:in|among|across|at|for|from)\s+[a-z]")  # a later answer's own place or group
_NOT_MAIN_FIRST = re.compile(r"^\s*(?:among|in|for|at|on|from|across|between|per|each)\b")
# the means an answer names ("by car", "on foot", "with gas"): these prepositions may differ between the answers
_MEANS = frozenset("on by with via through".split())


def _one_main_answer(run: list[Mention], posts: list[str]) -> bool:
    """Round 24: the shares are one question's answers naming each respondent's MAIN one ("mainly",
    "their main ..."), so they cannot add up to more than the whole.  ``posts``: the text after each share (the
    answer may open on "with": "heated mainly with gas, 35% with oil")."""
    heads = [re.split(r",|;|\band\b|\bwhile\b|\bbut\b", p, maxsplit=1)[0] for p in posts]
    if len(run) < 2 or any(m.kind != Kind.PERCENT for m in run) or _NOT_MAIN_FIRST.match(heads[0]):
        return False
    bare = [_bare(h) for h in heads]
    first = _MAIN_FIRST.match(bare[0])
    if first is not None and not _change_word(_WORD.findall(bare[0])):
        nexts = [_MAIN_NEXT.match(b) for b in bare[1:]]
        if any(_OWN_PLACE.search(b) for b in bare[1:]):
            return False  # "47% on oil in rural areas": an answer of another place's homes
        return all(nexts) and all(n.group("prep") == first.group("prep")
                                   or {n.group("prep"), first.group("prep")} <= _MEANS for n in nexts)
    if _MAIN_NOUN_FIRST.match(bare[0]) and not _change_word(_WORD.findall(bare[0])):
        return all(b and _OPTION_HEAD.match(b) and not _NOT_OPTION.search(b) and len(_WORD.findall(b)) <= 3
                   for b in bare[1:])
    return False


# round 22: what became of a whole the sentence opens on ("Of the town's rubbish, 52% was burnt, 27% recycled and
# 21% buried"): the first share's passive verb, each later share its own participle, the list closed by "and"
_PASSIVE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|(?:is|are|was|were)\s+(?:still\s+)?being)\s+"
_FATE_PARTICIPLE = (r"(?:(?:either|then|instead|later|simply)\s+)?([a-z]{3,}(?:ed|en)|[a-z]{2,}wn|sent|sold|kept|spent|"
                    r"burnt|left|put|held|lost|paid|built|bought|brought|won|dealt|lent|shipped|dumped|struck)\b")
_FATE_FIRST = re.compile(r"^\s*" + _PASSIVE + _FATE_PARTICIPLE)
_FATE_NEXT = re.compile(r"^\s*(?:" + _PASSIVE + r")?" + _FATE_PARTICIPLE + r"(?:\s+(?!(?:of|than|by)\b)[a-z][\w'-]*){0,4}\s*$")
# (round 34) a later part may be in a pending state instead: "61% have been settled, 28% are still being assessed
# and 19% are in dispute" -- a closed list of the states a case or claim waits in
_STATE_NEXT = re.compile(r"^\s*(?:is|are|was|were|remain|remains|remained)\s+(?:still\s+)?"
                         r"(in\s+dispute|under\s+(?:review|appeal|investigation)|on\s+hold|pending|outstanding|"
                         r"unresolved|undecided|awaiting\s+(?:a\s+)?(?:decision|ruling|trial|assessment|review))\s*$")
# (round 34) the whole may be counted: "Of the 2,900 claims lodged," (a thousands comma is no clause break)
_LEAD_OF_WHOLE = re.compile(r"^\s*(?:(?:and|but|so)\s+)?of\s+(?:the\s+|its\s+|their\s+|this\s+|last\s+)?"
                            r"(?:[^,;:]|(?<=\d),(?=\d{3}\b)){2,60},\s*$")


# (round 53) a part's destination: "went to export", "goes to bakeries" (group 1: the place or use)
_WENT_TO = re.compile(r"^\s*(?:went|go|goes|going|was\s+sent|were\s+sent|was\s+shipped)\s+(?:to|for)\s+"
                      r"((?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*)\s*$")


def _opens_on_whole_closed_by_and(doc: Document, run: list[Mention]) -> bool:
    """Three shares or more in a sentence opening on "Of WHOLE,", "and" before the last."""
    sent = doc.sentences[run[0].sentence]
    return len(run) >= 3 and _LEAD_OF_WHOLE.match(_norm(doc.text[sent.start:run[0].start])) is not None \
        and re.search(r"\band\b", _norm(doc.text[run[-2].end:run[-1].start])) is not None


def _lead_whole_destinations(doc: Document, run: list[Mention], heads: list[str]) -> bool:
    """(Round 53) The sentence opens on "Of WHOLE,", then three shares or more, each the subject of its own clause:
    two at least told where they went ("went to export", "went to bakeries"), the others by a verb of their fate
    ("was sold at farm gates"), every destination named apart, "and" closing the list."""
    if not _opens_on_whole_closed_by_and(doc, run):
        return False
    bare = [_bare(h) for h in heads]
    went = [_WENT_TO.match(b) for b in bare]
    places = [w.group(1) for w in went if w]
    if len(places) < 2 or len(set(places)) != len(places):
        return False
    return all(w or _FATE_NEXT.match(b) for w, b in zip(went, bare)) \
        and not any(_change_word(_WORD.findall(b)) for b in bare)


# (round 61) the first share's kind after its copula, the others' kinds gapped, a few words each and no verb:
# "58% were hire cruisers, 31% privately owned narrowboats and 19% day boats"
_KIND_FIRST = re.compile(r"^\s*(?:were|was|are|is)\s+(?!(?:in|on|at|by|from|for|to|of|not|still|now|up|down|over|under|"
                         r"more|less|than|\w+ed|\w+ing)\b)(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*s\s*$")
_KIND_NEXT = re.compile(r"^\s*(?!(?:were|was|are|is|had|have|has|said|say|says|did|do|will|would|in|on|at|by|from|for|to|"
                        r"of|not|more|less|than|the\s+rest)\b)(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*s\s*$")


def _lead_whole_kinds(doc: Document, run: list[Mention], heads: list[str]) -> bool:
    """(Round 61) The sentence opens on "Of WHOLE,", then three shares or more: the first told by a copula what kind
    its part was, the others only the plural noun of their kind ("were hire cruisers, 31% narrowboats and 19% day
    boats"), "and" closing the list, no change word among them."""
    if not _opens_on_whole_closed_by_and(doc, run) or not _KIND_FIRST.match(heads[0]):
        return False
    kinds = [_bare(h) for h in heads[1:]]
    return all(k and _KIND_NEXT.match(k) for k in kinds) \
        and not any(_change_word(_WORD.findall(h)) for h in heads)


def _lead_whole_fates(doc: Document, run: list[Mention], heads: list[str]) -> bool:
    """Round 22: the sentence opens on "Of WHOLE," and three shares or more each say, by a distinct verb in the
    passive, what became of their part; "and" closes the list."""
    if not _opens_on_whole_closed_by_and(doc, run):
        return False
    first = _FATE_FIRST.match(heads[0])
    nexts = [_FATE_NEXT.match(_bare(h)) or _STATE_NEXT.match(_bare(h)) for h in heads[1:]]
    if first is None or not all(nexts):
        return False
    verbs = [first.group(1)] + [re.sub(r"\s+", " ", m.group(1)) for m in nexts]
    return len(set(verbs)) == len(verbs) and not any(v in CHANGE_WORDS for v in verbs)



# ------------------------------------------------------------------ nearby changes
#
# "Harbour's profit jumps 24%" in the headline or lead and, a sentence or two
# later, "Pre-tax profit rose to £186m from £150m": the percentage sizes the
# change whose two values the later sentence states.  The link is inferred
# from the subject the two sentences share, so it is made only when
#
# * the percentage has no from or to value of its own in its sentence;
# * the other sentence states one from and one to value of one kind in one
#   clause, and no percentage;
# * both name the same measure: the head noun of the subject ("profit",
#   "revenue", "passenger numbers") is the same word, the qualifiers of one
#   ("pre-tax", "operating", "passenger") are all among those of the other
#   (names, "annual", "total" aside), and both speak of the same period (a
#   quarter, a half, a year) where both say;
# * they stand within three sentences, in the same or adjacent paragraphs
#   (a headline counts as part of the first paragraph after it);
# * no direction word contradicts: "jumps" beside "rose", not beside "fell".
# (round 17: a change verb, its object and "by" the size names the measure by the object: "will increase its
# yearly capacity by 50%" beside "Capacity will rise to 30,000 barrels from 20,000")

@dataclass(frozen=True)
class NearbyPercentChange(Relation):
    """"profit jumps 24%" and, in a nearby sentence, "profit rose to £186m from £150m"."""

    changes: tuple[Mention, ...] = ()  # the percentages, in text order
    old: Mention = None  # type: ignore[assignment]
    new: Mention = None  # type: ignore[assignment]
    direction: int = 0
    subject: str = ""

    def members(self) -> tuple[Mention, ...]:
        return self.changes + (self.old, self.new)


NEARBY_SENTENCES = 3
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\w\s]")
_PREPS = frozenset("""for in of at on to from during over by with since after before than as into across
    among per between under above""".split())
_DETS = frozenset("a an the its their his her our this that these those".split())
_AUX = frozenset("""has have had was were is are been be being also again further will would could
    should may might can just only still now""".split())
# words that cannot be part of the measure's name
_NP_STOP = _PREPS | frozenset("""and or but said says say reported reports report announced posted
    that which who while as when it they we he she there""".split()) | CHANGE_WORDS
# qualifiers that do not change the measure
_PLAIN_MODS = frozenset("""annual yearly full-year full year's total overall combined record group company
    company's companies' firm's group's new latest""".split())
_PRONOUNS = frozenset("it they this that these those which who what one".split())
_PERIODS = (
    ("quarter", re.compile(r"\b(?:quarter|quarterly|q[1-4]|three\s+months)\b")),
    ("half", re.compile(r"\b(?:half|half-year|half-yearly|first-half|second-half|six\s+months|interim)\b")),
    ("nine months", re.compile(r"\bnine\s+months\b")),
    ("month", re.compile(r"\b(?:month\b|monthly|(?:in|for)\s+(?:january|february|march|april|may|june|july|"
                         r"august|september|october|november|december)\b(?!\s+\d))")),
    ("week", re.compile(r"\b(?:week|weekly)\b")),
    ("year", re.compile(r"\b(?:annual|annually|full-year|full\s+year|(?:the|financial|fiscal)\s+year|"
                        r"year\s+to|yearly)\b")),
)
# a comparison base, not the period measured: "a year earlier", "last year"
_BASE_PERIOD = re.compile(r"\b(?:the\s+)?same\s+(?:\w+\s+)?(?:period|quarter|month|week|half)(?:\s+(?:of\s+)?"
                          r"(?:last|a|the\s+previous|the\s+prior)\s+year)?\b|"
                          r"\b(?:previous|prior|preceding)\s+(?:\w+\s+)?(?:year|quarter|half|month|week|period)(?:'s)?\b|"
                          r"\b(?:a|one|the)\s+(?:year|quarter|month|week)\s+(?:earlier|ago|before|previously)\b|"
                          r"\byear-on-year\b|\byear-earlier\b|\b(?:earlier|previous|prior)\s+year\b")


# round 16: a quarter as a fraction is no period: "profit rose by about a quarter", "a quarter of sales"
_FRACTION_QUARTER = re.compile(r"\b(?:(?:by|about|around|nearly|almost|roughly|some|than|over|under|just|up|down)\s+"
                               r"(?:a|one|three)\s+quarters?|(?:a|one|three)\s+quarters?\s+of)\b")


# round 19: the year a half or quarter is part of names no period of its own: "in the first half of the year"
_PART_OF_YEAR = re.compile(r"\b((?:first|second|third|fourth|final|last)\s+(?:half|quarter))\s+of\s+the\s+year\b")


def _periods(text: str) -> frozenset[str]:
    low = _PART_OF_YEAR.sub(r"\1", _FRACTION_QUARTER.sub(" ", _BASE_PERIOD.sub(" ", _norm(text))))
    return frozenset(name for name, rx in _PERIODS if rx.search(low))


@dataclass(frozen=True)
class _Subject:
    head: str
    mods: frozenset[str]
    text: str
    regions: frozenset[str] = frozenset()  # "North American deliveries": the part of a place


# a capitalised qualifier that names a place's part of a measure: "North American", "European", "Chinese", "UK"
_REGION_WORD = re.compile(r"[a-z]+(?:an|ese|ish|ern)|[a-z]{2,3}")


def _subject(tokens: list[tuple[str, bool]]) -> _Subject | None:
    """A measure's name from its words in order (word, capitalised-mid-sentence):
    the last word is its head, the lower-case words before it its qualifiers."""
    words = [(w.lower().replace("’", "'"), cap) for w, cap in tokens]
    # "the number of passengers": the head is what is counted
    for k, (w, _) in enumerate(words):
        if w == "of" and k and words[k - 1][0] in ("number", "numbers", "total", "value", "volume", "amount",
                                                   "level", "cost", "price"):
            words = words[:k - 1] + words[k + 1:]
            break
    words = [(w, cap) for w, cap in words if w not in _DETS and not w.endswith(("'s", "s'"))]
    if not words:
        return None
    head, cap = words[-1]
    if cap or head in _PRONOUNS or head in _NP_STOP or len(head) < 3 or not head.isalpha():
        return None
    mods = frozenset(w for w, c in words[:-1] if not c and w not in _PLAIN_MODS
                     and not any(rx.fullmatch(w) for _, rx in _PERIODS))
    regions = frozenset(t.lower() for t, c in tokens[:-1] if c and _REGION_WORD.fullmatch(t.lower())
                        and (len(t) > 3 or t.isupper()))
    return _Subject(head, mods, " ".join(w for w, _ in words), regions)


def _tokens(doc: Document, lo: int, hi: int) -> list[tuple[str, int, bool]]:
    """Tokens of [lo, hi): (text, start, capitalised and not the sentence's first word)."""
    out = []
    sent_starts = doc.memo.get("sentence starts")
    if sent_starts is None:
        sent_starts = doc.memo["sentence starts"] = frozenset(s.start for s in doc.sentences)
    for t in _TOKEN.finditer(doc.text, lo, hi):
        first = not out and (lo in sent_starts or _last_char_before(doc.text, lo) in ("", *".-–—:"))
        out.append((t.group(0), t.start(), t.group(0)[:1].isupper() and not first))
    # a capitalised first word before another capitalised word is a name: "Harbour Foods"
    if len(out) > 1 and out[0][0][:1].isupper() and out[1][2]:
        out[0] = (out[0][0], out[0][1], True)
    return out


def _last_char_before(text: str, pos: int) -> str:
    """The last non-blank character before ``pos`` ("" at the start): walking
    back keeps this O(1) per call where slicing the text before ``pos`` made
    a long document quadratic."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text[k - 1] if k else ""


def _np_before(doc: Document, lo: int, hi: int) -> _Subject | None:
    """The measure named right before a change verb: "Harbour Foods profit | jumps"."""
    toks = _tokens(doc, lo, hi)
    while toks and toks[-1][0].lower() in _AUX:
        toks.pop()
    picked: list[tuple[str, bool]] = []
    for k in range(len(toks) - 1, -1, -1):
        text, _, cap = toks[k]
        low = text.lower()
        if not text[:1].isalpha() or low in _NP_STOP or low in _AUX:
            break
        if low.endswith("ed") and k and toks[k - 1][0].lower() in _AUX:
            break  # "had pushed | profits down": the verb before the measure is no part of its name
        picked.insert(0, (text, cap))
        if low in _DETS or low.endswith(("'s", "’s", "s'")) or len(picked) == 4:
            break
    # a title-case headline: every word capitalised
    if picked and all(c for _, c in picked) and doc.sentences[_sentence_at(doc, lo)].headline:
        picked = [(w, False) for w, _ in picked[-1:]]
    return _subject(picked)


_IRREGULAR_PARTICIPLES = frozenset("paid sold held made built bought spent taken given sent kept won lost".split())
_AFTER_PARTICIPLE = frozenset("by for to in at on from across".split())


_SAID_THAT = frozenset("said says reported reports announced announces showed shows revealed reveals".split())


def _np_clause_start(doc: Document, lo: int, hi: int) -> _Subject | None:
    """The measure a clause opens with: "Pre-tax profit | for the year to March 31 | rose"."""
    toks = _tokens(doc, lo, hi)
    cut = [k for k, (t, _, _) in enumerate(toks) if t in (",", ";", ":", "-", "–", "—")
           or t == "that" and any(w.lower() in _SAID_THAT for w, _, _ in toks[max(0, k - 4):k])]
    # ("... said on Monday that revenue ... rose": the clause reported)
    if cut:
        toks = toks[cut[-1] + 1:]
    picked: list[tuple[str, bool]] = []
    for k, (text, _, cap) in enumerate(toks):
        low = text.lower()
        if low == "of" and picked and picked[-1][0].lower() in ("number", "numbers", "total", "value", "volume",
                                                               "amount", "level"):
            picked.append((text, cap))
            continue
        if not text[:1].isalpha() or low in _NP_STOP or low in _AUX:
            break
        if picked and (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) and k + 1 < len(toks) \
                and toks[k + 1][0].lower() in _AFTER_PARTICIPLE:
            break  # "The average premium | paid by its customers | rose": a participle's phrase
        picked.append((text, cap))
    if not picked or len(picked) > 5:
        return None
    return _subject(picked)


def _np_after(doc: Document, lo: int, hi: int) -> _Subject | None:
    """The measure after "a 24% rise in ...": "annual pre-tax profit"."""
    toks = _tokens(doc, lo, hi)
    picked: list[tuple[str, bool]] = []
    for text, _, cap in toks:
        low = text.lower()
        if not text[:1].isalpha() or (low in _NP_STOP and low != "of") or low in _AUX or len(picked) == 5:
            break
        if low == "of" and not (picked and picked[-1][0].lower() in ("number", "numbers", "total", "value")):
            break
        picked.append((text, cap))
    return _subject(picked)


def _sentence_at(doc: Document, pos: int) -> int:
    """The sentence holding ``pos`` (or the next one after a gap), by bisection."""
    ends = doc.memo.get("sentence ends")
    if ends is None:
        ends = doc.memo["sentence ends"] = [s.end for s in doc.sentences]
    i = bisect.bisect_right(ends, pos)
    return i if i < len(doc.sentences) else len(doc.sentences) - 1


_AFTER_NOUN = re.compile(r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(CHANGE_NOUNS)) + r")\s+(?:in|of)\s+")
_IN_AFTER = re.compile(r"^\s*(?:in|of)\s+")
_THE_NOUN = re.compile(r"^\s*(" + "|".join(sorted(CHANGE_NOUNS)) + r")\s+(?:in|of)\s")


@dataclass(frozen=True)
class _Move:
    """A percentage change without values: "profit jumps 24%"."""

    size: Mention
    subject: _Subject
    direction: int
    periods: frozenset[str]


@dataclass(frozen=True)
class _Pair:
    """A from and a to value with their subject: "profit rose to £186m from £150m"."""

    old: Mention
    new: Mention
    subject: _Subject
    direction: int
    periods: frozenset[str]


def _sentence_figures(doc: Document) -> dict[int, list[Mention]]:
    """The figures of each sentence, less dates, times, ordinals, lengths of time and ages (read only: the
    lists changes' ``_by_sentence_figures`` makes once per document)."""
    return _by_sentence_figures(doc)


# a measure, then whose it is: "Sales at Tesco", "Pre-tax profit at the group"
_MEASURE_AT = re.compile(r"\W*(?:[A-Za-z-]+\s+){0,2}?(?:sales|revenues?|turnover|profits?|earnings|income)\s+at\s+"
                         r"(?:the\s+|(?-i:[A-Z]))[^,;:()]*$", re.I)  # (not "sales at shops open a year": a part)


# round 17: a change verb, its object and "by" the size: "raise its yearly output by 40%" (the object names the
# measure; no comma or other figure between)
_OBJECT_BY = re.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){1,5}by\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|"
                        r"over|up\s+to)\s+)?(?=\S*$)")


# round 14: a fraction moves a measure too ("pushed profits down by almost a fifth")
_MOVE_SIZES = (Kind.PERCENT, Kind.FRACTION)


def _moves(doc: Document, idx: int, ms: list[Mention]) -> list[_Move]:
    if not any(m.kind in _MOVE_SIZES for m in ms):
        return []  # only a percentage moves without values
    sent = doc.sentences[idx]
    slots = sentence_slots(doc, ms)
    if any(r.name in ("to", "from") for _, roles in slots for r in roles):
        return []  # the sentence states values of its own
    out = []
    for m, roles in slots:
        mag = next((r for r in roles if r.name == "mag"), None)
        if mag is None and m.kind == Kind.PERCENT:  # "the 35% rise in sales"
            mt = _THE_NOUN.match(_norm(doc.text[m.end:sent.end]))
            if mt and re.search(r"\b(?:the|its|their|this|that)\s*$", _norm(doc.text[sent.start:m.start])):
                mag = Role("mag", mt.group(1), m.end, m.end + mt.end(1), direction_of(mt.group(1)))
        if m.kind not in _MOVE_SIZES or mag is None or m.is_range or m.value is None or m.interval is None:
            continue
        subject = None
        if mag.cue_start >= m.end or m.noun in CHANGE_NOUNS:  # "a 24% rise in annual pre-tax profit"
            rest = _norm(doc.text[m.end:sent.end])
            mt = _AFTER_NOUN.match(rest) or (_IN_AFTER.match(rest) if m.noun in CHANGE_NOUNS else None)
            if mt:
                subject = _np_after(doc, m.end + mt.end(), sent.end)
        elif mag.cue_start < m.start:  # "profit jumped 24%", "a rise of 24% in profit"
            rest = _norm(doc.text[m.end:sent.end])
            mt = _IN_AFTER.match(rest)
            if mt and re.search(r"\bof\s*$", _norm(doc.text[mag.cue_start:m.start])):
                subject = _np_after(doc, m.end + mt.end(), sent.end)
            elif _OBJECT_BY.match(doc.text, mag.cue_end, m.start):
                # "will increase its annual brewing capacity by 62%": the measure is the verb's object
                subject = _np_after(doc, mag.cue_end, m.start)
            else:
                subject = _np_before(doc, sent.start, mag.cue_start)
                if _MEASURE_AT.match(doc.text, sent.start, mag.cue_start):
                    # "Sales at Tesco rose 5%", "Turnover at the brewer grew 8%": the measure opens the clause
                    subject = _np_clause_start(doc, sent.start, mag.cue_start) or subject
        if subject is not None:
            out.append(_Move(m, subject, mag.direction, _periods(doc.text[sent.start:sent.end])))
    return out


def _pairs(doc: Document, idx: int, ms: list[Mention]) -> list[_Pair]:
    sent = doc.sentences[idx]
    if sent.headline or len(ms) < 2:
        return []
    # (a percentage in the clause of the pair is its own change, read as a frame)
    percents = [m for m in ms if m.kind in (Kind.PERCENT, Kind.POINTS)]
    if not may_hold_to(doc, idx):
        if percents:
            return []
        # (a pair is two figures: the old value and the new one, after "to" or "at"; or a stated level
        # set against another: "was £686m, compared with £1.24bn")
        if not _SET_AGAINST_CUE.search(doc.text, sent.start, sent.end) \
                and not _LEVEL_UP_FROM_CUE.search(doc.text, sent.start, sent.end):
            return []
        froms = [(m, r) for m, roles in sentence_slots(doc, ms) for r in roles if r.name == "from"]
        return _stated_level_pair(doc, idx, ms, froms[0]) if len(froms) == 1 else []
    slots = sentence_slots(doc, ms)
    tos = [(m, r) for m, roles in slots for r in roles if r.name == "to"]
    froms = [(m, r) for m, roles in slots for r in roles if r.name == "from"]
    if not tos and len(froms) == 1:
        return [] if percents else _stated_level_pair(doc, idx, ms, froms[0])
    if not tos or not froms:
        return []
    if len(tos) > 1 or len(froms) > 1:
        # "rose to £512 from £416, and the number of policies increased by 7% to 2.9 million from 2.7
        # million": the first clause's pair, when a clause break parts it from the rest
        firsts = sorted([tos[0], froms[0]], key=lambda x: x[0].start)
        rest = [m for m, _ in tos[1:] + froms[1:] if m.start > firsts[1][0].end]
        if len(rest) != len(tos) + len(froms) - 2 or not _CLAUSE_BREAKS.search(
                _norm(doc.text[firsts[1][0].end:min(m.start for m in rest)])):
            return []
        if any(p.start < firsts[1][0].end for p in percents):
            return []
    elif percents:
        return []
    (new, tr), (old, fr) = tos[0], froms[0]
    # (round 52: a measure too, in one unit: "will rise to 65,000 hectolitres from 48,000 hectolitres")
    if new is old or new.is_range or old.is_range or new.kind not in (Kind.MONEY, Kind.COUNT, Kind.MEASURE) \
            or (new.kind, new.unit) != (old.kind, old.unit) or not compatible(new, old) \
            or new.value is None or old.value is None or new.value <= 0 or old.value <= 0:
        return []
    lo_m, hi_m = (new, old) if new.start < old.start else (old, new)
    if any(lo_m.start < m.start < hi_m.start for m in ms if m not in (new, old) and not _bracketed_conversion(doc, m, lo_m)):
        return []
    first_cue = min(tr.cue_start, fr.cue_start)
    between = _clean_between(doc, lo_m.end, hi_m.start, [(tr.cue_start, tr.cue_end), (fr.cue_start, fr.cue_end)])
    if _CLAUSE_BREAKS.search(between) or any(w in CHANGE_WORDS for w in _WORD.findall(between)):
        return []
    # the change verb of the clause, and the measure it opens with
    head = _norm(doc.text[sent.start:first_cue])
    verbs = [w for w in _WORD.finditer(head) if w.group(0) in CHANGE_WORDS and w.group(0) not in _LOSS]
    if not verbs:
        return []
    verb = verbs[-1]
    if _CLAUSE_BREAKS.search(head[verb.end():]) or any(
            m.start < first_cue and m.start >= sent.start + verb.end() for m in ms if m not in (new, old)):
        return []
    verb_at = sent.start + verb.start()
    subject = _np_clause_start(doc, sent.start, verb_at) or _np_before(doc, sent.start, verb_at)
    if subject is None:
        return []
    return [_Pair(old, new, subject, direction_of(verb.group(0)), _periods(doc.text[sent.start:sent.end]))]


def _bracketed_conversion(doc: Document, m: Mention, level: Mention) -> bool:
    """``m`` is a sum of money alone in brackets right after the level, its conversion: "rose to 104 million euros
    ($113 million) from 92 million euros" (round 19)."""
    return m.kind == level.kind == Kind.MONEY and m.parenthetical \
        and re.fullmatch(r"\s*\(\s*", doc.text[level.end:m.start]) is not None \
        and re.match(r"\s*\)", doc.text[m.end:m.end + 3]) is not None


# "Pre-tax profit was £686m, compared with £1.24bn a year earlier": a level stated by a copula, then the
# level it is set against after a comma
_LEVEL_COPULA = re.compile(r"\b(?:was|were|is|are|stood\s+at|stands\s+at|came\s+in\s+at|totalled|totaled|reached)"
                           r"(?:\s+(?:a|an|just|about|around|some|nearly|almost|roughly))*\s*$", re.I)
_SET_AGAINST_CUE = re.compile(r",\s*(?:compared\s+with|against|versus)\b", re.I)
_SET_AGAINST = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,3}?,\s*(?:compared\s+with|against|versus)\s*$", re.I)
# round 19: "Net profit for the half reached €38.6m, up from €34.2m a year earlier": the level by a copula, then
# its old level after ", up from" (the direction told, the size stated nearby)
_LEVEL_UP_FROM_CUE = re.compile(r",\s*(?:up|down)\s+from\b", re.I)
_LEVEL_UP_FROM = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,6}?\s*,\s*(?P<way>up|down)\s+from\s*$", re.I)


def _stated_level_pair(doc: Document, idx: int, ms: list[Mention], from_slot) -> list[_Pair]:
    """The new level after a copula and the old one after ", compared with" in one clause; no
    change word, so no direction: the percentage stated nearby tells it."""
    old, fr = from_slot
    sent = doc.sentences[idx]
    k = ms.index(old) if old in ms else -1
    if k < 1:
        return []
    new = ms[k - 1]
    if new.is_range or old.is_range or new.kind not in (Kind.MONEY, Kind.COUNT) or (new.kind, new.unit) != \
            (old.kind, old.unit) or not compatible(new, old) or not new.value or not old.value \
            or new.value <= 0 or old.value <= 0:
        return []
    moved = None if _SET_AGAINST.match(doc.text[new.end:fr.cue_end]) else _LEVEL_UP_FROM.match(doc.text[new.end:fr.cue_end])
    if moved is None and not _SET_AGAINST.match(doc.text[new.end:fr.cue_end]):
        return []
    copula = _LEVEL_COPULA.search(doc.text[sent.start:new.start])
    if copula is None or any(m.start < new.start for m in ms if m is not new and m.kind in (Kind.MONEY, Kind.COUNT)):
        return []
    head = doc.text[sent.start:sent.start + copula.start()]
    if _CLAUSE_BREAKS.search(_norm(head)) or any(w in CHANGE_WORDS for w in _WORD.findall(_norm(head))):
        return []
    subject = _np_clause_start(doc, sent.start, sent.start + copula.start())
    if subject is None:
        return []
    direction = 0 if moved is None else 1 if moved.group("way").lower() == "up" else -1
    return [_Pair(old, new, subject, direction, _periods(doc.text[sent.start:sent.end]))]


def _years(doc: Document, idx: int) -> frozenset:
    return frozenset(m.value for m in doc.mentions_in(idx) if m.kind == Kind.YEAR)


# one measure of money under its other names: "sales rise 12%" and "Revenue ... rose to £184.6m from £164.8m"
_MONEY_HEADS = {"revenues": "revenue", "sales": "revenue", "turnover": "revenue"}
_PLURAL_HEADS = {"revenues": "revenue", "profits": "profit"}


def _same_measure(a: _Subject, b: _Subject, money: bool = False) -> bool:
    """The same measure named alike; with ``money`` (the pair's values are sums of money) also under
    another name of it: sales, revenue and turnover are one measure of money, not of goods sold."""
    # another name: qualified alike ("like-for-like sales" is a part of revenue)
    if _PLURAL_HEADS.get(a.head, a.head) != _PLURAL_HEADS.get(b.head, b.head):
        return money and _MONEY_HEADS.get(a.head, a.head) == _MONEY_HEADS.get(b.head, b.head) and a.mods == b.mods
    return a.mods <= b.mods or b.mods <= a.mods


# round 32: a change on a basis of its own -- "like-for-like sales up 5.8%", "organic revenue grew 4%", "sales were
# up 7% at constant currency" -- is not the change of the total whose two levels a nearby sentence states
_BASIS = re.compile(r"\b(?:like-for-like|lfl|underlying|organic|comparable|same-stores?|like-for-like\s+basis|"
                    r"(?:at|in|on\s+an?)\s+constant[\s-](?:currency|currencies|exchange\s+rates?|fx)(?:\s+basis)?)\b",
                    re.I)


def _basis(doc: Document, subject: _Subject, figure: Mention) -> frozenset[str]:
    """The basis words of a measure: its qualifiers, and a phrase in the clause after its figure
    ("rose 7% at constant currency")."""
    sent = doc.sentences[figure.sentence]
    after = re.split(r"[,;:()]", doc.text[figure.end:min(sent.end, figure.end + 60)], maxsplit=1)[0]
    words = {m.group(0).lower() for m in _BASIS.finditer(" ".join(subject.mods) + " " + after)}
    return frozenset("constant currency" if w.split()[0] in ("at", "in", "on") else
                     "like-for-like" if w.startswith("like-for-like") else w for w in words)


# "underlying" is often dropped when a measure is told again ("underlying operating profit rose 9%" / "Operating
# profit rose to £612m from £561m"): it parts the two only against a measure named as the whole
_LOOSE_BASIS = frozenset({"underlying"})
_MEASURE_AS_WHOLE = frozenset("total reported statutory overall group".split())


def _bases_differ(doc: Document, mv, pair) -> bool:
    a, b = _basis(doc, mv.subject, mv.size), _basis(doc, pair.subject, pair.new)
    if a == b:
        return False
    if (a ^ b) - _LOOSE_BASIS:
        return True
    plain = pair.subject if a else mv.subject
    return bool(_MEASURE_AS_WHOLE & set(plain.text.split()))


def _near(doc: Document, a: int, b: int) -> bool:
    if abs(a - b) > NEARBY_SENTENCES:
        return False

    def para(i: int) -> int:
        s = doc.sentences[i]
        if s.headline:  # a headline belongs with the paragraph after it
            nxt = next((t for t in doc.sentences[i + 1:] if not t.headline), None)
            return nxt.paragraph if nxt else s.paragraph
        return s.paragraph

    return abs(para(a) - para(b)) <= 1


HEADLINE_REACH_PARAGRAPHS = 4


def _headline_reach(doc: Document, mv, pair) -> bool:
    """A headline's change reaches the body's pair of the same measure, named alike (its modifiers
    too: "average premium"), in the first paragraphs."""
    head = doc.sentences[mv.size.sentence]
    return head.headline and mv.subject.mods == pair.subject.mods and bool(mv.subject.mods) \
        and doc.sentences[pair.old.sentence].paragraph - head.paragraph <= HEADLINE_REACH_PARAGRAPHS


# round 14: a change over several years, "over the decade", "since 2019", "in five years", "over the past three
# years": a span of its own, not one year's two levels
_LONG_SPAN = re.compile(r"\b(?:decade|since\s+(?:\d{4}|the\s+\w+|records\s+began)|over\s+(?:the\s+)?(?:past|last)\s+"
                        r"(?:\w+\s+)?(?:years|decades)|(?:over|in|within)\s+(?:\w+|\d+)\s+years)\b", re.I)


# round 15: "for the first time since the pandemic", "the highest since 2019": a record, not the change's span
_RECORD_BEFORE = re.compile(r"(?:\btime|\b(?:high|low|bigg|larg|small|strong|weak|fast|slow|b|wor)est|\bmost|\bleast)\s+$",
                            re.I)


def _span_of(doc: Document, idx: int) -> bool:
    text = doc.sentence_text(idx)
    return any(not (m.group(0)[:5].lower() == "since" and _RECORD_BEFORE.search(text, max(0, m.start() - 30), m.start()))
               for m in _LONG_SPAN.finditer(text))


def _within_three_times(size: Mention, pair: _Pair) -> bool:
    moved = abs(pair.new.value - pair.old.value) / pair.old.value * 100
    return size.value > 0 and size.value / 3 <= moved <= size.value * 3


@needs(Kind.PERCENT, Kind.FRACTION)
def find_nearby_percent_changes(doc: Document):
    linked = set()
    for relation in _nearby_pairs_changes(doc):
        linked.update((m.start, m.end) for m in relation.changes)
        yield relation
    # round 20: a percentage alone in its sentence, its levels told by any verb in the next
    # (:func:`checker.relate.changes.sized_then_levels_next`: "Crossings rose 14%. The boats made 9,120 crossings,
    # up from 8,400")
    # (a PercentChange, as FC203 and FC303 read it: the way the next sentence states may disagree with its values)
    for size, mag, old, new in sized_then_levels_next(doc):
        if (size.kind == Kind.PERCENT or _share_word(size)) and (size.start, size.end) not in linked:
            yield PercentChange(link="inferred", cue=f"{mag.cue} (its levels in the next sentence)", change=size,
                                old=old, new=new, direction=mag.direction)


def _nearby_pairs_changes(doc: Document):
    figures = _sentence_figures(doc)
    pairs: list[_Pair] = []
    for idx, ms in figures.items():
        pairs.extend(_pairs(doc, idx, ms))
    if not pairs:
        return  # most documents state no pair of values: their moves are never read
    moves: list[_Move] = []
    for idx, ms in figures.items():
        moves.extend(_moves(doc, idx, ms))
    for pair in pairs:
        linked = []
        for mv in moves:
            if not _same_measure(mv.subject, pair.subject, pair.new.kind == Kind.MONEY):
                continue
            if _bases_differ(doc, mv, pair):
                continue  # "like-for-like sales up 5.8%" beside total sales' two levels: another measure
            if mv.subject.regions != pair.subject.regions:
                continue  # "North American deliveries jumped 21%": one region's part, not the whole's two levels
            if not _near(doc, mv.size.sentence, pair.old.sentence) and not _headline_reach(doc, mv, pair):
                continue
            if mv.periods and pair.periods and mv.periods != pair.periods:
                continue
            if _span_of(doc, mv.size.sentence) != _span_of(doc, pair.old.sentence):
                continue  # "grew by a third over the decade" against last year's two levels: another span
            years_a, years_b = _years(doc, mv.size.sentence), _years(doc, pair.old.sentence)
            if years_a and years_b and not years_a & years_b:
                continue  # "in 2023" and "in 2021": another period
            if mv.direction and pair.direction and mv.direction != pair.direction:
                continue
            moved = 1 if pair.new.value > pair.old.value else -1 if pair.new.value < pair.old.value else 0
            if mv.direction and moved and mv.direction != moved:
                continue  # "fell 5%" beside values that rose: another measure
            heads = {_PLURAL_HEADS.get(mv.subject.head, mv.subject.head), _PLURAL_HEADS.get(pair.subject.head,
                                                                                            pair.subject.head)}
            if len(heads) > 1 and not _within_three_times(mv.size, pair):
                continue  # under another name and far off in size: a part of the measure ("revenue from its cafes")
            # another pair nearer with the same measure takes the percentage
            if any(p is not pair and _same_measure(mv.subject, p.subject, p.new.kind == Kind.MONEY)
                   and abs(p.old.sentence - mv.size.sentence) < abs(pair.old.sentence - mv.size.sentence)
                   for p in pairs):
                continue
            linked.append(mv)
        if linked:
            yield NearbyPercentChange(
                link="inferred", cue=f"{linked[0].subject.text} / {pair.subject.text}",
                changes=tuple(mv.size for mv in linked), old=pair.old, new=pair.new,
                direction=pair.direction or linked[0].direction, subject=pair.subject.text)


# "closed at 330p, 30% below its 420p high", "42,000 fans, a 30% increase on the 30,000": the new level, then
# the percentage and the level it is set against
_COMPARED_DIRECTION = {"below": -1, "beneath": -1, "short": -1, "down": -1, "cheaper": -1, "above": 1, "up": 1,
                       "dearer": 1, "increase": 1, "rise": 1, "jump": 1, "gain": 1, "fall": -1, "drop": -1,
                       "decrease": -1, "cut": -1, "reduction": -1, "decline": -1}
_NEW_THEN_PERCENT = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s*(?:,|\s[-–—]+|\()\s*(?:or\s+|which\s+is\s+|some\s+)?(?P<det>an?\s+)?$",
                               re.I)
_OWNER = r"(?:(?:the|its|their|his|her|our|a|an|last\s+(?:year|season|month|week)['’]s|[A-Za-z'’-]+['’]s)\s+)?"
_PERCENT_THEN_OLD = re.compile(r"^\s+(?:(?P<cmp>below|beneath|above|short\s+of|down\s+on|up\s+on|dearer\s+than|"
                               r"cheaper\s+than)|(?P<noun>increase|rise|jump|gain|fall|drop|decrease|cut|reduction|"
                               r"decline)\s+(?:on|from|over|compared\s+with))\s+" + _OWNER
                               + r"(?:[\w-]+\s+){0,2}?$", re.I)
# "lost 30% of its value, sliding from 420p to 330p"; "fell from 420p to 330p, wiping 30% off its value"
_VALUE_LOST = re.compile(r"^\s+(?:of|off|from|to|in)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:value|worth|"
                         r"price|valuation)\b[^.;:()%\d]{0,40}?,\s*(?:[a-z]+ing\s+)(?:[\w-]+\s+){0,2}?from\s+$", re.I)
_VALUE_VERB = re.compile(r"\b(?P<verb>lost|loses|lose|losing|shed|sheds|shedding|wiped|wiping|knocked|knocking|gained|"
                         r"gains|gaining|added|adds|adding)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|"
                         r"roughly|just\s+over|just\s+under)\s+)?$", re.I)
_FROM_TO = re.compile(r"^\s+(?:[a-z]+\s+)?to\s+$", re.I)
_THEN_VALUE_VERB = re.compile(r"^\s*,\s*(?P<verb>wiping|knocking|shaving|adding|lopping)\s+$", re.I)
_VALUE_AFTER = re.compile(r"^\s+(?:off|from|to|onto|on)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:value|worth|"
                          r"price|valuation)\b", re.I)
_GAINED = frozenset("gained gains gaining added adds adding".split())


@needs(Kind.PERCENT)
def find_compared_changes(doc: Document):
    """A percentage change set between two levels by a comparative: "closed
    at 330p, 30% below its 420p peak" (also "above", "down on", "up on",
    "dearer than", "cheaper than"); "42,000 fans, a 30% increase on the
    30,000 at the old ground"; and a change of value with its two levels:
    "lost 30% of its value, sliding from 420p to 330p", "fell from 420p to
    330p, wiping 30% off its value"."""
    text = doc.text
    for idx, ms in _by_sentence_figures(doc).items():  # (the figures of each sentence, read once per document)
        if doc.sentences[idx].headline or len(ms) < 3:
            continue
        for k in range(1, len(ms) - 1):
            new, pct, old = ms[k - 1], ms[k], ms[k + 1]
            if pct.kind != Kind.PERCENT or pct.is_range or pct.unit != "%":
                continue
            g = _NEW_THEN_PERCENT.match(text[_end(new):pct.start])
            h = _PERCENT_THEN_OLD.match(text[pct.end:old.start])
            if g and h and bool(g.group("det")) == bool(h.group("noun")) and new.kind != Kind.PERCENT \
                    and not new.is_range and not old.is_range and compatible(old, new) and old.value:
                word = (h.group("cmp") or h.group("noun")).split()[0].lower()
                yield PercentChange(link="explicit", cue=f"the level set against another: {word}", change=pct,
                                    old=old, new=new, direction=_COMPARED_DIRECTION[word])
        for k in range(len(ms) - 1):
            a, b = ms[k], ms[k + 1]
            if a.kind == Kind.PERCENT or a.is_range or b.is_range or not _FROM_TO.match(text[_end(a):b.start]) \
                    or not text[doc.sentences[idx].start:a.start].rstrip().lower().endswith("from") \
                    or not compatible(a, b) or not a.value:
                continue
            pct = ms[k - 1] if k >= 1 else None
            if pct is not None and pct.kind == Kind.PERCENT and pct.unit == "%" and not pct.is_range \
                    and _VALUE_LOST.match(text[pct.end:a.start]):
                verb = _VALUE_VERB.search(text[doc.sentences[idx].start:pct.start])
            else:
                pct = ms[k + 2] if k + 2 < len(ms) else None
                verb = _THEN_VALUE_VERB.match(text[_end(b):pct.start]) if pct is not None else None
                if verb is None or pct.kind != Kind.PERCENT or pct.unit != "%" or pct.is_range \
                        or not _VALUE_AFTER.match(text[pct.end:pct.end + 40]):
                    continue
            direction = 1 if verb is not None and verb.group("verb").lower() in _GAINED else -1
            # levels that move against the verb are quoted the other way round ("the rand lost 20% of its value,
            # from 14.2 to 17.9 to the dollar"): left alone
            if verb is None or a.kind != b.kind or (b.value - a.value) * direction <= 0:
                continue
            yield PercentChange(link="explicit", cue=f"{verb.group('verb').lower()} of value", change=pct, old=a,
                                new=b, direction=direction)


# ------------------------------------------------------------------ round 13: a change and levels a sentence apart

# "The budget, which takes effect on July 1, is 5.5% larger than this year's $4.57 billion": the subject
# names the measure whose new level an earlier sentence stated ("approved a $4.82 billion budget")
_NAMED_SUBJECT = re.compile(r"^\W*the\s+(?P<noun>[a-z]+)(?:\s*,[^,;:()]{1,80},)?\s+(?:is|was|will\s+be|would\s+be|"
                            r"has\s+been|now\s+stands|stands)\s+(?:now\s+)?$", re.I)
_THAN_CUE = re.compile(r"\bthan\b")
_CONTENT_STOP = frozenset("""about after their there which while where these those other would could should
    expected estimate estimates according figures figure number total since this that with from were have has
    been year years month months week weeks last first""".split())


def _noun_stem(w: str) -> str:
    w = w.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


# "a budget of $610 million", "a wage bill of £84m": the noun before "of" names the figure
_NOUN_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+$", re.I)
# "£1.9bn in funding", "13.2 million tonnes of wheat": the noun after "in" or "of"
_LEVEL_NOUN_AFTER = re.compile(r"\s+(?:in|of)\s+([a-z]+)\b", re.I)


def _level_nouns(doc: Document, m: Mention) -> set[str]:
    """The nouns naming what a figure measures: its own, and one joined by "of" or "in" before or after it."""
    out = {_noun_stem(m.noun)} if m.noun else set()
    before = _NOUN_OF_BEFORE.search(doc.text, max(0, m.start - 30), m.start)
    after = _LEVEL_NOUN_AFTER.match(doc.text, _end(m))
    out.update(_noun_stem(x.group(1)) for x in (before, after) if x)
    return out - _CONTENT_STOP


def _named_new_level(doc: Document, idx: int, noun: str, old: Mention) -> Mention | None:
    """The one level of ``noun`` (of ``old``'s kind and unit) the three sentences before state."""
    figures = _by_sentence_figures(doc)
    found = [m for k in range(max(0, idx - 3), idx) for m in figures.get(k, [])
             if not doc.sentences[k].chrome and (m.kind, m.unit) == (old.kind, old.unit)
             and _noun_stem(noun) in _level_nouns(doc, m) and not m.is_range and m.value]
    if not found or len({m.value for m in found}) != 1:
        return None
    body = [m for m in found if not doc.sentences[m.sentence].headline]
    return (body or found)[-1]


@needs(Kind.PERCENT)
def find_named_level_changes(doc: Document):
    """"Millbrook approved a $4.82 billion budget ... The budget, which takes effect in July, is 5.5% larger
    than this year's $4.57 billion": a percentage change and its old level, the subject naming the measure
    whose new level an earlier sentence gave (its one value there).  Inferred.  (A percentage change alone in
    its sentence with the measure's levels in the next is read by
    :func:`checker.relate.changes.sized_then_levels_next`.)"""
    figures = _by_sentence_figures(doc)
    text = doc.text
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(ms) != 2:
            continue
        said = text[ms[0].end:ms[1].start]
        if "than" not in said and "from" not in said:
            continue  # neither "... larger than" nor "..., down from"
        (a, a_roles), (b, b_roles) = sentence_slots(doc, ms)
        mag, fr = _slot_role(a_roles, "mag"), _slot_role(b_roles, "from")
        if a.kind == Kind.PERCENT and mag is not None and fr is not None and mag.direction and len(a_roles) == 1 \
                and len(b_roles) == 1 and _THAN_CUE.search(fr.cue) and not a.is_range and not b.is_range \
                and b.kind != Kind.PERCENT and not is_points_size(doc, a):
            subject = _NAMED_SUBJECT.match(_norm(text[sent.start:a.start]))
            new = _named_new_level(doc, idx, subject.group("noun"), b) if subject else None
            if new is not None and compatible(new, b) and Fraction(2, 3) <= new.value / b.value <= Fraction(3, 2):
                yield PercentChange(link="inferred", cue=f"{mag.cue} (the {subject.group('noun').lower()}'s level "
                                    f"stated before)", change=a, old=b, new=new, direction=mag.direction)
            continue


# round 18: "Fares were cut by 25% on Monday, with a single ticket falling from £2.50 to £2.00": a percentage
# change of a whole, then ", with" one item of it moving between two levels -- the item's own change
_SIZED_VERB_BEFORE = re.compile(r"\b(?:cut|reduced|lowered|raised|increased|rose|risen|fell|fallen|dropped|climbed|"
                                r"jumped|slashed|put\s+up|going\s+up|go\s+up|went\s+up|came\s+down|come\s+down)"
                                r"\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than)\s+)?$", re.I)
_WITH_ITEM_MOVING = re.compile(r"^(?:\s+(?:on|in|from|at|this|last|next)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*,\s*with\s+"
                               r"(?:an?|the|each|every|its)\s+(?:[\w'’-]+\s+){0,4}?(?:falling|dropping|going|rising|"
                               r"climbing|increasing|decreasing|moving|jumping|coming\s+down|going\s+up)\s+from\s+$", re.I)


_NOT_THE_WHOLE_CHANGE = re.compile(r"\b(?:average|averag\w*|typical|typically|some|" + _SUPERLATIVES + r"|"
                                   r"up\s+to|as\s+much\s+as|overall|median)\b", re.I)


@needs(Kind.PERCENT)  # (the change's size is a percentage)
def find_with_item_changes(doc: Document):
    """"Fares were cut by 25% on Monday, with a single adult ticket falling from £2.50 to £2.00": the size of the
    change and, after ", with", one item going from its old level to its new one (explicit; not when a
    figure stands between)."""
    for size in doc.mentions:
        if size.kind is not Kind.PERCENT or is_points_size(doc, size):
            continue
        sent = doc.sentences[size.sentence]
        if size.hedge is not None or not _SIZED_VERB_BEFORE.search(doc.text, max(sent.start, size.start - 30), size.start) \
                or _NOT_THE_WHOLE_CHANGE.search(doc.text, sent.start, sent.end):
            continue  # (an average or a hedged change; the item may be the biggest mover, not its size)
        old = next((m for m in doc.mentions_in(size.sentence) if m.start >= size.end
                    and m.kind not in (Kind.WEEKDAY, Kind.DATE, Kind.YEAR)), None)
        if old is None or old.kind not in (Kind.MONEY, Kind.COUNT, Kind.MEASURE) \
                or not _WITH_ITEM_MOVING.match(doc.text[size.end:old.start]):
            continue
        new = doc.mention_at_or_after(old.end)
        if new is None or new.sentence != size.sentence or new.kind is not old.kind or new.unit != old.unit \
                or not re.fullmatch(r"\s+to\s+", doc.text[old.end:new.start]) \
                or old.value is None or new.value is None or old.value == new.value:
            continue
        yield PercentChange(link="explicit", cue="with an item moving", change=size, old=old, new=new,
                            direction=1 if new.value > old.value else -1)


FINDERS = (find_share_splits, find_rest_after_share, find_percent_changes, find_with_item_changes, find_apposed_percent_changes, find_nearby_percent_changes,
           find_compared_changes, find_named_level_changes)

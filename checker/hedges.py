"""What a stated figure can mean: rounding and hedges as intervals.

This table is the single source of hedge semantics (the README quotes it).
For a stated value ``v`` whose looseness is ``t``:

* digits: ``t`` is half the unit of the last stated digit ("3,800" -> 50,
  "23.8%" -> 0.05, "27" -> 0.5);
* fraction words ("a third", "one in five", "half"): ``t`` is 10% of ``v``,
  because a fraction word is itself a rounding, and an unhedged one reaches
  five points of a hundred at most ("three in four" is 70% to 80%, round 50); a hedged one is half as
  loose (5% of ``v``), since the hedge already says on which side of the
  fraction the figure lies ("more than four in five" is above 76%, "nearly
  two-thirds" 59.3% to 66.7%, not 53%: below a fraction word "almost" reaches
  11% of it, so "almost a third" allows 29.7% to 33.3% (a reporter's 19 of 64)
  and "almost half" 44.5% to 50% (not 530 of 1,200), round 13);
  Beside an unhedged fraction word the counts of a share are read as stated
  (round 43, ``relate.shares.fraction_word_share``): the word's band is the
  rounding of the whole comparison;
* vague plurals ("hundreds", "tens of thousands") carry their own interval;
* whole-number counts stated to the unit ("27 people", "five gold") are
  exact: ``t`` is 0, since nobody rounds 26.6 people to 27.

==================  ============================================  ==========================
family              hedges                                        interval
==================  ============================================  ==========================
exact               (none)                                        [v - t, v + t]
exactly             exactly, precisely (round 54)                 [v - t, v + t]; a fraction word
                                                                  is no rounding: [v - 1% of v, v + 1% of v]
                                                                  (the figure reads as unhedged otherwise)
approximately       around, about, some, roughly,                 [v - w, v + w],
                    approximately, (an) estimated, near, or so    w = max(min(2t, 10% of v), 5% of v)
                                                                  (2% for a figure naming its last digit)
just below          almost, nearly, just under, just below,       [v - max(2t, 10% of v), v]
                    a little / slightly under, below, less than   (fraction words: [v - 11% of v, v])
close to            close to                                      [v - max(2t, 10% of v), v + t]
                                                                  (fraction words: [v - 11% of v, v + t])
just above          just over, just above,                        [v - t, v + max(2t, 10% of v)]
                    a little / slightly over, above, more than    (fraction words: [v - t, v + 11% of v])
above               more than, over, above, in excess of,         (v, inf)
                    well over, well above
at least            at least, no fewer than, no less than,        [v, inf)
                    or more
at most             up to, as many as, as much as, at most,       (-inf, v]
                    no more than, or fewer, or less
below               fewer than, less than, under, below,          (-inf, v)
                    well under, well below
==================  ============================================  ==========================

The 10% band of "almost", "close to" and "just over" stands from a round figure, one whose last stated digit is 0
or 5 ("nearly 50 years", "almost 3,500", "just over 1.5m"); a figure that names its own last digit ("nearly 53
years", "almost 3,804") reaches 2%, two of its rounding steps or one step of its last digit, whichever is most:
"nearly 53 years" is 52 to 53 years, not 49; "nearly three runs" holds 2.7 (round 40).
(Round 50) "about", "some" and the other approximately-hedges take 2% from such a figure too (either way, rounded
out to whole steps of its last digit): "some 38,600" is 37,800 to 39,400, not 36,670 to 40,530.

A bound ("more than", "at least", "up to", "fewer than") is the figure itself:
"more than two metres" is above 2 m.  A fraction in words keeps its rounding
``t`` there ("more than four in five" is above 76%), but for half, the line of a
majority: "more than half" is above 50% (round 63).

Multiple words ("doubled", "tripled", "five times as many", "halved") are a
ratio r = new / old and are themselves a rounding: a band b of 10% of the
multiple for rises ("doubled" 1.8 to 2.2 times), 15% for "halved" (0.425 to
0.575, a fall of 42.5% to 57.5%).  A hedge speaks of the size of the move, so
for a fall it bounds the ratio from the other side ("almost halved" is a fall
of almost half: the ratio is at least 0.5):

==================  ==============================  ==============================
family              rise (v > 1): "nearly doubled"  fall (v < 1): "almost halved"
==================  ==============================  ==============================
exact, approx.      [v - b, v + b]                  [v - b, v + b]
just below          [v - b, v]                      [v, v + b]
just above          [v, v + b]                      [v - b, v]
above               (v, inf)                        (0, v)
at least            [v, inf)                        (0, v]
at most             (0, v]                          [v, 1)
below               (0, v)                          (v, 1)
==================  ==============================  ==============================

"five times more" and "a threefold increase" may mean v or v + 1 times:
[v - b, (v + 1) * 1.1].
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from fractions import Fraction

from .interval import Interval

APPROX = "approximately"
EXACT = "exactly"
JUST_BELOW = "just below"
CLOSE_TO = "close to"
JUST_ABOVE = "just above"
ABOVE = "above"
AT_LEAST = "at least"
AT_MOST = "at most"
BELOW = "below"

HEDGE_FAMILY: dict[str, str] = {
    "around": APPROX, "about": APPROX, "some": APPROX, "roughly": APPROX, "approximately": APPROX,
    "estimated": APPROX, "an estimated": APPROX, "near": APPROX, "or so": APPROX,
    "almost": JUST_BELOW, "nearly": JUST_BELOW, "just under": JUST_BELOW, "just below": JUST_BELOW,
    "close to": CLOSE_TO,
    "just over": JUST_ABOVE, "just above": JUST_ABOVE,
    # (round 37) "a little under half", "slightly more than 40%"
    "a little under": JUST_BELOW, "a little below": JUST_BELOW, "a little less than": JUST_BELOW,
    "slightly under": JUST_BELOW, "slightly below": JUST_BELOW, "slightly less than": JUST_BELOW,
    "slightly fewer than": JUST_BELOW,
    "a little over": JUST_ABOVE, "a little above": JUST_ABOVE, "a little more than": JUST_ABOVE,
    "slightly over": JUST_ABOVE, "slightly above": JUST_ABOVE, "slightly more than": JUST_ABOVE,
    "more than": ABOVE, "over": ABOVE, "above": ABOVE, "in excess of": ABOVE, "well over": ABOVE,
    "well above": ABOVE,
    "at least": AT_LEAST, "no fewer than": AT_LEAST, "no less than": AT_LEAST, "or more": AT_LEAST,
    "up to": AT_MOST, "as many as": AT_MOST, "as much as": AT_MOST, "at most": AT_MOST,
    "no more than": AT_MOST, "or fewer": AT_MOST, "or less": AT_MOST,
    "fewer than": BELOW, "less than": BELOW, "under": BELOW, "below": BELOW, "well under": BELOW,
    "well below": BELOW,
    "exactly": EXACT, "precisely": EXACT,  # (round 54)
}

# "up to" after a verb of motion is the level a change reaches, not "at most": "will go up to
# £9,535 from £9,250" (after a modal it is a ceiling again: "could go up to £5,000")
MOVE_VERBS = frozenset("go goes going gone went move moves moving moved".split())
# "added up to 274": the sum itself, not "at most" (round 12; after a modal a ceiling again: "could add up to")
SUM_VERBS = frozenset("add adds added adding".split())

# "hand over £1,995.33": "over" is the verb's particle, not "more than" (round 22; not "signed over 40 players" or
# "turned over 300 cars", where it is "more than")
OVER_PARTICLE_VERBS = frozenset("hand hands handed handing".split())

APPROX_SHARE = Fraction(5, 100)  # "around" allows at least ±5%
BAND_SHARE = Fraction(10, 100)  # "almost" reaches down 10%
# (round 40) ... from a round figure only: one whose last stated digit is 0 or 5 ("nearly 50 years", "almost 3,500");
# "nearly 53 years" names its own last digit, so it reaches down 2% (or two of its rounding steps), not to 47.7
FINE_BAND_SHARE = Fraction(2, 100)
# ... and 11% below a fraction word: "almost a third" from 29.7%; the same reach above one after "just over" (round 26:
# "just over a fifth" to 22.2%)
FRACTION_BELOW_SHARE = Fraction(11, 100)
FRACTION_WORD_SHARE = Fraction(10, 100)  # "a third" means 1/3 ± 10% of itself
FRACTION_WORD_REACH = Fraction(5, 100)  # (round 50) ... but never more than five points: "three in four" is 70% to 80%
MULTIPLE_WORD_SHARE = Fraction(10, 100)  # "doubled" is itself a rounding: 1.8x to 2.2x
HALVED_SHARE = Fraction(15, 100)  # "halved" for a fall of 42.5% to 57.5%
EXACT_WORD_SHARE = Fraction(1, 100)  # (round 54) "exactly half" is 49.5% to 50.5%


@dataclass(frozen=True)
class Tolerances:
    """The shares above as one value, so a caller (the configuration) can
    pass overrides explicitly: ``interval_for(..., tolerances=t)``."""

    approx_share: Fraction = APPROX_SHARE
    band_share: Fraction = BAND_SHARE
    fraction_word_share: Fraction = FRACTION_WORD_SHARE


DEFAULT_TOLERANCES = Tolerances()
HALF = Fraction(1, 2)


def told_exact(m) -> bool:
    """(round 54) A fraction in words told "exactly"/"precisely" ("exactly half"): the mention keeps neither the hedge
    nor the word in its span (it is exact to every reader), so its interval says it: a hundredth of itself."""
    iv = m.interval
    return m.hedge is None and m.value and iv is not None and iv.lo is not None and iv.hi is not None \
        and iv.hi - iv.lo <= 2 * EXACT_WORD_SHARE * abs(m.value)


def family(hedge: str | None) -> str | None:
    return HEDGE_FAMILY.get(hedge) if hedge else None


def looseness(value: Fraction, precision: Fraction | None, fraction_word: bool,
              tolerances: Tolerances | None = None) -> Fraction:
    """Half-width of the unhedged interval."""
    if fraction_word:
        return abs(value) * (tolerances or DEFAULT_TOLERANCES).fraction_word_share
    if precision is None:
        return Fraction(0)
    return precision / 2


# a pure function of hashable values, and news repeats its figures
@functools.lru_cache(maxsize=8192)
def interval_for(value: Fraction, precision: Fraction | None, hedge: str | None, *,
                 fraction_word: bool = False, exact_count: bool = False,
                 tolerances: Tolerances | None = None) -> Interval:
    """The interval a stated figure stands for (see the module table);
    ``tolerances`` overrides the shares (default: the module constants)."""
    tol = tolerances or DEFAULT_TOLERANCES
    t = Fraction(0) if exact_count else looseness(value, precision, fraction_word, tol)
    fam = family(hedge)
    if fam == EXACT:
        # (round 54) "exactly half" is a half, not a rounding of one; "exactly 40%" keeps its digits' rounding
        # (a hundredth of itself either way: "exactly a quarter" of rounded counts, 103,000 of 412,300)
        return Interval(value * (1 - EXACT_WORD_SHARE), value * (1 + EXACT_WORD_SHARE)) if fraction_word \
            else Interval(value - t, value + t)
    if fraction_word and fam is not None:
        t /= 2  # the hedge tells the side: "more than four in five" is not 73%
    v = value
    if fam is None:
        if fraction_word:
            # (round 50) at most five points of a hundred either way: "three in four" is 70% to 80%, not 67.5% to
            # 82.5% (a hedged fraction word keeps its band: the hedge tells the side)
            t = min(t, FRACTION_WORD_REACH * tol.fraction_word_share / FRACTION_WORD_SHARE)
        return Interval(v - t, v + t)
    if fam == APPROX:
        # a hedged round figure ("about 1,000") is not loosened twice: its
        # trailing-zero rounding counts for at most 10% of it
        # (round 50) a figure naming its own last digit ("some 38,600", "about 2,340") reaches 2% either way or
        # two of its rounding steps, as "almost" does below it: not 5%
        fine = not fraction_word and not _round_figure(v, precision) and tol.approx_share == APPROX_SHARE
        w = max(min(2 * t, abs(v) * tol.band_share), abs(v) * (FINE_BAND_SHARE if fine else tol.approx_share))
        if fine and precision and w > precision:
            w = math.ceil(w / precision) * precision  # whole steps of the figure's rounding: 1,210 to 1,270
        return Interval(v - w, v + w)
    # (round 40) the reach of a nearness hedge: 10% from a round figure; from one naming its own last digit, 2% or
    # one step of that digit ("nearly three" holds 2.7; "nearly 53 years" is not 49)
    fine = not _round_figure(v, precision)
    band = min(tol.band_share, FINE_BAND_SHARE) if fine else tol.band_share
    step = precision if fine and precision else Fraction(0)
    if fam == JUST_BELOW:
        if fraction_word:  # "almost a third": 11% below it at most (29.7% to 33.3%)
            return Interval(v - abs(v) * FRACTION_BELOW_SHARE, v)
        return Interval(v - max(2 * t, abs(v) * band, step), v)
    if fam == CLOSE_TO:
        # (round 28) "close to 30%" is a band below 30% and the figure's own rounding above it: 64 of 212 (30.2%)
        # is "close to 30%", as it is "30%"; "almost" and "nearly" stay below
        if fraction_word:
            return Interval(v - abs(v) * FRACTION_BELOW_SHARE, v + t)
        return Interval(v - max(2 * t, abs(v) * band, step), v + t)
    if fam == JUST_ABOVE:
        if fraction_word:  # "just over a fifth": 11% above it at most, as "almost" below (19% to 22.2%; round 26)
            return Interval(v - t, v + abs(v) * FRACTION_BELOW_SHARE)
        return Interval(v - t, v + max(2 * t, abs(v) * band, step))
    # a bound is the figure itself, unless the figure is a fraction word (itself a rounding;
    # an exact count has t = 0 already) -- but for half, the line of a majority: "more than half" is above half, "fewer
    # than half" below it, never a rounding of it (round 63: 41 of 86 is not "more than half")
    edge = t if fraction_word and value != HALF else Fraction(0)
    if fam == ABOVE:
        return Interval(v - edge, None, lo_open=True)
    if fam == AT_LEAST:
        return Interval(v - edge, None)
    if fam == AT_MOST:
        return Interval(None, v + edge)
    if fam == BELOW:
        return Interval(None, v + edge, hi_open=True)
    return Interval(v - t, v + t)


def _round_figure(value: Fraction, precision: Fraction | None) -> bool:
    """A figure whose last stated digit is 0 or 5 ("50", "3,500", "1.5m"), or of no known precision: a round
    figure, which a hedge of nearness may stand a band of 10% from."""
    if not precision or precision <= 0:
        return True
    steps = value / precision
    return steps.denominator != 1 or steps.numerator % 5 == 0


def describe_tolerance(hedge: str | None, interval: Interval, fmt) -> str:
    """One phrase for messages: "'around' allows 3,610 to 3,990"."""
    if hedge:
        return f"'{hedge}' allows {interval.describe(fmt)}"
    return f"rounding at the stated precision allows {interval.describe(fmt)}"


def multiple_interval(value: Fraction, hedge: str | None, more: bool = False) -> Interval:
    """The ratios a multiple word allows (see the second table above)."""
    v = value
    band = v * (MULTIPLE_WORD_SHARE if v >= 1 else HALVED_SHARE)
    if more:
        return Interval(v - band, (v + 1) * (1 + MULTIPLE_WORD_SHARE))
    fam = family(hedge)
    zero = Fraction(0)
    if v >= 1:
        table = {
            JUST_BELOW: Interval(v - band, v), JUST_ABOVE: Interval(v, v + band),
            ABOVE: Interval(v, None, lo_open=True), AT_LEAST: Interval(v, None),
            AT_MOST: Interval(zero, v), BELOW: Interval(zero, v, hi_open=True),
        }
    else:  # a fall: "almost halved" is a smaller fall, a larger ratio
        one = Fraction(1)
        table = {
            JUST_BELOW: Interval(v, v + band), JUST_ABOVE: Interval(v - band, v),
            ABOVE: Interval(zero, v, hi_open=True), AT_LEAST: Interval(zero, v),
            AT_MOST: Interval(v, one, hi_open=True), BELOW: Interval(v, one, True, True),
        }
    return table.get(fam, Interval(v - band, v + band))

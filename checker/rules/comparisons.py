"""Rules on comparisons and scale (FC7xx): a figure per head against its
total, and a comparative word against the two figures it compares.

Not built yet: rankings ("third place", "the second-largest") and
superlatives whose rivals are named in other sentences; see the README."""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable

from ..interval import Interval, format_number
from ..model import Document, Finding, Severity
from ..relate.comparisons import Compared, PerHead, Superlative
from .base import Example, Rule
from .format import amount, interval_like, quoted

# per-head figures are rounded freely ("about £360 each" for £363.64): the
# product may miss the total by this share of it before it is a contradiction
PER_HEAD_SLACK = Fraction(10, 100)


_LONG = ((10**12, " trillion"), (10**9, " billion"), (10**6, " million"))
_SHORT = ((10**12, "tn"), (10**9, "bn"), (10**6, "m"))


def _sized(value: Fraction, like) -> str:
    """``value`` with the scale word its size calls for, in the style of
    ``like``: a product a thousand times the total reads "£2.48bn", not
    "£2,475m"."""
    written = amount(value, like)
    long_words = any(w in like.text.lower() for w in ("million", "billion", "trillion"))
    for factor, word in (_LONG if long_words else _SHORT):
        if value >= factor:
            digits = amount(value, like).rstrip("mkbnilotr ")  # keeps the currency symbol
            symbol = digits[:1] if digits[:1] in "$£€¥₹" else ""
            return f"{symbol}{format_number(value / factor, 2)}{word}"
    return written


def _scale_word(ratio: Fraction) -> str:
    """" (about 1,000 times too small)" when the gap is a factor of ten or more."""
    if ratio >= 10:
        return f" ({format_number(round(ratio))} times the total)"
    if 0 < ratio <= Fraction(1, 10):
        return f" (1/{format_number(round(1 / ratio))} of the total)"
    return ""


class PerHeadMismatch(Rule):
    """A figure per head, times the number of heads, does not give the total it divides.

    What it checks:
        A total and the same total per person, household or member, with
        the head count, tied in one sentence: "£14m, or £70 for each of the
        200,000 residents"; "a £900m budget for 1.2 million people, £750 a
        head"; "£3m shared among 150 clubs, or £20,000 each"; "will cost
        each of the 600,000 residents £4,000"; an average with its head count
        and a total ("its 2.1 million staff earn an average of £31,000, a
        total wage bill of £65bn").  The rate
        times the head count, at the figures' rounding and hedges, must
        meet the total within 10% (per-head figures are rounded freely).
        Million/billion slips show here: the product misses by a factor of
        a thousand.

    Why it matters:
        A per-head figure is usually computed by the reporter from the other
        two; a slip in the scale word of any of the three makes the
        sentence impossible.

    Example:
        "The £2.4m scheme works out at about £360 for each of the 6.6
        million households." -- £360 × 6.6 million = £2.4bn.

    Use instead:
        Recompute the per-head figure from the total and the head count, and
        check the scale words (m, bn) of all three.
    """

    code = "FC701"
    name = "per-head-mismatch"
    severity = Severity.ERROR
    relations = (PerHead,)
    fail = (
        Example("The £3.1m upgrade works out at about £410 for each of the 7.5 million homes on the network.",
                target="£3.1m"),
        Example("A £45m fund will be shared among 300 sports clubs, or £15,000 each.", target="£45m"),
        Example("The district's $860 million budget for its 410,000 residents comes to $210 per resident.",
                target="$860 million"),
        Example("The £1.8bn tunnel will cost each of the region's 900,000 households about £20.", target="£1.8bn"),
        Example("The firm's 12,000 drivers earn an average of £29,000, a total pay bill of £3.5bn.", target="£3.5bn"),
    )
    ok = (
        Example("The £3.1bn upgrade works out at about £410 for each of the 7.5 million homes on the network."),
        Example("A £4.5m fund will be shared among 300 sports clubs, or £15,000 each."),
        Example("The district's $86 million budget for its 410,000 residents comes to $210 per resident."),
        Example("Tickets cost £40 a head, and the 2,000-seat hall took £52,000 on the night."),
        Example("The £1.8bn tunnel will cost each of the region's 900,000 households about £2,000."),
        Example("The firm's 12,000 drivers earn an average of £29,000, a total pay bill of £348m."),
        # a rate over a period against a total over none: not comparable
        Example("The 40,000 members pay an average of £12 a month, a total of £4.8m."),
    )

    def check(self, relation: PerHead, doc: Document) -> Iterable[Finding]:
        total, rate, heads = relation.total, relation.rate, relation.heads
        product = rate.interval.times(heads.interval)
        if product is None or total.interval is None:
            return
        value = rate.value * heads.value
        arithmetic = f"{amount(rate.value, rate)} × {format_number(heads.value)} = {_sized(value, total)}"
        allowed = Interval(product.lo * (1 - PER_HEAD_SLACK),
                           None if product.hi is None else product.hi * (1 + PER_HEAD_SLACK))
        tolerance = (f"{quoted(rate)} and {quoted(heads)} at their rounding give "
                     f"{_sized(product.lo, total)} to "
                     f"{'any amount' if product.hi is None else _sized(product.hi, total)}, "
                     f"and 10% more either way for a rounded per-head figure")
        if allowed.intersects(total.interval):
            yield self.finding(Severity.INFO, rate,
                               f"{arithmetic}, consistent with the total {quoted(total)}.",
                               arithmetic=arithmetic, tolerance=tolerance, related=(total, heads))
            return
        ratio = value / total.value if total.value else Fraction(0)
        yield self.finding(
            self.contradiction_severity(relation), total,
            f"{quoted(rate)} for each of {quoted(heads)} comes to {_sized(value, total)}, "
            f"not the total {quoted(total)}{_scale_word(ratio)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=(rate, heads))


class ComparisonDirectionMismatch(Rule):
    """A comparative word ("more", "fewer", "higher", "lower") says the opposite of the figures it compares.

    What it checks:
        Two figures of the same kind joined by a comparative in one clause:
        "its 412 complaints were fewer than the 380 of the year before".
        The first must be able to stand on the side of the second that the
        word says, at the figures' rounding.  A figure with a hedge ("more
        than 400") and a difference ("58 more than in 2022") are not
        comparisons of two values and are left to other rules.

    Why it matters:
        The reader takes the comparative as the story ("complaints fell");
        when the figures say the opposite, one of them or the word is wrong.

    Example:
        "The 412 complaints were fewer than the 380 received in 2022."

    Use instead:
        "The 412 complaints were more than the 380 received in 2022."
    """

    code = "FC702"
    name = "comparison-direction-mismatch"
    severity = Severity.ERROR
    relations = (Compared,)
    fail = (
        Example("The 412 complaints logged this year were fewer than the 380 received in 2022.", target="412"),
        Example("Its 2023 profit of £18.2m was higher than the £19.5m it made a year earlier.", target="£18.2m"),
    )
    ok = (
        Example("The 412 complaints logged this year were more than the 380 received in 2022."),
        Example("There were 342 shootings in the city last year, 58 fewer than in 2022."),
        Example("The club's 21 wins were more than 15 of its rivals managed all season."),
    )

    def check(self, relation: Compared, doc: Document) -> Iterable[Finding]:
        a, b = relation.first, relation.second
        ai, bi = a.interval, b.interval
        if relation.direction > 0:
            possible = ai.hi is None or bi.lo is None or ai.hi > bi.lo
        else:
            possible = ai.lo is None or bi.hi is None or ai.lo < bi.hi
        side = "more than" if relation.direction > 0 else "less than"
        arithmetic = f"{amount(a.value, a)} vs {amount(b.value, b)}"
        tolerance = f"{quoted(a)} allows {interval_like(ai, a)}; {quoted(b)} allows {interval_like(bi, b)}"
        yield self.verdict(
            relation, a, possible,
            f"{quoted(a)} is {side} {quoted(b)}, consistent with '{relation.word} than'.",
            f"'{relation.word} than' says {quoted(a)} is {side} {quoted(b)}, but it is not ({arithmetic}).",
            arithmetic=arithmetic, tolerance=tolerance, related=(b,))


class SuperlativeMismatch(Rule):
    """A figure called the largest (or smallest, or the second-largest) is out of place among the figures listed with it.

    What it checks:
        A superlative set beside one figure -- "the largest share, 31%",
        "12,400, the highest of the five" -- and the other figures of the
        same kind listed in the same sentence.  Every other figure must be
        able to lie at or below it (at or above it for "smallest",
        "lowest", "fewest"), at the figures' rounding; for a rank ("the
        third-largest") exactly two of them must be able to lie above it.  Superlatives over
        time ("the highest since 2008", "the lowest on record") compare
        with figures the text does not give and are skipped, as are
        sentences whose figures include a much larger one (a total).

    Why it matters:
        "The largest" is the point of the sentence; when a listed rival is
        bigger, either a figure or the ranking is wrong.

    Example:
        "Schools get the largest share, 31%, with 38% going to health."

    Use instead:
        "Health gets the largest share, 38%, with 31% going to schools."
    """

    code = "FC703"
    name = "superlative-mismatch"
    severity = Severity.ERROR
    relations = (Superlative,)
    fail = (
        Example("Housing takes the largest slice, 27%, ahead of transport on 22% and parks on 31%.", target="27%"),
        Example("The Eastern district, which had the lowest turnout, 48%, was ahead of the Western on 44%.",
                target="48%"),
        Example("The Greens became the second-largest party, 31 seats, behind Labour on 44 and the Liberals on 35.",
                target="31 seats"),
    )
    ok = (
        Example("Housing takes the largest slice, 37%, ahead of transport on 22% and parks on 31%."),
        Example("Unemployment reached 6.1%, the highest since 2014, up from 5.8% a year ago."),
        Example("Of the 640 complaints, the largest group, 210, concerned noise; 150 were about parking."),
        Example("The Greens became the second-largest party, 38 seats, behind Labour on 44 and ahead of the "
                "Liberals on 35."),
    )

    def check(self, relation: Superlative, doc: Document) -> Iterable[Finding]:
        top, rank = relation.top, relation.rank
        ti = top.interval

        def beyond(m) -> bool:  # certainly on the far side of ``top``
            if relation.direction > 0:
                return ti.hi is not None and m.interval.lo is not None and m.interval.lo > ti.hi
            return ti.lo is not None and m.interval.hi is not None and m.interval.hi < ti.lo

        def may_be_beyond(m) -> bool:
            if relation.direction > 0:
                return ti.lo is None or m.interval.hi is None or m.interval.hi > ti.lo
            return ti.hi is None or m.interval.lo is None or m.interval.lo < ti.hi

        beaten = [m for m in relation.others if beyond(m)]
        ahead = [m for m in relation.others if may_be_beyond(m)]
        side = "larger" if relation.direction > 0 else "smaller"
        listed = ", ".join(amount(m.value, m) for m in relation.others)
        arithmetic = f"{amount(top.value, top)} against {listed}"
        tolerance = f"{quoted(top)} allows {interval_like(top.interval, top)}"
        if len(beaten) <= rank - 1 <= len(ahead):
            yield self.finding(Severity.INFO, top,
                               f"{quoted(top)} is the {relation.word} of the figures listed with it ({arithmetic}).",
                               arithmetic=arithmetic, tolerance=tolerance, related=relation.others)
            return
        if len(beaten) > rank - 1:
            rival = max(beaten, key=lambda m: m.value) if relation.direction > 0 else min(beaten, key=lambda m: m.value)
            more = f"{len(beaten)} figures in the same sentence are {side}" if rank > 1 \
                else f"{quoted(rival)} in the same sentence is {side}"
            message = f"{quoted(top)} is called the {relation.word}, but {more}."
        else:
            message = (f"{quoted(top)} is called the {relation.word}, but only {len(ahead)} of the figures listed "
                       f"with it {'is' if len(ahead) == 1 else 'are'} {side}.")
        yield self.finding(self.contradiction_severity(relation), top, message,
                           arithmetic=arithmetic, tolerance=tolerance, related=relation.others)


RULES = (PerHeadMismatch, ComparisonDirectionMismatch, SuperlativeMismatch)

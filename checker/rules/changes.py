"""Rules: changes (FC301-FC303)."""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Iterable

from .. import hedges
from ..interval import Interval, format_number
from ..model import Document, Finding, Kind, Mention, Severity
from ..relate.change_flows import FlowsChange
from ..relate.changes import (AbsoluteChange, DirectedMove, GapBetween, ListTotalChange, MultipleChange, RankChange,
                              SpreadChange, money_base)
from ..relate.percents import PercentChange, PointsChange
from .base import Example, Rule
from .format import spelled_out_time
from .percents import (base_value, difference, in_base, list_total, paired, paired_interval, round_capped,
                       sign_conflict, signed, word)



def _t(m: Mention) -> str:
    return m.text.strip()


_FIGURE = re.compile(r"^(\D*?)(\d[\d,]*(?:\.\d+)?)(\s*)(.*)$")


def format_like(x: Fraction, m: Mention) -> str:
    """An amount in the main unit written the way ``m`` is: 15e9 beside "£11bn" -> "£15bn"."""
    timed = spelled_out_time(x, m)
    if timed is not None:
        return timed
    factor = money_base(m)[1]
    own = x / factor
    match = _FIGURE.match(_t(m))
    if not match or m.value is None:
        return format_number(own)
    prefix, number, space, rest = match.groups()
    try:
        stated = Fraction(number.replace(",", ""))
    except ValueError:
        return format_number(own)
    scale = m.value / stated if stated else Fraction(1)
    return f"{prefix}{format_number(own / scale)}{space}{rest}"


def _points_rounded(size, old, new, stated: Interval) -> Interval:
    """(round 39) A whole count of points between levels told more finely ("shed 707 points to close at 38,904.04";
    "risen by 9 points, to 31.4 from 25.8") is rounded to its last digit: 706.5 to 707.5, 8.5 to 9.5."""
    if size.kind != Kind.COUNT or size.noun not in ("point", "points") or size.precision is None \
            or size.value is None or size.hedge or old.precision is None or new.precision is None \
            or size.precision <= min(old.precision, new.precision):
        return stated
    half = size.precision / 2
    return Interval(size.value - half, size.value + half)


class FC301(Rule):
    """A stated change does not match the values it moves between.

    What it checks:
        A change stated as an amount together with the two values it moves
        between, in one clause ("grew by 8,000 to 39,000 ... compared with
        31,000", "rose to 140, up 23 from 117", "$13.4 million more than the
        first film's $52.3 million" after "$65.7 million", "610 more than in
        April, when 7,950 ...") is recomputed as new - old over every value
        the stated rounding allows.  Two links across sentences are inferred
        and give warnings: a change with only its new value against the
        level of the same measure in the sentence before ("averaged 21,400
        last season. This season the average has risen by 3,800 to
        23,100"), or stated after it with its period ("up 250 to 3,150;
        twelve months ago the club had 2,800 members"), a move in a ranking
        ("climbed 14 places to 23rd, from 47th": a climb lowers the
        position by the places, exactly), and a headline
        change against the lead's from and to values ("Jobless claims down
        6,000" / "fell to 41,200 from 44,700").  A change in money given per
        week, day, fortnight or month beside two levels with no period of
        their own ("to £1,967.72 from £1,874.20, an increase of about £1.80
        a week") is the difference spread over a year, a month or the
        period itself; a change per head ("£160 per pupil") is not checked.
        A move "from OLD to NEW:" followed by what moved it, each count with
        a verb of its own ("20 were withdrawn, and six have been bought
        back") is checked as old - out + in = new (a warning: the link is
        read).

    Why it matters:
        The three figures are stated to agree; when one is mistyped or taken
        from another day's report readers cannot tell which one is right.

    Example:
        "Admissions reached 140 on Tuesday, up 15 from Monday's 117" --
        140 - 117 = 23.

    Use instead:
        Recompute the difference, or check that both values come from the
        same series and dates.
    """

    code = "FC301"
    name = "change-amount-mismatch"
    severity = Severity.ERROR
    relations = (AbsoluteChange, RankChange, ListTotalChange, SpreadChange)
    fail = (
        Example("Membership grew by 3,000 to 41,000 this year, compared with 36,000 last year.", "3,000"),
        Example("The number of confirmed cases rose to 154 on Friday, up 22 from Thursday's figure of 139.",
                "22"),
        Example("Prices went up by £25,000 in four years, from £180,000 to £215,000.", "£25,000"),
        Example("The library lent 8,420 books in May, 610 more than in April, when 7,950 went out.", "610"),
        Example("Bus fares up 40p\nThe standard single fare will rise to £2.95 in April from £2.65.", "40p"),
        Example("The average wait for a hip operation grew from 14 weeks to 23 weeks, an increase of 12 weeks.",
                "12 weeks"),
        Example("The club rose five places to ninth in the table, up from 17th.", "five"),
        Example("The river peaked at 5.4 metres, 0.9 metres above the previous record of 4.8 metres.", "0.9 metres"),
        Example("The depot's fleet fell from 82 buses in 2020 to 70 now: 18 were sold, and nine have been leased "
                "since.", "18"),
    )
    ok = (
        Example("Membership grew by 5,000 to 41,000 this year, compared with 36,000 last year.", ""),
        Example("The number of confirmed cases rose to 154 on Friday, up 15 from Thursday's figure of 139.",
                ""),
        Example("The remake earned $61.4 million in its first week, $12.3 million more than the "
                "original's $49.1 million.", ""),
        Example("The club rose eight places to ninth in the table, up from 17th.", ""),
        Example("The river peaked at 5.4 metres, 0.6 metres above the previous record of 4.8 metres.", ""),
        Example("The depot's fleet fell from 82 buses in 2020 to 70 now: 18 were sold, and six have been leased "
                "since.", ""),
    )

    def check(self, relation: AbsoluteChange, doc: Document) -> Iterable[Finding]:
        if isinstance(relation, RankChange):
            yield from self._rank(relation)
            return
        if isinstance(relation, ListTotalChange):
            yield from self._list_total(relation)
            return
        if isinstance(relation, SpreadChange):
            yield from self._spread(relation)
            return
        size, old, new = relation.change, relation.old, relation.new
        diff = difference(old, new)
        stated = in_base(size, round_capped(size))
        if diff is None or stated is None or stated.lo is None:
            return
        if sign_conflict(relation.direction, diff):
            return
        stated = _points_rounded(size, old, new, stated)
        direction = relation.direction or (1 if diff.lo >= 0 else -1)
        want = signed(stated, direction)
        mid = base_value(new) - base_value(old)
        arithmetic = f"{_t(new)} - {_t(old)} = {format_like(mid, new)}"
        tolerance = (f"rounding of the two values allows {diff.describe(format_number)}; "
                     + hedges.describe_tolerance(size.hedge, stated, format_number))
        told = format_like(abs(mid), size if _FIGURE.match(_t(size)) else new)
        related = (old, new)
        if isinstance(relation, FlowsChange):  # (round 56) "from 75 to 61: 20 were withdrawn, and six bought back"
            agrees = f"The flows told ({_t(size)}) match the change from {_t(old)} to {_t(new)}."
            contradicts = (f"From {_t(old)} to {_t(new)} is a {word(direction, True)} of {format_like(abs(mid), new)}, "
                           f"but the flows told after it come to {format_like(size.value, new)} ({_t(size)}).")
            arithmetic += f"; {_t(size)} = {format_like(size.value * direction, new)}"
            related += relation.flows[1:]
        elif isinstance(relation, GapBetween):  # (round 52) "1.2kg heavier than Rahman, who came in at 70.6kg": no move
            agrees = f"'{_t(size)}' matches the gap between {_t(new)} and {_t(old)}."
            contradicts = f"The gap between {_t(new)} and {_t(old)} is {told}, not {_t(size)}."
        else:
            agrees = f"'{_t(size)}' matches the change from {_t(old)} to {_t(new)}."
            contradicts = f"From {_t(old)} to {_t(new)} is a {word(direction, True)} of {told}, not {_t(size)}."
        yield self.verdict(relation, size, diff.intersects(want), agrees, contradicts,
                           arithmetic=arithmetic, tolerance=tolerance, related=related)


    def _list_total(self, relation: ListTotalChange) -> Iterable[Finding]:
        """"12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 3,100 from 38,700": total - old."""
        size, old = relation.change, relation.old
        if size.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
            return
        total = list_total(relation)
        old_i = in_base(old, paired_interval(old, relation.parts[-1]))
        stated = in_base(size, round_capped(size))
        if total is None or old_i is None or stated is None or stated.lo is None:
            return
        diff = total - old_i
        if diff.lo is None or diff.hi is None or sign_conflict(relation.direction, diff):
            return
        want = signed(stated, relation.direction)
        mid = sum((base_value(p) for p in relation.parts), Fraction(0)) - base_value(old)
        terms = " + ".join(_t(p) for p in relation.parts)
        yield self.verdict(
            relation, size, diff.intersects(want),
            f"'{_t(size)}' matches the change of the listed figures' total from {_t(old)}.",
            f"From {_t(old)} to the listed figures' total ({terms}) is a {word(relation.direction, True)} of "
            f"{format_like(abs(mid), old)}, not {_t(size)}.",
            arithmetic=f"{terms} - {_t(old)} = {format_like(mid, old)}",
            tolerance=f"rounding of the values allows {diff.describe(format_number)}; "
                      + hedges.describe_tolerance(size.hedge, stated, format_number),
            related=relation.parts + (old,))

    def _spread(self, relation: SpreadChange) -> Iterable[Finding]:
        """(round 26) "to £1,967.72 from £1,874.20, an increase of about £1.80 a week": the year's change
        given per week (or day, fortnight, month) is the difference over the periods in a year."""
        size, old, new = relation.change, relation.old, relation.new
        diff = difference(old, new)
        stated = in_base(size, round_capped(size))
        if diff is None or stated is None or stated.lo is None or stated.lo < 0 or sign_conflict(relation.direction, diff):
            return
        readings = [stated.times(n) for n in relation.periods]  # the change over the levels' period
        if None in readings:
            return
        direction = relation.direction or (1 if diff.lo >= 0 else -1)
        mid = base_value(new) - base_value(old)
        year = relation.periods[0]
        per = format_like(abs(mid) / year.lo, new)
        yield self.verdict(
            relation, size, any(diff.intersects(signed(r, direction)) for r in readings),
            f"'{_t(size)}' matches the change from {_t(old)} to {_t(new)} spread over its period.",
            f"From {_t(old)} to {_t(new)} is a {word(direction, True)} of {format_like(abs(mid), new)}, "
            f"{per} a {relation.period} over a year, not {_t(size)}.",
            arithmetic=f"({_t(new)} - {_t(old)}) / {format_number(year.lo)} {relation.period}s = {per}",
            tolerance=f"rounding of the two values allows {diff.describe(format_number)} over the levels' "
                      f"period (a year, a month or a {relation.period}); "
                      + hedges.describe_tolerance(size.hedge, stated, format_number),
            related=(old, new))

    def _rank(self, relation: RankChange) -> Iterable[Finding]:
        """"climbed 14 places to 23rd from 47th": a climb lowers the position's number by the places."""
        size, old, new = relation.change, relation.old, relation.new
        moved = (old.value - new.value) * relation.direction  # places climbed (or dropped)
        if moved <= 0:
            return  # the positions move the other way: another reading of the ranking, silent
        way = "climb" if relation.direction > 0 else "drop"
        yield self.verdict(
            relation, size, moved == size.value,
            f"'{_t(size)}' matches the move from {_t(old)} to {_t(new)}.",
            f"From {_t(old)} to {_t(new)} is a {way} of {format_number(moved)} places, not {_t(size)} {size.noun}.",
            arithmetic=f"{format_number(old.value)} - {format_number(new.value)} = {format_number(old.value - new.value)}",
            tolerance="positions and places are exact counts", related=(old, new))


def multiple_interval(m: Mention, more: bool) -> Interval | None:
    """What "doubled", "nearly tripled", "five times as many", "half" allow as a ratio."""
    if m.value is None or m.interval is None:
        return None
    if m.kind == Kind.FRACTION:
        return m.interval
    return hedges.multiple_interval(m.value, m.hedge, more)


class FC302(Rule):
    """A multiple ("doubled", "five times as many", "half") does not match the two values.

    What it checks:
        A multiple stated with the two values it compares ("doubled from
        2,700 to 5,350", "nearly tripled from 1.15 dollars to 3.30 dollars",
        "four times as many ... 96,000, compared with 23,500", "38, half
        the 76 of the year before", "four to one, with 480 against 120") is
        recomputed as new / old.  A multiple word is itself a rounding:
        "doubled" allows 1.8 to 2.2 times, "halved" 0.425 to 0.575, "nearly
        tripled" 2.7 to 3 times, "more than doubled" anything above 2;
        for a fall the hedge bounds the other side ("almost halved" 0.5 to
        0.575, "more than halved" below 0.5); "five times more" may mean 5
        or 6 times.  A participle after a comma may restate the move before
        its values ("doubled, rising from 3,400 to 5,100").

    Why it matters:
        Multiples make a story: "doubled" for a 50% rise overstates it
        twice over.

    Example:
        "Bookings have doubled, from 2,700 to 3,900" -- 3,900 / 2,700
        = 1.44 times, a 44% rise.

    Use instead:
        State the percentage change, or the multiple the figures give.
    """

    code = "FC302"
    name = "multiple-mismatch"
    severity = Severity.ERROR
    relations = (MultipleChange,)
    fail = (
        Example("Enrolments on the course have doubled in three years, from 2,600 in 2020 to 3,700 in 2023.",
                "doubled"),
        Example("The price of a loaf has nearly tripled since the spring, from 1.10 cedis to 1.90 cedis.",
                "tripled"),
        Example("There are now four times as many charging points in the county as in 2018 - 2,300, "
                "compared with 940.", "four times"),
        Example("The clinic treated 210 patients last month, half the 560 it saw in May.", "half"),
        Example("Hospital admissions for asthma have almost halved, falling from 930 to 690.", "almost halved"),
        Example("Library loans reached 46,000 this year, more than double the 25,500 of 2019.", "more than double"),
        Example("Season tickets now cost £410 - they have almost tripled from the £190 of 2012.", "almost tripled"),
        Example("Demand for school places doubles in Slough\nThe council received 2,950 applications for school "
                "places this year, compared with 2,100 last year.", "doubles"),
    )
    ok = (
        Example("Enrolments on the course have doubled in three years, to 5,150 from 2,600.", ""),
        Example("The price of a loaf has nearly tripled since the spring, from 1.10 cedis to 3.20 cedis.", ""),
        Example("The clinic treated 280 patients last month, half the 560 it saw in May.", ""),
        Example("She has been elected five times since 2001, with 23,000 votes at the last poll.", ""),
        Example("Hospital admissions for asthma have almost halved, falling from 930 to 505.", ""),
        Example("Library loans reached 52,000 this year, more than double the 25,500 of 2019.", ""),
        Example("Season tickets cost £410 - the club's wage bill has almost tripled from £190m.", ""),
    )

    def check(self, relation: MultipleChange, doc: Document) -> Iterable[Finding]:
        mult, old, new = relation.multiple, relation.old, relation.new
        old_i, new_i = paired(old, new)
        if old_i is None or new_i is None:
            return
        ratio = new_i.divide(old_i)
        allowed = multiple_interval(mult, relation.more)
        if ratio is None or allowed is None or ratio.hi is None:
            return
        mid = base_value(new) / base_value(old)
        arithmetic = f"{_t(new)} / {_t(old)} = {format_number(mid)} times"
        tolerance = (f"rounding of the two values allows {ratio.describe(format_number)} times; "
                     f"'{_t(mult)}' allows {allowed.describe(format_number)} times")
        if ratio.intersects(allowed):
            yield self.finding(Severity.INFO, mult,
                               f"'{_t(mult)}' matches {_t(old)} to {_t(new)} ({format_number(mid)} times).",
                               arithmetic=arithmetic, tolerance=tolerance, related=(old, new))
            return
        if mult.kind == Kind.COUNT:  # "three to one"
            yield self.finding(
                self.contradiction_severity(relation), mult,
                f"{_t(new)} against {_t(old)} is a ratio of {format_number(round(mid, 2))} to one, "
                f"not {relation.cue}.",
                arithmetic=arithmetic, tolerance=tolerance, related=(old, new))
            return
        if mid >= 1:
            plain = f"{format_number(mid)} times, a {format_number(round((mid - 1) * 100))}% rise"
        else:
            plain = f"{format_number(mid)} times, a {format_number(round((1 - mid) * 100))}% fall"
        yield self.finding(
            self.contradiction_severity(relation), mult,
            f"{_t(new)} against {_t(old)} is {plain}, not '{_t(mult)}'.",
            arithmetic=arithmetic, tolerance=tolerance, related=(old, new))


# a move told as better or worse: for a ratio or a time, better may be lower
_QUALITY = re.compile(r"\b(?:improv\w*|worsen\w*|deteriorat\w*)\b", re.I)
# (round 53) a rival's lead or a gap made smaller: a gain for the chaser, so "gain" and the falling values agree
_GAP_CLOSED = re.compile(r"\b(?:cut|cuts|cutting|narrow(?:ed|s|ing)?|clos(?:ed|es|ing)|reduc(?:ed|es|ing)|"
                         r"trimm(?:ed|ing)|halv(?:ed|ing))\s+(?:[\w-]+(?:'s?)?\s+){0,2}?"
                         r"(?:lead|gap|deficit|margin|advantage|arrears)\b", re.I)


class FC303(Rule):
    """A change is described in the wrong direction.

    What it checks:
        A change stated with a direction word ("rose", "fell", "up",
        "down", "a rise of", "more than") and with both of its values in one
        clause, where the values move the other way beyond their rounding
        ("fell 5% to 420 from 400").  A move told by its verb alone, with no
        size ("climbed from 4,205 to 3,812", "the fare was cut to £2.90
        from £2.40"), is checked the same way; ranks, table places and
        scores against par are left out, as a rise there is a smaller
        number.

    Why it matters:
        A rise reported as a fall inverts the story; usually the "to" and
        "from" values have been swapped, or the verb is wrong.

    Example:
        "Exports fell 5% to 420,000 tonnes from 400,000 tonnes."

    Use instead:
        Swap the values or the verb so that they agree.
    """

    code = "FC303"
    name = "change-direction-mismatch"
    severity = Severity.ERROR
    relations = (PercentChange, PointsChange, AbsoluteChange, DirectedMove, SpreadChange)
    fail = (
        Example("Exports of barley fell 5% to 420,000 tonnes from 400,000 tonnes.", "5%"),
        Example("The average fare climbed from £3.40 in 2023 to £2.95 last year.", "£2.95"),
        Example("The jobless rate rose to 5.1% from 5.4%, an increase of 0.3 percentage points.", "0.3"),
    )
    ok = (
        Example("Exports of barley rose 5% to 420,000 tonnes from 400,000 tonnes.", ""),
        Example("The jobless rate fell to 5.1% from 5.4%, a decrease of 0.3 percentage points.", ""),
        Example("The average fare climbed from £2.95 in 2023 to £3.40 last year.", ""),
        Example("She climbed from 31st to 12th in the rankings.", ""),
        Example("In the last lap the home pair cut the champions' lead from 6.2 seconds to 2.5 seconds, a gain "
                "of 3.7 seconds.", ""),
    )

    def check(self, relation, doc: Document) -> Iterable[Finding]:
        old, new = relation.old, relation.new
        size = relation.new if isinstance(relation, DirectedMove) else relation.change
        diff = difference(old, new)
        if diff is None or not relation.direction:
            return
        if _QUALITY.search(doc.sentence_text(size.sentence)):
            return  # "improved to 94.2% from 104.6%, a gain of 10.4 points": better, not higher
        if relation.direction > 0 and _GAP_CLOSED.search(doc.sentence_text(size.sentence)):
            return  # (round 53) "cut the leaders' lead from 4.7 to 1.8 seconds, a gain of 2.9 seconds"
        if sign_conflict(relation.direction, diff):
            moved = "up" if relation.direction < 0 else "down"
            yield self.finding(
                self.contradiction_severity(relation), size,
                f"The text says the figure {word(relation.direction)} ('{relation.cue}') but from "
                f"{_t(old)} to {_t(new)} it went {moved}.",
                arithmetic=f"{_t(new)} - {_t(old)} = {format_number(base_value(new) - base_value(old))}",
                tolerance=f"rounding of the two values allows {diff.describe(format_number)}",
                related=(old, new))


RULES = (FC301, FC302, FC303)

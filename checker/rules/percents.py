"""Rules: percentages (FC202-FC207).

FC201 (a share stated both as a count and as a percentage) lives in
:mod:`checker.rules.shares`.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable

from .. import hedges
from ..interval import Interval, format_number
from ..model import Document, Finding, Kind, Mention, Severity
from ..relate.changes import ListTotalChange, money_base
from ..relate.percents import (NearbyPercentChange, PercentChange, PointsChange, ShareMargin, ShareSplit,
                               StepPercentChange, share_percent)
from .base import Example, Rule

HUNDRED = Fraction(100)
ROUND_SHARE = Fraction(5, 100)  # a round figure is no looser than "about"


def _as_said(m) -> str:
    """A size as the text gives it: a figure as written ("8%"), words quoted ("'a third'")."""
    said = m.text.strip()
    return f"'{said}'" if any(c.isalpha() for c in said.replace("per cent", "").replace("pct", "").replace("percent", "")) else said


def pct(x: Fraction) -> str:
    """A computed percentage, one decimal: "24.3%"."""
    return f"{float(x):,.1f}%"


def pct_interval(iv: Interval) -> str:
    return iv.describe(lambda x: format_number(x) + "%")


def signed(iv: Interval, direction: int) -> Interval:
    """A stated change size as a signed interval: "fell 12%" is -12%."""
    if direction >= 0:
        return iv
    return Interval(None if iv.hi is None else -iv.hi, None if iv.lo is None else -iv.lo, iv.hi_open, iv.lo_open)


def paired_interval(m: Mention, other: Mention) -> Interval | None:
    """What ``m`` can mean when stated as one end of a change beside ``other``.

    A whole number ending in zeros may be rounded to its last non-zero
    digit ("40,000" to the nearest 10,000) or exact.  As one end of a stated
    change it is taken to be rounded no more coarsely than the other end
    when that is stated more finely ("58,000" beside "40,000": writers
    round both ends alike), and never by more than 5% of itself -- the
    width the hedge table gives "about": a figure rounded further than that
    is hedged.  A figure without trailing zeros keeps its own rounding
    ("$142m" beside "$205.4m" may be $141.5m to $142.5m) -- but a price in whole pounds or dollars
    beside one in pence or cents is exact ("from £2 to £2.50": £2.00), and so (round 26) is a whole percentage
    beside one told to decimals ("from 5.25% to 5%": 5.00%)."""
    iv = m.interval
    if iv is None or m.hedge or m.precision is None or m.value is None or m.is_range:
        return iv
    if _whole_price_beside_pence(m, other):
        return Interval(m.value, m.value)
    if _whole_percent_beside_decimals(m, other):
        half = other.precision / 2  # "from 5.25% to 5%": 5.00%, as the other end is told to the hundredth
        return Interval(m.value - half, m.value + half)
    digits = "".join(ch for ch in m.text if ch.isdigit() or ch == ".")
    if not digits or "." in digits or not digits.endswith("0"):
        return iv
    if _tens_beside_tens(m, digits, other):
        return Interval(m.value - Fraction(1, 2), m.value + Fraction(1, 2))  # (round 42) "from 140 to 240": exact
    half = m.precision / 2
    if other.precision is not None and not other.hedge and other.kind == m.kind and other.unit == m.unit \
            and other.precision < m.precision:
        half = other.precision / 2
    half = min(half, abs(m.value) * ROUND_SHARE)
    return Interval(m.value - half, m.value + half)


def _tens_beside_tens(m: Mention, digits: str, other: Mention) -> bool:
    """(round 42) Two ends of a change below a thousand, each with one trailing zero and no rounder than the other
    ("from 140 to 240", "£140 to £320"): figures told to the unit, not rounded to tens ("from 200 to 270" keeps the
    rounding of the round 200 for both ends)."""
    if m.value is None or not 0 < m.value < 1000 or digits.endswith("00") or digits != str(int(m.value)):
        return False
    other_digits = "".join(ch for ch in other.text if ch.isdigit() or ch == ".")
    return other.kind == m.kind and other.unit == m.unit and not other.hedge and other.value is not None \
        and 0 < other.value < 1000 and bool(other_digits) and not other_digits.endswith("00")


def _whole_price_beside_pence(m: Mention, other: Mention) -> bool:
    """"£2" as one end of a change whose other end is "£2.50": a price in whole units of a
    currency (no scale word) beside one to the penny or cent."""
    return m.kind == other.kind == Kind.MONEY and m.unit == other.unit and m.precision == 1 \
        and other.precision == Fraction(1, 100) and not any(c.isalpha() for c in m.text.replace(m.unit or "", "")) \
        and not any(c.isalpha() for c in other.text.replace(other.unit or "", ""))


def _whole_percent_beside_decimals(m: Mention, other: Mention) -> bool:
    """(round 26) "from 5.25% to 5%", "to 4% from 3.6%": a whole percentage as one end of a change whose other end
    is told to decimals is told as finely (5.00%): a writer who had 4.96% would say so, as a price in whole
    pounds beside one in pence is exact.  Only plain percentages, both unhedged."""
    return m.kind == other.kind == Kind.PERCENT and not other.hedge and not other.is_range \
        and m.precision is not None and other.precision is not None and other.precision < m.precision \
        and "." not in m.text and "." in other.text


def round_capped(m: Mention) -> Interval | None:
    """A stated size's interval, a figure ending in zeros ("100%", "up 300")
    taken to be rounded by no more than 5% of itself."""
    iv = m.interval
    if iv is None or m.hedge or m.precision is None or m.value is None or m.is_range:
        return iv
    digits = "".join(ch for ch in m.text if ch.isdigit() or ch == ".")
    if not digits or "." in digits or not digits.endswith("0"):
        return iv
    half = min(m.precision / 2, abs(m.value) * ROUND_SHARE)
    return Interval(m.value - half, m.value + half)


def in_base(m: Mention, iv: Interval | None) -> Interval | None:
    """An interval in the main unit of its currency: pence and cents to pounds and dollars."""
    factor = money_base(m)[1]
    return iv if iv is None or factor == 1 else iv.scale(factor)


def base_value(m: Mention) -> Fraction:
    return m.value * money_base(m)[1]


def list_total(relation: ListTotalChange) -> Interval | None:
    """The total of a list's members in the main unit, over every value their rounding allows."""
    total = Interval(Fraction(0), Fraction(0))
    for p in relation.parts:
        iv = in_base(p, p.interval)
        if iv is None or iv.lo is None or iv.hi is None:
            return None
        total = total + iv
    return total


def paired(old: Mention, new: Mention) -> tuple[Interval | None, Interval | None]:
    return in_base(old, paired_interval(old, new)), in_base(new, paired_interval(new, old))


def rel_change(old: Mention, new: Mention) -> Interval | None:
    """(new - old) / old in percent, over every value the rounding allows."""
    old_i, new_i = paired(old, new)
    if old_i is None or new_i is None:
        return None
    ratio = new_i.divide(old_i)
    if ratio is None or ratio.lo is None or ratio.hi is None:
        return None
    return Interval((ratio.lo - 1) * HUNDRED, (ratio.hi - 1) * HUNDRED, ratio.lo_open, ratio.hi_open)


def central_change(old: Mention, new: Mention) -> Interval | None:
    """(round 28) (new - old) / old in percent with each value within half its rounding of what it states: the
    change two round figures most plausibly tell ("from £240m to £270m" is 10.3% to 14.7%, not 8.2% to 17%)."""
    old_i, new_i = paired(old, new)
    if old_i is None or new_i is None or None in (old_i.lo, old_i.hi, new_i.lo, new_i.hi):
        return None
    o, n = base_value(old), base_value(new)
    if not (old_i.lo <= o <= old_i.hi and new_i.lo <= n <= new_i.hi):
        return None
    old_c = Interval(o - (o - old_i.lo) / 2, o + (old_i.hi - o) / 2)
    new_c = Interval(n - (n - new_i.lo) / 2, n + (new_i.hi - n) / 2)
    ratio = new_c.divide(old_c)
    if ratio is None or ratio.lo is None or ratio.hi is None:
        return None
    return Interval((ratio.lo - 1) * HUNDRED, (ratio.hi - 1) * HUNDRED)


def _far_from(want: Interval, mid: Fraction) -> bool:
    """The stated change misses the figures' own change by more than a point and more than 15% of it: "8%" for
    12.5% (not "45 pct" for 45.9%, a rounding down)."""
    near = min((abs(b - mid) for b in (want.lo, want.hi) if b is not None), default=None)
    return near is not None and not (want.lo is not None and want.hi is not None and want.lo <= mid <= want.hi) \
        and near > max(Fraction(1), abs(mid) * Fraction(15, 100))


def difference(old: Mention, new: Mention) -> Interval | None:
    old_i, new_i = paired(old, new)
    if old_i is None or new_i is None:
        return None
    d = new_i - old_i
    if d.lo is None or d.hi is None:
        return None
    return d


def point_value(m: Mention) -> tuple[Fraction, Interval] | None:
    """A stated change in percentage points (basis points converted)."""
    if m.value is None or m.interval is None:
        return None
    if m.unit == "bp":
        k = Fraction(1, 100)
        return m.value * k, m.interval.scale(k)
    if m.kind == Kind.COUNT and m.precision == 1 and not m.is_range:
        # (round 27) a whole number of points is rounded to the point, not counted exactly as things are:
        # "from 61.5% to 65%, up about four points" (3.5 points) is the reporter's rounding
        return m.value, hedges.interval_for(m.value, m.precision, m.hedge)
    return m.value, m.interval


def relative_size(m: Mention) -> Interval | None:
    """A change size in percent: "14%" -> 13.5..14.5; "a third" -> 30..36.7."""
    if m.interval is None:
        return None
    if m.kind == Kind.FRACTION:
        return m.interval.scale(HUNDRED)
    return round_capped(m)


def word(direction: int, noun: bool = False) -> str:
    if direction > 0:
        return "rise" if noun else "rose"
    if direction < 0:
        return "fall" if noun else "fell"
    return "change" if noun else "changed"


def sign_conflict(direction: int, change: Interval) -> bool:
    """The text says up but the values went down (or the reverse)."""
    return (direction > 0 and change.hi is not None and change.hi < 0) or \
        (direction < 0 and change.lo is not None and change.lo > 0)


def _is_percent_value(m: Mention) -> bool:
    return m.kind == Kind.PERCENT


class FC202(Rule):
    """Shares of one whole add up to more than 100%.

    What it checks:
        Two or more percentages in one sentence that split one whole -- vote
        shares ("won 48% of the vote, the opposition 37% and the rest 9%";
        "Yes 52%, No 48%"; "backed it by 61% to 39%"), the answers to one
        poll question ("51% agreed, 40% disagreed and 12% had no view"), one
        whole handed out to parts ("allocates 48% to sport, 37% to heritage
        and 15% to the arts"), parts of a whole the sentence opens on with
        "a further" one ("Of the 870 claims, 64% were paid and a further 11%
        are pending"), where each member came from ("46% came from the
        city, 31% from the region and 23% from overseas") -- are added; the sum
        may exceed 100 only by the
        rounding of the shares (n shares rounded to precision p may add up to
        100 + n*p/2).  When the text says the list is complete ("the
        remaining 9%", "others 3%") the sum must also reach 100.

    Why it matters:
        Shares of one whole that add up to more than the whole mean at least
        one share is wrong -- usually a typo or a figure from another poll.

    Example:
        "The incumbent won 52.4% of the vote, her rival 39.8% and the
        independent 11.6%" adds up to 103.8%.

    Use instead:
        Check each share against the source; if the figures come from
        different questions or different bases, say so in the sentence.
    """

    code = "FC202"
    name = "shares-exceed-whole"
    severity = Severity.ERROR
    relations = (ShareSplit,)
    fail = (
        Example("The incumbent won 52.4% of the vote, her rival 39.8% and the independent 11.6%, "
                "officials said.", "11.6%"),
        Example("Asked whether the bypass should be built, 58% of residents said yes, 39% said no and "
                "9% did not know.", "9%"),
        Example("Coal supplied 41% of the grid's power last winter, gas 33% and the remaining 18%.", "18%"),
        Example("The lottery fund allocates 48% to sport, 37% to heritage and 22% to the arts.", "22%"),
        Example("Once the count was over, Yes had 53.9 per cent and No 48.1 per cent.", "48.1 per cent"),
        Example("Of the 870 claims filed, 64% were paid and 30% refused, while a further 11% are pending.", "11%"),
        Example("In a survey of guests, 52% rated the hotel excellent, 35% good and 21% poor.", "21%"),
        Example("Of the festival's visitors, 54% came from the county, 29% from the rest of England and 24% "
                "from abroad.", "24%"),
    )
    ok = (
        Example("The incumbent won 48.3% of the vote, her rival 39.1% and the independent 12.6%.", ""),
        Example("Asked about the plan, 35% of those polled were in favour, 51% were against and 15% "
                "were undecided.", ""),
        Example("Some 64% of men and 58% of women said they exercised every week.", ""),
        Example("Sales rose 14% in March, 11% in April and 9% in May.", ""),
        Example("Of the 870 claims filed, 64% were paid and 25% refused, while a further 11% are pending.", ""),
        Example("In a survey of guests, 52% rated the hotel excellent, 35% good and 13% poor.", ""),
    )

    def check(self, relation: ShareSplit, doc: Document) -> Iterable[Finding]:
        shares = relation.shares
        total = Interval(Fraction(0), Fraction(0))
        for m in shares:
            total = total + share_percent(m)[1]
        stated = sum((share_percent(m)[0] for m in shares), Fraction(0))
        terms = " + ".join(m.text.strip() for m in shares)
        arithmetic = f"{terms} = {format_number(stated)}%"
        why = self._why(shares)
        tolerance = f"{why}: {total.describe(format_number)}%"
        last = shares[-1]
        over = total.lo is not None and (total.lo > HUNDRED or (total.lo == HUNDRED and total.lo_open))
        under = relation.complete and total.hi is not None and total.hi < HUNDRED
        if over:
            yield self.finding(
                self.contradiction_severity(relation), last,
                f"The shares of one whole ({relation.cue}) add up to {format_number(stated)}%, "
                f"more than 100% even allowing for rounding.",
                arithmetic=arithmetic, tolerance=tolerance, related=shares)
        elif under:
            yield self.finding(
                self.contradiction_severity(relation), last,
                f"The shares are stated as the whole ({relation.cue}) but add up to only "
                f"{format_number(stated)}%, short of 100% beyond rounding.",
                arithmetic=arithmetic, tolerance=tolerance, related=shares)
        else:
            yield self.finding(
                Severity.INFO, last,
                f"The shares of one whole add up to {format_number(stated)}%, "
                + ("consistent with 100%." if relation.complete else "within 100%."),
                arithmetic=arithmetic, tolerance=tolerance, related=shares)

    @staticmethod
    def _why(shares) -> str:
        precs = {m.precision for m in shares if m.precision is not None}
        hedged = [m.hedge for m in shares if m.hedge]
        if hedged:
            return f"'{hedged[0]}' and the stated rounding allow a sum of"
        if len(precs) == 1:
            p = precs.pop()
            return (f"{len(shares)} shares rounded to {format_number(p)} can each be off by "
                    f"{format_number(p / 2)}, so the sum can be")
        return "the stated rounding allows a sum of"


class FC203(Rule):
    """A percentage change does not match the values it moves between.

    What it checks:
        A percentage change stated with both of its values in one clause
        ("rose 25% from 80 to 100", "jumped 30% to $1.3 billion from $1
        billion", "fell by a third, to 400 from 600") is recomputed as
        (new - old) / old over every value the stated rounding allows, and
        compared with the stated percentage and its rounding or hedge.
        Two levels told at two times, the change set apart right after the
        later ("cost £1.60 two years ago and now sells for £2.26, a rise of
        41%"), are read the same way.

    Why it matters:
        A wrong percentage next to correct figures is one of the commonest
        slips in results and statistics stories, and readers quote the
        percentage.

    Example:
        "Sales rose 30% to 520,000 from 460,000" -- the rise is 13.0%.

    Use instead:
        Recompute the change from the two figures, or check which figures
        the percentage was calculated from (an adjusted or restated base).
        A change stated as an amount and a percentage with its new value
        ("rose by 40,000, or 25%, to 200,000") is checked against the old
        value the amount implies (200,000 - 40,000 = 160,000).
    """

    code = "FC203"
    name = "percent-change-mismatch"
    severity = Severity.ERROR
    relations = (PercentChange, StepPercentChange, ListTotalChange)
    fail = (
        Example("Ticket sales rose 30% to 520,000 last season from 460,000 the year before.", "30%"),
        Example("Operating profit fell 8% to £212 million, from £265 million a year earlier.", "8%"),
        Example("The number of registered childminders grew by a third, from 1,500 to 2,400.", "a third"),
        Example("Visitor numbers rose by 60,000, or 12%, to 310,000.", "12%"),
        Example("Copper rose 2% to $9,180 a tonne, a gain of $370 on the week.", "2%"),
        Example("Membership grew by 1,200 from 8,000, a 25% increase.", "25%"),
        Example("The share of renters rose from 20% to 26%, a rise of 6 percentage points, or 40%.", "40%"),
        Example("A pouch of cat food cost £1.60 in 2023 and costs £2.26 now, a rise of 35%.", "35%"),
    )
    ok = (
        Example("Ticket sales rose 13% to 520,000 last season from 460,000 the year before.", ""),
        Example("The share of renters rose from 20% to 26%, a rise of 6 percentage points, or 30%.", ""),
        Example("Some 18 of the 40 members came, or 60% more than at the last one.", ""),
        Example("Operating profit fell 20% to £212 million, from £265 million a year earlier.", ""),
        Example("The number of registered childminders grew by a third, from 1,800 to 2,400.", ""),
        Example("Copper rose 4.2% to $9,180 a tonne, a gain of $370 on the week.", ""),
        Example("Membership grew by 1,200 from 8,000, a 15% increase.", ""),
    )

    def check(self, relation: PercentChange, doc: Document) -> Iterable[Finding]:
        if isinstance(relation, StepPercentChange):
            yield from self._check_step(relation)
            return
        if isinstance(relation, ListTotalChange):
            yield from self._check_list_total(relation)
            return
        size, old, new = relation.change, relation.old, relation.new
        rel = rel_change(old, new)
        stated = relative_size(size)
        if rel is None or stated is None:
            return
        if sign_conflict(relation.direction, rel):
            return  # FC303 reports a change in the wrong direction
        direction = relation.direction or (1 if rel.lo is not None and rel.lo >= 0 else -1)
        want = signed(stated, direction)
        mid = (base_value(new) - base_value(old)) / base_value(old) * HUNDRED
        arithmetic = f"({new.text.strip()} - {old.text.strip()}) / {old.text.strip()} = {pct(mid)}"
        tolerance = (f"rounding of the two values allows {pct_interval(rel)}; "
                     f"'{size.text.strip()}' allows {pct_interval(stated)}")
        # (not for one item's move told after ", with": the item may move apart from the whole)
        central = central_change(old, new) if old.hedge is None and new.hedge is None \
            and relation.cue != "with an item moving" else None
        if rel.intersects(want) and not points_as_percent(size, old, new) and central is not None \
                and not central.intersects(want) and not _is_percent_value(new) and not _is_percent_value(old) \
                and _far_from(want, mid):
            yield self.finding(
                Severity.WARNING, size,
                f"A {word(direction, True)} from {old.text.strip()} to {new.text.strip()} is {pct(abs(mid))}, not "
                f"{size.text.strip()}; '{size.text.strip()}' fits only at the far ends of the two figures' rounding.",
                arithmetic=arithmetic, tolerance=tolerance + f"; within half their rounding {pct_interval(central)}",
                related=(old, new))
            return
        if rel.intersects(want) and not points_as_percent(size, old, new):
            yield self.finding(Severity.INFO, size,
                               f"'{size.text.strip()}' matches the change from {old.text.strip()} to "
                               f"{new.text.strip()} ({pct(mid)}).",
                               arithmetic=arithmetic, tolerance=tolerance, related=(old, new))
            return
        if _is_percent_value(new) or _is_percent_value(old):
            points = difference(old, new)
            if points is not None and points.intersects(want):
                return  # FC205: percentage points called percent
        yield self.finding(
            self.contradiction_severity(relation), size,
            f"A {word(direction, True)} from {old.text.strip()} to {new.text.strip()} is "
            f"{pct(abs(mid))}, not {_as_said(size)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=(old, new))


    def _check_list_total(self, relation: ListTotalChange) -> Iterable[Finding]:
        """"12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 8% from 38,700": (total - old) / old."""
        size, old = relation.change, relation.old
        stated = relative_size(size) if size.kind in (Kind.PERCENT, Kind.FRACTION) else None
        total = list_total(relation)
        old_i = in_base(old, paired_interval(old, relation.parts[-1]))
        if stated is None or total is None or old_i is None:
            return
        ratio = total.divide(old_i)
        if ratio is None or ratio.lo is None or ratio.hi is None:
            return
        rel = Interval((ratio.lo - 1) * HUNDRED, (ratio.hi - 1) * HUNDRED, ratio.lo_open, ratio.hi_open)
        if sign_conflict(relation.direction, rel):
            return
        want = signed(stated, relation.direction)
        mid_total = sum((base_value(p) for p in relation.parts), Fraction(0))
        mid = (mid_total - base_value(old)) / base_value(old) * HUNDRED
        terms = " + ".join(p.text.strip() for p in relation.parts)
        arithmetic = f"({terms} - {old.text.strip()}) / {old.text.strip()} = {pct(mid)}"
        tolerance = f"rounding of the values allows {pct_interval(rel)}; '{size.text.strip()}' allows " \
                    f"{pct_interval(stated)}"
        yield self.verdict(
            relation, size, rel.intersects(want),
            f"'{size.text.strip()}' matches the change of the listed figures' total from {old.text.strip()} "
            f"({pct(mid)}).",
            f"A {word(relation.direction, True)} from {old.text.strip()} to the listed figures' total "
            f"({terms}) is {pct(abs(mid))}, not {_as_said(size)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=relation.parts + (old,))

    def _check_step(self, relation: StepPercentChange) -> Iterable[Finding]:
        """"rose by 60,000, or 12%, to 310,000": 60,000 / (310,000 - 60,000)."""
        size, step, new = relation.change, relation.step, relation.new
        step_i, new_i = paired(step, new)
        stated = relative_size(size)
        if step_i is None or new_i is None or stated is None or relation.direction not in (1, -1):
            return
        if relation.from_old:  # "rose by 45,000 from 267,000, a 17% increase": the old value is stated
            old_i = new_i
        else:
            old_i = new_i - step_i if relation.direction > 0 else new_i + step_i
        if old_i.lo is None or old_i.lo <= 0:
            return
        rel = step_i.divide(old_i)
        if rel is None or rel.lo is None or rel.hi is None:
            return
        rel = rel.scale(HUNDRED)
        sign = "-" if relation.direction > 0 else "+"
        old_mid = base_value(new) if relation.from_old else base_value(new) - relation.direction * base_value(step)
        mid = base_value(step) / old_mid * HUNDRED
        s, n, change = step.text.strip(), new.text.strip(), word(relation.direction, True)
        if relation.from_old:  # the old value is stated: "rose by 45,000 from 267,000"
            arithmetic = f"{s} / {n} = {pct(mid)}"
            phrase, base = f"of {s} from {n}", ""
        else:
            arithmetic = f"{s} / ({n} {sign} {s}) = {pct(mid)}"
            phrase, base = f"of {s} to {n}", f" of the value before it ({n} {sign} {s})"
        tolerance = f"rounding of the two values allows {pct_interval(rel)}; '{size.text.strip()}' allows " \
                    f"{pct_interval(stated)}"
        yield self.verdict(
            relation, size, rel.intersects(stated),
            f"'{size.text.strip()}' matches a {change} {phrase} ({pct(mid)}).",
            f"A {change} {phrase} is {pct(mid)}{base}, not {_as_said(size)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=(step, new))


class FC204(Rule):
    """A percentage-point change does not match the two percentages.

    What it checks:
        A change stated in percentage points (or basis points, or "a
        quarter-point") together with the two percentages it moves between
        ("from 40% to 44%, a rise of 4 percentage points") is recomputed as
        the difference of the two percentages.  Rounding of the two
        percentages widens what fits; when all three are plain figures
        written to one precision and the points are not the difference as
        written ("from 31% to 36%, a gain of four percentage points"), the
        finding is a warning: only rounding both the far way would fit.

    Why it matters:
        Point changes are easily confused with relative changes: 40% to 44%
        is a rise of 4 points but of 10%.  Stating the wrong one misleads
        readers about the size of the move.

    Example:
        "Support rose from 35% to 42%, a gain of 20 percentage points" --
        the gain is 7 points (20% in relative terms).

    Use instead:
        Give the difference of the two percentages as points, or call the
        relative change a per cent rise.
    """

    code = "FC204"
    name = "point-change-mismatch"
    severity = Severity.ERROR
    relations = (PointsChange,)
    fail = (
        Example("Support for the bypass rose from 35% in spring to 42%, a gain of 20 percentage points.",
                "20 percentage points"),
        Example("The bank lowered its main rate to 3.5% from 4.25%, a cut of 25 basis points.", "25 basis points"),
        Example("The party's share rose from 31% to 36%, a gain of four percentage points.", "four percentage points"),
    )
    ok = (
        Example("Support for the bypass rose from 35% in spring to 42%, a gain of 7 percentage points.", ""),
        Example("The bank lowered its main rate to 4% from 4.25%, a cut of 25 basis points.", ""),
        Example("The lender cut its base rate from 2.5% to 2.25%, a quarter-point reduction.", ""),
    )

    def check(self, relation: PointsChange, doc: Document) -> Iterable[Finding]:
        size, old, new = relation.change, relation.old, relation.new
        diff = difference(old, new)
        pv = point_value(size)
        if diff is None or pv is None:
            return
        value, stated = pv
        label = size.text.strip() + {Kind.COUNT: " points", Kind.FRACTION: " a point"}.get(size.kind, "")
        if sign_conflict(relation.direction, diff):
            return
        direction = relation.direction or (1 if diff.lo >= 0 else -1)
        want = signed(stated, direction)
        mid = new.value - old.value
        arithmetic = f"{new.text.strip()} - {old.text.strip()} = {format_number(mid)} percentage points"
        tolerance = (f"rounding of the two percentages allows {diff.describe(format_number)} points; "
                     f"'{label}' allows {stated.describe(format_number)}")
        if diff.intersects(want) and _read_off_the_figures(size, old, new, value, mid):
            # (round 58) "from 31% to 36%, a gain of four percentage points": all three written to one precision, the
            # points are not the difference of the figures as written -- only rounding both the far way fits
            yield self.finding(
                Severity.WARNING, size,
                f"From {old.text.strip()} to {new.text.strip()} is {format_number(abs(mid))} percentage points as "
                f"written, not {format_number(value)}; only rounding both percentages the far way would fit.",
                arithmetic=arithmetic, tolerance=tolerance, related=(old, new))
            return
        if diff.intersects(want):
            yield self.finding(Severity.INFO, size,
                               f"'{label}' matches {old.text.strip()} to {new.text.strip()} "
                               f"({format_number(abs(mid))} points).",
                               arithmetic=arithmetic, tolerance=tolerance, related=(old, new))
            return
        rel = rel_change(old, new)
        extra = ""
        if rel is not None and rel.intersects(signed(size.interval, direction)):
            extra = f" ({format_number(value)} is the relative change in per cent)"
        yield self.finding(
            self.contradiction_severity(relation), size,
            f"From {old.text.strip()} to {new.text.strip()} is a {word(direction, True)} of "
            f"{format_number(abs(mid))} percentage points, not {format_number(value)}{extra}.",
            arithmetic=arithmetic, tolerance=tolerance, related=(old, new))


def _read_off_the_figures(size: Mention, old: Mention, new: Mention, value, mid) -> bool:
    """The points told differ from the difference of the two percentages as written, all three plain figures written
    to one precision (no hedge): "from 31% to 36%, a gain of four percentage points"."""
    if size.hedge or old.hedge or new.hedge or value is None or mid is None:
        return False
    precisions = {size.precision, old.precision, new.precision}
    return len(precisions) == 1 and None not in precisions and abs(mid) != abs(value)


def points_as_percent(size: Mention, old: Mention, new: Mention) -> bool:
    """"from 3% to 4%, a 1% increase": the stated percentage is exactly the difference in
    points while the relative change the two values state is far from it (33% here); only the
    rounding of whole percentages could make it fit, and no writer means that."""
    if size.kind != Kind.PERCENT or size.value is None or not size.value or old.value is None \
            or new.value is None or not old.value or not (_is_percent_value(new) and _is_percent_value(old)):
        return False
    if abs(new.value - old.value) != size.value:
        return False
    mid_rel = abs(base_value(new) - base_value(old)) / abs(base_value(old)) * HUNDRED
    return mid_rel > 3 * size.value or mid_rel * 3 < size.value


class FC205(Rule):
    """A change in percentage points is called a per cent change.

    What it checks:
        A change between two percentages stated as "X percent" where X is
        the difference in points and not the relative change ("fell to 3.2%
        from 4.0%, a decline of 0.8 percent" -- 0.8 points, but 20% in
        relative terms).  Whole percentages leave room in their rounding, so
        "from 3% to 4%, a 1% increase" is flagged too when the stated figure
        is exactly the difference in points and the values' own relative
        change (33%) is over three times larger or smaller.

    Why it matters:
        "Fell 0.8 percent" tells the reader the rate is 0.8% lower than it
        was (4.0% to 3.97%); the rate actually fell by a fifth.  Per cent
        and percentage points are different measures.

    Example:
        "Unemployment fell to 3.2% from 4.0%, a decline of 0.8 percent."

    Use instead:
        "a fall of 0.8 percentage points", or the relative change: "a fall
        of 20%".
    """

    code = "FC205"
    name = "points-called-percent"
    severity = Severity.ERROR
    relations = (PercentChange,)
    fail = (
        Example("The vacancy rate slipped to 3.2% in May from 4.0% twelve months before, a drop of 0.8 "
                "percent.", "0.8"),
        Example("The base rate rose from 2% to 3%, an increase of 1%.", "1%"),
        Example("Turnout rose to 62% from 50% at the previous election, an increase of 12%.", "12%"),
    )
    ok = (
        Example("The vacancy rate slipped to 3.2% in May from 4.0% twelve months before, a drop of 20%.", ""),
        Example("Turnout rose to 62% from 50% at the previous election, an increase of 12 percentage "
                "points.", ""),
        Example("The base rate rose from 2% to 3%, an increase of 50%.", ""),
    )

    def check(self, relation: PercentChange, doc: Document) -> Iterable[Finding]:
        if isinstance(relation, StepPercentChange):
            yield from self._check_step(relation)
            return
        size, old, new = relation.change, relation.old, relation.new
        if size.kind != Kind.PERCENT or not (_is_percent_value(new) or _is_percent_value(old)):
            return
        rel = rel_change(old, new)
        points = difference(old, new)
        if rel is None or points is None or size.interval is None:
            return
        if sign_conflict(relation.direction, points):
            return
        direction = relation.direction or (1 if points.lo >= 0 else -1)
        want = signed(size.interval, direction)
        if rel.intersects(want) and not points_as_percent(size, old, new) or not points.intersects(want):
            return
        mid_rel = (base_value(new) - base_value(old)) / base_value(old) * HUNDRED
        mid_pts = new.value - old.value
        yield self.finding(
            self.contradiction_severity(relation), size,
            f"From {old.text.strip()} to {new.text.strip()} is a {word(direction, True)} of "
            f"{format_number(abs(mid_pts))} percentage point{'' if abs(mid_pts) == 1 else 's'}, which is "
            f"{pct(abs(mid_rel))} in relative terms, not {_as_said(size)}.",
            arithmetic=(f"{new.text.strip()} - {old.text.strip()} = {format_number(mid_pts)} points; "
                        f"({new.text.strip()} - {old.text.strip()}) / {old.text.strip()} = {pct(mid_rel)}"),
            tolerance=f"rounding allows {pct_interval(rel)} relative change; '{size.text.strip()}' "
                      f"allows {pct_interval(size.interval)}"
                      + ("; it is exactly the difference in points, while the values' own change is "
                         "over three times larger or smaller" if rel.intersects(want) else ""),
            related=(old, new))


class FC206(Rule):
    """A percentage change does not match the values stated for it a sentence or two away.

    What it checks:
        A percentage change stated without its values -- typically in the
        headline or lead ("Dockside Ales profit climbs 18%", "reported an
        18% rise in annual operating profit") -- is linked to the from and
        to values a nearby sentence states for the same measure ("Operating
        profit rose to £59 million from £50 million") and recomputed as
        (new - old) / old.  The link is inferred, so a contradiction is a
        warning: the two sentences must name the same measure (the same head
        noun, no different qualifier such as "operating" against "pre-tax",
        no different period), stand within three sentences in the same or
        adjacent paragraphs, and not disagree on the direction.

    Why it matters:
        The headline percentage is the figure readers remember; when the
        values in the body give another change, either the percentage or
        one of the values is wrong.

    Example:
        "Dockside Ales profit climbs 18%" above "Operating profit rose to
        £59 million from £54 million" -- the rise is 9.3%.

    Use instead:
        Recompute the change from the two values, or say which measure or
        period the percentage refers to if it is a different one.
    """

    code = "FC206"
    name = "nearby-percent-change-mismatch"
    severity = Severity.WARNING
    relations = (NearbyPercentChange,)
    fail = (
        Example("Dockside Ales reported an 18% rise in annual operating profit on Thursday. Operating profit "
                "for the year rose to £59 million from £54 million, the brewer said.", "£54 million"),
        Example("Ferry passenger numbers fell 12% last year, the port authority said.\n\nPassenger numbers "
                "dropped to 1.61 million from 1.70 million, with the winter timetable cut back.", "1.61 million"),
        Example("Kerr Foods posted a 9% rise in sales for the year. Revenue for the 52 weeks to 29 March climbed "
                "to £52m from £41.7m, the company said.", "£41.7m"),
    )
    ok = (
        Example("Dockside Ales reported an 18% rise in annual operating profit on Thursday. Operating profit "
                "for the year rose to £59 million from £50 million, the brewer said.", ""),
        Example("Dockside Ales reported an 18% rise in annual operating profit on Thursday. Pre-tax profit "
                "for the year rose to £47 million from £45 million, the brewer said.", ""),
        Example("Ferry passenger numbers fell 12% last year, the port authority said.\n\nFreight volumes "
                "dropped to 1.61 million tonnes from 1.70 million tonnes.", ""),
        Example("Kerr Foods posted a 9% rise in sales for the year. Revenue for the 52 weeks to 29 March climbed "
                "to £52m from £47.7m, the company said.", ""),
    )

    def check(self, relation: NearbyPercentChange, doc: Document) -> Iterable[Finding]:
        old, new = relation.old, relation.new
        rel = rel_change(old, new)
        if rel is None:
            return
        mid = (base_value(new) - base_value(old)) / base_value(old) * HUNDRED
        arithmetic = f"({new.text.strip()} - {old.text.strip()}) / {old.text.strip()} = {pct(mid)}"
        for size in relation.changes:
            stated = relative_size(size)
            if stated is None:
                continue
            direction = relation.direction or (1 if rel.lo is not None and rel.lo >= 0 else -1)
            want = signed(stated, direction)
            tolerance = (f"rounding of the two values allows {pct_interval(rel)}; "
                         f"'{size.text.strip()}' allows {pct_interval(stated)}")
            others = tuple(m for m in relation.changes if m is not size)
            if rel.intersects(want):
                yield self.finding(Severity.INFO, size,
                                   f"'{size.text.strip()}' ({relation.subject}) matches the change from "
                                   f"{old.text.strip()} to {new.text.strip()} stated nearby ({pct(mid)}).",
                                   arithmetic=arithmetic, tolerance=tolerance, related=(old, new))
                continue
            at, other = _furthest(old, new, want)
            yield self.finding(
                self.contradiction_severity(relation), at,
                f"A {word(direction, True)} in {relation.subject} from {old.text.strip()} to "
                f"{new.text.strip()} is {pct(abs(mid))}, not the {size.text.strip()} stated nearby.",
                arithmetic=arithmetic, tolerance=tolerance, related=(other, size) + others)
            return


class FC207(Rule):
    """The margin stated between two shares of one whole is not their difference.

    What it checks:
        Shares of one whole stated together with the margin between the two
        largest in points ("Yes took 58.2% and No 41.8%, a margin of 16.4
        points"; "backed the plan by 61% to 39%, a 22-point lead").  The
        larger share less the smaller, over every value their rounding
        allows, must meet the stated margin and its rounding or hedge
        ("almost ten points" is 9 to 10).

    Why it matters:
        The margin is computed from the shares; when it does not match, one
        of the shares or the margin was mistyped.

    Example:
        "Yes took 58.2% and No 41.8%, a margin of 6.4 points" -- the
        margin is 16.4 points.

    Use instead:
        Recompute the margin from the shares, or check the shares against
        the source.
    """

    code = "FC207"
    name = "share-margin-mismatch"
    severity = Severity.ERROR
    relations = (ShareMargin,)
    fail = (
        Example("With every ballot counted, Yes took 58.2% and No 41.8%, a margin of 6.4 points.", "6.4 points"),
        Example("Members backed the merger by 61% to 39%, a 12-point margin.", "12-point"),
    )
    ok = (
        Example("With every ballot counted, Yes took 58.2% and No 41.8%, a margin of 16.4 points.", ""),
        Example("Members backed the merger by 61% to 39%, a margin of more than 20 points.", ""),
    )

    def check(self, relation: ShareMargin, doc: Document) -> Iterable[Finding]:
        a, b, margin = relation.first, relation.second, relation.margin
        pv = point_value(margin)
        if pv is None or a.interval is None or b.interval is None:
            return
        _, stated = pv
        diff = a.interval - b.interval
        mid = a.value - b.value
        label = margin.text.strip() + (" points" if margin.kind == Kind.COUNT else "")
        arithmetic = f"{a.text.strip()} - {b.text.strip()} = {format_number(mid)} percentage points"
        tolerance = (f"rounding of the two shares allows {diff.describe(format_number)} points; "
                     f"'{label}' allows {stated.describe(format_number)}")
        yield self.verdict(
            relation, margin, diff.intersects(stated),
            f"'{label}' matches the gap between {a.text.strip()} and {b.text.strip()} ({format_number(mid)} points).",
            f"The gap between {a.text.strip()} and {b.text.strip()} is {format_number(mid)} percentage points, "
            f"not {label}.", arithmetic=arithmetic, tolerance=tolerance, related=(a, b))


def _furthest(old: Mention, new: Mention, want: Interval) -> tuple[Mention, Mention]:
    """Of the two values, the one further (relative to itself) from what the other
    value and the stated change give."""
    ratio = 1 + (want.lo + want.hi) / 2 / HUNDRED if want.lo is not None and want.hi is not None else None
    if not ratio:
        return new, old
    o, n = base_value(old), base_value(new)
    off_old = abs(o - n / ratio) / o
    off_new = abs(n - o * ratio) / n
    return (old, new) if off_old > off_new else (new, old)


RULES = (FC202, FC203, FC204, FC205, FC206, FC207)

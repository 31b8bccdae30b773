"""The one place where figcheck compares numbers.

Every stated figure is turned into an :class:`Interval` of exact
:class:`~fractions.Fraction` bounds: what the figure can mean once its
rounding and its hedge are taken into account.  Relations hold when the
intervals can agree; nothing in figcheck compares floats with ``==``.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

Number = Fraction


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed or open interval; ``None`` bounds are unbounded."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False

    @staticmethod
    def point(x: Fraction) -> "Interval":
        return Interval(x, x)

    @staticmethod
    def around(x: Fraction, half_width: Fraction) -> "Interval":
        return Interval(x - half_width, x + half_width)

    def contains(self, x: Fraction) -> bool:
        if self.lo is not None and (x < self.lo or (self.lo_open and x == self.lo)):
            return False
        if self.hi is not None and (x > self.hi or (self.hi_open and x == self.hi)):
            return False
        return True

    def intersects(self, other: "Interval") -> bool:
        lo, lo_open = _max_lo(self, other)
        hi, hi_open = _min_hi(self, other)
        if lo is None or hi is None:
            return True
        if lo < hi:
            return True
        return lo == hi and not lo_open and not hi_open

    def __add__(self, other: "Interval") -> "Interval":
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi, self.lo_open or other.lo_open, self.hi_open or other.hi_open)

    def __sub__(self, other: "Interval") -> "Interval":
        lo = None if self.lo is None or other.hi is None else self.lo - other.hi
        hi = None if self.hi is None or other.lo is None else self.hi - other.lo
        return Interval(lo, hi, self.lo_open or other.hi_open, self.hi_open or other.lo_open)

    def scale(self, k: Fraction) -> "Interval":
        """Multiply by a non-negative constant."""
        if k < 0:
            raise ValueError("scale() takes a non-negative factor")
        lo = None if self.lo is None else self.lo * k
        hi = None if self.hi is None else self.hi * k
        return Interval(lo, hi, self.lo_open, self.hi_open)

    def times(self, other: "Interval") -> "Interval | None":
        """Product of two intervals of non-negative numbers; ``None`` if undefined."""
        if self.lo is None or other.lo is None or self.lo < 0 or other.lo < 0:
            return None
        hi = None if self.hi is None or other.hi is None else self.hi * other.hi
        return Interval(self.lo * other.lo, hi, self.lo_open or other.lo_open, self.hi_open or other.hi_open)

    def divide(self, other: "Interval") -> "Interval | None":
        """Quotient of two intervals of positive numbers; ``None`` if undefined."""
        if other.lo is None or other.lo <= 0 or self.lo is None or self.lo < 0:
            return None
        lo = self.lo / other.hi if other.hi is not None else Fraction(0)
        hi = None if self.hi is None else self.hi / other.lo
        return Interval(lo, hi, self.lo_open, self.hi_open)

    def widen(self, by: Fraction) -> "Interval":
        lo = None if self.lo is None else self.lo - by
        hi = None if self.hi is None else self.hi + by
        return Interval(lo, hi, self.lo_open, self.hi_open)

    def distance(self, x: Fraction) -> Fraction:
        """How far ``x`` lies outside the interval (0 when inside)."""
        if self.lo is not None and x < self.lo:
            return self.lo - x
        if self.hi is not None and x > self.hi:
            return x - self.hi
        return Fraction(0)

    def describe(self, fmt=None) -> str:
        fmt = fmt or format_number
        if self.lo is None and self.hi is None:
            return "any value"
        if self.lo is None:
            return ("below " if self.hi_open else "at most ") + fmt(self.hi)
        if self.hi is None:
            return ("above " if self.lo_open else "at least ") + fmt(self.lo)
        if self.lo == self.hi:
            return fmt(self.lo)
        return f"{fmt(self.lo)} to {fmt(self.hi)}"


def _max_lo(a: Interval, b: Interval):
    if a.lo is None:
        return b.lo, b.lo_open
    if b.lo is None:
        return a.lo, a.lo_open
    if a.lo > b.lo:
        return a.lo, a.lo_open
    if b.lo > a.lo:
        return b.lo, b.lo_open
    return a.lo, a.lo_open or b.lo_open


def _min_hi(a: Interval, b: Interval):
    if a.hi is None:
        return b.hi, b.hi_open
    if b.hi is None:
        return a.hi, a.hi_open
    if a.hi < b.hi:
        return a.hi, a.hi_open
    if b.hi < a.hi:
        return b.hi, b.hi_open
    return a.hi, a.hi_open or b.hi_open


def format_number(x: Fraction, max_decimals: int = 2) -> str:
    """Render an exact value the way a reporter would: ``3,804``, ``23.8``."""
    if x.denominator == 1:
        return f"{x.numerator:,}"
    value = float(x)
    # (round 44) one decimal more when that writes the value exactly: a rounding bound, half a step past the figure's
    # last digit ("1.42bn" allows 1.415bn to 1.425bn, not "1.42bn to 1.43bn")
    for decimals in range(1, max_decimals + 2):
        text = f"{value:,.{decimals}f}"
        if Fraction(text.replace(",", "")) == x:
            return text
    return f"{value:,.{max_decimals}f}"


def format_percent(x: Fraction) -> str:
    return f"{float(x * 100):.1f}%"


def relative_gap(observed: Fraction, expected: Interval) -> Fraction | None:
    """Distance of ``observed`` from ``expected`` relative to ``observed``."""
    if observed == 0:
        return None
    return expected.distance(observed) / abs(observed)

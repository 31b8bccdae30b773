"""(round 27) A length told in one time unit and restated in a coarser one.

A term converted to a coarser unit is told exactly, not rounded: a court that
jails someone for 30 months has given two and a half years, and "the
three-year sentence" misstates it; "an 18-month ban ... the two-year ban", "a
36-hour strike ... the two-day strike", "a 90-minute protest ... the two-hour
protest" alike.  The finer figure, converted, must lie less than half the
coarser figure's last digit from it ("13 months ... the one-year suspension"
and "48 hours ... the two-day strike" still agree).  Hedged figures ("about 13
hours") are left to the rounding intervals.
"""
from __future__ import annotations

from fractions import Fraction

from ..model import Kind, Mention

_TIMED = frozenset({Kind.DURATION, Kind.AGE})


def converted_off_by_half(a: Mention, b: Mention) -> bool:
    """Two plain lengths of time in units of one base but different sizes ("months" and "years", "hours" and
    "days"): does the finer one, converted to the coarser unit, stand half a step or more from the coarser one?"""
    if a.kind not in _TIMED or b.kind not in _TIMED or a.hedge or b.hedge or a.is_range or b.is_range:
        return False
    from .restatements import _time_unit  # here, not at the top: restatements' term finder imports this module
    ua, ub = _time_unit(a), _time_unit(b)
    if ua is None or ub is None or ua[0] != ub[0] or ua[1] == ub[1]:
        return False
    if a.value is None or b.value is None:
        return False
    (fine, f_unit), (coarse, c_unit) = sorted(((a, ua), (b, ub)), key=lambda pair: Fraction(pair[1][1]))
    step = coarse.precision or Fraction(1)
    converted = fine.value * Fraction(f_unit[1]) / Fraction(c_unit[1])
    return abs(converted - coarse.value) >= step / 2

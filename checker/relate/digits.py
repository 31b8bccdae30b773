"""Digits of a figure as written, for readings that compare how two figures are spelled rather than their
values: a swapped pair of digits, a point moved, a zero dropped ("£7.4m" -> "7.4", "86,000" -> "86")."""
from __future__ import annotations

import re

from ..model import Kind, Mention

DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def digits_as_written(m: Mention) -> str | None:
    """The one run of digits of a figure, commas dropped, the point kept:
    "£7.4m" -> "7.4", "2,106 votes" -> "2106"; a whole count in words is read
    as its digits ("Sixty-three" -> "63"); None for two runs."""
    if m.kind == Kind.DURATION and ":" in m.text:
        return "".join(c for c in m.text if c.isdigit())  # a race time, "27:41.08" -> "274108"
    runs = DIGITS.findall(m.text)
    if m.kind == Kind.DURATION and len(runs) >= 2 and not any("." in r for r in runs[:-1]):
        return "".join(runs)  # a time in two units, "1min 54.32sec" -> "154.32" (as "1:54.32" is read)
    if not runs and m.kind == Kind.COUNT and m.value is not None and m.value == int(m.value) and m.value.numerator >= 10:
        return str(int(m.value))  # "Sixty-three people ... all 36 patients"
    if len(runs) != 1:
        return None
    return runs[0].replace(",", "")


def core(w: str) -> str:
    """The digits of a whole number without the zeros after them: "86000" -> "86"."""
    return w.rstrip("0") if w.isdigit() else w


def significant(w: str) -> str:
    """The digits of ``w`` without the point and the zeros before them: "0.45" -> "45"
    (zeros after them stay: "214" and "2140" are a zero added, not a point moved)."""
    return w.replace(".", "").lstrip("0")


def same_significant_digits(a: Mention, b: Mention) -> bool:
    """The same significant digits in the same order ("£6.5m" and "£65m"): a point moved or a scale word swapped."""
    p, q = digits_as_written(a), digits_as_written(b)
    if p is None or q is None:
        return False
    p, q = core(significant(p)), core(significant(q))
    return bool(p) and p == q

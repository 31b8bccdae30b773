"""How rules write numbers in messages: in the style of the figure they
are compared with ("£77 million" beside "£84 million", "3,804" beside
"around 3,800")."""
from __future__ import annotations

import re
from fractions import Fraction

from ..interval import Interval, format_number
from ..model import Kind, Mention
from ..transform import CURRENCIES

# the signs written before a figure (checker.transform.CURRENCIES: "$", "C$", "£", "R", "Rs", "EUR"),
# longest first; currency words ("dollars") follow the figure
_SIGNS = sorted((k for k in CURRENCIES if not k.islower()), key=len, reverse=True)
_FIRST_DIGIT = re.compile(r"\d")


def _sign(like: Mention) -> str:
    """The currency sign as the figure writes it, with its space: "C$", "£", "R", "EUR "."""
    digit = _FIRST_DIGIT.search(like.text)
    head = like.text[:digit.start()] if digit else ""
    bare = head.rstrip()
    for sign in _SIGNS:
        if bare.endswith(sign) and not bare[:-len(sign)][-1:].isalpha():
            return head[len(bare) - len(sign):]
    return ""
_SCALES = (("trillion", 10**12), ("billion", 10**9), ("million", 10**6), ("crores", 10**7), ("crore", 10**7),
           ("lakhs", 10**5), ("lakh", 10**5), ("bn", 10**9), ("bln", 10**9),
           ("tn", 10**12), ("mln", 10**6), ("mn", 10**6), ("m", 10**6), ("k", 10**3))


def _scale_of(m: Mention) -> tuple[str, int] | None:
    if m.kind not in (Kind.COUNT, Kind.MONEY):
        return None
    low = m.text.lower()
    for word, factor in _SCALES:
        if low.endswith(word) or f"{word} " in low or low.rstrip(" .").endswith(word):
            if word in ("m", "k", "bn", "bln", "tn", "mln", "mn"):
                return word, factor
            return " " + word, factor
    return None


def amount(value: Fraction, like: Mention) -> str:
    """Write ``value`` the way ``like`` is written."""
    scale = _scale_of(like)
    # the symbol where the figure has one, after any hedge: "about £410"
    prefix = _sign(like) if like.kind == Kind.MONEY else ""
    if scale:
        suffix, factor = scale
        return f"{prefix}{format_number(value / factor)}{suffix}"
    if like.kind == Kind.PERCENT:
        return f"{format_number(value, 1)}%"
    return f"{prefix}{format_number(value)}"


def interval_like(iv: Interval, like: Mention) -> str:
    return iv.describe(lambda x: amount(x, like))


def quoted(m: Mention) -> str:
    return f"'{m.text}'"

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
    if m.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
        return None
    low = m.text.lower()
    for word, factor in _SCALES:
        if m.kind == Kind.MEASURE and word in ("m", "k"):
            continue  # (round 52) "640 million cubic metres": a measure's scale spelt out; its "m" is metres
        # the scale word on its own or right after the digits: "£1.2m", "3 million", never the "m" of "120-room"
        if re.search(rf"(?<![a-z]){word}(?![a-z])", low):
            if word in ("m", "k", "bn", "tn", "mn"):  # (wire style's "mln" and "bln" stand apart: "38.5 mln")
                return word, factor
            return " " + word, factor
    return None


_LETTER_RUN = re.compile(r"[a-z]+", re.I)


def spelled_out_time(value: Fraction, like: Mention) -> str | None:
    """A length of time in the shape of a race time ("2:21:47", "27:41.08") or of a length in
    several units ("1 minute 12 seconds" -> "52 seconds"); None for any other figure."""
    if like.kind != Kind.DURATION or like.unit is None:
        return None
    if ":" in like.text and like.unit == "second":
        sign, v = ("-" if value < 0 else ""), abs(value)
        decimals = len(like.text.rpartition(".")[2]) if "." in like.text else 0
        # rounded once, in the last stated unit, so that a carry reaches the seconds ("59.996" -> "1:00.00")
        whole, fraction = divmod(round(v * 10 ** decimals), 10 ** decimals)
        hours, minutes, seconds = whole // 3600, whole // 60 % 60, whole % 60
        tail = f".{fraction:0{decimals}d}" if decimals else ""
        if like.text.count(":") == 2 or hours:
            return f"{sign}{hours}:{minutes:02d}:{seconds:02d}{tail}"
        return f"{sign}{whole // 60}:{seconds:02d}{tail}"
    words = _LETTER_RUN.findall(like.text)
    if len(words) >= 2 and any(c.isdigit() for c in like.text) or _ONE_UNIT.fullmatch(like.text):
        # "1 minute 12 seconds" -> "52 seconds"; "1 day" -> "3 days"
        unit = like.unit + ("" if abs(value) == 1 else "s")
        return f"{format_number(value)} {unit}"
    return None


_ONE_UNIT = re.compile(r"(?:1|one|a|an)\s+(?:second|minute|hour|day|week|month|year)", re.I)


def amount(value: Fraction, like: Mention) -> str:
    """Write ``value`` the way ``like`` is written."""
    timed = spelled_out_time(value, like)
    if timed is not None:
        return timed
    scale = _scale_of(like)
    # the symbol where the figure has one, after any hedge: "about £410"
    prefix = _sign(like) if like.kind == Kind.MONEY else ""
    unit = _unit_as_written(like)
    if scale:
        suffix, factor = scale
        return f"{prefix}{format_number(value / factor)}{suffix}{unit}"
    if like.kind == Kind.PERCENT:
        return f"{format_number(value, 1)}%"
    text = format_number(value)
    if like.kind == Kind.MONEY and _CENTS.search(like.text) and _ONE_DECIMAL.fullmatch(text):
        text += "0"  # (round 46) a sum in pence or cents as prices are written: "£7.10", not "£7.1"
    return f"{prefix}{text}{unit}"


def _unit_as_written(like: Mention) -> str:
    """(round 61) A measure's unit as its figure writes it, for a sum of measures: "158MW", "16 tonnes"; a modifier's
    unit as a plural noun ("3,000-mile" -> " miles"); none for a figure in two units ("6ft 4in") or none at all."""
    if like.kind != Kind.MEASURE or not like.unit or _TWO_FIGURES.search(like.text):
        return ""
    text = like.text.rstrip()
    if like.compound:
        head = like.unit if " " not in like.unit else ""
        return f" {head}" + ("" if head.endswith("s") or not head else "s") if head and text.endswith(head) else ""
    if not text.endswith(like.unit):
        return ""
    return (" " if text[-len(like.unit) - 1:-len(like.unit)] == " " else "") + like.unit


_TWO_FIGURES = re.compile(r"\d[^\d.,]+\d")


_CENTS = re.compile(r"\d\.\d\d(?!\d)")
_ONE_DECIMAL = re.compile(r"[\d,]+\.\d")


def interval_like(iv: Interval, like: Mention) -> str:
    return iv.describe(lambda x: amount(x, like))


def quoted(m: Mention) -> str:
    return f"'{m.text}'"

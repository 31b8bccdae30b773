"""Turn a parse of grammars/mention.lark into a value (:class:`Parsed`).

The Transformer only builds values; it runs inline with the LALR parser,
so it reads spans from tokens (``start_pos``/``end_pos``), never ``meta``.
A callback raises :class:`Reject` when a parse is grammatical but not a
figure ("3,800 in 2016" is not a ratio); the extractor then tries the next
shorter parse.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import NamedTuple

from lark import Token, Transformer, Tree

from .hedges import EXACT, HEDGE_FAMILY
from .model import Kind, PartialDate

# the kinds as module globals (round 23, speed): in Python 3.11 a look-up like ``Kind.COUNT`` goes through
# EnumType's __getattr__ hook, about 0.4 us each, and the transformer and the extractor (which imports these)
# test every mention's kind many times
(_K_AGE, _K_CODE, _K_COUNT, _K_DATE, _K_DURATION, _K_FRACTION, _K_MEASURE, _K_MONEY, _K_MULTIPLE, _K_ORDINAL,
 _K_PERCENT, _K_POINTS, _K_SCORE, _K_TIME, _K_WEEKDAY, _K_YEAR) = (
    Kind.AGE, Kind.CODE, Kind.COUNT, Kind.DATE, Kind.DURATION, Kind.FRACTION, Kind.MEASURE, Kind.MONEY,
    Kind.MULTIPLE, Kind.ORDINAL, Kind.PERCENT, Kind.POINTS, Kind.SCORE, Kind.TIME, Kind.WEEKDAY, Kind.YEAR)

WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "trillion": 10**12, "tn": 10**12, "trn": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}
FRACTION_WORDS = {
    "half": Fraction(1, 2), "halves": Fraction(1, 2), "third": Fraction(1, 3), "thirds": Fraction(1, 3),
    "quarter": Fraction(1, 4), "quarters": Fraction(1, 4), "fifth": Fraction(1, 5), "fifths": Fraction(1, 5),
    "sixth": Fraction(1, 6), "sixths": Fraction(1, 6), "seventh": Fraction(1, 7), "eighth": Fraction(1, 8),
    "eighths": Fraction(1, 8), "ninth": Fraction(1, 9), "tenth": Fraction(1, 10), "tenths": Fraction(1, 10),
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000,
}
VULGAR = {"½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3),
          "⅔": Fraction(2, 3), "⅕": Fraction(1, 5), "⅛": Fraction(1, 8)}
# "hundreds", "tens of thousands": the interval a vague plural stands for
VAGUE = {
    "dozens": (24, 144), "scores": (40, 200), "hundreds": (200, 999), "thousands": (2_000, 99_999),
    "millions": (2 * 10**6, 999 * 10**6), "billions": (2 * 10**9, 999 * 10**9),
    "tens of thousands": (20_000, 99_999), "tens of millions": (20 * 10**6, 99 * 10**6),
    "hundreds of thousands": (200_000, 999_999), "hundreds of millions": (200 * 10**6, 999 * 10**6),
}
# (round 25) "half a decade", "half a century": the interval told, in the unit named (4 to 8 years, 40 to 65 years)
_HALF_OF_LONG_UNIT = {"decade": (Fraction(2, 5), Fraction(4, 5)), "century": (Fraction(2, 5), Fraction(13, 20))}
MULTIPLES = {"twice": 2, "thrice": 3, "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4,
             "halved": Fraction(1, 2), "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5,
             "tenfold": 10, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9, "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "doubling": 2, "tripling": 3,
             "trebling": 3, "quadrupling": 4, "halving": Fraction(1, 2)}
# ISO codes written before a figure ("USD 40m", "NPR 4.7bn"; round 55: 44 more), each its own unit; the grammar's
# CURRENCY_CODE terminal (grammars/units.lark) lists them too, and the lexer reads its guard off this tuple
ISO_CURRENCY_CODES = (
    "USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD", "ZAR", "INR", "CNY", "SEK", "NOK", "DKK", "HKD", "SGD",
    "AED", "SAR", "QAR", "KWD", "EGP", "MAD", "KES", "UGX", "TZS", "NGN", "GHS", "XOF", "XAF", "ETB", "ZMW", "MWK",
    "BWP", "NAD", "PKR", "BDT", "LKR", "IDR", "MYR", "PHP", "THB", "VND", "KRW", "TWD", "BRL", "MXN", "ARS", "CLP",
    "COP", "PEN", "TRY", "RUB", "UAH", "PLN", "CZK", "HUF", "RON", "ISK", "KZT", "UZS", "ILS", "NPR", "LAK", "MNT",
    "BOB", "PYG", "UYU", "GEL", "AZN", "BYN", "MDL", "RSD", "BAM", "MKD", "BGN", "JOD", "LBP", "IQD", "OMR", "BHD",
    "TND", "DZD", "LYD", "MUR", "MGA", "MZN", "AOA", "RWF", "FJD", "PGK", "KHR", "MMK", "BND", "MVR", "BTN", "AFN",
    "TJS", "KGS", "HNL", "GTQ", "DOP", "JMD", "TTD", "GYD", "SRD", "XCD",
)
CURRENCIES = {
    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
    "₦": "NGN", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₽": "RUB", "₪": "ILS", "₫": "VND", "฿": "THB",
    "₸": "KZT", "₼": "AZN", "₾": "GEL", "₵": "GHS", "GH₵": "GHS", "GH¢": "GHS", "RM": "MYR", "Rp": "IDR", "Tk": "BDT", "MK": "MWK",
    "dollars": "USD", "dollar": "USD", "dlrs": "USD", "dlr": "USD", "pounds": "GBP", "euros": "EUR",
    "euro": "EUR", "yen": "JPY", "cents": "USD-cent", "cts": "USD-cent", "pence": "GBP-penny",
    "p": "GBP-penny", "cedis": "GHS", "rupees": "INR", "rupee": "INR", "yuan": "CNY", "francs": "CHF", "franc": "CHF", "pesos": "MXN", "peso": "MXN",
    "rand": "ZAR", "naira": "NGN", "shillings": "KES", "roubles": "RUB", "rubles": "RUB",
    "lira": "TRY", "krona": "SEK", "kronor": "SEK",
    "cedi": "GHS", "shilling": "KES", "kroner": "NOK", "krone": "NOK", "dinars": "DZD", "dinar": "DZD",
    "dirhams": "AED", "dirham": "AED", "riyals": "SAR", "riyal": "SAR", "rupiah": "IDR", "ringgit": "MYR",
    "baht": "THB", "zlotys": "PLN", "zloty": "PLN", "kwacha": "ZMW", "birr": "ETB", "leones": "SLE", "tenge": "KZT",
    "reais": "BRL",
    "cfa": "XOF", "som": "KGS", "soms": "KGS", "somoni": "TJS", "lek": "ALL", "leke": "ALL", "soles": "PEN",
    "lempiras": "HNL", "lempira": "HNL", "quetzales": "GTQ", "quetzal": "GTQ", "bolivianos": "BOB",
    "boliviano": "BOB", "hryvnias": "UAH", "hryvnia": "UAH", "forints": "HUF", "forint": "HUF", "lei": "RON",
    "leva": "BGN", "dalasis": "GMD", "dalasi": "GMD", "kyat": "MMK", "riel": "KHR", "shekels": "ILS", "shekel": "ILS",
    "rials": "IRR", "rial": "IRR", "pula": "BWP", "maloti": "LSL",
    "stg": "GBP", **{code: code.upper() for code in ("usd", "eur", "gbp", "chf", "jpy", "cny", "inr", "aud", "cad", "nzd",
                                                     "hkd", "sgd", "myr", "idr", "zar")},  # (round 47) wire style
    "Rs": "INR", "Rs.": "INR", "US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD",
    "EC$": "XCD", "J$": "JMD", "TT$": "TTD", "NT$": "TWD", "N$": "NAD", "R$": "BRL",
    "T$": "TOP", "F$": "FJD", "FJ$": "FJD", "WS$": "WST", "SI$": "SBD",  # (round 45) Pacific dollars
    "S$": "SGD", "R": "ZAR", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "USh": "UGX", "TSh": "TZS",
    **{code: code for code in ISO_CURRENCY_CODES},
}
CURRENCIES.update({"rouble": "RUB", "ruble": "RUB", "manat": "AZN", "lari": "GEL", "dram": "AMD", "drams": "AMD", "taka": "BDT", "ariary": "MGA",
                   "kina": "PGK", "tala": "WST", "vatu": "VUV", "afghanis": "AFN", "guaranies": "PYG",
                   "colones": "CRC", "cordobas": "NIO", "rufiyaa": "MVR", "ouguiya": "MRU"})  # (round 52)
CURRENCIES.update({"kip": "LAK", "dong": "VND", "tugriks": "MNT", "tugrik": "MNT", "kwanzas": "AOA", "kwanza": "AOA",
                   "meticais": "MZN", "metical": "MZN", "gourdes": "HTG", "pataca": "MOP", "patacas": "MOP",
                   "denars": "MKD", "denar": "MKD", "nakfa": "ERN", "ngultrum": "BTN", "afghani": "AFN"})  # (round 54)

# (round 52) a nation's adjective and the first five letters of its currency's name: "Danish kroner" (DKK)
NATIONAL_CURRENCIES = {("danish", "krone"): "DKK", ("swedish", "krona"): "SEK", ("swedish", "krono"): "SEK",
                       ("norwegian", "krone"): "NOK", ("icelandic", "krona"): "ISK", ("icelandic", "kronu"): "ISK",
                       ("australian", "dolla"): "AUD", ("canadian", "dolla"): "CAD", ("singapore", "dolla"): "SGD",
                       ("swiss", "franc"): "CHF", ("jamaican", "dolla"): "JMD", ("namibian", "dolla"): "NAD",
                       ("taiwan", "dolla"): "TWD", ("taiwanese", "dolla"): "TWD", ("egyptian", "pound"): "EGP",
                       ("sudanese", "pound"): "SDG", ("us", "dolla"): "USD"}
MONTHS = {name: i for i, names in enumerate(
    [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
     ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"),
     ("October", "Oct"), ("November", "Nov"), ("December", "Dec")], start=1) for name in names}
WEEKDAYS = {name: i for i, names in enumerate(
    [("Monday", "Mon"), ("Tuesday", "Tue", "Tues"), ("Wednesday", "Wed"), ("Thursday", "Thu", "Thur", "Thurs"),
     ("Friday", "Fri"), ("Saturday", "Sat"), ("Sunday", "Sun")]) for name in names}


class Tok(NamedTuple):
    """A token of ``checker.lexer``'s scanner.  The extractor's parser hands
    these to the callbacks below as they are (a lark Token costs a Python
    constructor per shift); they read a token's ``type``, ``value``,
    ``start_pos`` and ``end_pos``, which both kinds have."""

    type: str
    value: str
    start: int
    end: int

    @property
    def start_pos(self) -> int:
        return self.start

    @property
    def end_pos(self) -> int:
        return self.end

    def token(self) -> Token:
        return Token(self.type, self.value, start_pos=self.start, end_pos=self.end)


# what a callback may receive for a terminal: our tokens, or Lark's own
# when the grammar is run by Lark's parser
_TOKEN = (Tok, Token)


_SLASH_DENOMINATORS = frozenset({"2", "3", "4", "8"})


def _hyphen_fraction_value(text: str) -> Fraction:
    """The value of a FRACTION_HYPHEN token: "two-thirds" -> 2/3 (any of the hyphens the token allows)."""
    head, tail = text.lower().replace("\u2010", "-").replace("\u2011", "-").split("-", 1)
    return WORD_VALUES[head] * FRACTION_WORDS[tail]


class Reject(Exception):
    """A grammatical parse that is not a figure; try a shorter one."""


@dataclass(frozen=True)
class Parsed:
    """A value built from one parse; spans are token offsets."""

    kind: Kind
    start: int
    end: int
    value: Fraction | None = None
    precision: Fraction | None = None
    unit: str | None = None
    hedge: str | None = None
    words: bool = False  # written in words ("twenty-one")
    scale_word: str | None = None  # "million", "m", "bn"
    vague: tuple[int, int] | None = None
    date: PartialDate | None = None
    compound: bool = False
    compound_noun: str | None = None
    pair: str | None = None  # "to", "or", "and", "dash" for two-value forms
    parts: tuple["Parsed", ...] = ()


def _with(p: Parsed, **changes) -> Parsed:
    """``dataclasses.replace`` for a Parsed (it has no ``__post_init__``),
    without its per-field checks: the callbacks make one for most parses."""
    new = object.__new__(Parsed)
    attrs = new.__dict__
    attrs.update(p.__dict__)
    attrs.update(changes)
    return new


# the two parses every figure starts from, copied by ``_with`` (a third of the
# cost of a new frozen dataclass): a number in digits, one in words
_COUNT = Parsed(_K_COUNT, 0, 0)
_WORD_COUNT = Parsed(_K_COUNT, 0, 0, precision=Fraction(1), words=True)


_ENERGY_SYMBOLS = {f"{prefix}watt {hour}": symbol for prefix, symbol in (("tera", "TWh"), ("giga", "GWh"),
                                                                           ("mega", "MWh"), ("kilo", "kWh"))
                   for hour in ("hours", "hour")}
_EXACT_HEDGES = frozenset(h for h, fam in HEDGE_FAMILY.items() if fam == EXACT)  # (round 54) "exactly", "precisely"


def _clock_minutes(tokens) -> tuple[Fraction | None, str | None]:
    """Minutes after midnight of a clock time, and how sure its half of the day is: "clock"
    ("7.45pm", "19:45") or "clock12" ("7:45": morning or evening)."""
    digits = tokens[0].value.replace(":", ".").split(".")
    if len(digits) > 3 or not all(d.isdigit() for d in digits) or len(digits) > 1 and len(digits[1]) != 2:
        return None, None
    hour, minute = int(digits[0]), int(digits[1]) if len(digits) > 1 else 0
    if hour > 23 or minute > 59:
        return None, None
    if len(tokens) > 1:  # a meridiem
        if hour == 0 or hour > 12:
            return None, None
        hour = hour % 12 + (12 if tokens[1].value.lower().startswith("p") else 0)
        return Fraction(hour * 60 + minute), "clock"
    # (round 54) a leading zero ("06:40") is the 24-hour clock's
    return Fraction(hour * 60 + minute), "clock" if hour == 0 or hour > 12 or digits[0].startswith("0") else "clock12"


def _span(children) -> tuple[int, int]:
    starts, ends = [], []
    for c in children:
        # the classes the parser hands over, told by identity first (an isinstance chain per child was
        # most of this function's time); anything else takes the isinstance tests as before
        cls = c.__class__
        if cls is Tok:
            starts.append(c.start)
            ends.append(c.end)
        elif cls is Parsed:
            starts.append(c.start)
            ends.append(c.end)
        elif isinstance(c, _Holder):
            c = _span(c.children)
            starts.append(c[0])
            ends.append(c[1])
        elif isinstance(c, _TOKEN):
            starts.append(c.start_pos)
            ends.append(c.end_pos)
        elif isinstance(c, Parsed):
            starts.append(c.start)
            ends.append(c.end)
    return min(starts), max(ends)


# cached: news repeats its figures, and Fraction() parsing a string is slow
# (the results are immutable, so sharing them is safe)
@functools.lru_cache(maxsize=4096)
def digit_value(text: str) -> tuple[Fraction, Fraction]:
    """Value and stated precision of a digit string: "3,800" -> (3800, 100)."""
    plain = text.replace(",", "")
    if "." in plain:
        decimals = len(plain.split(".", 1)[1])
        return Fraction(plain), Fraction(1, 10**decimals)
    value = Fraction(int(plain))  # several times faster than parsing the string
    digits = plain.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0"))
    # Small round numbers ("40 stores", "20 people") are usually exact counts;
    # larger ones ("3,800", "150,000") are usually rounded to their last
    # non-zero digit.
    if zeros == 0 or value < 100:
        return value, Fraction(1)
    return value, Fraction(10**zeros)


def _parsed(children):
    return [c for c in children if isinstance(c, Parsed)]


class MentionTransformer(Transformer):
    """Callbacks named after grammar rules and aliases."""

    # ---------------------------------------------------------- numbers
    def digits(self, ch):
        value, precision = digit_value(ch[0].value)
        return _with(_COUNT, start=ch[0].start_pos, end=ch[0].end_pos, value=value, precision=precision)

    def digits_vulgar(self, ch):
        value, _ = digit_value(ch[0].value)
        frac = VULGAR[ch[1].value]
        return Parsed(_K_COUNT, ch[0].start_pos, ch[1].end_pos, value + frac, frac)

    def digits_slash_fraction(self, ch):
        whole, top, _, bottom = ch
        if not (whole.value.isdigit() and top.value.isdigit() and bottom.value in _SLASH_DENOMINATORS
                and 0 < int(top.value) < int(bottom.value)):
            raise Reject  # "24 7/8" in a table, "3 1/2/2024": only a plain fraction of a common size
        frac = Fraction(int(top.value), int(bottom.value))
        return Parsed(_K_COUNT, whole.start_pos, bottom.end_pos, int(whole.value) + frac, frac)

    def vulgar(self, ch):
        frac = VULGAR[ch[0].value]
        return Parsed(_K_COUNT, ch[0].start_pos, ch[0].end_pos, frac, frac)

    def word_number(self, ch):
        tok = ch[0]
        text = tok.value.lower().replace("\u2010", "-").replace("\u2011", "-")
        if "-" in text:
            tens, ones = text.split("-", 1)
            value = WORD_VALUES[tens] + WORD_VALUES[ones]
        else:
            value = WORD_VALUES[text]
        return _with(_WORD_COUNT, start=tok.start_pos, end=tok.end_pos, value=Fraction(value))

    def scaled(self, ch):
        num, scale = ch[0], ch[1]
        if isinstance(num, _TOKEN):
            num = self.digits([num])
        scale_tok = scale.children[0] if hasattr(scale, "children") else scale
        word = scale_tok.value
        factor = SCALES[word.lower()] if word != "M" else 10**6
        start, end = _span([num, scale_tok])
        return _with(num, start=start, end=end, value=num.value * factor,
                       precision=num.precision * factor, scale_word=word)

    def scaled_hyphen(self, ch):
        num, dash, scale_tok = ch
        d0, d1 = _span([dash])
        if num.scale_word or num.words is None or num.end < d0 or d1 < scale_tok.start_pos:
            raise Reject  # "2 million-billion", "5 - million": no hyphenated scale
        factor = SCALES[scale_tok.value.lower()]
        return _with(num, end=scale_tok.end_pos, value=num.value * factor,
                     precision=num.precision * factor, scale_word=scale_tok.value)

    def scale_abbr(self, ch):
        return ch[0]

    def a_scaled(self, ch):
        scale_tok = ch[1].children[0] if hasattr(ch[1], "children") else ch[1]
        factor = SCALES[scale_tok.value.lower()] if scale_tok.value != "M" else 10**6
        start, end = _span([ch[0], scale_tok])
        return Parsed(_K_COUNT, start, end, Fraction(factor), Fraction(factor), words=True,
                      scale_word=scale_tok.value)

    def half_scaled(self, ch):
        scale_tok = ch[2].children[0] if hasattr(ch[2], "children") else ch[2]
        return self._fraction_of(ch[0], scale_tok, Fraction(1, 2))

    def fraction_of_scale(self, ch):
        """(round 32) "a quarter of a million", "three-quarters of a billion", "two thirds of a million": the last
        token holds "of a" and the scale word."""
        of_a = ch[-1]
        scale = Tok("SCALE", of_a.value.split()[-1], of_a.end_pos - len(of_a.value.split()[-1]), of_a.end_pos)
        if len(ch) == 3 and isinstance(ch[0], _TOKEN) and ch[0].type == "A":  # A fraction_word OF_A_SCALE
            part = FRACTION_WORDS[ch[1].value.lower()]
        elif len(ch) == 2:  # FRACTION_HYPHEN OF_A_SCALE
            part = _hyphen_fraction_value(ch[0].value)
        else:  # number fraction_plural OF_A_SCALE ("two thirds of a million")
            part = ch[0].value * FRACTION_WORDS[ch[1].value.lower()]
        if part >= 1:
            raise Reject
        return self._fraction_of(ch[0], scale, part)

    @staticmethod
    def _fraction_of(first, scale_tok, part: Fraction) -> "Parsed":
        """A fraction of a scale word, told to within a tenth of itself either way: "half a million" is 450,000 to
        550,000 (round 32: it was a quarter of a million either way, the half read as the million's own rounding)."""
        factor = SCALES[scale_tok.value.lower()] if scale_tok.value != "M" else 10**6
        start, end = _span([first, scale_tok])
        value = part * factor
        return Parsed(_K_COUNT, start, end, value, value / 5, words=True, scale_word=scale_tok.value)

    def dozen_of(self, ch):
        num = ch[0] if isinstance(ch[0], Parsed) else self.digits([ch[0]])
        start, end = _span(ch)
        return Parsed(_K_COUNT, start, end, num.value * 12, Fraction(12), words=True)

    def a_dozen(self, ch):
        start, end = _span(ch)
        return Parsed(_K_COUNT, start, end, Fraction(12), Fraction(1), words=True)

    def half_a_dozen(self, ch):
        start, end = _span(ch)
        return Parsed(_K_COUNT, start, end, Fraction(6), Fraction(1), words=True)

    def a_hundred(self, ch):
        start, end = _span(ch)
        return Parsed(_K_COUNT, start, end, Fraction(100), Fraction(100), words=True)

    def word_hundreds(self, ch):
        start, end = _span(ch)
        return Parsed(_K_COUNT, start, end, ch[0].value * 100, Fraction(100), words=True)

    def word_hundreds_and(self, ch):
        """"two hundred and twelve" -> 212; "a hundred and ten" -> 110: exact."""
        start, end = _span(ch)
        hundreds = 1 if getattr(ch[0], "type", "") == "A" else ch[0].value
        return Parsed(_K_COUNT, start, end, hundreds * 100 + ch[-1].value, Fraction(1), words=True)

    def and_a_half(self, ch):
        """"two and a half" -> 2.5; "one and a half million" -> 1,500,000 (to the half)."""
        num = self.digits([ch[0]]) if isinstance(ch[0], _TOKEN) else ch[0]
        factor = 1
        if len(ch) == 3:
            scale_tok = ch[2].children[0] if hasattr(ch[2], "children") else ch[2]
            factor = SCALES[scale_tok.value.lower()] if scale_tok.value != "M" else 10**6
        end = (ch[2].children[0] if len(ch) == 3 and hasattr(ch[2], "children") else ch[-1]).end_pos
        return _with(num, end=end, value=(num.value + Fraction(1, 2)) * factor,
                     precision=Fraction(1, 2) * factor, scale_word=None if factor == 1 else "scale")

    def number(self, ch):
        return ch[0]

    def count(self, ch):
        return ch[0]

    def vague(self, ch):
        text = " ".join(t.value.lower() for t in ch if isinstance(t, _TOKEN))
        lo, hi = VAGUE[text]
        start, end = _span(ch)
        return Parsed(_K_COUNT, start, end, Fraction(lo), None, words=True, vague=(lo, hi))

    # ---------------------------------------------------------- hedges
    def hedge(self, ch):
        start, end = _span(ch)
        key = " ".join(t.value.lower() for t in ch)
        return ("hedge", key, start, end)

    def post_hedge(self, ch):
        start, end = _span(ch)
        key = " ".join(t.value.lower() for t in ch)
        return ("post", key, start, end)

    def hedged(self, ch):
        _, key, start, end = ch[0]
        q = ch[1]
        if key in _EXACT_HEDGES:
            return _with(q, hedge=key)  # (round 54) "exactly half": the figure's own span, read exact
        if q.value is not None and q.value < 0 and q.start == end:
            # (round 52) "fights at under-66kg": a hyphen joining the hedge, not a minus sign
            return _with(q, start=start, hedge=key, value=-q.value)
        return _with(q, start=start, hedge=key)

    def post_hedged(self, ch):
        q = ch[0]
        _, key, _, end = ch[1]
        return _with(q, end=end, hedge=key)

    def hedged_post(self, ch):
        _, key, start, _ = ch[0]
        _, post, _, end = ch[2]
        return _with(ch[1], start=start, end=end, hedge=key)

    # ---------------------------------------------------------- kinds
    def money_symbol(self, ch):
        sym = ch[0].children[0]
        num = ch[1]
        start, end = _span([sym, num])
        return _with(num, kind=_K_MONEY, unit=CURRENCIES[sym.value], start=start, end=end)

    def money_word(self, ch):
        num = ch[0]
        word = ch[1].children[0]
        start, end = _span([num, word])
        return _with(num, kind=_K_MONEY, unit=CURRENCIES.get(word.value.lower(), word.value.lower()),
                       start=start, end=end)

    def money_national(self, ch):
        num, nation, word = ch[0], ch[1].children[0], ch[2].children[0]
        start, end = _span([num, word])
        name = word.value.lower()
        unit = NATIONAL_CURRENCIES.get((nation.value.lower(), name[:5])) or CURRENCIES.get(name, name)
        return _with(num, kind=_K_MONEY, unit=unit, start=start, end=end)

    def money_word_compound(self, ch):
        num = ch[0]
        word = ch[2].children[0]
        return _with(num, kind=_K_MONEY, unit=CURRENCIES.get(word.value.lower(), word.value.lower()),
                     end=word.end_pos, compound=True)

    def money_cent_compound(self, ch):
        num = ch[0]
        return _with(num, kind=_K_MONEY, unit=CURRENCIES["cents"], end=ch[2].end_pos, compound=True)

    def money_symbol_word(self, ch):
        sym = ch[0].children[0]
        num = ch[1]
        word = ch[2].children[0]
        start, end = _span([sym, num, word])
        return _with(num, kind=_K_MONEY, unit=CURRENCIES[sym.value], start=start, end=end)

    def currency_symbol(self, ch):
        return self._tree("currency_symbol", ch)

    def currency_word(self, ch):
        return self._tree("currency_word", ch)

    def percent(self, ch):
        num = ch[0]
        start, end = _span(ch)
        return _with(num, kind=_K_PERCENT, unit="%", start=start, end=end)

    def points(self, ch):
        num = ch[0]
        start, end = _span(ch)
        words = " ".join(t.value.lower() for t in ch if isinstance(t, _TOKEN))
        unit = "bp" if "basis" in words else "pp"
        return _with(num, kind=_K_POINTS, unit=unit, start=start, end=end)

    def quarter_point(self, ch):
        start, end = _span(ch)
        return Parsed(_K_POINTS, start, end, Fraction(1, 4), Fraction(1, 100), unit="pp", words=True)

    def half_point(self, ch):
        start, end = _span(ch)
        return Parsed(_K_POINTS, start, end, Fraction(1, 2), Fraction(1, 100), unit="pp", words=True)

    def unit(self, ch):
        toks = []
        for c in ch:
            if isinstance(c, _TOKEN):
                toks.append(c)
            else:
                toks.extend(t for t in c.children if isinstance(t, _TOKEN) and t.value not in _DASHES)
        text = " ".join(t.value for t in toks)
        # (round 54) energy spelt out is written as its symbol: "1.42 terawatt-hours" is "1.42 TWh"
        return ("unit", _ENERGY_SYMBOLS.get(text.lower(), text), toks[0].start_pos, toks[-1].end_pos)

    def measure(self, ch):
        num = ch[0]
        _, unit, start, end = ch[1]
        if unit == "st" and (start != num.end or num.words):
            raise Reject  # "16st" is stone; "5 st", "five st" are not
        return _with(num, kind=_K_MEASURE, unit=unit, end=end)

    def measure_compound(self, ch):
        num = ch[0]
        _, unit, _, end = ch[2]
        return _with(num, kind=_K_MEASURE, unit=unit, end=end, compound=True)

    def measure_minus(self, ch):
        q = self.measure([ch[1], ch[2]])
        if q.value is None or q.unit not in ("C", "F", "degrees"):
            raise Reject  # (round 54) only a temperature is told "minus N" so
        return _with(q, start=ch[0].start_pos, value=-q.value)

    def measure_negative(self, ch):
        value, precision = digit_value(ch[1].value)
        _, unit, _, end = ch[2]
        dash = ch[0].children[0]
        if dash.end_pos < ch[1].start_pos:
            # "- 140,000kg": a dash set apart by a space is punctuation, not a minus sign
            return Parsed(_K_MEASURE, ch[1].start_pos, end, value, precision, unit=unit)
        return Parsed(_K_MEASURE, dash.start_pos, end, -value, precision, unit=unit)

    def measure_sum(self, ch):
        """"16st 2lb", "7lb 4oz", "2m 30cm": one measure in two units of one dimension, the larger
        first, in the smaller unit (whole numbers before it)."""
        from .units import conversion, resolve

        big, small = ch[0], ch[2]
        (_, big_unit, _, _), (_, small_unit, _, end) = self.unit([ch[1]]), self.unit([ch[3]])
        a, b = resolve(big_unit), resolve(small_unit)
        b = b[:1]  # "oz": the ounce before the troy ounce
        if len(a) != 1 or len(b) != 1 or a[0] == b[0] or big.value is None or small.value is None \
                or big.value != int(big.value) or big.hedge or small.hedge or big.pair or small.pair:
            raise Reject
        factor = conversion(a[0], b[0], delta=True)
        if factor is None or factor.a <= 1:
            raise Reject  # other dimensions, or the smaller unit first: two measures
        return _with(big, kind=_K_MEASURE, unit=small_unit, value=factor(big.value) + small.value,
                     precision=small.precision, end=end, words=False)

    def feet_inches(self, ch):
        feet, inches = ch[0], ch[2]
        if len(ch) > 3 and isinstance(ch[3], _Holder) and ch[3].children[0].value.lower() not in ("inches", "inch"):
            raise Reject  # "5 feet 10 inches", never "5 feet 10 metres"
        start, end = _span(ch)
        return Parsed(_K_MEASURE, start, end, feet.value * 12 + inches.value, inches.precision, unit="in")

    def duration(self, ch):
        num = ch[0]
        unit = ch[1].children[0]
        return _with(num, kind=_K_DURATION, unit=_time_unit(unit.value), end=unit.end_pos)

    def duration_sum(self, ch):
        """"1 minute 12 seconds", "3hr 40min": one length in its smallest unit, the units in
        falling order of one scale (hours, minutes, seconds; years and months)."""
        nums, units = ch[0::2], [_time_unit(u.children[0].value) for u in ch[1::2]]
        scale = next((sc for sc in _TIME_SCALES if all(u in sc for u in units)), None)
        if scale is None or any(scale[a] <= scale[b] for a, b in zip(units, units[1:])) \
                or any(n.value is None or n.hedge or n.pair or n.vague for n in nums) \
                or any(n.value != int(n.value) for n in nums[:-1]):
            raise Reject
        smallest = scale[units[-1]]
        value = sum(n.value * scale[u] / smallest for n, u in zip(nums, units))
        # (round 57) the last unit a singular word after a number other than one is a modifier: "a 1 hour 45 minute
        # marathon" (as "2-hour 41-minute", ``duration_sum_compound``)
        last = ch[-1].children[0].value.lower()
        modifier = last in _SINGULAR_TIME_WORDS and nums[-1].value != 1
        return _with(nums[0], kind=_K_DURATION, unit=units[-1], value=value, precision=nums[-1].precision,
                     end=ch[-1].children[0].end_pos, words=False, scale_word=None, compound=modifier)

    def elapsed(self, ch):
        """"27:41.08" (minutes, seconds, hundredths), "2:21:47" (hours, minutes, seconds): a time
        taken, in seconds."""
        tok = ch[0]
        whole, _, decimals = tok.value.partition(".")
        fields = [int(f) for f in whole.split(":")]
        seconds = 0
        for f in fields:
            seconds = seconds * 60 + f
        precision = Fraction(1, 10 ** len(decimals)) if decimals else Fraction(1)
        value = Fraction(seconds) + (Fraction(int(decimals), 10 ** len(decimals)) if decimals else 0)
        return Parsed(_K_DURATION, tok.start_pos, tok.end_pos, value, precision, unit="second")

    def duration_sum_compound(self, ch):
        """(round 44) "2-hour 41-minute": the two modifiers as one length, as ``duration_sum`` reads "2 hours 41
        minutes", written as a modifier."""
        parsed = self.duration_sum([ch[0], ch[2], ch[3], ch[5]])
        return _with(parsed, compound=True)

    def duration_compound(self, ch):
        num = ch[0]
        unit = ch[2].children[0]
        return _with(num, kind=_K_DURATION, unit=_time_unit(unit.value), end=unit.end_pos, compound=True)

    def duration_compound_second(self, ch):
        """(round 48) "a 42-second lead", "the 6.4-second margin": the ordinal's word as the unit."""
        return _with(ch[0], kind=_K_DURATION, unit="second", end=ch[2].end_pos, compound=True)

    def a_duration(self, ch):
        unit = ch[1].children[0]
        return Parsed(_K_DURATION, ch[0].start_pos, unit.end_pos, Fraction(1), Fraction(1),
                      unit=_time_unit(unit.value), words=True)

    def a_duration_and_a_half(self, ch):
        """(round 55) "an hour and a half": one and a half of the unit, in the unit below when there is one."""
        return self._a_duration_and(ch, Fraction(3, 2))

    @staticmethod
    def _a_duration_and(ch, value: Fraction):
        unit = ch[1].children[0]
        return Parsed(_K_DURATION, ch[0].start_pos, ch[-1].end_pos, value, Fraction(1, 4),
                      unit=_time_unit(unit.value), words=True)

    def half_duration(self, ch):
        unit = ch[2].children[0]
        name = _time_unit(unit.value)
        # (round 25) "half a century" is 40 to 65 years, not 25 to 75 (and "half a decade" 4 to 8 years): a round
        # figure told loosely, more often rounded down than up, so a wider band above; an hour, a day or a year
        # keep their quarter either way
        band = _HALF_OF_LONG_UNIT.get(name)
        return Parsed(_K_DURATION, ch[0].start_pos, unit.end_pos, Fraction(1, 2), Fraction(1, 2) if band is None
                      else Fraction(1, 5), unit=name, words=True, vague=band)

    def age(self, ch):
        start, end = _span(ch)
        nums = _parsed(ch)
        num = nums[0]
        compound = any(isinstance(c, _TOKEN) and c.type == "OLD" for c in ch) and len(ch) == 5
        unit = next((_time_unit(c.children[0].value) for c in ch if isinstance(c, (_Holder, Tree)) and _is_time_unit(c)),
                    "year")
        if unit != "year":  # "218 days old", "an 11-week-old puppy": a span of time, no age in years
            return _with(num, kind=_K_DURATION, unit=unit, start=start, end=end, compound=compound)
        return _with(num, kind=_K_AGE, unit="year", start=start, end=end, compound=compound)

    def age_possessive(self, ch):
        """"the six-year-old's": the age of "six-year-old", its "'s" left to the words after it."""
        tok = ch[-1]  # (an age written with its hyphens: ``age`` reads it as compound, ending at "old")
        return self.age([*ch[:-1], Token("OLD", tok.value[:3], tok.start_pos, end_pos=tok.start_pos + 3)])

    def half(self, ch):
        start, end = _span(ch)
        return Parsed(_K_FRACTION, start, end, Fraction(1, 2), None, words=True)

    def a_fraction(self, ch):
        start, end = _span(ch)
        return Parsed(_K_FRACTION, start, end, FRACTION_WORDS[ch[1].value.lower()], None, words=True)

    def n_fractions(self, ch):
        num = ch[0]
        start, end = _span(ch)
        value = num.value * FRACTION_WORDS[ch[1].value.lower()]
        if num.value.denominator != 1 or value > 1:
            raise Reject
        return Parsed(_K_FRACTION, start, end, value, None, words=True)

    def hyphen_fraction(self, ch):
        tok = ch[0]
        value = _hyphen_fraction_value(tok.value)
        if value > 1:
            raise Reject
        return Parsed(_K_FRACTION, tok.start_pos, tok.end_pos, value, None, words=True)

    def one_in(self, ch):
        nums = _parsed(ch)
        part, whole = nums[0], nums[-1]
        if (part.value.denominator != 1 or whole.value.denominator != 1 or not 0 < part.value < whole.value
                or whole.value > 1000 or part.scale_word or whole.scale_word):
            raise Reject
        start, end = _span(ch)
        return Parsed(_K_FRACTION, start, end, part.value / whole.value, None, words=True)

    def multiple(self, ch):
        start, end = _span(ch)
        first = ch[0]
        if isinstance(first, Parsed):
            value = first.value
        else:
            tok = first.children[0] if hasattr(first, "children") else first
            value = Fraction(MULTIPLES[tok.value.lower()])
        return Parsed(_K_MULTIPLE, start, end, Fraction(value), None, words=True)

    def multiple_verb(self, ch):
        return self._tree("multiple_verb", ch)

    def multiple_word(self, ch):
        return self._tree("multiple_word", ch)

    # ---------------------------------------------------------- two values
    def _pair(self, ch, how):
        lo, hi = _parsed(ch)[:2]
        start, end = _span(ch)
        return Parsed(hi.kind, start, end, lo.value, None, unit=hi.unit, pair=how, parts=(lo, hi))

    def to_pair(self, ch):
        return self._pair(ch, "to")

    def or_pair(self, ch):
        return self._pair(ch, "or")

    def between(self, ch):
        return self._pair(ch, "between")

    def dash_pair(self, ch):
        _tight_dash(ch)
        return self._pair(ch, "dash")

    def money_dash_pair(self, ch):
        _tight_dash(ch)
        sym = ch[0].children[0]
        lo, hi = _parsed(ch)[:2]
        unit = CURRENCIES[sym.value]
        lo = _with(lo, kind=_K_MONEY, unit=unit, start=sym.start_pos)
        hi = _with(hi, kind=_K_MONEY, unit=unit)
        return Parsed(_K_MONEY, lo.start, hi.end, lo.value, None, unit=unit, pair="dash", parts=(lo, hi))

    def percent_dash_pair(self, ch):
        _tight_dash(ch)
        lo, hi = _parsed(ch)[:2]
        if lo.value >= hi.value:
            raise Reject
        end = ch[-1].end_pos
        lo = _with(lo, kind=_K_PERCENT, unit="%")
        hi = _with(hi, kind=_K_PERCENT, unit="%", end=end)
        return Parsed(_K_PERCENT, lo.start, end, lo.value, None, unit="%", pair="dash", parts=(lo, hi))

    def measure_dash_pair(self, ch):
        """"20-25C", "3-4 miles": a range of one measure."""
        lo, hi = _parsed(ch)[:2]
        _, unit, _, end = ch[-1]
        lo = _with(lo, kind=_K_MEASURE, unit=unit)
        hi = _with(hi, kind=_K_MEASURE, unit=unit, end=end)
        return Parsed(_K_MEASURE, lo.start, end, lo.value, None, unit=unit, pair="dash", parts=(lo, hi))

    def compound_count(self, ch):
        num = ch[0]
        word = ch[2]
        if num.words is False and num.value.denominator != 1:
            raise Reject
        d0, d1 = _span([ch[1]])
        if num.end < d0 and d1 < word.start_pos:
            raise Reject  # "a fifth - 30 - were": a dash between spaces sets a figure apart
        return _with(num, end=word.end_pos, compound=True, compound_noun=word.value.lower())

    # ---------------------------------------------------------- calendar
    def month(self, ch):
        tok = ch[0].children[0]
        end = ch[-1].end_pos if isinstance(ch[-1], _TOKEN) else tok.end_pos
        return ("month", MONTHS[tok.value], tok.start_pos, end)

    def weekday(self, ch):
        tok = ch[0].children[0] if isinstance(ch[0], _Holder) else ch[0]
        name = tok.value[:-2] if tok.value.endswith(("'s", "’s")) else tok.value  # "Sunday's"
        return Parsed(_K_WEEKDAY, tok.start_pos, tok.end_pos,
                      date=PartialDate(weekday=WEEKDAYS[name]))

    def month_day(self, ch):
        return self._calendar(ch)

    def day_month(self, ch):
        return self._calendar(ch)

    def month_only(self, ch):
        return self._calendar(ch)

    def _calendar(self, ch):
        month = next(c for c in ch if type(c) is tuple)
        numbers = [c for c in ch if isinstance(c, _TOKEN) and c.type in ("DIGITS", "ORDINAL_NUM")]
        day = year = None
        for i, tok in enumerate(numbers):
            text = tok.value.rstrip("stndrhTSNDRH")
            if not text.isdigit():
                raise Reject
            n = int(text)
            if i == 0 and tok.type == "ORDINAL_NUM" or (i == 0 and len(text) <= 2 and 1 <= n <= 31):
                day = n
            elif len(text) == 4 and 1000 <= n <= 2999 and year is None:
                year = n
            else:
                raise Reject
        if day is not None and year is None and len(numbers) == 2:
            raise Reject
        starts = [month[2]] + [t.start_pos for t in numbers]
        ends = [month[3]] + [t.end_pos for t in numbers]
        return Parsed(_K_DATE, min(starts), max(ends), date=PartialDate(year=year, month=month[1], day=day))

    def numeric_date(self, ch):
        # "14/03/1994": day first; "03/14/1994" month first; "03/04/1994" could be either: its year only
        tok = ch[0]
        a, b, year = (int(x) for x in tok.value.replace(".", "/").split("/"))
        if a > 12 and b <= 12 or a == b:
            day, month = a, b
        elif b > 12 and a <= 12 and "/" in tok.value:  # "1.14.2020" is no date
            day, month = b, a
        elif a <= 12 and b <= 12:
            return Parsed(_K_DATE, tok.start_pos, tok.end_pos, date=PartialDate(year=year))
        else:
            raise Reject
        if day > (29 if month == 2 and year % 4 == 0 and (year % 100 or year % 400 == 0) else
                  (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]):
            raise Reject  # "31/02/2019": a reference, not a day to check
        return Parsed(_K_DATE, tok.start_pos, tok.end_pos, date=PartialDate(year=year, month=month, day=day))

    def date(self, ch):
        parts = [c for c in ch if isinstance(c, Parsed)]
        holders = [c for c in ch if isinstance(c, _Holder)]
        if not holders:
            return parts[0]
        weekday = self.weekday(holders)
        cal = parts[0]
        return Parsed(_K_DATE, weekday.start, cal.end,
                      date=replace(cal.date, weekday=weekday.date.weekday))

    def weekday_name(self, ch):
        return self._tree("weekday_name", ch)

    def month_name(self, ch):
        return self._tree("month_name", ch)

    def clock(self, ch):
        start, end = _span(ch)
        minutes, unit = _clock_minutes([c for c in ch if isinstance(c, _TOKEN)])
        return Parsed(_K_TIME, start, end, value=minutes, unit=unit)

    def ordinal(self, ch):
        tok = ch[0]
        if not isinstance(tok, _TOKEN):
            tok = tok.children[0]
        text = tok.value.lower()
        value = ORDINAL_WORDS.get(text)
        if value is None:
            digits = "".join(c for c in text if c.isdigit())
            value = int(digits)
        return Parsed(_K_ORDINAL, tok.start_pos, tok.end_pos, Fraction(value), Fraction(1))

    def ordinal_word(self, ch):
        return self._tree("ordinal_word", ch)

    def decade(self, ch):
        return Parsed(_K_YEAR, ch[0].start_pos, ch[0].end_pos)

    def start(self, ch):
        return ch[0]

    # keep vocabulary rules as plain holders of their token
    @staticmethod
    def _tree(name, ch):
        return _Holder(ch)

    def dash(self, ch):
        return _Holder(ch)

    def unit_ft(self, ch):
        return _Holder(ch)

    def unit_word(self, ch):
        return _Holder(ch)

    def degrees(self, ch):
        return _Holder(ch)

    def square(self, ch):
        return _Holder(ch)

    def time_unit(self, ch):
        return _Holder(ch)

    def percent_word(self, ch):
        return _Holder(ch)


_DASHES = frozenset("-–—‑")  # "square-metre": the unit's own hyphen


class _Holder:
    """A vocabulary rule's token(s), passed up unchanged."""

    __slots__ = ("children",)

    def __init__(self, children):
        self.children = children


def _tight_dash(ch) -> None:
    """A range or score is written "10-20" or "3-1"; a spaced dash ("57 - 15%")
    sets figures side by side instead."""
    parsed = _parsed(ch)
    dash = next(c for c in ch if isinstance(c, _Holder))
    d0, d1 = _span([dash])
    if parsed[0].end != d0 or parsed[1].start != d1:
        raise Reject


# the units a length in two or more units may join, each in the scale's smallest
# (round 57) time units written in full and singular: after a number other than one, a modifier ("45 minute")
_SINGULAR_TIME_WORDS = frozenset("second minute hour day week month year".split())
_TIME_SCALES = (
    {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1},
    {"year": 12, "month": 1},
)
SECONDS_PER = _TIME_SCALES[0]  # seconds in a week, day, hour, minute, second (also read by relate.rates)
_TIME_ABBREVIATIONS = {"sec": "second", "secs": "second", "min": "minute", "mins": "minute", "hr": "hour",
                       "hrs": "hour"}


def _is_time_unit(node) -> bool:
    """The words of a ``time_unit`` rule ("days", "weeks"), as a holder or a tree, among an age's children."""
    if isinstance(node, Tree):
        return node.data == "time_unit"
    kids = node.children
    return len(kids) == 1 and getattr(kids[0], "type", "") != "OLD" and _time_unit(kids[0].value) in _AGE_UNITS


_AGE_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def _time_unit(word: str) -> str:
    word = word.lower()
    if word in _TIME_ABBREVIATIONS:
        return _TIME_ABBREVIATIONS[word]  # "2hr 21min 14sec"
    for unit in ("second", "minute", "hour", "day", "week", "month", "year", "decade"):
        if word.startswith(unit):
            return unit
    if word.startswith("centur"):
        return "century"
    return word

"""The types that flow through figcheck, one way:

    Document -> Sentence -> Mention -> Relation -> Finding -> reporters

All are small frozen dataclasses.  Offsets are Python string indices into
the document's decoded text (end exclusive) and never change once taken;
only reporters turn them into lines and columns.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import enum
import functools
from dataclasses import dataclass, field, fields
from fractions import Fraction

from .interval import Interval


class Severity(enum.IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:  # "error", "warning", "info"
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.strip().upper()]


class Kind(enum.Enum):
    """What a numeric mention is.  Only the first group are quantities that
    can take part in arithmetic relations."""

    COUNT = "count"  # 906 children, twenty-one, a dozen
    MONEY = "money"  # £84 million, $2.4bn, 20 million cedis
    PERCENT = "percent"  # 23.8%, 40 per cent, 6 pct
    POINTS = "points"  # 4 percentage points, seven basis points
    FRACTION = "fraction"  # half, a third, one in five, three-quarters
    MEASURE = "measure"  # 3 miles, 41C, 80mph (pint units)
    MULTIPLE = "multiple"  # five times, three to one, twofold
    AGE = "age"  # 5-year-old, aged 52
    DURATION = "duration"  # 69 days, eight years, six hours
    # not quantities: recognised so they never enter a relation
    YEAR = "year"  # 2016, in 1964
    DATE = "date"  # Fri September 30, 2016; March 12
    WEEKDAY = "weekday"  # Monday
    TIME = "time"  # 8:42 AM, 9pm, 01:50
    ORDINAL = "ordinal"  # 34th, sixth
    SCORE = "score"  # 3-1, 6-4
    CODE = "code"  # COVID-19, G7, A9, phone numbers, references

    # each member's ``is_quantity`` (bool) is set below: a plain attribute,
    # as the extractor and every finder ask it of every mention

    # Enum hashes a member by its name in Python code; the finders test
    # kinds against sets and dicts about a quarter of a million times over
    # the corpus.  Members are singletons compared by identity, so the
    # identity hash (in C) is just as correct.
    __hash__ = object.__hash__


_QUANTITY_KINDS = frozenset(
    {Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.POINTS, Kind.FRACTION, Kind.MEASURE,
     Kind.MULTIPLE, Kind.AGE, Kind.DURATION}
)
for _kind in Kind:
    _kind.is_quantity = _kind in _QUANTITY_KINDS
del _kind


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int
    headline: bool = False
    chrome: bool = False  # page furniture: video durations, captions, credits


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date as written: any part may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday == 0, as in datetime

    def resolve(self, year: int | None) -> _dt.date | None:
        y = self.year if self.year is not None else year
        if y is None or self.month is None or self.day is None:
            return None
        try:
            return _dt.date(y, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Mention:
    """One numeric expression in the text, parsed into a structured value."""

    start: int
    end: int
    text: str
    kind: Kind
    value: Fraction | None = None  # as stated, scale applied: "3.8m" -> 3800000
    precision: Fraction | None = None  # unit of the last stated digit, scaled
    hedge: str | None = None  # canonical hedge key, see checker.hedges
    interval: Interval | None = None  # what the figure can mean
    unit: str | None = None  # currency code, "%", "pp", or a pint unit name
    noun: str | None = None  # the noun it counts: "children"
    noun_span: Span | None = None
    sentence: int = -1
    is_range: bool = False
    range_hi: Fraction | None = None
    date: PartialDate | None = None
    compound: bool = False  # written as a modifier: "40-man squad", "nine-year term"
    parenthetical: bool = False  # stands inside brackets: "(8km)"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def is_quantity(self) -> bool:
        return self.kind.is_quantity


class _OpenSentence:
    """A Sentence's slots, writable, for ``new_sentence`` (as ``_OpenMention`` for ``new_mention``)."""

    __slots__ = Sentence.__slots__

    def __init__(self, start, end, index, paragraph, headline, chrome):
        self.start = start
        self.end = end
        self.index = index
        self.paragraph = paragraph
        self.headline = headline
        self.chrome = chrome


assert _OpenSentence.__slots__ == tuple(f.name for f in fields(Sentence))


def new_sentence(start: int, end: int, index: int, paragraph: int, headline: bool, chrome: bool) -> Sentence:
    """``Sentence(...)`` with every field given in order, made faster as ``new_mention`` makes a Mention
    (round 21, speed: the segmenter makes every sentence)."""
    s = _OpenSentence(start, end, index, paragraph, headline, chrome)
    s.__class__ = Sentence
    return s


class _OpenMention:
    """A Mention's slots, writable, for ``new_mention``: the same slots in the same order, so that an instance
    can become a Mention by assigning its class (Python allows it between classes of one layout)."""

    __slots__ = Mention.__slots__

    def __init__(self, start, end, text, kind, value, precision, hedge, interval, unit, noun, noun_span, sentence,
                 is_range, range_hi, date, compound, parenthetical):
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.value = value
        self.precision = precision
        self.hedge = hedge
        self.interval = interval
        self.unit = unit
        self.noun = noun
        self.noun_span = noun_span
        self.sentence = sentence
        self.is_range = is_range
        self.range_hi = range_hi
        self.date = date
        self.compound = compound
        self.parenthetical = parenthetical


assert _OpenMention.__slots__ == tuple(f.name for f in fields(Mention))


def new_mention(start: int, end: int, text: str, kind: Kind, value: Fraction | None, precision: Fraction | None,
                hedge: str | None, interval: Interval | None, unit: str | None, noun: str | None,
                noun_span: Span | None, sentence: int, is_range: bool, range_hi: Fraction | None,
                date: PartialDate | None, compound: bool, parenthetical: bool) -> Mention:
    """``Mention(...)`` with every field given in order, made three times faster (round 21, speed: the
    extractor makes every mention; a frozen dataclass sets each field through ``object.__setattr__``):
    the same fields set on a writable twin, which then becomes a Mention (equal to the one the
    dataclass makes; ``tests/test_round21_speed.py``)."""
    m = _OpenMention(start, end, text, kind, value, precision, hedge, interval, unit, noun, noun_span, sentence,
                     is_range, range_hi, date, compound, parenthetical)
    m.__class__ = Mention
    return m


@dataclass(frozen=True)
class Document:
    """What the user gave us, split into sentences and mentions."""

    text: str
    path: str | None = None
    published: _dt.date | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def mentions_in(self, sentence_index: int) -> tuple[Mention, ...]:
        return self._by_sentence.get(sentence_index, ())

    def mentions_by_sentence(self) -> dict[int, tuple[Mention, ...]]:
        """Sentence index -> its mentions, for the sentences that have any."""
        return self._by_sentence

    def mentions_within(self, lo: int, hi: int) -> tuple[Mention, ...]:
        """The mentions of sentences ``lo`` to ``hi - 1``, in text order: what ``[m for m in self.mentions if
        lo <= m.sentence < hi]`` gives, found by bisection (the extractor makes the mentions in sentence order)
        instead of a scan of the whole document."""
        keys = self._sentence_keys
        if keys is None:  # (mentions out of sentence order: never made so by ``analyse``)
            return tuple(m for m in self.mentions if lo <= m.sentence < hi)
        return self.mentions[bisect.bisect_left(keys, lo):bisect.bisect_left(keys, hi)]

    def mention_at_or_after(self, pos: int) -> Mention | None:
        """The first mention starting at or after ``pos``."""
        i = bisect.bisect_left(self._starts, pos)
        return self.mentions[i] if i < len(self.mentions) else None

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @functools.cached_property
    def _sentence_keys(self) -> list[int] | None:
        """Each mention's sentence index, when they are in sentence order (None otherwise)."""
        keys = [m.sentence for m in self.mentions]
        return keys if all(a <= b for a, b in zip(keys, keys[1:])) else None

    @functools.cached_property
    def _by_sentence(self) -> dict[int, tuple[Mention, ...]]:
        grouped: dict[int, list[Mention]] = {}
        for m in self.mentions:
            grouped.setdefault(m.sentence, []).append(m)
        return {k: tuple(v) for k, v in grouped.items()}

    @functools.cached_property
    def memo(self) -> dict:
        """Results the relation finders derive from this document and share
        (each finder family reads the same quantities and sentence roles);
        keyed by the deriving function.  Not part of equality or repr."""
        return {}


@dataclass(frozen=True)
class Relation:
    """Figures that claim something about each other.

    ``link`` says how strongly the text ties them: ``explicit`` (a phrase in
    one sentence says so: "of whom", "in all", "or 36%") or ``inferred``
    (figures tied by their nouns across sentences).  Rules take the
    severity of a contradiction from it.
    """

    link: str  # "explicit" | "inferred"
    cue: str = ""  # the words that made the link, for messages and debugging

    def members(self) -> tuple[Mention, ...]:
        raise NotImplementedError


@dataclass(frozen=True)
class Related:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one relation: checked, or contradicted."""

    rule: str  # "FC101"
    name: str  # "parts-total-mismatch"
    severity: Severity
    start: int
    end: int
    message: str  # one sentence with the numbers
    arithmetic: str = ""  # "2,337 + 906 + 561 = 3,804"
    tolerance: str = ""  # "'around' allows ±5%: 3,610 to 3,990"
    related: tuple[Related, ...] = field(default_factory=tuple)

    @property
    def is_problem(self) -> bool:
        return self.severity >= Severity.WARNING

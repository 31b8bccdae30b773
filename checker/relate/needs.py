"""What a relation finder needs of a document before it can find anything.

Most documents give a finder nothing to work on: no figure of the kinds it
reads, no word it keys on.  A finder states that once, with ``@needs``, and
``relate`` calls it only on documents that have it (their *profile*, read
once per document: how many mentions of each kind, which key words occur).

A declaration must be TRUE: a condition the finder's own code requires
before it can yield a relation (read off its early returns and filters),
never a guess at what usually comes with a hit.  Kinds count every mention
of the document (chrome and headlines included), and words are looked for
in the whole lower-cased text, so the test is never stricter than the
finder's own (a figure the finder reads is one of the document's; a word
it finds in a sentence, lower-cased or not, or that a case-blind pattern
matches, is in the lower-cased text: the letters a case-blind pattern also
takes for i, s and k -- "İ", "ı", "ſ", the Kelvin sign -- are read as them).
tests/test_round18_needs.py checks that relate gives the same relations
with and without the skipping.

    @needs(Kind.MEASURE)                  # at least one measure
    @needs(Kind.MONEY, count=3)           # three sums of money at least
    @needs(Kind.PERCENT, Kind.FRACTION)   # a percentage or a fraction
    @needs(Kind.DURATION, compound=True)  # a length of time written as a modifier ("the six-week trial")
    @needs(words=("net",))                # "net" somewhere in the text
    @needs(Kind.DURATION, or_words=("week",))  # a length of time, or "week" (a figure the finder makes)

Stacked declarations must all hold.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Document, Kind

# lower-cased, what re.IGNORECASE also matches an ASCII letter with: "\u0131" (dotless i) and "\u017f" (long s)
# stay as they are, and "\u0130" (capital I with a dot) becomes "i" and a combining dot (dropped: "İS" holds "is")
_CASE_BLIND = (("\u0307", ""), ("\u0131", "i"), ("\u017f", "s"))


def case_blind_lower(text: str) -> str:
    """``text`` lower-cased as a case-blind pattern reads it: a word that such a pattern matches in ``text`` is a
    substring of the result (the odd letters of ``_CASE_BLIND`` read as the ASCII ones)."""
    lower = text.lower()
    if not lower.isascii():
        for odd, letter in _CASE_BLIND:
            if odd in lower:
                lower = lower.replace(odd, letter)
    return lower


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """(round 29, speed) Whether one of ``words`` (lower case) is in ``text`` as a case-blind pattern reads it: the
    cheap test a finder makes before a slow pattern every match of which holds one of them (its *trigger*, declared
    beside the pattern; ``tests/test_round29_speed.py`` checks each against its pattern)."""
    lower = case_blind_lower(text)
    for word in words:
        if word in lower:
            return True
    return False


@dataclass(frozen=True, eq=False)  # (hashed by identity: looked up once per finder and document)
class Need:
    kinds: frozenset = frozenset()  # at least ``count`` mentions of these kinds (together); empty: no need of kind
    count: int = 1
    compound: bool = False  # only mentions written as a modifier count ("40-man squad": ``Mention.compound``)
    words: tuple[str, ...] = ()  # one of them in the lower-cased text; empty: no need of words
    or_words: tuple[str, ...] = ()  # or else: one of these in the lower-cased text meets the need
    # (round 32, speed) the words looked for: ``words`` (``or_words``) less those holding another of them
    # (``_fewest``: a text holding "cuts" holds "cut")
    find: tuple[str, ...] = ()
    or_find: tuple[str, ...] = ()


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``words`` that hold none of the others, in order: one of ``words`` is in a text exactly when
    one of these is (each word left out holds a shorter one, which the text then holds too)."""
    return tuple(w for w in words if not any(v != w and v in w for v in words))


# every Need declared, by what it asks (see ``needs``)
_INTERNED: dict[tuple, Need] = {}


def needs(*kinds: Kind, count: int = 1, compound: bool = False, words: tuple[str, ...] | str = (),
          or_words: tuple[str, ...] | str = ()) -> Callable:
    """Declare a condition a finder needs of the document (see the module docstring)."""
    words = (words,) if isinstance(words, str) else tuple(words)
    or_words = (or_words,) if isinstance(or_words, str) else tuple(or_words)
    assert all(w == w.lower() for w in words + or_words), "words are looked for in the lower-cased text"
    assert kinds or words or not or_words, "or_words is an alternative to a need of kinds or words"
    assert kinds or not compound, "compound counts mentions of the kinds given"
    # equal declarations share one Need, so that a document's profile reads each once (``Profile.allows``
    # keeps what it found per Need): 61 declarations, 42 of them distinct
    need = _INTERNED.setdefault((frozenset(kinds), count, compound, words, or_words),
                                Need(frozenset(kinds), count, compound, words, or_words,
                                     _fewest(words), _fewest(or_words)))

    def mark(finder):
        # (the needs of kinds first: read off a dictionary, cheaper than a word looked for in the text)
        finder.needs = tuple(sorted(getattr(finder, "needs", ()) + (need,), key=lambda n: bool(n.words or n.or_words)))
        return finder

    return mark


class Profile:
    """A document's profile, read once: its mentions per kind (and those written as a modifier) and, when
    asked, its key words."""

    __slots__ = ("kinds", "compounds", "_text", "_lower", "_words", "_met")

    def __init__(self, doc: Document) -> None:
        kinds: dict[Kind, int] = {}
        compounds: dict[Kind, int] = {}
        for m in doc.mentions:
            kinds[m.kind] = kinds.get(m.kind, 0) + 1
            if m.compound:
                compounds[m.kind] = compounds.get(m.kind, 0) + 1
        self.kinds = kinds
        self.compounds = compounds
        self._text = doc.text
        self._lower: str | None = None
        self._words: dict[str, bool] = {}
        self._met: dict[Need, bool] = {}  # a need several finders declare: read once

    def has_word(self, word: str) -> bool:
        found = self._words.get(word)
        if found is None:
            lower = self._lower
            if lower is None:
                lower = self._lower = case_blind_lower(self._text)
            found = self._words[word] = word in lower
        return found

    def _any_word(self, words: tuple[str, ...]) -> bool:
        # (round 29, speed: ``has_word`` inlined, each word still looked for once per document)
        seen = self._words
        for word in words:
            found = seen.get(word)
            if found is None:
                lower = self._lower
                if lower is None:
                    lower = self._lower = case_blind_lower(self._text)
                found = seen[word] = word in lower
            if found:
                return True
        return False

    def meets(self, need: Need) -> bool:
        if need.kinds:
            get = (self.compounds if need.compound else self.kinds).get
            found = 0
            for kind in need.kinds:
                found += get(kind, 0)
            if found < need.count:
                return bool(need.or_find) and self._any_word(need.or_find)
        if need.find and not self._any_word(need.find):
            return bool(need.or_find) and self._any_word(need.or_find)
        return True

    def allows(self, declared: tuple[Need, ...]) -> bool:
        """Can a finder with these declared needs find anything in this document?"""
        met = self._met
        for need in declared:
            ok = met.get(need)
            if ok is None:
                ok = met[need] = self.meets(need)
            if not ok:
                return False
        return True


def declared(finder) -> tuple[Need, ...]:
    """What ``finder`` declared it needs (nothing: it is always called)."""
    return getattr(finder, "needs", ())

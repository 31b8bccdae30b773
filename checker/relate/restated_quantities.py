"""Relations (round 34): one quantity stated plainly, then pointed back at as the modifier of a definite noun.

"The flight took off five hours late ... The airline apologised for the seven-hour delay" gives one delay twice:
the second is a figure written as a modifier ("seven-hour", "250-home", "86-million-year-old") or a percentage
before its noun ("the 41% slide", "the 62.7% figure"), opened by "the", "this" or "that", so it names a thing the
reader has already been told of.  Read only when:

* the earlier figure is the one figure of the same sort (a length of time or an age in the same unit, a
  percentage, a sum in the same currency, a count of the same noun) in the second's sentence before it or in
  the two sentences before that, itself neither a modifier nor a range;
* the noun the second sizes is no part or benchmark of a whole ("the 4-mile section", "the 30-day limit",
  "the 40% target") and no other figure of its sort stands between the two;
* nothing in the second's sentence sets it apart as another thing or another time: another, other, separate,
  previous, earlier, original, record, total, extended, ... or a year (``years_differ``).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .context import quantities
from .needs import needs
from .restatements import DefiniteRestatement, singular, years_differ

_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
# the second as the whole a part is cut from: "10 hours into the 17-hour journey", "three of the 11-day closure"
_WHOLE_OF_PART_BEFORE = re.compile(r"(?:\b(?:into|within|through)|(?:\d|\b(?:one|two|three|four|five|six|seven|"
                                   r"eight|nine|ten|part|half|some|most|much|all|rest|end|start|first|last|"
                                   r"remainder|share|fraction|proportion))\s+of)\s+(?:the|this|that)\s+$", re.I)
# a word after a percentage that is no noun it sizes: "the 9.5% they won", "the 40% that"
_NOT_A_NOUN = frozenset("""they he she it we you i who which that whom those these there was were is are had has
    have and or but of in on at by for to from with as than""".split())
# the noun right after a percentage: "the 41% slide", "the 21 per cent rise"
_NOUN_AFTER = re.compile(r"\s*([a-z][a-z-]+)\b")
_FIGURE_KINDS = (Kind.DURATION, Kind.AGE, Kind.PERCENT, Kind.MONEY, Kind.COUNT, Kind.MEASURE)
# a noun naming a part of a whole, a bound or a benchmark, not the whole the first figure told
_PART_NOUNS = frozenset("""section sections stretch stage stages phase phases part parts portion leg legs segment
    extension first last final remaining opening closing rest limit limits cap ceiling threshold target targets
    minimum maximum mark barrier benchmark level average median rule rules requirement window deadline rate
    share majority chunk slice tranche instalment installment payment increase cut extra additional further
    record high low peak best worst""".split())
# what sets the second apart: another thing, another count, another time, a change
_APART = re.compile(r"\b(?:another|other|others|separate|second|previous|previously|earlier|original|originally|"
                    r"initial|initially|planned|proposed|expected|forecast|estimated|projected|record|total|"
                    r"combined|overall|cumulative|altogether|extended|extends|extend|lengthened|shortened|"
                    r"increased|reduced|raised|cut|revised|instead|rather|than|compared|versus|vs|whereas|while|"
                    r"ago|last|next|a\s+year\s+earlier|average)\b", re.I)


def _definite(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return bool(_DEFINITE_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start))


def _sized_noun(doc: Document, m: Mention) -> str | None:
    """The noun a modifier or a percentage sizes: "the seven-hour delay" -> "delay"."""
    found = _NOUN_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end)
    return found.group(1).lower() if found else None


def _counted_noun(m: Mention) -> str | None:
    """The noun a count written as a modifier counts: "250-home" -> "home"."""
    head = m.text.rsplit("-", 1)[-1].lower()
    return singular(head) if head.isalpha() else None


def _same_sort(first: Mention, second: Mention) -> bool:
    """Can the two be one quantity: the same kind, unit or counted noun."""
    if first.kind != second.kind or first.is_range or first.compound or first.value is None:
        return False
    if second.kind == Kind.COUNT:
        return bool(first.noun) and singular(first.noun) == _counted_noun(second)
    return bool(first.unit) and first.unit == second.unit


def _pointing_back(doc: Document, m: Mention) -> bool:
    """A figure opened by "the/this/that" and written as a modifier, or a percentage before its noun."""
    if m.is_range or m.value is None or not _definite(doc, m):
        return False
    if not (m.compound or m.kind == Kind.PERCENT):
        return False
    s = doc.sentences[m.sentence]
    if _WHOLE_OF_PART_BEFORE.search(doc.text, max(s.start, m.start - 16), m.start):
        return False
    noun = _sized_noun(doc, m)
    return bool(noun) and noun not in _PART_NOUNS and noun not in _NOT_A_NOUN


@needs(*_FIGURE_KINDS, count=2)
def find_modifier_restatements(doc: Document):
    """A quantity told plainly, then pointed back at with "the" as a modifier of its noun: "took off five hours
    late ... the seven-hour delay", "fell 14% ... The 41% slide" (the one figure of its sort before it within two
    sentences; no part noun; nothing setting the second apart)."""
    qs = [m for m in quantities(doc, *_FIGURE_KINDS) if m.value is not None]
    for j, second in enumerate(qs):
        if not _pointing_back(doc, second) or doc.sentences[second.sentence].headline:
            continue
        window = [m for m in qs[:j] if second.sentence - 2 <= m.sentence <= second.sentence
                  and m.kind == second.kind]
        same = [m for m in window if _same_sort(m, second)]
        if len(same) != 1 or len(window) != 1 or same[0].value == second.value:
            continue
        first = same[0]
        if any(o.value == second.value and o is not second and first.sentence <= o.sentence <= second.sentence
               for o in doc.mentions if o.start < second.start):
            continue  # the value told already, its unit left out: "12 years and his co-defendant ... for nine"
        if doc.sentences[first.sentence].headline:
            continue
        s = doc.sentences[second.sentence]
        if _APART.search(doc.text, s.start, s.end) or years_differ(doc, first, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="modifier", first=first, second=second,
                                  subject=_sized_noun(doc, second) or "figure")


FINDERS = (find_modifier_restatements,)

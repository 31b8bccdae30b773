"""Relations (round 34): the lead's total broken down by a list further down, one part typed with a slip.

"A lightning strike left 12,400 homes without power ... (two paragraphs on) Supplies were cut to 5,150
properties in Carrow Bridge, 5,820 in Wellham, 2,260 in Ostby and 1,170 in the surrounding villages." lists the
parts of the lead's total in a later paragraph, with no word tying them: a list of three parts or more adds up
to a figure the report states, or was meant to.  A list that adds up to no stated figure is usually a list of
some of the parts (the largest ones, another year's), so the lead's figure is taken as its whole only when the
gap between the list's sum and that figure is exactly what one part typed with a slip would make: one digit
struck for another or two neighbouring digits swapped ("5,820" for "3,820" makes the sum 14,400, not 12,400).
A list of the biggest parts, or a sibling list, matches the lead's figure that closely only by a rare chance.

Read only when:

* the list is one sentence after the lead, three parts or more of one kind and unit (counts, or sums of one
  currency), each written in digits and 100 or more, set out as a list (a comma, "and" or a semicolon between
  each two, a few words apart, "and", "while" or "with" before the last); none a level moved from ("up from"),
  none the sum of the others;
* the whole is a figure of the kind and unit in the headline or the first two body sentences, of three
  significant digits or more, in another paragraph than the list; when the sentence before the list, in its
  paragraph, holds a figure of the kind (a sibling: "Europe took 92,400. Valtera sold 51,700 in ..., ..."), the
  whole must be the story's figure, given in the headline;
* the list's sum is no figure the report states, and lies within a quarter of the whole.
"""
from __future__ import annotations

import re
from fractions import Fraction

from ..model import Document, Kind
from .digits import core, digits_as_written, significant
from .needs import needs
from .restatements import change_role
from .sums import PartsOfWhole

_LEAD_SENTENCES = 2
_KINDS = (Kind.COUNT, Kind.MONEY)
_MIN_PART = 100
_MAX_GAP_WORDS = 12
_LIST_GAP = re.compile(r",|;|\band\b")
_LAST_GAP = re.compile(r"\b(?:and|while|with)\b")


def _key(m) -> tuple:
    return m.kind, m.unit or ""


def _significant_digits(m) -> int:
    w = digits_as_written(m)
    return len(core(significant(w))) if w else 0


def _slips_of(written: str) -> set[str]:
    """The figures ``written`` becomes with one digit struck for another or two neighbouring digits swapped
    (no leading zero made)."""
    out = set()
    for i, c in enumerate(written):
        if not c.isdigit():
            continue
        for d in "0123456789":
            if d != c and not (i == 0 and d == "0"):
                out.add(written[:i] + d + written[i + 1:])
        if i + 1 < len(written) and written[i + 1].isdigit() and written[i + 1] != c and not (i == 0 and written[i + 1] == "0"):
            out.add(written[:i] + written[i + 1] + c + written[i + 2:])
    return out


def _one_slip_explains(parts, gap: Fraction) -> bool:
    """Would one part, typed with a slip, make the list's sum off by ``gap`` (sum less the whole)?"""
    for p in parts:
        written = digits_as_written(p)
        if not written:
            continue
        as_written = Fraction(written.replace(",", ""))
        if not as_written:
            continue
        scale = p.value / as_written
        meant = p.value - gap
        if meant > 0 and any(Fraction(q.replace(",", "")) * scale == meant for q in _slips_of(written)):
            return True
    return False


def _is_list(doc: Document, parts) -> bool:
    """Are ``parts`` set out as one list: a comma, "and" or a semicolon between each two, a few words apart,
    and "and", "while" or "with" before the last?"""
    gaps = [doc.text[a.end:b.start] for a, b in zip(parts, parts[1:])]
    return all(_LIST_GAP.search(g) and len(g.split()) <= _MAX_GAP_WORDS for g in gaps) \
        and bool(_LAST_GAP.search(gaps[-1]))


def _list_parts(doc: Document, sentence: int):
    """The lists of one kind and unit in ``sentence``: three parts or more, each in digits and 100 or more."""
    groups: dict[tuple, list] = {}
    for m in doc.mentions_in(sentence):
        if m.kind in _KINDS and m.value is not None and not m.is_range:
            groups.setdefault(_key(m), []).append(m)
    for parts in groups.values():
        if len(parts) < 3 or any(digits_as_written(p) is None or p.value < _MIN_PART for p in parts):
            continue
        total = sum(p.value for p in parts)
        if any(2 * p.value == total for p in parts) or any(change_role(doc, p) == "from" for p in parts):
            continue  # a total with its parts ("came to £67.3m: £12.4m, ..."), or a level moved from
        if _is_list(doc, parts):
            yield parts, total


def _sibling_before(doc: Document, sentence: int, key: tuple) -> bool:
    """Does the sentence before, in the list's paragraph, hold a figure of the list's kind (100 or more)?"""
    prev = sentence - 1
    return prev >= 0 and doc.sentences[prev].paragraph == doc.sentences[sentence].paragraph \
        and any(_key(m) == key and m.value is not None and m.value >= _MIN_PART for m in doc.mentions_in(prev))


@needs(Kind.COUNT, Kind.MONEY, count=4)
def find_lead_total_lists(doc: Document):
    """A list further down whose sum misses the lead's total by one part's typing slip (see the module)."""
    body = [s.index for s in doc.sentences if not s.headline and not s.chrome][:_LEAD_SENTENCES]
    if not body:
        return
    heads = {s.index for s in doc.sentences if s.headline}
    headline_values = {(_key(m), m.value) for m in doc.mentions if m.sentence in heads and m.value is not None}
    wholes = [m for m in doc.mentions if (m.sentence in body or m.sentence in heads) and m.kind in _KINDS
              and m.value and not m.is_range and _significant_digits(m) >= 3]
    if not wholes:
        return
    stated = {(_key(m), m.value) for m in doc.mentions if m.value is not None}
    for s in doc.sentences:
        if s.index <= body[-1] or s.headline or s.chrome:
            continue
        for parts, total in _list_parts(doc, s.index):
            key = _key(parts[0])
            if (key, total) in stated:
                continue
            sibling = _sibling_before(doc, s.index, key)
            for whole in wholes:
                if _key(whole) != key or whole.value == total or abs(total - whole.value) * 4 > whole.value \
                        or doc.sentences[whole.sentence].paragraph == s.paragraph \
                        or sibling and (key, whole.value) not in headline_values:
                    continue
                if _one_slip_explains(parts, total - whole.value):
                    yield PartsOfWhole(link="inferred", cue="the lead's total, listed", total=whole,
                                       parts=tuple(parts), complete=True)
                    break


FINDERS = (find_lead_total_lists,)

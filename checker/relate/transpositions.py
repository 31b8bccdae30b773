"""Relations: a figure restated with two of its digits swapped.

Swapping two digits is the commonest slip in typing a number ("£4.7m" ...
"the £7.4m purchase"; "240 residents" ... "the 420 evacuated residents").
Two figures of the same kind and unit, written with the same digits in the
same places but for one swapped pair, are taken to be one quantity typed
twice when the text also ties them together:

* the second is definite or possessive ("the 420 ...", "its 530 workers",
  "His .321 average"), or
* the first stands in the headline and the second in the body, or
* both count the same thing (the same noun or a synonym) and the second is
  named as an event of it ("cut 85 jobs ... the loss of 58 posts").

and nothing says they differ: the second carries no qualifier the first lacks
("an initial £23m"), they stand in different sentences, the second
is no comparison or change ("up from", "than"), no year stands with one
and not the other, and no other figure in the text has the second's value (then the
second may restate that one).  The link is inferred, so a mismatch is a
warning, never an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from .context import quantities, words
from .restatements import (
    _ANOTHER, _WHEN_AFTER, GENERIC_NOUNS, Restatement, _picked_by_date, _years, change_role, compares, concept, definite, new_qualifier, noun_phrase, singular,
    years_differ,
)

# not ages: whose age a second one is, is for the age finders (a new person may come between)
_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION)
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_NEARBY_SENTENCES = 4
# "the loss of 58 posts", "the deaths of 73 people": the event the first figure counted
# words that make a figure another quantity than a plain one of the same noun
_QUALIFIER = re.compile(r"\b(initial|first|basic|up-?front|guaranteed|additional|extra|further|another|other|"
                        r"remaining|net|gross|pre-tax|underlying|annual|monthly|weekly|daily|average|new|original)\b",
                        re.I)
_TO_BEFORE = re.compile(r"\bto\s+$")
_EVENT_OF = re.compile(r"\bthe\s+[a-z]+\s+of\s+$", re.I)


@dataclass(frozen=True)
class TransposedRestatement(Restatement):
    """A figure restated with two digits swapped: "£4.7m" ... "the £7.4m purchase"."""


def digits_as_written(m: Mention) -> str | None:
    """The one run of digits of a figure, commas dropped, the point kept:
    "£7.4m" -> "7.4", "2,106 votes" -> "2106"; None for words or two runs."""
    runs = _DIGITS.findall(m.text)
    if len(runs) != 1:
        return None
    return runs[0].replace(",", "")


def transposed(p: str, q: str) -> bool:
    """Do ``p`` and ``q`` differ by exactly one swapped pair of digits?"""
    if len(p) != len(q) or p == q or sum(c.isdigit() for c in p) < 2:
        return False
    diff = [i for i in range(len(p)) if p[i] != q[i]]
    if len(diff) != 2:
        return False
    i, j = diff
    return p[i] == q[j] and p[j] == q[i] and p[i].isdigit() and p[j].isdigit()


def _shape(m: Mention) -> str:
    """The figure's text with its digits taken out: "£7.4m" -> "£m"; two figures of one
    quantity are written alike ("£4.7m" and "£7.4m", not "£4.7m" and "£7.4bn")."""
    text = m.text.lower()
    if m.hedge and text.startswith(m.hedge.lower()):
        text = text[len(m.hedge):]  # "about 180" is written like "810"
    return _DIGITS.sub("", text).strip()


def _tied(doc: Document, first: Mention, second: Mention) -> str | None:
    """What ties the two figures together, if anything."""
    det = definite(doc, second, partitive_ok=True, possessive=True)  # "most of the 420 ..."
    if det and _may_be_same_thing(doc, first, second) and _owner_named(doc, det, first):
        return "definite"
    if doc.sentences[first.sentence].headline and not doc.sentences[second.sentence].headline:
        return "headline"
    c = concept(doc, first)
    if c and c == concept(doc, second) and _EVENT_OF.search(doc.text, max(0, second.start - 40), second.start):
        return "noun"  # "cut 85 jobs ... the loss of 58 posts"
    return None


def _may_be_same_thing(doc: Document, first: Mention, second: Mention) -> bool:
    """The same noun or a synonym, or a generic one ("people") on either side; not
    "27 boats ... the 72 crew"."""
    a, b = concept(doc, first), concept(doc, second)
    if first.kind == Kind.PERCENT:
        return a is not None and a == b  # a share says nothing of what it is a share of
    return a is None or b is None or a == b or a in GENERIC_NOUNS or b in GENERIC_NOUNS


def _owner_named(doc: Document, det: str, first: Mention) -> bool:
    """A named owner ("Asamera's 51%") must be named with the first figure too."""
    if not det.endswith("'s") or not det[:1].isupper():
        return True
    s = doc.sentences[first.sentence]
    return det[:-2] in doc.text[s.start:s.end]


def _qualifiers(doc: Document, m: Mention) -> set[str]:
    return set(_QUALIFIER.findall(doc.text, max(0, m.start - 30), m.start))


def _qualified(doc: Document, second: Mention, first: Mention) -> bool:
    """A word before the second that makes it another quantity, not before the first."""
    return bool(_qualifiers(doc, second) - _qualifiers(doc, first))


def _set_apart(doc: Document, m: Mention) -> bool:
    """A time right after the figure's noun ("the £2.1m jackpot last month"), a date that
    picks it, or "other"/"another" in its sentence: another one of the kind."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span else m.end
    s = doc.sentences[m.sentence]
    return bool(_WHEN_AFTER.match(doc.text, end, s.end) or _picked_by_date(doc, m)
                or set(words(doc.text[s.start:s.end])) & _ANOTHER)


def _moved(doc: Document, m: Mention) -> bool:
    """A new level or an earlier one: "rose to 420", "up from 420" (not "put the bill at")."""
    role = change_role(doc, m)
    return role == "from" or (role == "to" and _TO_BEFORE.search(doc.text, max(0, m.start - 8), m.start) is not None)


def _dated_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """A year stated with one figure and not the other ("21 in 1985 ... their 12"), or
    other years, or a year against "now"."""
    return years_differ(doc, first, second) or bool(_years(doc, first.sentence) ^ _years(doc, second.sentence))


def find_transposed_restatements(doc: Document):
    """Pairs of figures whose digits differ by one swapped pair, tied as one quantity."""
    qs = [m for m in quantities(doc, *_KINDS)
          if not m.is_range and m.value is not None and not doc.sentences[m.sentence].chrome]
    written = [digits_as_written(m) for m in qs]
    for j, second in enumerate(qs):
        if written[j] is None or _moved(doc, second) or compares(doc, second):
            continue
        for i in range(j - 1, -1, -1):
            first = qs[i]
            if first.sentence == second.sentence:
                continue
            if second.sentence - first.sentence > _NEARBY_SENTENCES:
                break
            if written[i] is None or not transposed(written[i], written[j]):
                continue
            if first.kind != second.kind or (first.unit or "").lower() != (second.unit or "").lower() \
                    or _shape(first) != _shape(second):
                continue
            if any(m is not second and m.kind == second.kind and m.value == second.value for m in qs):
                continue  # the second may restate that other figure
            if _dated_apart(doc, first, second):
                continue
            cue = _tied(doc, first, second)
            if cue is None or new_qualifier(doc, second, first) or _qualified(doc, second, first) \
                    or _set_apart(doc, second):
                continue  # not tied, or "an initial £23m" against "£32m"
            subject = concept(doc, first) or singular(noun_phrase(doc, first).head) or "figure"
            yield TransposedRestatement(link="inferred", cue=f"digits swapped ({cue})",
                                        first=first, second=second, subject=subject)
            break


FINDERS = (find_transposed_restatements,)

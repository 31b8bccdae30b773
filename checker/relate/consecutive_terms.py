"""Relations: one person's term and the terms it is made of, served one after another (round 33, FC101).

"Pask was jailed for 14 years - nine years for fraud and four for money laundering, to run consecutively": terms
that run consecutively add up to the whole term; a careful editor checks 9 + 4 against 14.  Terms that run
concurrently do not add (the whole is the longest), and a list with neither word may be either, so nothing is read.

The sentence holds the whole term (a length of time), then a dash or colon and a list of two or more terms, each
"for" an offence, the first told in the whole's unit and the later ones in it or bare ("four for ..."), the list the
sentence's last figures; "consecutive(ly)" in the sentence, "concurrent(ly)" nowhere in it.  A court's term is
told exactly ("ten years" is not a round figure), so unhedged terms are read as exact.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Kind, Mention
from .needs import needs
from .sums import PartsOfWhole, _exact

_CONSECUTIVE = re.compile(r"\bconsecutive(?:ly)?\b", re.I)
_CONCURRENT = re.compile(r"\bconcurrent(?:ly)?\b", re.I)
# (round 33 mend) the whole told after a cut or with time taken off: "..., reduced for his guilty plea", "less time
# served on remand", "with a third off" -- the terms listed need not add up to it
_TERM_CUT = re.compile(r"\b(?:reduc\w*|less|minus|discount\w*|credit\w*|remand|plea|deduct\w*|off|suspended)\b", re.I)
# the dash or colon between the whole term and its list: "for 14 years yesterday - ", "jailed for 14 years: "
_LIST_OPENS = re.compile(r"^[^\d;:()\[\]\-–—]{0,40}?(?:\s[-–—]\s|\s?[–—]\s?|:\s)\s*$")
# a term "for" its offence: "nine years for fraud", "four for money laundering"
_FOR_OFFENCE = re.compile(r"^\s+for\s+[a-z]", re.I)
_NEXT_TERM = re.compile(r"^\s+for\s+[^\d;:()]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:another\s+|a\s+further\s+)?$", re.I)


def _as_term(m: Mention, whole: Mention) -> Mention | None:
    """A term of the list in the whole's unit: "nine years" itself, a bare "four" read in years (None when in
    another unit or not a term)."""
    if m.hedge or m.is_range or m.compound or m.value is None:
        return None
    if m.kind == Kind.DURATION and m.unit == whole.unit:
        return _exact(m)
    if m.kind == Kind.COUNT and m.noun is None:
        return _exact(replace(m, kind=Kind.DURATION, unit=whole.unit))
    return None


def _terms_after(doc: Document, whole: Mention, after: list[Mention]) -> tuple[Mention, ...] | None:
    """"- nine years for fraud and four for money laundering": the terms after the whole, each "for" an
    offence, joined by commas and "and", the first told in the whole's unit (None when the list is not so)."""
    if len(after) < 2 or after[0].kind != Kind.DURATION or not _LIST_OPENS.match(doc.text[whole.end:after[0].start]):
        return None
    terms = []
    for k, m in enumerate(after):
        term = _as_term(m, whole)
        if term is None or not _FOR_OFFENCE.match(doc.text[m.end:m.end + 12]):
            return None
        if k + 1 < len(after) and not _NEXT_TERM.match(doc.text[m.end:after[k + 1].start]):
            return None
        terms.append(term)
    return tuple(terms)


@needs(Kind.DURATION, count=2, words=("consecutive",))
def find_consecutive_terms(doc: Document):
    """"was jailed for 14 years - nine years for fraud and four for money laundering, to run consecutively": the
    whole term and the terms served one after another (explicit, complete)."""
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start:sentence.end]
        if "consecutive" not in text.lower() or not _CONSECUTIVE.search(text) or _CONCURRENT.search(text) \
                or _TERM_CUT.search(text):
            continue
        ms = [m for m in doc.mentions_in(index) if m.kind in (Kind.DURATION, Kind.COUNT)]
        for k, whole in enumerate(ms):
            if whole.kind != Kind.DURATION or whole.compound or whole.value is None or whole.is_range or whole.hedge:
                continue
            parts = _terms_after(doc, whole, ms[k + 1:])
            if parts is not None:
                yield PartsOfWhole(link="explicit", cue="consecutive", total=_exact(whole), parts=parts, complete=True)
                break


FINDERS = (find_consecutive_terms,)

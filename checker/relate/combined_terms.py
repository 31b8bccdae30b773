"""(round 33) Terms told person by person against the combined term the group received.

"Four men were jailed for a combined 38 years. Adams received 12 years, Brook nine and Carr and Dale were each
jailed for eight years": 12 + 9 + 8 + 8 = 37, not 38.  Courts, careers and service records are told this way:
a length of time the group shares ("a combined", "a total of", "between them"), then each member's own length,
each opened by the member's name ("Adams received 12 years", "Brook nine", a bare figure standing for the term
of the one before it) or by several names sharing it ("Carr and Dale were each jailed for eight years", counted
once per name).  "Four years and six months" is one term of 4.5 years.

The terms break the combined one down completely only when the sentence of the total counts the group ("Four
men") and the names told add up to that count; with no count the terms may be only some of the group's, so only
terms adding up to more than the total contradict it.  Names joined without "each" or "both" ("Carr and Dale
got eight years") may share one term, so such a list is not read.
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..model import Document, Kind, Mention
from .needs import needs
from .sums import PartsOfWhole, _exact

# the combined length right before the figure, or right after it
_COMBINED_BEFORE = re.compile(r"\b(?:a\s+combined(?:\s+total\s+of)?|a\s+total\s+of|totalling|totaling|a\s+joint)\s+"
                              r"(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|around\s+|some\s+)?$", re.I)
_COMBINED_AFTER = re.compile(r"\s+(?:between\s+them|in\s+total|in\s+all|altogether)\b", re.I)

# one or more names (capitalised words), then the words up to the term: "Rhys Morgan received ",
# "Kyle Evans and Jason Price were each jailed for ", "Dean Powell " (a gapped term)
_NAME = r"(?!(?:The|He|She|They|His|Her|Their|It|Its|This|That|These|Those|A|An|But|And|In|On|At|After|Before|While|" \
        r"When|Judge|Police|Officers|Prosecutors|All|Both|Each)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_TERM_OPENING = re.compile(r"(?P<names>" + _NAME + r"(?:(?:\s*,\s*|\s+and\s+)" + _NAME + r")*)"
                           r"(?:\s*,\s*\d{2}\s*,)?(?P<verb>(?:\s+[a-z][a-z'’-]*){0,6}?)\s*(?:a\s+|an\s+)?$")
# what may stand before a term's names: the start of the sentence or a joint of the list
_JOINT = re.compile(r"(?:[,;]\s*(?:and\s+|while\s+|whereas\s+|with\s+)?|\s(?:and|while|whereas)\s+)$")
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+and\s+")
_SHARED = re.compile(r"\b(?:each|both)\b")
_AND = re.compile(r"\s+and\s+")
_UNITS = {"year": Fraction(1), "month": Fraction(1, 12)}
_SCAN_SENTENCES = 3


@needs(Kind.DURATION, count=2)
def find_combined_terms(doc: Document):
    text = doc.text
    for total in doc.mentions:
        if total.kind != Kind.DURATION or total.unit not in _UNITS or total.compound or total.value is None:
            continue
        sent = doc.sentences[total.sentence]
        if not (_COMBINED_BEFORE.search(text, max(sent.start, total.start - 30), total.start)
                or _COMBINED_AFTER.match(text, total.end)):
            continue
        terms = _terms_after(doc, total)
        if len(terms) < 2:
            continue
        told = sum(n for _, n in terms)
        group = _group_count(doc, total)
        if group is not None and group != told:
            continue
        scale = _UNITS[total.unit]
        parts = tuple(_in_unit(m, scale) for m, n in terms for _ in range(n))
        yield PartsOfWhole(link="explicit", cue="combined", total=total, parts=parts,
                           complete=group is not None, bounded=True)


def _terms_after(doc: Document, total: Mention) -> list[tuple[Mention, int]]:
    """Each member's term after the combined one, with how many names share it, in the total's sentence and
    the few after it; stops at the first figure that is no named term once terms have begun."""
    text = doc.text
    last = min(len(doc.sentences) - 1, total.sentence + _SCAN_SENTENCES)
    pending = [m for m in doc.mentions if total.end <= m.start and m.sentence <= last]
    terms: list[tuple[Mention, int]] = []
    previous_end = None
    k = 0
    while k < len(pending):
        m = pending[k]
        sent = doc.sentences[m.sentence]
        start = previous_end if previous_end is not None and previous_end >= sent.start else sent.start
        if m.sentence == total.sentence and start < total.end:
            start = total.end
        merged, used = _term_at(text, pending, k)
        opening = _opening(text, start, m.start)
        if merged is None or opening is None or (m.kind == Kind.COUNT and (opening[1] or not terms)):
            if terms:
                break
            k += 1
            continue
        names, verb = opening
        n = len(_NAME_SPLIT.split(names.strip()))
        if n > 1 and not _SHARED.search(verb):
            return []  # names sharing a term with no "each": one joint term, or one each -- not told
        unit = terms[-1][0].unit if m.kind == Kind.COUNT else merged.unit
        terms.append((replace(merged, unit=unit), n))
        previous_end = merged.end
        k += used
    return terms


def _term_at(text: str, pending: list[Mention], k: int) -> tuple[Mention | None, int]:
    """The term starting at ``pending[k]``: a duration in years or months ("four years and six months" joined
    into one), or a bare count standing for a term; None for other figures."""
    m = pending[k]
    if m.kind == Kind.COUNT and m.noun is None and not m.compound and not m.hedge and m.value is not None:
        return m, 1
    if m.kind != Kind.DURATION or m.unit not in _UNITS or m.value is None or m.hedge or m.is_range:
        return None, 1
    if m.unit == "year" and k + 1 < len(pending):
        nxt = pending[k + 1]
        if nxt.kind == Kind.DURATION and nxt.unit == "month" and nxt.value is not None \
                and nxt.sentence == m.sentence and _AND.fullmatch(text, m.end, nxt.start):
            value = m.value + nxt.value / 12
            return replace(m, value=value, end=nxt.end, text=f"{m.text} and {nxt.text}"), 2  # (made exact by _in_unit)
    return m, 1


def _opening(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The names and the words after them right before a term, when they follow a list joint."""
    found = _TERM_OPENING.search(text, start, end)
    if found is None or found.end() != end \
            or text[start:found.start()].strip() and not _JOINT.search(text, start, found.start()):
        return None
    return found.group("names"), found.group("verb")


def _group_count(doc: Document, total: Mention) -> int | None:
    """The group's size told before the combined term in its sentence: "Four men were jailed for ..."."""
    for m in doc.mentions_in(total.sentence):
        if m.start >= total.start:
            break
        if m.kind == Kind.COUNT and m.noun is not None and m.value is not None and 2 <= m.value <= 30 \
                and m.value == int(m.value) and not m.compound:
            return int(m.value)
    return None


def _in_unit(m: Mention, scale: Fraction) -> Mention:
    """A term as an exact figure in the total's unit (a month of a total in years is a twelfth)."""
    return _exact(replace(m, kind=Kind.DURATION, value=Fraction(m.value) * _UNITS.get(m.unit or "", scale) / scale))


FINDERS = (find_combined_terms,)

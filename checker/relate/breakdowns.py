"""Relations: a whole told in one paragraph, broken down in a later one (round 54: or in the next sentence).

"The food bank gave out 5,730 parcels between December and February." ... "December was the busiest month,
with 2,140 parcels, followed by January with 2,380 and February with 1,610."

"The operator, which runs four ferry routes, carried 1,142,000 passengers." ... "The Oban crossing was the
busiest, with 486,000 passengers. The Colonsay service carried 271,000, the Gigha link 214,000 and the
Islay run 191,000."

Paragraphs apart, a list is read as ALL of a whole only with a signal in the text that it covers it:

* the whole is told over a span of months ("between December and February", "from January to March") and
  the list names each month of the span once, one figure per month;
* the whole's sentence counts the kinds it is spread over ("runs four ferry routes", "its three sites")
  and the list has that many figures, each after a name of its own.

The list must be the only figures of that kind in its paragraph (the first such paragraph of the next
three; round 54: or in the sentence right after the whole's, in its paragraph), none of them a difference ("up 4,000"), an earlier period's ("a year earlier") or hedged, each
below the whole, and together within a quarter of it (a list far off counts something else).  Inferred:
the rules report a contradiction as a warning.  The relation is the sums family's ``PartsOfWhole``, so
FC101 checks it.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from . import categories
from .dates import _month_number
from .restatements import time_words
from .sums import PartsOfWhole, _is_difference, _total_compatible

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# "between December and February", "from January to March", "in the months from April until June"
_MONTH_SPAN = re.compile(r"\b(?:between|from)\s+(" + _MONTH + r")\s+(?:and|to|until|through)\s+(" + _MONTH + r")\b",
                         re.I)
# (tried only where two dates stand in one sentence: the whole text is never scanned with it)
_MONTH_WORD = re.compile(r"\b(" + _MONTH + r")\b", re.I)
# the outlets, routes and divisions a whole may be spread over: "runs four ferry routes"
_KINDS = frozenset("""routes lines services sites branches stores shops schools hospitals plants factories depots
    offices campuses venues centres centers mills mines ports airports stations districts boroughs counties
    regions wards provinces states divisions zones islands segments units businesses brands markets farms
    parks theatres cinemas clubs hotels restaurants""".split())
# a list of another period or a change, not a breakdown of the whole
_OTHER_TIME = re.compile(r"\b(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|the\s+previous|previously|"
                         r"compared\s+with|up\s+from|down\s+from)\b", re.I)
# "18% more than the 4,860 it handed out a year earlier": a level compared with, no rival whole
_COMPARED_BEFORE = re.compile(r"\b(?:than|from|against|compared\s+with)\s+(?:the\s+|its\s+)?$", re.I)
MAX_PARAGRAPHS_AHEAD = 3
KINDS_MAX = 12


def _span_months(text: str) -> list[int] | None:
    """The months of the one span the sentence names, in order ("between December and February": 11, 0,
    1); None without exactly one span."""
    spans = list(_MONTH_SPAN.finditer(text))
    if len(spans) != 1:
        return None
    a, b = (_month_number(spans[0].group(i)) - 1 for i in (1, 2))
    months = [a]
    while months[-1] != b and len(months) < 12:
        months.append((months[-1] + 1) % 12)
    return months if 2 <= len(months) <= 12 and months[-1] == b else None


def _kinds_count(doc: Document, figures: list[Mention]) -> int | None:
    """The one small count of kinds in the whole's sentence: "runs four ferry routes" -> 4."""
    counts = [m for m in figures if m.kind is Kind.COUNT and not m.compound and m.noun
              and m.noun.lower().split()[-1] in _KINDS and m.value is not None and m.value.denominator == 1
              and 2 <= m.value <= KINDS_MAX and m.hedge is None]
    return int(counts[0].value) if len(counts) == 1 else None


def _labels(doc: Document, parts: list[Mention]) -> list[str]:
    """The text before each part back to the part before it (or its sentence's start)."""
    out = []
    for i, p in enumerate(parts):
        start = doc.sentences[p.sentence].start
        if i and parts[i - 1].sentence == p.sentence:
            start = parts[i - 1].end
        out.append(doc.text[start:p.start])
    return out


def _named(label: str, opens_sentence: bool) -> bool:
    """The label holds a name: a capitalised word other than the sentence's first ("The Oban-Colonsay
    service carried", ", the Gigha link")."""
    found = re.findall(r"[A-Za-z][\w'’-]*", label)
    return any(w[0].isupper() for w in (found[1:] if opens_sentence else found))


def _same_measure(whole: Mention, m: Mention) -> bool:
    if m.compound or m.is_range:
        return False
    if whole.kind is Kind.COUNT:
        return m.kind is Kind.COUNT
    return m.kind is whole.kind and m.unit == whole.unit


def find_later_breakdown(doc: Document):
    """The wholes with a span of months or a count of kinds in their sentence, each against the nearest later
    paragraph (of the next three) whose figures of its measure break it down (see the module docstring)."""
    text = doc.text
    # (cheap first: the sentences that hold a span of months or a count of kinds; most documents have none)
    dated = [m for m in doc.mentions if m.kind is Kind.DATE]
    spans = {a.sentence for a, b in zip(dated, dated[1:]) if a.sentence == b.sentence
             and _MONTH_SPAN.search(text, max(doc.sentences[a.sentence].start, a.start - 9), b.end)}
    kinded = {m.sentence for m in doc.mentions if m.kind is Kind.COUNT and m.noun and not m.compound
              and m.noun.lower().split()[-1] in _KINDS}
    if not spans and not kinded:
        return
    by_paragraph: dict[int, list[int]] = {}
    for s in doc.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s.index)
    for whole in doc.mentions:
        if whole.sentence not in spans and whole.sentence not in kinded:
            continue
        if whole.kind not in (Kind.COUNT, Kind.MONEY) or whole.compound or whole.is_range or whole.value is None \
                or whole.value < 100 or whole.hedge is not None:
            continue
        sent = doc.sentences[whole.sentence]
        if sent.headline or sent.chrome:
            continue
        figures = doc.mentions_in(whole.sentence)
        if any(m is not whole and _same_measure(whole, m) and m.value is not None and m.value >= 100
               and not _COMPARED_BEFORE.search(text, max(sent.start, m.start - 30), m.start) for m in figures):
            continue  # the one figure of its measure in its sentence (but one it is compared with)
        months = _span_months(text[sent.start:sent.end])
        kinds = None if months else _kinds_count(doc, figures)
        if months is None and kinds is None:
            continue
        wanted = len(months) if months else kinds
        # (round 54) first the very next sentence of the same paragraph ("The three lines carried 2.31 million
        # passengers ... The Red Line accounted for 1.02 million, the Blue Line for 810,000 and ..."), then the
        # paragraphs after
        following = [[whole.sentence + 1]] if whole.sentence + 1 < len(doc.sentences) \
            and doc.sentences[whole.sentence + 1].paragraph == sent.paragraph \
            and _told_as_it_was(doc, whole.sentence, whole.sentence + 1) else []
        following += [by_paragraph.get(paragraph, [])
                      for paragraph in range(sent.paragraph + 1, sent.paragraph + 1 + MAX_PARAGRAPHS_AHEAD)]
        for indices in following:
            parts = [m for i in indices for m in doc.mentions_in(i) if _same_measure(whole, m)]
            if not parts:
                continue
            rel = _breakdown(doc, whole, parts, months, wanted, indices)
            if rel is not None:
                yield rel
                break  # the nearest later paragraph that breaks it down


# (round 54) a sentence of plans or of another time: "North America will lose 2,100 ...", "So far this year ..."
_PLANNED = re.compile(r"\b(?:will|would|could|may|might|shall|plans?|planned|expects?|expected|so\s+far)\b", re.I)


def _told_as_it_was(doc: Document, whole_sentence: int, parts_sentence: int) -> bool:
    """(round 54) The sentence right after a whole's tells its parts in the whole's own time: no plan or forecast, no
    time of its own (a year, a date, a time word the whole's sentence does not hold)."""
    s = doc.sentences[parts_sentence]
    if _PLANNED.search(doc.text, s.start, s.end) \
            or any(m.kind in (Kind.YEAR, Kind.DATE) for m in doc.mentions_in(parts_sentence)):
        return False
    return time_words(doc, parts_sentence) <= time_words(doc, whole_sentence)


def _breakdown(doc: Document, whole: Mention, parts: list[Mention], months: list[int] | None, wanted: int,
               indices: list[int]) -> PartsOfWhole | None:
    text = doc.text
    if len(parts) != wanted or any(p.hedge is not None or p.value is None or p.value >= whole.value
                                   or _is_difference(doc, p) for p in parts):
        return None
    if any(_OTHER_TIME.search(text, doc.sentences[i].start, doc.sentences[i].end) for i in indices):
        return None
    if whole.noun and any(p.noun and categories.normalise(p.noun) != categories.normalise(whole.noun)
                          for p in parts):
        return None
    labels = _labels(doc, parts)
    if months is not None:
        named = []
        for label in labels:
            found = [_month_number(x.group(1)) - 1 for x in _MONTH_WORD.finditer(label)]
            if len(found) != 1:
                return None
            named.append(found[0])
        if sorted(named) != sorted(months):
            return None
    elif not all(_named(label, i == 0 or parts[i - 1].sentence != parts[i].sentence)
                 for i, label in enumerate(labels)):
        return None
    if not _total_compatible(whole, tuple(parts), inferred=True):
        return None
    total = sum(p.value for p in parts)
    if abs(total - whole.value) * 4 > whole.value:
        return None  # far off: the list counts something else
    return PartsOfWhole(link="inferred", cue="breakdown", total=whole, parts=tuple(parts), complete=True)


FINDERS = (find_later_breakdown,)

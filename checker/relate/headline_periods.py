"""Relations: a headline's figure over N periods, split period by period in the first body sentence (round 33, FC101).

"Council to make £36m of savings over three years" / "It plans to cut £14m in 2025-26, £11m in 2026-27 and £8m in
2027-28": the headline counts its figure "over three years" and the body gives exactly three parts, each in a
period of its own -- one for each of the years the headline spans, so the parts are all of it (inferred).

Read only when the headline has that one figure and one span ("over"/"across" N years, months, weeks or days), the
body sentence's figures are the list and nothing else, each part dated by a year, date or weekday of its own right
after it, and the two tell the same thing done (a noun or fate in common, or a saving and a cut).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .needs import needs
from .sums import PartsOfWhole, _headline_over_body_list, _nouns_conflict, _same_event, _total_compatible

# a span told as what the figure is counted over: "over three years", "across the two days"
_OVER_SPAN = re.compile(r"^(?:over|across)\s", re.I)
_PERIOD_UNITS = frozenset({"year", "month", "week", "day"})
_DATING = (Kind.YEAR, Kind.DATE, Kind.WEEKDAY)
DATE_REACH = 25  # characters from a part to the date that places it: "£14m from its budget in 2025-26"
# a saving and a cut are one thing done to a budget: "£36m of savings" / "cut £14m"
# (round 33 mend) the body tells what was done before: "The council has already cut £14m in 2022, ..." -- past
# periods, not the ones the headline's figure spans
_DONE_BEFORE = re.compile(r"\b(?:already|so\s+far|previous(?:ly)?|past|last|since|earlier|had|has|have)\b", re.I)
_SAVING_OR_CUT = re.compile(r"\b(?:sav(?:e|es|ed|ing|ings)|cuts?|cutting|trim(?:s|med)?)\b", re.I)


def _span_of_headline(doc: Document, h: int) -> Mention | None:
    """The one span of the headline ``h`` its figure is counted over ("over three years"), else None."""
    spans = [m for m in doc.mentions_in(h) if m.kind == Kind.DURATION]
    # (the parser reads the "over" of a span as a hedge, "more than": "over three years")
    if len(spans) != 1 or spans[0].compound or spans[0].hedge not in (None, "over") or spans[0].is_range \
            or spans[0].unit not in _PERIOD_UNITS or not _OVER_SPAN.match(spans[0].text):
        return None
    return spans[0]


def _dated_one_by_one(doc: Document, parts: tuple[Mention, ...]) -> bool:
    """"£14m ... in 2025-26, £11m in 2026-27 and £8m in 2027-28": each part has a date of its own right after it
    (within ``DATE_REACH`` characters, before the next part), no two the same."""
    dates = []
    for k, p in enumerate(parts):
        end = min(p.end + DATE_REACH, parts[k + 1].start if k + 1 < len(parts) else doc.sentences[p.sentence].end)
        found = [m for m in doc.mentions_in(p.sentence) if m.kind in _DATING and p.end <= m.start < end]
        if len(found) != 1:
            return False
        dates.append(found[0].text.lower())
    return len(set(dates)) == len(dates)


def _same_doing(doc: Document, q: Mention, parts: tuple[Mention, ...]) -> bool:
    """The headline and the body tell the same thing done: a noun or fate in common (``sums._same_event``), or a
    saving in one and a cut in the other ("£36m of savings" / "cut £14m")."""
    if _same_event(doc, q, parts):
        return True
    body = doc.sentences[parts[0].sentence]
    return bool(_SAVING_OR_CUT.search(doc.sentence_text(q.sentence))) \
        and bool(_SAVING_OR_CUT.search(doc.text, body.start, parts[-1].end))


@needs(Kind.DURATION)
def find_headline_over_counted_periods(doc: Document):
    """"Council to make £36m of savings over three years" / "It plans to cut £14m in 2025-26, £11m in 2026-27 and
    £8m in 2027-28": one part for each period the headline's figure spans is all of it (inferred)."""
    for h, heads, q, items, enum in _headline_over_body_list(doc, 2):
        span = _span_of_headline(doc, h)
        if span is None or span.value != len(enum) or len(items) != len(enum) or len(heads) != 1:
            continue
        if _DONE_BEFORE.search(doc.text, doc.sentences[enum[0].sentence].start, enum[-1].end):
            continue
        if not _dated_one_by_one(doc, enum) or not _total_compatible(q, enum, inferred=True) \
                or _nouns_conflict(q, enum) or not _same_doing(doc, q, enum):
            continue
        yield PartsOfWhole(link="inferred", cue="over the periods", total=q, parts=enum, complete=True)


FINDERS = (find_headline_over_counted_periods,)

"""(round 27) A headline that says a level was passed, against the level the lead gives.

"Homeless families top 2,000" / "1,240 families were living in temporary accommodation";
"Average house price passes £350,000" / "The average price ... rose to £335,400": a verb of
passing a mark before the headline's figure ("tops", "passes", "exceeds", "surpasses",
"breaks", "crosses", "hits") makes the figure a floor the thing reached, and the lead's
figure for the same thing must stand at or above it.  The headline's figure is compared as
"at least N" (``hedges.AT_LEAST``); the lead's is its first figure of the kind (of the same
noun for a count, of the same currency for a sum, in a clause sharing a word with the
headline's subject).

Silent when the lead's figure may be another: a change's size or starting level ("up from",
"by"), another year or occasion, one of several figures of the kind in the opening sentences
(any at or above the mark may be the one the headline tells), a part ("alone", "so far
this week"; or under half the mark: "passes 80m passengers" / "6.9 million passengers in
July"), or a headline that foresees ("could top", "set to pass", "expected to").
(round 28) A lead's figure of three significant digits or more under "about" or "some" is
compared at its digits ("Some 6,850 patients" do not pass 7,000).  (round 42) "hits" tells the level reached at the
headline's rounding: "Deficit hits £2.4bn" is at least £2.35bn ("widened to £2.37bn" agrees); the other verbs pass the
mark itself.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..hedges import APPROX, AT_LEAST, family, interval_for
from ..interval import Interval
from ..model import Document, Kind, Mention
from .context import quantities, words
from .digits import core, digits_as_written, significant
from .needs import needs
from .restatements import (
    _NP_STOP, HeadlineRestatement, _other_occasion, _rate, change_role, group_of, noun_phrase, years_differ,
)

_LEAD_SENTENCES = 2
# the verb of passing a mark, right before the headline's figure: "tops 2,000", "passes the £350,000 mark"
_PASSING_VERB = re.compile(r"\b(tops?|topped|pass(?:es|ed)?|exceeds?|exceeded|surpass(?:es|ed)?|breaks?|broke|"
                           r"cross(?:es|ed)?|hits?)\s+(?:the\s+)?$", re.I)
# a headline that foresees the mark, or tells it of something to come: "could top", "set to pass", "on course to"
_FORESEEN = re.compile(r"\b(?:could|may|might|will|would|set\s+to|to|expected|forecast\w*|likely|on\s+course|"
                       r"poised|bid|aim\w*|hope\w*|target\w*|plans?|nears?|nearing|close\s+to|almost|fails?)\b", re.I)
# a part of the whole the headline counts: "on Friday alone", "so far this week", "a further 200"
_PART_WORDS = re.compile(r"\b(?:alone|so\s+far\s+this|further|another|more|extra|additional|new)\b", re.I)
_KINDS = (Kind.COUNT, Kind.MONEY)  # (a headline measure: restatements._headline_measure)


def _subject_words(doc: Document, h: Mention, verb_start: int) -> set[str]:
    """The content words of the headline before its verb: "Homeless families in temporary housing"."""
    s = doc.sentences[h.sentence]
    return {group_of(w) for w in words(doc.text[s.start:verb_start]) if w not in _NP_STOP and len(w) > 2}


def _same_thing(doc: Document, h: Mention, b: Mention, subject: set[str]) -> bool:
    """The lead's figure is of the headline's thing: a count of a noun the headline names (its subject or the noun
    after its figure), or a sum in the same currency in a clause sharing a word with the headline's subject."""
    if b.kind != h.kind:
        return False
    if b.kind == Kind.COUNT:
        own = noun_phrase(doc, h)
        names = subject | ({group_of(own.head)} if own.head and own.adjacent else set())
        np = noun_phrase(doc, b)
        return bool(np.head) and np.adjacent and group_of(np.head) in names
    if (b.unit or "").lower() != (h.unit or "").lower() or _rate(doc, b) != _rate(doc, h):
        return False
    s = doc.sentences[b.sentence]
    clause = re.split(r"[;:]", doc.text[s.start:b.start])[-1]
    return bool({group_of(w) for w in words(clause) if w not in _NP_STOP and len(w) > 2} & subject)


@needs(*_KINDS)
@needs(words=("top", "pass", "exceed", "surpass", "break", "broke", "cross", "hit"))
def find_headline_bounds(doc: Document):
    """"Homeless families top 2,000" / "1,240 families were living in temporary accommodation"."""
    heads = [m for m in quantities(doc, *_KINDS) if doc.sentences[m.sentence].headline]
    if not heads:
        return
    lead = [s.index for s in doc.sentences if not s.headline and not s.chrome][:_LEAD_SENTENCES]
    body = [m for k in lead for m in doc.mentions_in(k) if m.kind in _KINDS]
    for h in heads:
        if h.hedge or h.is_range or h.value is None or h.value <= 0:
            continue
        s = doc.sentences[h.sentence]
        verb = _PASSING_VERB.search(doc.text, max(s.start, h.start - 20), h.start)
        if verb is None or _FORESEEN.search(doc.text, s.start, verb.start()):
            continue
        if h.kind == Kind.COUNT and verb.group(1).lower().startswith("hit"):
            continue  # "Storm hits 40,000 homes": what it struck, no mark passed
        if sum(1 for m in heads if m.sentence == h.sentence and m.kind in _KINDS) > 1:
            continue  # two figures in the headline: which one is the level?
        subject = _subject_words(doc, h, verb.start())
        same = [b for b in body if _same_thing(doc, h, b, subject)]
        if not same:
            continue
        first = same[0]
        if len(same) > 1 or first.is_range or first.value is None or first.interval is None:
            continue  # several figures of the thing: parts, or one of them the headline's
        if change_role(doc, first) in ("by", "from") or years_differ(doc, h, first) \
                or _other_occasion(doc, first, h) or _PART_WORDS.search(_sentence_clause(doc, first)):
            continue
        if 2 * first.value < h.value:
            continue  # under half the mark: rather a part of what the headline counts (a month's, one site's)
        if any(o.kind == h.kind and o.value is not None and o.value >= h.value and o is not first
               and (o.unit or "") == (h.unit or "") for o in body):
            continue  # another figure of the kind at the mark: perhaps the one the headline tells
        floor = replace(h, hedge=AT_LEAST, interval=interval_for(h.value, h.precision, AT_LEAST))
        if verb.group(1).lower().startswith("hit") and h.precision:
            # (round 42) "Deficit hits £2.4bn" / "widened to £2.37bn": a level reached, told at the headline's
            # rounding -- at least its lower rounding edge, not the mark itself
            floor = replace(floor, interval=Interval(h.value - h.precision / 2, None))
        first = _at_its_digits(first)
        told = [w for w in words(doc.text[s.start:verb.start()]) if w not in _NP_STOP]
        subject_word = noun_phrase(doc, first).head if first.kind == Kind.COUNT else (told[-1] if told else None)
        yield HeadlineRestatement(link="inferred", cue="headline", first=floor, second=first,
                                  subject=subject_word or "figure")


def _at_its_digits(m: Mention) -> Mention:
    """(round 28) A figure of three significant digits or more under "about"/"some" stands at its digits against a
    mark: "Some 86,300 households" does not top 90,000 ("about 30,000" keeps its hedge)."""
    written = digits_as_written(m)
    if family(m.hedge) != APPROX or written is None or len(core(significant(written))) < 3:
        return m
    return replace(m, interval=interval_for(m.value, m.precision, None))


def _sentence_clause(doc: Document, m: Mention) -> str:
    """The clause of a figure: its sentence cut at the nearest commas, semicolons or colons either side."""
    s = doc.sentences[m.sentence]
    before = re.split(r"[,;:]", doc.text[s.start:m.start])[-1]
    after = re.split(r"[,;:]", doc.text[m.end:s.end])[0]
    return before + m.text + after


FINDERS = (find_headline_bounds,)

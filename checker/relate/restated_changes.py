"""Relations (round 30): the size of a move stated, then named again as "the N rise".

A story gives the size of a change with its verb -- "fares will rise by 12p to £2.12", "the club cut
prices by £35", "membership grew by 1,800" -- and a sentence or two later points back at that change with a
definite noun sized by the same figure: "the 12p increase", "the £35 cut", "this 1,800 rise".  The noun
says what it names (a change, the same way up or down), the determiner says it was given already; so the
two sizes must agree.

Read only when the text itself ties them (``bare_subject_tie``, shared with restated_events):

* the second opens the very next sentence (or its reported clause: "Critics said the 15p increase would ...") as
  "The/This/That N NOUN" with a change noun right after the figure
  and nothing after the noun but a verb ("The 15p increase will take ...", "That $210 hike was condemned"):
  any phrase there ("the 30p drop on Friday", "the 12% fall at rival Zenith", "the 600 rise among under-18s",
  "the 3% increase agreed with unions", "the 15% rise we saw") may name another change, and so may a time
  word anywhere in its sentence ("since January", "over five years", "each month", a weekday or month);
* the first is the one figure of that kind and unit in the sentence before (the headline
  included) told as the size of a move by its verb (the levels it moved between may stand beside it), the
  same way as the noun ("rise" and "by 12p"; never "cut" against "rose");
* nothing sets them apart: other years or times, a comparison ("than the 15p increase"), a change
  wished, expected or proposed ("the 15p increase unions had demanded"), an update ("now", "revised").
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import CHANGE_NOUNS, _by_sentence_figures, _role, direction_of, sentence_slots
from .needs import needs
from .restatements import (DefiniteRestatement, _other_year, _same_unit, _UPDATED, compares, new_qualifier, time_words,
                           years_differ)
from .transpositions import _PROJECTED

# the change noun right after the figure ("15p increase", "2.4-point rise")
_CHANGE_NOUN_AFTER = re.compile(r"[ -](" + "|".join(sorted(CHANGE_NOUNS, key=len, reverse=True)) + r")\b", re.I)
# the determiner opening the second's sentence, or its reported clause: "The 15p increase", "Her 1,500-mile trek",
# "Passenger groups said the 15p increase" (no quotation mark)
_OPENING_DET = re.compile(r"\s*(?:(?:[A-Za-z][\w'’-]*\s+){1,3}(?:said|says|warned|warn|added)\s+(?:that\s+)?)?"
                          r"(?:the|this|that|its|his|her|their)\s+", re.I)
# nothing after the noun but a verb: "The 15p increase will take ...", "The 520km trip took eleven hours"
_VERB_NEXT = re.compile(r"\s+(?:is|was|are|were|will|would|has|had|takes|took|drew|draws|raised|cost|costs)\b", re.I)
# a change wanted, foreseen or offered is not the one told: "the 15p increase unions had demanded"
_NOT_TOLD = re.compile(r"\b(?:sought|seek\w*|demand\w*|call\w*\s+for|ask\w*\s+for|want\w*|offer\w*|recommend\w*)\b",
                       re.I)
_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE)


def _move_size(doc: Document, m: Mention) -> int:
    """The direction (+1/-1) when ``m`` is told as the size of a move by a verb of its sentence, else 0."""
    for fig, roles in sentence_slots(doc, _by_sentence_figures(doc).get(m.sentence, [])):
        if fig is m:
            mag = _role(roles, "mag")
            return mag.direction if mag is not None and len(roles) == 1 else 0
    return 0


def bare_subject_tie(doc: Document, first: Mention, second: Mention, noun_end: int, first_timed_ok: bool = True) -> bool:
    """(round 30, narrowed) Is ``second`` tied to ``first`` so strongly that its noun can only restate it: it opens
    the very next sentence (or a "Critics said" before it) as "The/This/That/Her N NOUN" followed by nothing but a
    verb, and its sentence names no
    time (nor the first's, unless ``first_timed_ok``: "drove 640km on the first day" is a part of the journey)?"""
    if second.sentence != first.sentence + 1:
        return False
    start = doc.sentences[second.sentence].start
    if not _OPENING_DET.fullmatch(doc.text, start, second.start) or not _VERB_NEXT.match(doc.text, noun_end):
        return False
    return not time_words(doc, second.sentence) and (first_timed_ok or not time_words(doc, first.sentence))


@needs(words=tuple(sorted(CHANGE_NOUNS)))
def find_change_size_restatements(doc: Document):
    """A move's size restated as "the N rise/cut" opening the next sentence (see the module); a second size of
    the kind in either of the two sentences before leaves it unclear which move is meant."""
    for second in doc.mentions:
        if second.kind not in _KINDS or second.value is None or second.is_range or second.hedge \
                or doc.sentences[second.sentence].headline:
            continue
        noun = _CHANGE_NOUN_AFTER.match(doc.text, second.end)
        if noun is None:
            continue
        way = direction_of(noun.group(1).lower())
        if not way or compares(doc, second):
            continue
        sizes = [(m, _move_size(doc, m)) for m in doc.mentions_within(second.sentence - 2, second.sentence)
                 if m.kind == second.kind and _same_unit(m, second) and not doc.sentences[m.sentence].chrome]
        sizes = [(m, d) for m, d in sizes if d]
        if len(sizes) != 1 or sizes[0][1] != way or sizes[0][0].value is None or sizes[0][0].is_range:
            continue  # which move? another size of the kind in play, or a move the other way
        first = sizes[0][0]
        if not bare_subject_tie(doc, first, second, noun.end()):
            continue
        own = doc.text[doc.sentences[second.sentence].start:doc.sentences[second.sentence].end]
        if _NOT_TOLD.search(own) or _PROJECTED.search(own) or _UPDATED.search(own):
            continue
        if years_differ(doc, first, second) or _other_year(doc, first, second) or new_qualifier(doc, second, first):
            continue
        yield DefiniteRestatement(link="inferred", cue=f"the {noun.group(1).lower()}", first=first, second=second,
                                  subject=noun.group(1).lower())


FINDERS = (find_change_size_restatements,)

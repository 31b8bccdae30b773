"""Relations (round 30): the size of a move stated, then named again as "the N rise".

A story gives the size of a change with its verb -- "fares will rise by 12p to £2.12", "the club cut
prices by £35", "membership grew by 1,800" -- and a sentence or two later points back at that change with a
definite noun sized by the same figure: "the 12p increase", "the £35 cut", "this 1,800 rise".  The noun
says what it names (a change, the same way up or down), the determiner says it was given already; so the
two sizes must agree.

Read only when the text itself ties them:

* the second is "the/this/that N NOUN" with a change noun right after the figure (nothing between the
  determiner and the figure: "last year's 15p rise", "another 5p increase", "the previous 3% cut" are
  other changes) and no "in/of/on/for" phrase after the noun naming what changed ("the 3% rise in
  rents" may be another measure's);
* the first is the one figure of that kind and unit in the two sentences before (the headline
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
from .restatements import (DefiniteRestatement, _NAMED_MEASURE_DET, _other_year, _same_unit, _UPDATED, compares,
                           new_qualifier, years_differ)

# the change noun right after the figure ("15p increase", "2.4-point rise"), no phrase naming what changed after it
_CHANGE_NOUN_AFTER = re.compile(r"[ -](" + "|".join(sorted(CHANGE_NOUNS, key=len, reverse=True)) + r")\b"
                                r"(?!\s+(?:in|of|for)\b)", re.I)
# a change wanted, foreseen or offered is not the one told: "the 15p increase unions had demanded"
_NOT_TOLD = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|propos\w*|sought|seek\w*|demand\w*|call\w*\s+for|"
                       r"ask\w*\s+for|want\w*|hop\w*|plann\w*|target\w*|offer\w*|recommend\w*|budget\w*\s+for)\b", re.I)
_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE)


def _move_size(doc: Document, m: Mention) -> int:
    """The direction (+1/-1) when ``m`` is told as the size of a move by a verb of its sentence, else 0."""
    for fig, roles in sentence_slots(doc, _by_sentence_figures(doc).get(m.sentence, [])):
        if fig is m:
            mag = _role(roles, "mag")
            return mag.direction if mag is not None and len(roles) == 1 else 0
    return 0


@needs(words=tuple(sorted(CHANGE_NOUNS)))
def find_change_size_restatements(doc: Document):
    """A move's size restated as "the N rise/cut" in the next sentence or the one after (see the module)."""
    for second in doc.mentions:
        if second.kind not in _KINDS or second.value is None or second.is_range or second.hedge \
                or doc.sentences[second.sentence].headline:
            continue
        noun = _CHANGE_NOUN_AFTER.match(doc.text, second.end)
        start = doc.sentences[second.sentence].start
        if noun is None or not _NAMED_MEASURE_DET.search(doc.text, max(start, second.start - 8), second.start):
            continue
        way = direction_of(noun.group(1).lower())
        if not way or compares(doc, second):
            continue
        sizes = [(m, _move_size(doc, m)) for m in doc.mentions if second.sentence - 2 <= m.sentence < second.sentence
                 and m.kind == second.kind and _same_unit(m, second) and not doc.sentences[m.sentence].chrome]
        sizes = [(m, d) for m, d in sizes if d]
        if len(sizes) != 1 or sizes[0][1] != way or sizes[0][0].value is None or sizes[0][0].is_range:
            continue  # which move? another size of the kind in play, or a move the other way
        first = sizes[0][0]
        own = doc.text[start:doc.sentences[second.sentence].end]
        if _NOT_TOLD.search(own) or _UPDATED.search(own):
            continue
        if years_differ(doc, first, second) or _other_year(doc, first, second) or new_qualifier(doc, second, first):
            continue
        yield DefiniteRestatement(link="inferred", cue=f"the {noun.group(1).lower()}", first=first, second=second,
                                  subject=noun.group(1).lower())


FINDERS = (find_change_size_restatements,)

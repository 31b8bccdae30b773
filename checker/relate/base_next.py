"""Relations (round 29): a level and its multiple of a base described without its figure, the base's figure told in
the next sentence of the paragraph in the past perfect, the tense of the earlier time.

    Benfica sold the midfielder for €48m, three times what they paid for him in 2020. He had cost €22m.
    The house sold for £910,000, twice what its owners paid in 2009. They had bought it for £520,000.

The multiple closes its sentence: it is set beside the level (a comma, a dash or a copula before it), no figure
after it, its base a description ("what they paid ...", "the price when ...", "its value at ...").  The next
sentence's one figure is of the same measure (kind and unit), after "had" and at most a few words, with no verb of
change and no rate of its own ("a year"), and closes that sentence but for its object pronoun or time ("for him",
"in 2015"; not "for a defender", "to a festival", "abroad").  Inferred: the reading crosses a sentence.
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .changes import (CHANGE_WORDS, _BASE_FRACTIONS, _CLAUSE_BREAKS, MultipleChange, _by_sentence_figures, _norm,
                      _one_measure, _rate_after, _WORD, compatible)
from .needs import needs

# between the level and the multiple: a comma or dash, or a copula ("is", "was")
_SET_BESIDE = re.compile(r"^(?:\s*(?:,|\s[-–—])|\s+(?:is|was|are|were|now)(?:\s+(?:now|about|almost|nearly|roughly|"
                         r"more\s+than|over|just|some))*)\s*$")
# after the multiple: its base described, to the sentence's end
_BASE_DESCRIBED = re.compile(r"^\s*(?:what|the|its|their|his|her|that\s+of)\b[^;:()]{3,80}?[.!]?\s*$")
# the next sentence, up to the figure: a subject, "had" and a few words ("had cost", "had been valued at",
# "had bought it for", "had paid")
_HAD_BEFORE = re.compile(r"^\s*(?:[A-Za-z][\w'’-]*\s+){1,6}?had\s+(?:been\s+)?(?:cost|paid|bought|sold|fetched|drawn|"
                         r"attracted|valued|priced|charged|stood|numbered|totalled|totaled)"
                         r"(?:\s+[a-z][\w'’-]*){0,3}?\s+$")
# a year's rate after a figure, "€2m a year" (the shorter periods and heads: changes._rate_after)
_PER_YEAR_AFTER = re.compile(r"^\s*(?:(?:a|an|per|each)\s+(?:year|season)\b|annually\b)")


# after the base's figure (and its noun): the sentence's end, but for the figure's object pronoun or its time ("for
# him", "in 2015"); not another thing or occasion paid for or drawn ("for a defender", "for the 1998 final", "to a
# festival", "in fees", "abroad", "when the collector bought it")
_OLD_CLOSES = re.compile(r"^(?:\s*,?\s*(?:(?:for|on)\s+(?:him|her|it|them)|in\s+(?:19|20)\d\d|at\s+the\s+time|"
                         r"(?:back\s+)?then))*\s*[.!]?[\"'’”]?\s*$")


def _breaks_clause(tail: str) -> bool:
    """Whether the base's description ``tail`` breaks into another clause (``_CLAUSE_BREAKS``); its own "when" is
    none ("the price when the tour began")."""
    return any(mb.group().strip() != "when" for mb in _CLAUSE_BREAKS.finditer(tail))


@needs(Kind.MULTIPLE, Kind.FRACTION, words=("had",))
def find_multiple_base_next(doc: Document):
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(ms) < 2 or idx + 1 >= len(doc.sentences):
            continue
        new, mult = ms[-2], ms[-1]
        if not (mult.kind == Kind.MULTIPLE or mult.text.lower().strip() in _BASE_FRACTIONS) \
                or not _SET_BESIDE.match(_norm(doc.text[new.end:mult.start])):
            continue
        tail = _norm(doc.text[mult.end:sent.end])
        if not _BASE_DESCRIBED.match(tail) or any(w in CHANGE_WORDS for w in _WORD.findall(tail)) \
                or _breaks_clause(tail):
            continue
        nxt = doc.sentences[idx + 1]
        if nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph:
            continue
        pool = figures.get(idx + 1, [])
        if len(pool) != 1:
            continue
        old = pool[0]
        lead = doc.text[nxt.start:old.start]
        if not _HAD_BEFORE.match(lead) or any(w in CHANGE_WORDS for w in _WORD.findall(_norm(lead))):
            continue
        own = old.noun_span.end if old.kind == Kind.COUNT and old.noun_span is not None \
            and old.noun_span.start >= old.end else old.end  # (money and measures carry their unit: "2m tonnes abroad")
        if not _OLD_CLOSES.match(_norm(doc.text[own:nxt.end])):
            continue  # "City had paid £25m for a defender the same day": another payment
        if old.is_range or new.is_range or not old.value or not new.value or not _one_measure(new, old) \
                or not compatible(old, new) or any(_rate_after(doc, m) or _PER_YEAR_AFTER.match(doc.text, m.end)
                                                   for m in (old, new)):
            continue
        yield MultipleChange(link="inferred", cue=f"{mult.text.lower()} (its base in the next sentence)",
                             multiple=mult, old=old, new=new)


FINDERS = (find_multiple_base_next,)

"""Relations (round 29): a level and its multiple of a base described without its figure, the base's figure told in
the next sentence of the paragraph in the past perfect, the tense of the earlier time.

    Benfica sold the midfielder for €48m, three times what they paid for him in 2020. He had cost €22m.
    The house sold for £910,000, twice what its owners paid in 2009. They had bought it for £520,000.

The multiple closes its sentence: it is set beside the level (a comma, a dash or a copula before it), no figure
after it, its base a description ("what they paid ...", "the price when ...", "its value at ...").  The next
sentence's one figure is of the same measure (kind and unit), after "had" and at most a few words, with no verb of
change and no rate of its own ("a year").  Inferred: the reading crosses a sentence.
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .changes import (CHANGE_WORDS, _BASE_FRACTIONS, _CLAUSE_BREAKS, MultipleChange, _by_sentence_figures, _norm,
                      _one_measure, _rate_after, _WORD, compatible, multiple_role)
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


@needs(Kind.MULTIPLE, Kind.FRACTION, words=("had",))
def find_multiple_base_next(doc: Document):
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(ms) < 2 or idx + 1 >= len(doc.sentences):
            continue
        new, mult = ms[-2], ms[-1]
        if not (mult.kind == Kind.MULTIPLE or mult.text.lower().strip() in _BASE_FRACTIONS) \
                or multiple_role(doc, mult) is not None and mult.kind == Kind.MULTIPLE \
                and not _BASE_DESCRIBED.match(_norm(doc.text[mult.end:sent.end])):
            continue
        if not _SET_BESIDE.match(_norm(doc.text[new.end:mult.start])) \
                or not _BASE_DESCRIBED.match(_norm(doc.text[mult.end:sent.end])):
            continue
        tail = _norm(doc.text[mult.end:sent.end])
        if any(w in CHANGE_WORDS for w in _WORD.findall(tail)) or _CLAUSE_BREAKS.search(tail.replace("when", "")):
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
        if old.is_range or new.is_range or not old.value or not new.value or not _one_measure(new, old) \
                or not compatible(old, new) or any(_rate_after(doc, m) or _PER_YEAR_AFTER.match(doc.text, m.end)
                                                   for m in (old, new)):
            continue
        yield MultipleChange(link="inferred", cue=f"{mult.text.lower()} (its base in the next sentence)",
                             multiple=mult, old=old, new=new)


FINDERS = (find_multiple_base_next,)

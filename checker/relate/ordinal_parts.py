"""Relations (round 36): a total split between things told by their order, "the first ... and the second ...".

"Two charter flights carrying 312 deportees landed on Thursday, the first with 174 people aboard and the second with
158" breaks the total down by the things the sentence counted ("two flights"): each part opened by "the first",
"the second", ... in order, its figure within a few words of its ordinal.  Read only when:

* the total is a plain count (no hedge, no range) before the parts in the same sentence, and a count of the things
  stands before it ("Two charter flights", "three buses") equal to the number of parts;
* the parts are "the first", "the second", ... in order, with nothing else between them but their own words and
  ", " or " and ", each with one plain count of the total's kind (its noun, if it has one, the total's own or
  "people");
* no word after the total tells of a part or another group ("including", "of whom", "another", "plus").

The parts are all of it: they must add up to the total (FC101).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from . import categories
from .needs import needs
from .sums import PartsOfWhole

_ORDINALS = ("first", "second", "third", "fourth", "fifth")
# an ordinal part: ", the first with 174 people aboard", " and the second with 158"
_PART = re.compile(r"(?:,\s*|\s+and\s+|;\s*)the\s+(first|second|third|fourth|fifth)\b"
                   r"((?:\s+[a-z][\w'’-]*){0,3}?)\s+(?=\d)", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_APART = re.compile(r"\b(?:including|include|includes|of\s+whom|of\s+which|another|plus|among|per|each|every|"
                    r"average|than)\b", re.I)


@needs(Kind.COUNT, count=3, words=("the first", "the second"))
def find_ordinal_parts(doc: Document):
    """"Two flights carrying 312 deportees ..., the first with 174 people aboard and the second with 158"."""
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = [m for m in doc.mentions_in(s.index) if m.kind == Kind.COUNT and m.value is not None]
        if len(ms) < 3:
            continue
        text = doc.text
        for i, total in enumerate(ms):
            if total.hedge or total.is_range or total.compound:
                continue
            parts, pos, want = [], total.end, 0
            for rx in _PART.finditer(text, total.end, s.end):
                if rx.group(1).lower() != _ORDINALS[want]:
                    break
                part = next((m for m in ms if m.start == rx.end()), None)
                if part is None or part.hedge or part.is_range or part.compound \
                        or _APART.search(text, pos, rx.start()):
                    break
                if parts and not re.fullmatch(r"[^\d]*", text[parts[-1].end:rx.start()]):
                    break
                parts.append(part)
                pos, want = part.end, want + 1
                if want == len(_ORDINALS):
                    break
            if len(parts) < 2 or _APART.search(text, total.end, parts[0].start):
                continue
            counted = re.search(r"\b(two|three|four|five|both|2|3|4|5)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s\b"
                                r"[^,;.]*$", text[s.start:total.start], re.I)
            if counted is None or _COUNT_WORDS.get(counted.group(1).lower(), int(counted.group(1))
                                                   if counted.group(1).isdigit() else 0) != len(parts):
                continue
            if any(m for m in ms if total.end <= m.start < parts[0].start):
                continue  # another count between the total and its parts
            if not all(_same_sort(doc, total, p) for p in parts):
                continue  # "312 deportees ..., the first with 174 people": people both; not "the first with 12 crew"
            yield PartsOfWhole(link="explicit", cue="the first ... the second", total=total, parts=tuple(parts),
                               complete=True)
            break


def _same_sort(doc: Document, whole: Mention, part: Mention) -> bool:
    """A part's noun fits the total's: none, the same, or people in general ("312 deportees ..., the first with 174
    people aboard"; not "the second with 12 crew", another sort)."""
    if part.noun is None or whole.noun is None:
        return True
    span = part.noun_span
    named = {categories.normalise(w) for w in re.findall(r"[a-z]+", doc.text[span.start:span.end].lower())} \
        if span is not None else {categories.normalise(part.noun)}
    return categories.normalise(whole.noun) in named or bool(named & {"people", "persons"})


FINDERS = (find_ordinal_parts,)

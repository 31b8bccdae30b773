"""Relations (round 62): a part told as "N of them", then its share after ", or" -- FC201.

"The cooperative's 3,400 growers are smallholders: 2,890 of them farm less than two hectares, or 75 per cent of the
membership" gives one share: 2,890 of the 3,400 the pronoun points back at, put as a percentage after ", or".  The
share finders read "2,890 of the 3,400 growers ..., or 85%"; here the whole is named by "them" ("those", "whom").

Read only when:

* the part is a plain count followed by "of them", "of those" or "of whom", then a clause of at most a dozen words
  with no percentage, no sum of money and no clause break ("under 30", "two hectares" may size the clause), then
  ", or" and the percentage (a hedge allowed), closing the sentence or
  followed by "of the NOUN" / "of all NOUN";
* the whole is the one count before the part in its sentence, larger than it, or, when the sentence holds none,
  the one count of the sentence before.

The link is read, not stated: a mismatch is a warning.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .needs import needs
from .shares import ShareOf

CUE = "a part of them, then its share"

_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b", re.I)
_CLAUSE_THEN_OR = re.compile(r"(?:\s+[\w'’-]+){1,12}?\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                             r"almost\s+|just\s+(?:over|under)\s+)?$", re.I)
_SHARE_CLOSES = re.compile(r"\s*(?:[.;)]|$|,|\s+of\s+(?:the|all|its|their)\s+[a-z])", re.I)
_BREAK = re.compile(r"\b(?:and|but|while|whereas|which|who|compared|against|up|down|from)\b", re.I)


def _counts(doc: Document, sentence: int) -> list[Mention]:
    return [m for m in doc.mentions_in(sentence) if m.kind == Kind.COUNT and m.value is not None and not m.is_range
            and not m.compound and m.value > 0]


@needs(Kind.PERCENT, Kind.COUNT, words=("them", "those", "whom"))
def find_pronoun_part_shares(doc: Document):
    """A part "of them" and its share after ", or" (see the module's docstring)."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = doc.mentions_in(s.index)
        counts = _counts(doc, s.index)
        for part in counts:
            of = _OF_THEM.match(text, part.end)
            if of is None or part.hedge:
                continue
            after = [m for m in ms if m.start >= of.end()]
            share = next((m for m in after if m.kind == Kind.PERCENT), None)
            if share is None or share.is_range or share.value is None or not 0 < share.value < 100:
                continue
            gap = _CLAUSE_THEN_OR.fullmatch(text, of.end(), share.start)
            if gap is None or _BREAK.search(text, of.end(), share.start) \
                    or any(m.kind in (Kind.PERCENT, Kind.MONEY) for m in after if m.end <= share.start) \
                    or not _SHARE_CLOSES.match(text, share.end, s.end):
                continue
            before = [m for m in counts if m.end <= part.start]
            if not before and s.index > 0 and not doc.sentences[s.index - 1].headline:
                before = _counts(doc, s.index - 1)
            if len(before) != 1 or before[0].value <= part.value or before[0].hedge:
                continue
            yield ShareOf(link="inferred", cue=CUE, share=share, part=part, base=before[0])


FINDERS = (find_pronoun_part_shares,)

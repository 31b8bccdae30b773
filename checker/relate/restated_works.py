"""Relations (round 53): how long a work or a closure takes, told by its verb, then named again as "the N-unit
project" (FC405, inferred).

"Work to reline the tunnel will take eighteen months ... for most of the 15-month project"; "Harbour tunnel to shut
for 14 nights" / "... throughout the 16-night closure".  Read only when:

* the first is a bare length (no hedge, no range) right after a verb of taking or lasting ("will take", "is expected
  to last", "took") whose sentence names a work ("work", "repairs", "construction", "the upgrade" ...), or after a
  verb of shutting and "for" ("to shut for", "will close for");
* the second, in the first's sentence or one of the next two (the lead's two after a headline), is a length of the
  same unit joined to a noun of such a work or closure ("the 15-month project", "the 16-night closure"), after "the",
  "this" or "its";
* the first is the one length of that unit in the window; nothing after the second's noun names another thing ("the
  12-day closure of the A61", "the ten-week repairs to the chapel"), and nothing in the second's sentence tells of a
  change of plan ("now", "extended", "originally" ...).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import _LENGTH_UPDATED, TermRestatement

CUE = "the length of the work"

_TAKES_BEFORE = re.compile(r"\b(?:(?:will|would|could|should|is\s+(?:expected|due|set|likely)\s+to|are\s+(?:expected|due|"
                           r"set|likely)\s+to|to)\s+(?:take|last)|takes|took|lasted)\s+(?:about\s+)?$", re.I)
_SHUT_FOR_BEFORE = re.compile(r"\b(?:shut|close|closed|closes|shuts|closing|shutting)\s+(?:[a-z]+\s+){0,3}?for\s+$",
                              re.I)
_WORK_NOUNS = (r"work|works|repairs?|construction|renovation|restoration|refurbishment|upgrade|rebuild|relining|"
               r"resurfacing|overhaul|refit|project|scheme|programme|program|redevelopment|dredging|demolition")
_WORK_NAMED = re.compile(r"\b(?:" + _WORK_NOUNS + r")\b", re.I)
_NAMED_AGAIN = re.compile(r"\s+(?:[a-z]+\s+)?(" + _WORK_NOUNS + r"|closure|shutdown|closures)\b(?!['’])", re.I)
# the work or closure of another thing, named after its noun
_OF_ANOTHER_AFTER = re.compile(r"\s+(?:of|to|at|on|in|for)\s+(?:the\s+|a\s+|its\s+)?(?:[A-Z0-9]|[a-z]+\s+(?:road|bridge|"
                               r"line|tunnel|station|chapel|church|school|hall|roof|tower|wing)\b|[a-z]+\b)", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|its)\s+$", re.I)
_LEAD_SENTENCES = 2


def _first_length(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    before = doc.text[max(s.start, m.start - 40):m.start]
    if m.compound or m.hedge or m.is_range or m.value is None:
        return False
    if _SHUT_FOR_BEFORE.search(before):
        return True
    return bool(_TAKES_BEFORE.search(before)) and bool(_WORK_NAMED.search(doc.text, s.start, m.start))


def _unit(m: Mention) -> str | None:
    """A length's unit; nights, which the grammar counts, read as one too ("14 nights", "the 16-night closure")."""
    if m.kind == Kind.DURATION:
        return m.unit
    if m.kind == Kind.COUNT and (m.compound and m.text.lower().endswith("-night")
                                 or not m.compound and (m.noun or "").lower() in ("night", "nights")):
        return "night"
    return None


@needs(Kind.DURATION, Kind.COUNT, count=2)
@needs(Kind.DURATION, Kind.COUNT, compound=True)
def find_work_length_restatements(doc: Document):
    """A work's or a closure's length told by its verb, then "the N-unit project/closure" (see the module)."""
    lengths = [m for m in doc.mentions if _unit(m) is not None and not doc.sentences[m.sentence].chrome]
    body = [s.index for s in doc.sentences if not s.headline and not s.chrome]
    for j, second in enumerate(lengths):
        if not second.compound or second.value is None or second.hedge or second.is_range:
            continue
        named = _NAMED_AGAIN.match(doc.text, second.end)
        if named is None or not _DEFINITE_BEFORE.search(doc.text, max(0, second.start - 6), second.start):
            continue
        s2 = doc.sentences[second.sentence]
        if _LENGTH_UPDATED.search(doc.text, s2.start, s2.end):
            continue
        if _OF_ANOTHER_AFTER.match(doc.text, named.end()):
            continue  # "the 12-day closure of the A61", "the ten-week repairs to the chapel": another thing's
        before = [m for m in lengths[:j] if _unit(m) == _unit(second)
                  and (m.sentence >= second.sentence - 2 or doc.sentences[m.sentence].headline
                       and second.sentence in body[:_LEAD_SENTENCES])]
        if len(before) != 1 or not _first_length(doc, before[0]):
            continue  # none, or two lengths told ("close for ten days and the tunnel for four"): which one?
        first = before[0]
        yield TermRestatement(link="inferred", cue=CUE, first=first, second=second, subject=named.group(1).lower())


FINDERS = (find_work_length_restatements,)

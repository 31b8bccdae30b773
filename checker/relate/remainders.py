"""Relations (round 33): a part used up of a whole, and what that left.

"She has spent £2.3m of her £3.1m win, leaving her with £0.8m": the part taken away ("spent X of"), the whole it was
taken from (right after "of", an owner or article between) and, after ", leaving", what is left. The whole falls by
the part to the rest, a move down whose size is the part: 3.1 - 2.3 must be 0.8.

Read only when one sentence ties the three:

* a verb of using up or giving away right before the part ("spent", "has blown", "used up", "gave away", "sold");
* "of" and at most an owner or article between the part and the whole ("of his", "of the");
* after the whole, within one clause (no other figure of the kind, no ";", no "while"/"but"), a comma and
  "leaving", at most who is left ("him", "the club") and "with", then the rest;
* the three are figures of one kind that may stand together (sums of one currency, counts, one measure).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import _CLAUSE_BREAKS, AbsoluteChange, _by_sentence_figures, _norm, compatible
from .needs import needs

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
# the verb of using up right before the part: "has blown £2.3m", "spent 40", "gave away 300"
_USED_UP_BEFORE = re.compile(r"\b(?:spent|spends?|spending|blown|blew|blows?|lost|loses?|losing|used(?:\s+up)?|"
                             r"squandered|wasted|gambled\s+away|given\s+away|gave\s+away|giving\s+away|"
                             r"frittered\s+away|burn(?:ed|t)\s+through|sold|sells?|selling|paid\s+(?:out|off)|"
                             r"withdrawn|withdrew)\s+(?:(?:already|now)\s+)?$", re.I)
# between the part and the whole: "of", then at most an owner or article
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:his|her|its|their|the|our|your|my|a|an)\s+)?", re.I)
# after the whole: its clause, a comma and "leaving" (who is left and "with" optional), then the rest
_LEAVING = re.compile(r"[^;:()]{0,80}?,\s*leaving\s+(?:(?:him|her|it|them|us|me|you|the\s+[a-z]+)\s+)?(?:with\s+)?"
                      r"(?:just\s+|only\s+|a\s+mere\s+)?", re.I)


@needs(words=("leaving",))
def find_used_up_leaving(doc: Document):
    """(part, whole, rest) as a move down of the whole by the part: "blew £2.3m of his £3.1m win, leaving him
    with £1.2m" (see the module)."""
    for idx, ms in _by_sentence_figures(doc).items():
        if len(ms) < 3 or doc.sentences[idx].headline:
            continue
        for k in range(len(ms) - 2):
            part, whole, rest = ms[k], ms[k + 1], ms[k + 2]
            if any(m.kind not in _KINDS or m.is_range or not m.value for m in (part, whole, rest)):
                continue
            if not (compatible(part, whole) and compatible(whole, rest)) or rest.value >= whole.value:
                continue
            if not _USED_UP_BEFORE.search(doc.text, max(doc.sentences[idx].start, part.start - 30), part.start) \
                    or not _OF_WHOLE.fullmatch(doc.text, part.end, whole.start):
                continue
            leaving = _LEAVING.fullmatch(doc.text, whole.end, rest.start)
            if leaving is None or _CLAUSE_BREAKS.search(_norm(doc.text[whole.end:rest.start])):
                continue
            yield AbsoluteChange(link="explicit", cue="of ... leaving", change=part, old=whole, new=rest, direction=-1)


FINDERS = (find_used_up_leaving,)

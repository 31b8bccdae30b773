"""Relations (round 43): a cricket innings total and the scores that make it up.

"Harlow were dismissed for 187. Pattani (64) and Leckie (41) put on a century stand, Marsh added 38 and the remaining
eight batsmen managed 29 between them, with 21 extras": 64 + 41 + 38 + 29 + 21 = 193, not 187 (FC101, inferred).
Read only when:

* the total is told as an innings' end: "all out for", "dismissed for", "bowled out for", or "N all out";
* in its sentence after it and the next two (stopping at the other side's reply), every batter's score is read from
  one of a few shapes -- a name then the score in brackets, "top-scored with", a name then "made", "scored", "hit",
  "added" or "contributed" -- and the rest of the side told as one figure "between them" ("the remaining eight
  batsmen managed 29 between them", "the rest of the line-up made 58 between them");
* the extras are told too: as their own figure ("21 extras", "extras contributed 14") or inside the rest ("the other
  nine batsmen and extras managed 53 between them").  Without the rest and the extras the list may be only the top
  scores, and nothing is read.

Partnerships ("added 80 for the fourth wicket", "put on 112 with ..."), balls, overs, boundaries and wickets are no
scores; a score over the total is no part of it.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .needs import needs
from .sums import PartsOfWhole

_TOTAL_BEFORE = re.compile(r"\b(?:all\s+out\s+for|dismissed\s+for|bowled\s+(?:all\s+)?out\s+for)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"\s+all\s+out\b", re.I)
_REPLY = re.compile(r"\b(?:in\s+reply|replied|repl(?:y|ies)|chasing|second\s+innings|first\s+innings|run\s+chase)\b", re.I)
_NAME = r"[A-Z][\w'’-]+"
_BRACKETED = re.compile(_NAME + r"\s*\($")
_TOP_SCORED = re.compile(r"\btop[-\s]scored\s+with\s+(?:an?\s+)?(?:[a-z-]+\s+)?$", re.I)
_NAMED_VERB = re.compile(_NAME + r",?\s+(?:made|scored|hit|added|contributed|struck|chipped\s+in\s+with)\s+"
                         r"(?:an?\s+)?(?:(?:quick|brisk|patient|fluent|useful|valuable|defiant|rapid|gritty|"
                         r"run-a-ball|breezy|late)\s+)?$")
_BETWEEN_THEM = re.compile(r"\s+(?:runs\s+)?between\s+them\b", re.I)
_REST_WORDS = re.compile(r"\b(?:rest|remaining|other|others|remainder|lower\s+order|tail)\b", re.I)
_EXTRAS_AFTER = re.compile(r"\s+extras\b", re.I)
_EXTRAS_BEFORE = re.compile(r"\bextras\s+(?:contributed|added|made|were|totalled|came\s+to|amounted\s+to|"
                            r"accounted\s+for|chipped\s+in\s+with)\s+$", re.I)
# what a figure after a score's cue may count instead: balls, overs, boundaries, wickets, a stand
_NOT_A_SCORE_AFTER = re.compile(r"\s*\)?\s*(?:balls|overs|fours|sixes|wickets|minutes|not\s+out\s+partnership|"
                                r"for\s+the\s+\w+\s+wicket|with\s+" + _NAME + r")\b")


_SCORE_VERB_BEFORE = re.compile(r"\b(?:made|scored|hit|added|contributed|struck|managed|mustered)\s+(?:an?\s+)?(?:[a-z-]+\s+)?$",
                                re.I)


def _total(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return m.kind == Kind.COUNT and m.value is not None and m.value.denominator == 1 and not m.is_range \
        and (bool(_TOTAL_BEFORE.search(doc.text, max(s.start, m.start - 30), m.start))
             or bool(_TOTAL_AFTER.match(doc.text, m.end, s.end)))


def _role(doc: Document, m: Mention) -> str | None:
    """"score", "rest", "extras" or None for a figure after an innings total."""
    s = doc.sentences[m.sentence]
    text = doc.text
    before = text[max(s.start, m.start - 60):m.start]
    if m.kind != Kind.COUNT or m.value is None or m.is_range or _NOT_A_SCORE_AFTER.match(text, m.end, s.end):
        return None
    if _EXTRAS_AFTER.match(text, m.end, s.end) or _EXTRAS_BEFORE.search(before):
        return "extras"
    if _BETWEEN_THEM.match(text, m.end, s.end):
        return "rest"
    if _BRACKETED.search(before) and text[m.end:m.end + 1] == ")" or _TOP_SCORED.search(before) \
            or _NAMED_VERB.search(before):
        return "score"
    return None


@needs(Kind.COUNT, count=4, words=("between",))
def find_innings_totals(doc: Document):
    """An innings total and its scores, the rest and the extras (see the module)."""
    counts = [m for m in doc.mentions if m.kind == Kind.COUNT]
    for i, total in enumerate(counts):
        if doc.sentences[total.sentence].headline or not _total(doc, total):
            continue
        parts: list[Mention] = []
        roles: list[str] = []
        for m in counts[i + 1:]:
            if m.sentence > total.sentence + 2:
                break
            if m.sentence != total.sentence and _REPLY.search(doc.sentence_text(m.sentence)):
                break
            role = _role(doc, m)
            if role is None and (_SCORE_VERB_BEFORE.search(doc.text, max(0, m.start - 20), m.start)
                                 or m.noun is None and m.value < total.value
                                 and not _NOT_A_SCORE_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end)):
                parts = []  # a score read in no shape of ours ("Rowe 45"): the list is not all read (the sums
                break  # finders read such lists)
            if role is None or m.value >= total.value:
                continue
            parts.append(m)
            roles.append(role)
        if "rest" not in roles or roles.count("rest") > 1 or roles.count("extras") > 1 or "score" not in roles:
            continue
        rest = parts[roles.index("rest")]
        before_rest = parts[roles.index("rest") - 1].end if roles.index("rest") else total.end
        if "extras" not in roles and not re.search(r"\bextras\b", doc.text[before_rest:rest.start], re.I):
            continue
        if not _REST_WORDS.search(doc.text[before_rest:rest.start]):
            continue
        yield PartsOfWhole(link="inferred", cue="innings", total=total, parts=tuple(parts), complete=True)


FINDERS = (find_innings_totals,)

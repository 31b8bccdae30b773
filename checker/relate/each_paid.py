"""Relations: N people each given the same sum, and what they pay or get between them (round 33, FC101).

"Three directors were each fined £40,000, meaning they must pay £150,000 between them": the sum each one pays,
taken once for each of them, is what they pay together; a careful editor checks 3 x £40,000 against £150,000.

Read in one sentence: a count of people (two to twenty), "each" and a verb right before a sum of money, then a
later sum in the same currency summed up as theirs together ("between them", "in total", "in all", "altogether",
"combined" after it; "a total of", "a combined" before it), with no other figure and no other payment ("costs",
"compensation") between the two.  Terms of years told per person are another reader's (the lead's
``combined_terms``): only sums of money here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Kind, Mention
from .needs import needs
from .sums import _TIME_KINDS, PartsOfWhole

MOST_PEOPLE = 20
# the count's own words, then "each" and a verb (and its object) right before the sum: "directors were each fined ",
# "brothers each received ", "students were each awarded bursaries worth "
_EACH_BEFORE_SUM = re.compile(r"^[^\d;:()]{0,60}?\beach\s+(?:[a-z]+\s+){1,3}$", re.I)
_TOGETHER_AFTER = re.compile(r"^\s*(?:between\s+them|in\s+total|in\s+all|altogether|combined)\b", re.I)
_TOGETHER_BEFORE = re.compile(r"\b(?:a\s+total\s+of|a\s+combined|total\s+of)\s+$", re.I)
# another payment beside the sum each got: "and ordered to pay costs of ...", "plus compensation"
_OTHER_PAYMENT = re.compile(r"\b(?:costs?|compensation|surcharges?|damages|fees?|interest|expenses|bonus(?:es)?"
                            r"|plus|as\s+well\s+as)\b", re.I)
# (round 33 mend) a clause of another payer or a running total between the two sums: "..., while the company was fined
# £150,000 in total", ", and the force has spent ...", ", with the overall winner taking ...", ", bringing the auction's
# takings to £9m in total" -- the later sum is not (only) theirs
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though|except)\b"
                           r"|,\s*(?:and|with)\s+(?:the|a|an|its|his|her|their|this|that|another)\b"
                           r"|\b(?:bring|brought|tak(?:e|es|ing)|took|push|rais|lift)\w*\s+(?:[\w'’-]+\s+){0,4}?to\s*$", re.I)
# (round 33 mend) the later sum tied to the same people: a word for them or a clause that follows from the sums
# ("meaning they must pay", "so they received", "giving ... in total"; not "meaning the council has paid"), or the sum set beside by a bare comma
# (", a total of $6,000", ", $14,100 combined"); any other clause may tell another payer ("and police say the gang
# took £90,000 in all")
_THEIRS = re.compile(r"\b(?:they|them|their|giving|making|totalling|totaling)\b", re.I)
_BARE_APPOSITION = re.compile(r",\s*(?:a\s+total\s+of|a\s+combined|total\s+of)?\s*$", re.I)
# the count is a share of a larger group: "Five of the 12 players were each fined ...", "two out of 15 staff"
_OF_GROUP_BEFORE = re.compile(r"\b(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$", re.I)


def _together(doc: Document, x: Mention, later: list[Mention]) -> Mention | None:
    """The first later sum in ``x``'s currency summed up as theirs together, with nothing between ``x`` and it
    that names another figure or payment (None when there is none)."""
    for y in later:
        if y.kind in _TIME_KINDS:
            continue  # "fined £3,750 on Tuesday, meaning ...": a date is no other figure
        if y.kind != Kind.MONEY or y.unit != x.unit:
            return None
        gap = doc.text[x.end:y.start]
        if _OTHER_PAYMENT.search(gap) or _OTHER_CLAUSE.search(gap) or ";" in gap:
            return None
        if not _THEIRS.search(gap) and not _BARE_APPOSITION.search(gap):
            return None
        if _TOGETHER_AFTER.match(doc.text[y.end:y.end + 20]) or _TOGETHER_BEFORE.search(doc.text, max(0, y.start - 20), y.start):
            return y
        return None
    return None


@needs(Kind.COUNT, Kind.MONEY, words=("each",))
def find_each_paid(doc: Document):
    """"Three directors were each fined £40,000, meaning they must pay £150,000 between them": N times the sum
    each one pays is what they pay together (explicit, complete)."""
    for index, ms in doc.mentions_by_sentence().items():
        if len(ms) < 3:
            continue
        for k, n in enumerate(ms[:-2]):
            x = ms[k + 1]
            if n.kind != Kind.COUNT or n.compound or n.hedge or n.value is None or n.value.denominator != 1 \
                    or not 2 <= n.value <= MOST_PEOPLE or x.kind != Kind.MONEY or x.hedge or x.is_range \
                    or not _EACH_BEFORE_SUM.match(doc.text[n.end:x.start]) \
                    or _OF_GROUP_BEFORE.search(doc.text, max(0, n.start - 12), n.start):
                continue
            y = _together(doc, x, list(ms[k + 2:]))
            if y is not None and not y.hedge:
                parts = (x,) + tuple(replace(x) for _ in range(int(n.value) - 1))
                yield PartsOfWhole(link="explicit", cue="each", total=y, parts=parts, complete=True)


FINDERS = (find_each_paid,)

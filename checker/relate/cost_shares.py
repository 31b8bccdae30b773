"""Relations (round 33): a sum told as a share "of the cost", its whole the one cost told earlier.

A story often opens on what a plan costs and, paragraphs on, tells who pays a part of it without repeating the
whole: "The board approved a £90m scheme to rebuild the pier. ... The lottery fund will give £27m, or 30% of the
cost, and the town the rest." The share's whole is the scheme's cost, so £27m must be about 30% of £90m.

Read only when the text ties them:

* the part is a sum set right beside the share (", or 30%", " - about 30%"), the one sum of its sentence, and
  the share closes on "of the cost", "of the bill", "of the budget" (one word such as "total" or "overall"
  between): "of the cost of the roof" names a cost of its own;
* the whole is a sum in the part's currency, told earlier in another sentence as a cost: after a verb of costing
  ("will cost £90m", "at a cost of £90m", "priced at") or before a noun of an undertaking ("a £90m scheme",
  "its £90m programme"); not before "budget", which may be a year's spending ("its £400m annual budget");
* every larger sum of that currency told before the part is that one value (however often told): two costs, or
  another sum above the part ("a budget of £400m a year"), leave the whole unclear.

* (round 33, mended) the part is told as paid towards the cost: a verb of paying or giving before it in its
  sentence ("will give", "will pay", "will cover", "have pledged", "will put in"); a sum added ("Delays added
  £27m, or a quarter of the total cost": a share of the new total), earned ("Fees bring in £9m, or 60% of the
  budget": another, yearly budget) or spent on another thing is no part of the cost told before.

Inferred: a finding from it is a warning.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .needs import needs
from .shares import SHARE_KINDS, ShareOf, _beside, _plausible

_OF_THE_COST = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:(?:total|overall|whole|full|entire)\s+)?"
                          r"(?:cost|costs|bill|budget|price\s+tag)\s*(?:[,;.)!?]|\s[-–—]|$)", re.I)
# the sum told as a cost: "cost £90m", "at a cost of about £90m", "priced at £90m"
_COST_BEFORE = re.compile(r"\b(?:costs?|costing|priced\s+at|cost\s+of|price\s+of|bill\s+of)\s+"
                          r"(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|a\s+total\s+of)\s+)?$", re.I)
# ... or before a noun of an undertaking: "a £90m scheme", "the £90m redevelopment"
_UNDERTAKING_AFTER = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:programmes?|programs?|plans?|schemes?|projects?|"
                                r"investment|redevelopment|refurbishment|renovation|upgrade|expansion|"
                                r"extension|development|package|contract|overhaul|rebuild)\b", re.I)


# (round 33, mended) the part paid towards the cost: "will give £27m", "has pledged", "put in"
_PAID_TOWARDS = re.compile(r"\b(?:give[sn]?|gave|giving|pay(?:s|ing)?|paid|cover(?:s|ed|ing)?|contribut(?:e[sd]?|ing)|"
                           r"fund(?:s|ed|ing)?|provid(?:e[sd]?|ing)|pledg(?:e[sd]?|ing)|puts?\s+(?:in|up)|putting\s+(?:in|up)|"
                           r"grant(?:s|ed)?|donat(?:e[sd]?|ing)|meet(?:s|ing)?|met|offer(?:s|ed|ing)?|"
                           r"com(?:e|es|ing)\s+from|came\s+from)\b", re.I)


def _paid_towards(doc: Document, part: Mention) -> bool:
    return bool(_PAID_TOWARDS.search(doc.text, doc.sentences[part.sentence].start, part.start))


def _told_as_cost(doc: Document, whole: Mention) -> bool:
    text = doc.text
    sent = doc.sentences[whole.sentence]
    return bool(_COST_BEFORE.search(text, max(sent.start, whole.start - 40), whole.start)
                or _UNDERTAKING_AFTER.match(text, whole.end, sent.end))


def _cost_told_before(doc: Document, part: Mention) -> Mention | None:
    """The one larger sum of the part's currency told before its sentence, when it is told as a cost."""
    larger = [m for m in doc.mentions_within(0, part.sentence) if m.sentence < part.sentence and m.kind == Kind.MONEY
              and m.unit == part.unit and m.value is not None and not m.is_range and m.value > part.value]
    if len({m.value for m in larger}) != 1 or not _plausible(part, larger[-1]):
        return None
    told = [m for m in larger if _told_as_cost(doc, m)]
    return told[-1] if told else None


@needs(Kind.MONEY, count=2)
@needs(words=("of the",))
def find_shares_of_the_cost(doc: Document):
    text = doc.text
    for share in doc.mentions:
        if share.kind not in SHARE_KINDS or not _OF_THE_COST.match(text, share.end):
            continue
        sums = [m for m in doc.mentions_in(share.sentence) if m.kind == Kind.MONEY]
        if len(sums) != 1 or sums[0].end > share.start or sums[0].value is None or sums[0].is_range \
                or not _beside(doc, sums[0], share):
            continue
        if not _paid_towards(doc, sums[0]):
            continue
        whole = _cost_told_before(doc, sums[0])
        if whole is not None:
            yield ShareOf(link="inferred", cue="of the cost", share=share, part=sums[0], base=whole)


FINDERS = (find_shares_of_the_cost,)

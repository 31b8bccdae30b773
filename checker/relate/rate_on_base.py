"""Relations (round 37): a rate charged on a sum, and what it comes to.

"At a royalty rate of 7.5 per cent on a £9.99 paperback, the author earns about £1.50 a copy" gives a rate, the sum
it is charged on, and the amount it yields: the amount must be that share of the sum (FC201).  Read only when, in one
sentence:

* a percentage is told as a rate (after "rate of", "tax of", "tip of", "commission of", "fee of", "levy of",
  "royalty of", "interest of", "VAT of", "at", or before one of those nouns: "a 20% tip"), and " on a/an/the/each"
  and a sum of money follow it, with at most two words of its own before the sum ("on a £9.99 paperback");
* the amount is the next sum in that currency after the sum charged on, told as what the rate yields: after a verb
  of getting or paying ("earns", "pays", "gets", "receives", "takes", "makes", "costs", "is", "comes to", "works out
  at", "amounts to", "means") or ", or", with a hedge allowed, and no other sum between; it is smaller than the sum.

Silent on a rate told as included in a price ("a price of £12 including 20% VAT"): the share of a gross sum is
another reading.
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .context import body_sentences
from .needs import needs
from .shares import ShareOf

_RATE_NOUNS = r"(?:rate|tax|tip|commission|fee|levy|royalty|royalties|interest|VAT|duty|charge|cut|mark-?up|premium)"
_RATE_BEFORE = re.compile(r"(?:\b" + _RATE_NOUNS + r"\s+(?:rate\s+)?of\s+|\bat\s+)$", re.I)
_RATE_AFTER = re.compile(r"\s+" + _RATE_NOUNS + r"\b", re.I)
_ON_BASE = re.compile(r"(?:\s+" + _RATE_NOUNS + r")?(?:\s+[a-z][\w'’-]*){0,2}?\s+on\s+(?:a|an|the|each|every)\s+$", re.I)
_YIELD_BEFORE = re.compile(r"(?:\b(?:earns?|earning|pays?|paying|paid|gets?|getting|receives?|receiving|received|takes?|"
                           r"taking|makes?|making|costs?|is|comes\s+to|works\s+out\s+at|amounts\s+to|means?|"
                           r"goes\s+to\s+\w+|adds?)|,\s*or)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|"
                           r"just\s+under)\s+)?$", re.I)
_INCLUDED = re.compile(r"\b(?:includ\w+|inclusive|incl\.?)\b", re.I)


@needs(Kind.PERCENT, Kind.MONEY, words=(" on ",))
def find_rates_on_base(doc: Document):
    """"a royalty rate of 7.5 per cent on a £9.99 paperback ... earns about £1.50 a copy"."""
    text = doc.text
    for s, ms in body_sentences(doc):
        money = [m for m in ms if m.kind == Kind.MONEY and m.value and not m.is_range]
        if len(money) < 2:
            continue
        for rate in ms:
            if rate.kind != Kind.PERCENT or rate.value is None or rate.is_range or not 0 < rate.value < 100:
                continue
            if not (_RATE_BEFORE.search(text, max(s.start, rate.start - 24), rate.start)
                    or _RATE_AFTER.match(text, rate.end)):
                continue
            base = next((m for m in money if m.start > rate.end), None)
            if base is None or not _ON_BASE.fullmatch(text, rate.end, base.start) or base.hedge:
                continue
            later = [m for m in money if m.start > base.end and m.unit == base.unit]
            if not later or any(m.start > base.end and m.end <= later[0].start for m in ms
                                if m.kind == Kind.MONEY and m is not later[0]):
                continue
            amount = later[0]
            hedge_start = amount.start
            if not _YIELD_BEFORE.search(text, max(s.start, hedge_start - 30), hedge_start):
                continue
            if amount.value >= base.value or _INCLUDED.search(text, s.start, s.end):
                continue
            yield ShareOf(link="inferred", cue="rate on a sum", share=rate, part=amount, base=base)
            break


FINDERS = (find_rates_on_base,)

"""Relations (round 38): a percentage rise, tariff or charge applied to a sum, and the amount it adds.

"A 6.4 per cent rise in the price cap will add £149 a year to a typical bill of £1,755"; "fares will rise by 4.6 per
cent, meaning a commuter with a £5,000 season ticket will pay £320 more"; "a 15% tariff on a car priced at €42,000
would add €8,400 to its cost".  The amount added is that share of the sum it is added to (FC201, inferred).  Read only
when, in one body sentence:

* there is one percentage, told as a rate applied: a rise, increase, tariff, tax, levy, duty, premium, surcharge,
  charge, VAT, cut or discount ("a 6.4 per cent rise", "a rise of 6.4%", "rise by 4.6 per cent", "a 15% tariff");
* there are exactly two sums of money in one currency: the amount, told as added, paid or saved ("add £149", "adding
  £149", "pay £320 more", "an extra £320", "save £56"), and the sum it applies to, the larger, told as a price or bill
  ("a bill of £1,755", "a £5,000 season ticket", "priced at €42,000"), not as a level moved to or from ("to £1,755",
  "from £1,606") nor a change ("gone up by £3.1m") -- no "from ... to" in the sentence;
* the amount fits the rate neither as a share of that sum nor of that sum less the amount (a bill told after the rise:
  "adds £106 to a typical bill of £1,755" is 6.4% of £1,649, so silent) -- unless the sum after is told as well, a
  third sum last ("A 25% buyer's premium added £1.5m to the £4m hammer price, taking the total paid to £5.5m": the
  £4m is the sum before).

Read by ``rate_on_base`` instead when the rate is "on" the sum and yields an amount ("a royalty of 7.5% on a £9.99
book earns £1.50"); the share finders' reading of the percentage stands first (``relate._without_fallback_shares``).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .context import body_sentences
from .needs import needs
from .shares import ShareOf

CUE = "a rate applied to a sum"

_RATE_NOUNS = (r"(?:rise|rises|increase|increases|hike|hikes|tariff|tariffs|tax|taxes|levy|duty|duties|premium|"
               r"surcharge|charge|VAT|cut|cuts|discount|reduction|mark-?up|uplift)")
# "a 6.4 per cent rise", "a rise of 6.4%", "rise by 4.6 per cent", "increase fares by 3%"
_RATE_AFTER = re.compile(r"\s+(?:[a-z][\w'’-]*\s+)?" + _RATE_NOUNS + r"\b", re.I)  # (round 39: "buyer's premium")
_RATE_BEFORE = re.compile(r"(?:\b" + _RATE_NOUNS + r"\s+of|\b(?:rise|rises|rising|go\s+up|goes\s+up|increase[sd]?|"
                          r"increasing|raise[sd]?|raising|cut|cuts|cutting|reduce[sd]?|reducing)"
                          r"(?:\s+[\w'’-]+){0,6}?\s+by)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# the amount added: "add £149", "adding £149", "pay £320 more", "an extra £320", "save £56"
_ADDED_BEFORE = re.compile(r"\b(?:adds?|added|adding|pay|pays|paying|cost|costs|costing|save|saves|saving|"
                           r"an\s+(?:extra|additional)|extra)\s+(?:an?\s+(?:extra|additional)\s+)?"
                           r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_MORE_AFTER = re.compile(r"(?:\s+a\s+(?:year|month|week))?\s+(?:more|extra|less)\b", re.I)
_ADD_VERB_BEFORE = re.compile(r"\b(?:adds?|added|adding|save|saves|saving)\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
                              r"nearly\s+|almost\s+)?$", re.I)
# a sum told as a level moved to or from: the sum the rate applies to is then unclear
_LEVEL_BEFORE = re.compile(r"\b(?:to|from)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# the sum told as a price or bill: "a bill of £1,755", "a £5,000 season ticket", "priced at €42,000", "the €2m"
_BASE_BEFORE = re.compile(r"(?:\b(?:bill|price|fare|ticket|cost|salary|wage|rent|fee|value|charge|premium|income|"
                          r"pension|mortgage|loan|payment|budget)s?\s+of|\b(?:priced|valued|set)\s+at|\bworth|\bcosting|"
                          r"\b(?:a|an|the|its|their|his|her))\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# (round 39) the sum after the rate's amount is added, told last: "taking the total paid for the portrait to £5.5m"
_TOTAL_AFTER_BEFORE = re.compile(r"\b(?:taking|bringing|pushing|lifting|raising)\b[^.;:]{0,40}?\bto\s+"
                                 r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_FROM_TO = re.compile(r"\bfrom\b[^.;]{0,40}?\bto\b", re.I)


@needs(Kind.PERCENT, Kind.MONEY)
def find_applied_rates(doc: Document):
    """A percentage applied to a sum and the amount it adds (see the module's docstring)."""
    text = doc.text
    for s, ms in body_sentences(doc):
        rates = [m for m in ms if m.kind == Kind.PERCENT]
        money = [m for m in ms if m.kind == Kind.MONEY]
        after = None
        if len(money) == 3 and _TOTAL_AFTER_BEFORE.search(text, max(s.start, money[2].start - 60), money[2].start):
            after, money = money[2], money[:2]  # (round 39) "..., taking the total paid to £5.5m": the sum after
        if len(rates) != 1 or len(money) != 2 or _FROM_TO.search(text, s.start, s.end):
            continue
        rate = rates[0]
        if rate.value is None or rate.is_range or rate.unit != "%" or not 0 < rate.value < 100 \
                or not (_RATE_AFTER.match(text, rate.end) or _RATE_BEFORE.search(text, max(s.start, rate.start - 60),
                                                                               rate.start)):
            continue
        a, b = money
        if a.unit != b.unit or any(m.is_range or not m.value or m.compound and "-" not in m.text for m in money):
            continue
        added = [m for m in money if _added(doc, m)]
        if len(added) != 1:
            continue
        amount = added[0]
        base = b if amount is a else a
        if base.value <= amount.value or _LEVEL_BEFORE.search(text, max(s.start, base.start - 16), base.start) \
                or not _BASE_BEFORE.search(text, max(s.start, base.start - 40), base.start):
            continue
        if after is not None and after.value <= base.value:
            continue
        if after is None and _of_the_sum_after(rate, amount, base):
            continue  # "adds £106 to a bill of £1,755": the bill may be told after the rise (£106 / £1,649 = 6.4%)
        yield ShareOf(link="inferred", cue=CUE, share=rate, part=amount, base=base)


def _of_the_sum_after(rate: Mention, amount: Mention, base: Mention) -> bool:
    """Does the amount fit the rate as a share of the sum before it was added (the base told after the rise)?"""
    half = (amount.precision or 0) / 2
    before = base.value - amount.value
    if before - half <= 0 or rate.interval is None or rate.interval.lo is None or rate.interval.hi is None:
        return False
    lo, hi = (amount.value - half) / (before + half) * 100, (amount.value + half) / (before - half) * 100
    return lo <= rate.interval.hi and rate.interval.lo <= hi


def _added(doc: Document, m: Mention) -> bool:
    text = doc.text
    before = text[max(0, m.start - 30):m.start]
    if _ADD_VERB_BEFORE.search(before):
        return True
    return bool(_ADDED_BEFORE.search(before)) and bool(_MORE_AFTER.match(text, m.end)) \
        or bool(re.search(r"\b(?:an\s+)?(?:extra|additional)\s+$", before, re.I))


FINDERS = (find_applied_rates,)

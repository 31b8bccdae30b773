"""Relations: a total and the same total per head ("£2.4bn, about £360 for
each of the 6.6 million households"), and two figures compared by a word
("the 412 complaints, fewer than last year's 380").

Shapes recognised (one sentence each; the words between are what link them):

* TOTAL ..., RATE for each of the N NOUN      "£14m, or £70 for each of the 200,000 residents"
* TOTAL ... RATE per/a/for every NOUN ... N NOUN  "a £900m budget for 1.2 million people, £750 a head"
* TOTAL shared among/between N NOUN, RATE each     "£3m shared among 150 clubs, or £20,000 each"
* TOTAL ... each of the N NOUN RATE               "£2.4bn will cost each of the city's 600,000 residents £4,000"
* N NOUN ... an average of RATE ... a total of TOTAL  "its 2.1 million staff earn an average of £31,000, a total
                                                   wage bill of £65bn" (a rate over a period: the same period after
                                                   the total)
* A NOUN (was|were ...) more/fewer/higher/lower than B  "Its 412 complaints were fewer than the 380 of 2022"
* the largest/highest/lowest NOUN, F, ... G ... and H   "the largest share, 31%, with 38% to health and 17% to roads"
* the second-/third-largest ..., F, ... G ... and H      "the second-largest party, 38 seats, behind 41 and 29"
  (a superlative set beside one figure, against the figures of the same
  kind listed with it in the sentence; "since", "ever", "on record" and
  "in N years" make it a superlative over time, which is skipped)

The per-head check is where a million/billion slip shows: "£2.4m, or £360
for each of the 6.6 million households" cannot both be right.

The rate's unit word must name the counted noun ("per resident" and "the
200,000 residents"; "a head" or "per person" for people, residents,
inhabitants or population): figures per year, per tonne or per cent never
relate.  A sentence with two candidate totals or head counts is ambiguous
and skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention, Relation
from .needs import needs
from .context import by_sentence, quantities

# what a rate's unit word may name, besides the plural of itself
_PER_PEOPLE = frozenset({"person", "head", "capita"})
_PEOPLE = frozenset({"people", "persons", "residents", "inhabitants", "population", "citizens", "adults",
                     "individuals"})
# after the rate: "for each of the N", "per resident", "a head", "for every household", "each"
_FOR_EACH_OF = re.compile(r"\s*(?:for|to)\s+(?:each|every\s+one)\s+of\s+(?:the|its|their|our|his|her)\s*$", re.I)
_PER_NOUN = re.compile(r"^\s*(?:per|a|an|for\s+each|for\s+every|each|to\s+each|to\s+every)\s+([a-z]+)\b", re.I)
_EACH = re.compile(r"^\s*(?:each|apiece)\b", re.I)
_SHARED = re.compile(r"\b(?:shared|split|divided|distributed|spread)\s+(?:equally\s+|evenly\s+)?"
                     r"(?:among|between|across)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# what sets a rate beside its total: "£14m, or £70", "£14m - £70", "equivalent to", "works out at"
_APPOSED = re.compile(r"(?:,|\s[-–—]|[–—(:])\s*(?:or|about|around|roughly|some|nearly|almost|just\s+over|"
                      r"just\s+under|equivalent\s+to|the\s+equivalent\s+of|amounting\s+to|working\s+out\s+at)?\s*$"
                      r"|\b(?:works?\s+out\s+at|amounts?\s+to|comes?\s+to|equivalent\s+to|equal\s+to|or)\s*$", re.I)

_COMPARATIVES = {
    "more": 1, "higher": 1, "greater": 1, "larger": 1, "bigger": 1, "above": 1,
    "fewer": -1, "less": -1, "lower": -1, "smaller": -1, "below": -1,
}
# A NOUN (was/were/is/are) COMPARATIVE than [the|last year's|...] B: nothing else between
_COMPARED = re.compile(
    r"^\s*(?P<noun>[a-z][a-z-]*\s+){0,4}?(?:(?:was|were|is|are|has\s+been|have\s+been|remained|remains)\s+)?"
    r"(?:still\s+|slightly\s+|far\s+|much\s+|well\s+)?(?P<cmp>more|fewer|less|higher|lower|greater|larger|smaller|"
    r"bigger)\s+than\s+(?:the\s+|a\s+|its\s+|their\s+|in\s+|(?:last|the\s+previous|the\s+same)\s+\w+['’]s\s+)?$",
    re.I,
)
_KINDS = (Kind.COUNT, Kind.MONEY)

_SUPERLATIVES = {
    "largest": 1, "biggest": 1, "highest": 1, "greatest": 1, "most": 1, "top": 1,
    "smallest": -1, "lowest": -1, "fewest": -1, "least": -1,
}
SUPERLATIVE_WORDS = frozenset(_SUPERLATIVES)
# "the largest share, F" / "the highest rate of all, F": the superlative right before the figure
_RANK = r"(?:(?P<rank>second|third|fourth|fifth)[\s-]+)?"
_RANKS = {None: 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_SUPER_BEFORE = re.compile(r"\bthe\s+" + _RANK + r"(?P<word>largest|biggest|highest|greatest|most|smallest|lowest|fewest|least)"
                           r"(?:\s+[a-z-]+){0,2}\s*(?:,|:|\s[-–—]|\s+(?:was|is|at|of|with|on))\s*$", re.I)
# "F, the largest share" / "F - the highest -"
_SUPER_AFTER = re.compile(r"^\s*(?:,|\s[-–—]|[–—(])\s*(?:by\s+far\s+)?the\s+" + _RANK +
                          r"(?P<word>largest|biggest|highest|greatest|most|smallest|lowest|fewest|least)\b", re.I)
_OVER_TIME = re.compile(r"\b(?:since|ever|on\s+record|in\s+(?:\w+\s+)?(?:years|decades|months)|for\s+(?:\w+\s+)?"
                        r"(?:years|decades)|this\s+(?:year|century)|so\s+far|yet|of\s+all\s+time|"
                        r"in\s+(?:its|their|his|her|the(?:\s+\w+)?['’]s?|\w+['’]s?)\s+(?:\w+\s+)?history)\b", re.I)
# "rose to F from G, the highest ...": the from-value of a change is no top of a ranking; (round 31) nor the value
# a move from G reached: "reducing them from £61m to £47m, the lowest level he would accept" (a level over time)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
_TO_ONLY = re.compile(r"\s+to\s+")


@dataclass(frozen=True)
class PerHead(Relation):
    """``rate`` claims to be ``total`` divided by ``heads``."""

    total: Mention | None = None
    rate: Mention | None = None
    heads: Mention | None = None
    per: str = ""  # the word naming one head: "resident", "head", "club"

    def members(self) -> tuple[Mention, ...]:
        return (self.rate, self.total, self.heads)


@dataclass(frozen=True)
class Compared(Relation):
    """``first`` is said to be more (``direction`` 1) or less (-1) than ``second``."""

    first: Mention | None = None
    second: Mention | None = None
    direction: int = 0
    word: str = ""

    def members(self) -> tuple[Mention, ...]:
        return (self.first, self.second)


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ses", "xes", "ches", "shes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _counts(per: str, noun: str | None) -> bool:
    """Whether a head count of ``noun`` is counted by the unit word ``per``."""
    if not noun:
        return False
    if _singular(noun) == _singular(per):
        return True
    return per.lower() in _PER_PEOPLE and noun.lower() in _PEOPLE


def _same_unit(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind and a.unit == b.unit


def _positive_by_sentence(doc: Document) -> list[list[Mention]]:
    """The positive single figures of each sentence (the per-head, heads-then-rate
    and average-total finders read the same lists: made once per document; read only)."""
    found = doc.memo.get("comparisons-positive")
    if found is None:
        found = doc.memo["comparisons-positive"] = [
            [m for m in ms if m.value is not None and m.value.numerator > 0 and not m.is_range]  # (a Fraction's sign)
            for ms in by_sentence(quantities(doc, *_KINDS)).values()]
    return found


@needs(Kind.COUNT)
def find_per_head(doc: Document):
    text = doc.text
    for ms in _positive_by_sentence(doc):
        for k, rate in enumerate(ms):
            if k == 0:
                continue
            after = text[rate.end:doc.sentences[rate.sentence].end]
            heads = per = None
            link = "explicit"
            nxt = ms[k + 1] if k + 1 < len(ms) else None
            if nxt is not None and nxt.kind == Kind.COUNT and _FOR_EACH_OF.match(text[rate.end:nxt.start]):
                heads, per = nxt, nxt.noun or ""
            elif (mp := _PER_NOUN.match(after)) is not None:
                per = mp.group(1)
                found = [m for m in ms if m is not rate and m.kind == Kind.COUNT and _counts(per, m.noun)]
                if len(found) != 1:
                    continue
                heads = found[0]
            elif _EACH.match(after):
                found = [m for m in ms[:k] if m.kind == Kind.COUNT
                         and _SHARED.search(text[doc.sentences[m.sentence].start:m.start])]
                if len(found) != 1:
                    continue
                heads, per = found[0], found[0].noun or ""
            if heads is None:
                continue
            totals = [m for m in ms[:k] if m is not heads and _same_unit(m, rate) and m.value > rate.value]
            if len(totals) != 1:
                continue
            total = totals[0]
            between = text[total.end:rate.start]
            if not _APPOSED.search(between) or len(between.split()) > 12:
                continue
            if heads.start < rate.start and heads.start > total.end and not _SHARED.search(
                    text[total.end:heads.start]):
                link = "inferred"  # another figure between the total and its rate
            yield PerHead(link=link, cue=per, total=total, rate=rate, heads=heads, per=per)


# "will cost each of the city's 600,000 residents about £40": the heads, then their rate
_EACH_OF_BEFORE = re.compile(r"\b(?:each|every\s+one)\s+of\s+(?:the|its|their|our|his|her)(?:\s+[a-z]+['’]s)?\s*$", re.I)
_NOUN_THEN_RATE = re.compile(r"^\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s*(?:,\s*)?$", re.I)
# "earns an average of £31,000", "average pay of £31,000", "averaging £31,000"
_AVERAGE_BEFORE = re.compile(r"\b(?:an?\s+)?average(?:\s+[a-z]+){0,2}\s+of\s*$|\baveraging\s*$", re.I)
# "a total wage bill of £6.5bn", "a total of", "totalling", "in total"/"in all" after it
_TOTAL_BEFORE = re.compile(r"\b(?:a|the|its|their)\s+total(?:\s+[a-z]+){0,2}\s+of\s*$|\btotall?ing\s*$", re.I)
# (these two are matched at a position of the whole text: no "^", and no copy of the rest of the text per figure,
# which made a long document quadratic)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\b", re.I)
# "a year", "per month": a rate over a period
_PERIOD_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(day|week|month|year|annum|hour)\b", re.I)


@needs(Kind.MONEY)
def find_heads_then_rate(doc: Document):
    """"The £2.4bn scheme will cost each of the city's 600,000 residents about £40": the total,
    the head count after "each of", and the rate right after the heads' noun."""
    text = doc.text
    for ms in _positive_by_sentence(doc):
        for k, heads in enumerate(ms[:-1]):
            rate = ms[k + 1]
            if heads.kind != Kind.COUNT or not heads.noun or rate.kind != Kind.MONEY \
                    or not _EACH_OF_BEFORE.search(text[doc.sentences[heads.sentence].start:heads.start]) \
                    or not _NOUN_THEN_RATE.match(text[heads.end:rate.start]) or _PERIOD_AFTER.match(text, rate.end):
                continue
            totals = [m for m in ms[:k] if _same_unit(m, rate) and m.value > rate.value]
            if len(totals) != 1 or len(text[totals[0].end:heads.start].split()) > 12:
                continue
            yield PerHead(link="explicit", cue=heads.noun, total=totals[0], rate=rate, heads=heads,
                          per=_singular(heads.noun))


@needs(Kind.MONEY, count=2)
def find_average_totals(doc: Document):
    """"The 2.1 million-strong workforce earns an average of £31,000, a total wage bill of
    £6.5bn": an average and a total in one sentence with the one head count (a plural noun or
    "N-strong"); a rate over a period needs the same period after the total."""
    text = doc.text
    for ms in _positive_by_sentence(doc):
        if len(ms) != 3:
            continue
        start = doc.sentences[ms[0].sentence].start
        rates = [m for m in ms if m.kind == Kind.MONEY and _AVERAGE_BEFORE.search(text[start:m.start])]
        totals = [m for m in ms if m.kind == Kind.MONEY and (_TOTAL_BEFORE.search(text[start:m.start])
                                                             or _TOTAL_AFTER.match(text, m.end))]
        heads = [m for m in ms if m.kind == Kind.COUNT and (m.compound and "strong" in m.text.lower()
                                                           or m.noun and m.noun.lower().endswith("s"))]
        if len(rates) != 1 or len(totals) != 1 or len(heads) != 1 or rates[0] is totals[0]:
            continue
        rate, total, head = rates[0], totals[0], heads[0]
        if not _same_unit(rate, total) or total.value <= rate.value or head.value < 2:
            continue
        period = _PERIOD_AFTER.match(text, rate.end)
        if period and not re.compile(r"\s+(?:a|an|per|each|every)\s+" + period.group(1), re.I).match(text, total.end):
            continue
        yield PerHead(link="explicit", cue="average", total=total, rate=rate, heads=head,
                      per=_singular(head.noun) if head.noun and not head.compound else "head")


@needs(words="than")
def find_comparisons(doc: Document):
    text = doc.text
    for ms in by_sentence(quantities(doc, *_KINDS, Kind.PERCENT)).values():
        for a, b in zip(ms, ms[1:]):
            if not _same_unit(a, b) or a.interval is None or b.interval is None or a.is_range or b.is_range:
                continue
            if a.hedge or b.hedge:
                continue  # "more than 400" after a figure is a hedge, not a comparison
            m = _COMPARED.match(text[a.end:b.start])
            if not m:
                continue
            noun = (m.group("noun") or "").strip()
            if a.noun is None and not noun:
                continue  # "58 more than in 2022": a difference, not two values
            if not text[a.end:a.end + m.start("cmp")].strip():
                continue  # (round 27) "The budget is £94m larger than last year's £1.19bn": the sum right before
                # the comparative is the difference between two others (round 28: any figure, "The squad of 48 is
                # seven bigger than the 41 who went")
            if b.noun and a.noun and _singular(b.noun) != _singular(a.noun):
                continue
            word = m.group("cmp").lower()
            yield Compared(link="explicit", cue=f"{word} than", first=a, second=b,
                           direction=_COMPARATIVES[word], word=word)


@dataclass(frozen=True)
class Superlative(Relation):
    """``top`` is called the largest (``direction`` 1) or smallest (-1) of
    ``others`` and itself, or the ``rank``-th largest ("the third-largest")."""

    top: Mention | None = None
    others: tuple[Mention, ...] = ()
    direction: int = 0
    word: str = ""
    rank: int = 1

    def members(self) -> tuple[Mention, ...]:
        return (self.top,) + self.others


_NOUN_AFTER_SUPER = re.compile(r"(?:\s+[a-z-]+)*?\s+([a-z]{3,})\s*(?:,|:|\s[-–—]|\s+(?:was|is|at|of|with|on))\s*$", re.I)


def _other_nouns(found: re.Match, others) -> bool:
    """The superlative names its noun ("the biggest single grant,") and another figure of the sentence
    has a noun of its own that is not it ("the £430,000 cost"): no sibling of the top one."""
    named = _NOUN_AFTER_SUPER.match(found.string, found.end("word"), found.end())
    if named is None:
        return False
    noun = named.group(1).lower().rstrip("s")
    return any(m.noun and m.noun.split()[-1].lower().rstrip("s") != noun for m in others)


def _may_hold_superlative(sentence: str) -> bool:
    """A cheap first test: every superlative word of the patterns holds "est" or "most"
    (the long s, which the patterns' re.I reads as "s", is let through)."""
    low = sentence.lower()
    return "est" in low or "most" in low or "\u017f" in sentence


def _siblings(top: Mention, others: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The figures ranked with ``top``, past the whole they make up and the count of them ("412,300 across
    its three districts, with A the largest on 345,600, followed by B with 45,900 and C with 20,800")."""
    if len(others) < 2 or top.value is None or any(m.value is None for m in others):
        return others
    total = top.value + sum(m.value for m in others)  # a whole of the rest is half of everything
    whole = next((m for m in others if abs(2 * m.value - total) <= m.value / 100), None)
    kept = tuple(m for m in others if m is not whole)
    if whole is not None:
        kept = tuple(m for m in kept if not (m.kind == Kind.COUNT and m.value == len(kept)))
    return kept


# (round 39) a figure told as the whole of a part before it: "248 of the 460 seats"
_WHOLE_OF_BEFORE = re.compile(r"\d\s+of\s+(?:the|its|their)\s+$", re.I)


def _sum_of_others(others) -> bool:
    """One figure is the sum of three or more of the others: a bloc of them ("Civic Coalition (157), Third Way (65)
    and the Left (26) holds 248")."""
    values = [m.value for m in others if m.value is not None]
    return any(sum(v for j, v in enumerate(values) if j != i and v < x) == x
               and sum(1 for j, v in enumerate(values) if j != i and v < x) >= 2 for i, x in enumerate(values))


@needs(words=("est", "most"))
def find_superlatives(doc: Document):
    text = doc.text
    for ms in by_sentence(quantities(doc, *_KINDS, Kind.PERCENT)).values():
        ms = [m for m in ms if m.interval is not None and not m.is_range]
        if len(ms) < 2:
            continue
        sent = doc.sentences[ms[0].sentence]
        said = text[sent.start:sent.end]
        if not _may_hold_superlative(said):
            continue
        over_time = None  # (round 29, speed) a sentence of a record over time is left alone: read once a superlative is found
        for k, top in enumerate(ms):
            before = text[ms[k - 1].end if k else sent.start:top.start]
            mb = _SUPER_BEFORE.search(before)
            ma = _SUPER_AFTER.match(text[top.end:ms[k + 1].start if k + 1 < len(ms) else sent.end])
            found = mb or ma
            if found is None or (ma and _FROM_BEFORE.search(before)):
                continue
            if ma and k and _TO_ONLY.fullmatch(before) \
                    and _FROM_BEFORE.search(text, max(sent.start, ms[k - 1].start - 8), ms[k - 1].start):
                continue
            others = _siblings(top, tuple(m for m in ms if m is not top and _same_unit(m, top) and not m.hedge))
            # every figure of the kind in the sentence must be a sibling: a
            # total or a figure of another measure among them makes it unclear
            if not others or any(m.value is not None and top.value is not None and m.value > 3 * top.value
                                 for m in others):
                continue
            if any(_WHOLE_OF_BEFORE.search(text, max(sent.start, m.start - 14), m.start) for m in others) \
                    or _sum_of_others(others):
                continue  # (round 39) "holds 248 of the 460 seats": a whole, or a bloc of the others, among them
            if mb and _other_nouns(mb, others):
                continue  # "The biggest single grant, £250,000, covers half the £430,000 cost": another measure
            word = found.group("word").lower()
            rank = _RANKS[(found.group("rank") or "").lower() or None]
            if rank > len(others) + 1:
                continue  # "the third-largest" of two listed: the rivals are elsewhere
            label = f"{found.group('rank').lower()}-{word}" if rank > 1 else word
            if over_time is None:
                over_time = _OVER_TIME.search(said) is not None
            if over_time:
                break
            yield Superlative(link="explicit", cue=f"the {label}", top=top, others=others,
                              direction=_SUPERLATIVES[word], word=label, rank=rank)


FINDERS = (find_per_head, find_heads_then_rate, find_average_totals, find_comparisons, find_superlatives)

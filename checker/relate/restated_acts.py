"""Relations (round 39): a figure taken up again as the noun of what the sentence before did -- FC402.

"Al Nassr paid €90m for the winger. The €80m fee ..." -- the fee is the payment just told, though the first
sentence never says "fee".  The restatement finders match a figure to an earlier one by its noun; here the noun
names the act of the sentence before:

    paid / bought / sold / signed          -> the fee, deal, sum, price, transfer, bid, offer
    cut / reduced / slashed                -> the cut, reduction
    jailed / convicted / charged           -> the defendants, the accused
    raised / increased / hiked             -> the rise, increase, hike
    seats / holds / a capacity of          -> the 88,000-capacity arena, the capacity, the 40,000-seat stadium
    fined                                  -> the fine, penalty
    awarded / settled                      -> the award, payout, damages, settlement
    lent / borrowed                        -> the loan
    donated / gave                         -> the donation, gift, grant
    invested                               -> the investment
    watched / attended / a crowd of        -> the crowd, attendance
    values / valued                        -> the valuation
    retreated                              -> the retreat (a length in any unit: "1.2 km ... the 1,800-metre retreat")

The second figure opens its sentence with "The" ("The €80m fee surpasses ...", "Tickets for the ..."), or (round 60)
after the act's noun and "of" ("Its capacity of 6,500 makes it ..."), or follows "said the" ("Analysts said the 1.5 million bpd reduction ..."), right before the noun; the sentence before, in the same paragraph, holds
the act's word and exactly one figure of the same kind (one currency for sums of money), so there is nothing else
the noun could take up.  No words after the noun may tie it to another act ("The €80m fee Real paid for ...",
"the cut of 2020", "the fee for Silva").  A run told as one takes up a count of its unit the same way: "The band
will play 11 nights at Wembley. Tickets for the 12-night residency ...".  The link is read, not stated: a mismatch
is a warning.

(Round 59) A size told as "a NOUN of N" and taken up in the next sentence as "the NOUN of N", one noun of a size
("crowd", "attendance", "fine", "budget", ...): "A sellout crowd of 18,112 ... the crowd of more than 19,000"
(``find_noun_of_retold``).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from ..units import conversion
from ..units import resolve as resolve_unit
from .context import body_sentences, words
from .needs import needs
from .restatements import DefiniteRestatement, MeasureRestatement, _one_unit, group_of, singular

CUE = "the noun of the act told just before"

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
# (the act's words in the sentence before, the nouns that take the act up)
_ACTS = tuple((re.compile(act, re.I), frozenset(nouns.split())) for act, nouns in (
    (r"\b(?:paid|pay|pays|paying|bought|buy|buys|sold|sell|sells|signed|signs|spent|spend|fee|agreed|bid|offer(?:ed)?)\b",
     "fee fees deal transfer sum payment price bid offer purchase sale signing acquisition takeover outlay"),
    (r"\b(?:cut|cuts|cutting|reduce[ds]?|reducing|lower(?:ed|s|ing)?|slash(?:ed|es|ing)?|curb(?:ed|s)?|trim(?:med|s)?)\b",
     "cut cuts reduction curb cutback"),
    (r"\b(?:raise[ds]?|raising|increase[ds]?|increasing|hike[ds]?|boost(?:ed|s)?|lift(?:ed|s)?)\b",
     "rise increase hike boost uplift"),
    (r"\b(?:seats|seated|seating|capacity|holds|hold|accommodates?)\b",
     "capacity"),
    (r"\b(?:fined|fines|fine|penalty)\b", "fine penalty"),
    (r"\b(?:awarded|award|damages|compensation|payout|settle[ds]?|settlement)\b",
     "award payout damages compensation settlement"),
    (r"\b(?:lent|lend|lends|loan|loaned|borrow(?:ed|s)?)\b", "loan borrowing"),
    (r"\b(?:donat\w+|gave|give|gives|gift|grant(?:ed)?)\b", "donation gift grant"),
    (r"\b(?:invest(?:ed|s|ing|ment)?)\b", "investment injection"),
    (r"\b(?:crowd|watched|attend(?:ed|ance)?|spectators)\b", "crowd attendance gate"),
    (r"\b(?:values?|valued|valuing)\b", "valuation"),  # (round 40) "values the firm at $18bn ... The $16bn valuation"
    # (round 59) "has retreated 1.2 km since 2000 ... The 1,800-metre retreat"
    (r"\b(?:retreat(?:ed|s|ing)?)\b", "retreat"),
    (r"\b(?:jailed|convicted|sentenced|charged|found\s+guilty)\b", "defendants accused"),
))
# (round 59) acts measured in units of one dimension, which the two may write differently ("1.2 km ... 1,800-metre")
_MEASURED_ACTS = frozenset({"retreat"})
# where the second figure stands: opening its sentence on "The", or after "said the"
_OPENING_THE = re.compile(r"[\W_]*(?:The|[A-Z][a-z]+\s+(?:for|of|on)\s+the)\s+$")
# (round 60) or after the act's noun and "of", opening its sentence: "Its capacity of 6,500", "The fee of €80m"
_OPENING_NOUN_OF = re.compile(r"[\W_]*(?:The|Its|Their)\s+([a-z]+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                              r"almost\s+|just\s+)?$")
_SAID_THE = re.compile(r"\b(?:said|says|say|added|noted|warned|estimated|believe[sd]?|expect(?:ed|s)?)\s+(?:that\s+)?"
                       r"the\s+$", re.I)
# after the noun, words that tie it to another act: "The €80m fee Real paid for ...", "the cut of 2020", "the fee
# for Silva", "the rise that ..."
_TIED_AFTER = re.compile(r"\s+(?:for|of|paid|that|which|who|in|at|from|set|agreed|last|a|an|the|across|next|nearby|"
                         r"opposite|it|they|down|up|over|beside|along|each|per|made|given|reached|won|announced|awarded|offered|"
                         r"proposed|planned|approved|unveiled)\b", re.I)
# the second's sentence sets it against another: "'The £30,000 fine is harsher'", "matched the earlier gift"
_SET_AGAINST = re.compile(r"\b(?:is|was|are|were)\s+(?:\w+\s+)?\w+er\b|\b(?:earlier|than|compared|original|"
                          r"initial|first|second)\b", re.I)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_NOUN_AFTER = re.compile(r"(?:-|\s+)([a-z]+)\b", re.I)


def _figures(doc: Document, index: int) -> list[Mention]:
    return [m for m in doc.mentions_in(index)
            if m.kind in _KINDS and m.value is not None and not m.is_range and m.value > 0]


def _noun(doc: Document, m: Mention) -> str | None:
    """The word right after the figure, lower-cased ("€80m fee" -> "fee"; "88,000-capacity" -> "capacity"; "1.5
    million bpd reduction" -> "reduction", past a unit's abbreviation)."""
    if m.compound and "-" in m.text and m.kind != Kind.MEASURE:
        word, end = m.text.rsplit("-", 1)[1].lower(), m.end
    else:
        found = _NOUN_AFTER.match(doc.text, m.end)
        if found is None:
            return None
        word, end = found.group(1).lower(), found.end()
        if word in ("bpd", "tonnes", "tons", "barrels"):
            found = _NOUN_AFTER.match(doc.text, end)
            if found is None:
                return None
            word, end = found.group(1).lower(), found.end()
    if _TIED_AFTER.match(doc.text, end) or _CAPITAL_AFTER.match(doc.text, end):
        return None
    return word


def _with_sentence_before(doc: Document):
    """Each body sentence after the first, with the sentence before it in the same paragraph (neither chrome nor a
    headline): where the act is told and where it is taken up."""
    sentences = doc.sentences
    for s, _ in body_sentences(doc):
        if s.index == 0:
            continue
        prev = sentences[s.index - 1]
        if not (prev.chrome or prev.headline or prev.paragraph != s.paragraph):
            yield s, prev


@needs(Kind.COUNT, Kind.MONEY, Kind.MEASURE, count=2)
def find_restated_acts(doc: Document):
    """A figure taken up as the noun of the act told just before (see the module's docstring)."""
    text = doc.text
    for s, prev in _with_sentence_before(doc):
        for second in _figures(doc, s.index):
            noun_of = _OPENING_NOUN_OF.fullmatch(text, s.start, second.start)
            if noun_of is not None and not second.compound and not _TIED_AFTER.match(text, second.end) \
                    and not _MORE_AFTER.match(text, second.end):  # (not "The purchase of 14 more buses")
                noun = noun_of.group(1).lower()  # (round 60) "Its capacity of 6,500 makes it ..."
            elif not (_OPENING_THE.fullmatch(text, s.start, second.start)
                      or _SAID_THE.search(text, max(s.start, second.start - 40), second.start)):
                continue
            else:
                noun = _noun(doc, second)
            if noun is None or _SET_AGAINST.search(text, second.end, s.end):
                continue
            acts = [act for act, nouns in _ACTS if noun in nouns]
            if not acts:
                found = _counted_run(doc, prev, second)
                if found is not None:
                    yield found
                continue
            alike = [m for m in _figures(doc, prev.index) if m.kind == second.kind
                     and (m.kind == Kind.COUNT or m.unit == second.unit
                          or m.kind == Kind.MEASURE and _one_dimension(m, second)
                          and (noun in _MEASURED_ACTS or _one_unit(m, second)))]
            if len(alike) != 1:
                continue
            first = alike[0]
            if first.compound or not any(act.search(text, prev.start, prev.end) for act in acts):
                continue
            if first.kind == Kind.MEASURE and first.unit != second.unit and not _one_unit(first, second):
                # (round 59) two units: checked once converted (FC404)
                yield MeasureRestatement(link="inferred", cue=CUE, first=first, second=second, subject=noun)
                continue
            yield DefiniteRestatement(link="inferred", cue=CUE, first=first, second=second, subject=noun)


def _one_dimension(a: Mention, b: Mention) -> bool:
    """(round 59) Two measures in units of one reading each that convert to one another ("1.2 km", "1,800-metre")."""
    ua, ub = resolve_unit(a.unit), resolve_unit(b.unit)
    return len(ua) == 1 and len(ub) == 1 and conversion(ua[0], ub[0]) is not None


# (round 39) a run of nights, dates, games told as one: "play 11 nights ... the 12-night residency"
_RUNS = frozenset("residency run stint series tour season festival programme visit stay".split())


def _counted_run(doc: Document, prev, second: Mention) -> DefiniteRestatement | None:
    """"The band will play 11 nights at Wembley. Tickets for the 12-night residency ...": a count written as a
    modifier of a run ("12-night residency") takes up the one count of its unit in the sentence before."""
    if not second.compound or second.kind != Kind.COUNT or "-" not in second.text:
        return None
    unit = second.text.rsplit("-", 1)[1].lower()
    run = _NOUN_AFTER.match(doc.text, second.end)
    if run is None or run.group(1).lower() not in _RUNS:
        return None
    alike = [m for m in _figures(doc, prev.index) if m.kind == Kind.COUNT and m.noun
             and m.noun.lower() in (unit, unit + "s")]
    if len(alike) != 1 or alike[0].compound:
        return None
    return DefiniteRestatement(link="inferred", cue=CUE, first=alike[0], second=second, subject=run.group(1).lower())


# (round 47) things counted under the act's noun: "Orla Air has ordered 30 jets ... The order for 40 aircraft"
_COUNTED_ACTS = {noun: re.compile(verb, re.I) for noun, verb in (
    ("order", r"\border(?:ed|s)?\b"), ("purchase", r"\b(?:bought|buy|buys|purchas(?:ed|es|e))\b"),
    ("acquisition", r"\b(?:acquir(?:ed|es|e)|bought)\b"), ("sale", r"\b(?:sold|sells|sell)\b"),
    ("delivery", r"\b(?:deliver(?:ed|s)?|took\s+delivery)\b"))}
_MORE_AFTER = re.compile(r"\s+(?:more|further|additional|other|extra|new|second)\b", re.I)
_ACT_NOUN_OPENING = re.compile(r"[\W_]*The\s+(order|purchase|acquisition|sale|delivery)\s+(?:for|of)\s+$")


@needs(Kind.COUNT, count=2, or_words=("order", "purchase", "acquisition", "sale", "delivery"))
def find_counted_acts(doc: Document):
    """(round 47) A count of things taken up in the next sentence under the noun of the act that counted them, the
    things named alike ("has ordered 30 narrowbody jets ... The order for 40 aircraft"): the one count of such things
    in the sentence before, which holds the act's verb."""
    text = doc.text
    for s, prev in _with_sentence_before(doc):
        for second in doc.mentions_in(s.index):
            opening = _ACT_NOUN_OPENING.fullmatch(text, s.start, second.start)
            if opening is None or second.kind != Kind.COUNT or second.noun is None or second.value is None:
                continue
            if not _COUNTED_ACTS[opening.group(1)].search(text, prev.start, prev.end):
                continue
            # (the restatements' synonym groups: jets and aircraft are one)
            alike = [m for m in doc.mentions_in(prev.index) if m.kind == Kind.COUNT and m.noun and m.value is not None
                     and group_of(m.noun) == group_of(second.noun)]
            if len(alike) == 1 and not alike[0].compound and not _SET_AGAINST.search(text, second.end, s.end) \
                    and not _MORE_AFTER.match(text, second.end):  # (not "The order for 14 more buses")
                yield DefiniteRestatement(link="inferred", cue=CUE, first=alike[0], second=second,
                                          subject=opening.group(1))



# (round 59) a size named by its noun before "of": "A sellout crowd of 18,112 ... the crowd of more than 19,000"
_SIZE_NOUNS = "crowd|attendance|turnout|gate|fine|bill|budget|deficit|surplus|shortfall|haul|backlog|workforce|payroll"
_INDEFINITE_NOUN_OF = re.compile(r"\b(?:an?|its|their)\s+(?:[a-z-]+\s+){0,2}?(" + _SIZE_NOUNS + r")\s+of\s+"
                                 r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)
_THE_NOUN_OF = re.compile(r"\bthe\s+(" + _SIZE_NOUNS + r")\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                          r"more\s+than\s+|over\s+|just\s+|fewer\s+than\s+|less\s+than\s+|under\s+)?$", re.I)


@needs(Kind.COUNT, Kind.MONEY, count=2, words=tuple(_SIZE_NOUNS.split("|")))
def find_noun_of_retold(doc: Document):
    """(round 59) A size told as "a NOUN of N" taken up in the next sentence as "the NOUN of N", the same noun ("A
    sellout crowd of 18,112 packed the arena. Officials said the crowd of more than 19,000 was a record"): the one
    figure of its kind in the sentence before, nothing after the second tying it to another time or place."""
    text = doc.text
    for s, prev in _with_sentence_before(doc):
        for second in _figures(doc, s.index):
            named = _THE_NOUN_OF.search(text, max(s.start, second.start - 40), second.start)
            if named is None or second.compound or _TIED_AFTER.match(text, second.end) \
                    or _SET_AGAINST.search(text, second.end, s.end):
                continue
            alike = [m for m in _figures(doc, prev.index) if m.kind == second.kind
                     and (m.kind == Kind.COUNT or m.unit == second.unit)]
            if len(alike) != 1 or alike[0].compound:
                continue
            first = alike[0]
            told = _INDEFINITE_NOUN_OF.search(text, max(prev.start, first.start - 40), first.start)
            if told is None or told.group(1).lower() != named.group(1).lower():
                continue
            yield DefiniteRestatement(link="inferred", cue=CUE, first=first, second=second,
                                      subject=named.group(1).lower())



# (round 59) the act named as a noun before "of" and the count: "the withdrawal of seven crews", "the arrest of 12 men"
_ACT_NOUN_OF = re.compile(r"\bthe\s+([a-z]{5,})\s+of\s+(?:all\s+)?$", re.I)


@needs(Kind.COUNT, count=2)
def find_act_noun_of_count(doc: Document):
    """(round 59) A count told as the subject or object of a verb ("Nine crews withdrew from the race"), then in the
    next sentence as "the NOUN of N" of the same things, the noun the verb's own ("the withdrawal of seven crews"):
    the first five letters of the verb and the noun are one, the count the only one of those things in the sentence
    before."""
    text = doc.text
    for s, prev in _with_sentence_before(doc):
        for second in _figures(doc, s.index):
            act = _ACT_NOUN_OF.search(text, max(s.start, second.start - 40), second.start)
            if act is None or second.kind != Kind.COUNT or not second.noun or second.compound or second.hedge \
                    or _TIED_AFTER.match(text, second.noun_span.end if second.noun_span else second.end) \
                    or _SET_AGAINST.search(text, second.end, s.end):
                continue
            alike = [m for m in _figures(doc, prev.index) if m.kind == Kind.COUNT and m.noun
                     and group_of(m.noun) == group_of(second.noun)]
            if len(alike) != 1 or alike[0].compound:
                continue
            first = alike[0]
            stem = act.group(1).lower()[:5]
            clause = text[max(prev.start, first.start - 30):min(prev.end, first.end + 40)]
            if not any(w.startswith(stem) and w != act.group(1).lower() for w in words(clause)):
                continue  # (the verb's own form, not the noun again: "the rights issue ... the issue of 24.3 mln")
            yield DefiniteRestatement(link="inferred", cue=CUE, first=first, second=second,
                                      subject=second.noun.lower())



# (round 59) a price told by its verb, then named as "its/the price of": "sells for $18 a 100g tin ... its price of
# $16 a tin"; the thing priced after each ("a tin", "per kilo") must be one
_PRICED_BEFORE = re.compile(r"\b(?:sells?|sold|selling|retails?|retailing|costs?|costing|priced|goes)\s+(?:for|at)?\s*"
                            r"(?:about\s+|around\s+|just\s+)?$", re.I)
_PRICE_OF_BEFORE = re.compile(r"\b(?:its|the|their|a)\s+(?:retail\s+|shelf\s+|cover\s+)?price\s+of\s+$", re.I)
_PER_THING_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(?:[\w-]+\s+)?([a-z]+)\b", re.I)


@needs(Kind.MONEY, count=2, words=("price",))
def find_price_retold(doc: Document):
    """(round 59) One price told twice: after a verb of selling or costing, then within two sentences as "its price
    of", the same currency, for the same thing ("a tin" after "a 100g tin"); the only sum of that currency after such
    a verb in the first's sentence, nothing telling of a change or another time around the second."""
    text = doc.text
    sums = [m for m in doc.mentions if m.kind == Kind.MONEY and m.value is not None and not m.is_range
            and not doc.sentences[m.sentence].chrome and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(sums):
        s2 = doc.sentences[second.sentence]
        if not _PRICE_OF_BEFORE.search(text, max(s2.start, second.start - 30), second.start) or second.hedge:
            continue
        priced = [m for m in sums[:j] if m.unit == second.unit and second.sentence - 2 <= m.sentence < second.sentence
                  and _PRICED_BEFORE.search(text, max(doc.sentences[m.sentence].start, m.start - 25), m.start)]
        if len(priced) != 1:
            continue
        first = priced[0]
        per1 = _PER_THING_AFTER.match(text, first.end)
        per2 = _PER_THING_AFTER.match(text, second.end)
        if per1 is None or per2 is None or singular(per1.group(1)) != singular(per2.group(1)):
            continue
        if any(m.kind == Kind.MONEY and m.unit == second.unit and first.end <= m.start < second.start for m in sums) \
                or _SET_AGAINST.search(text, second.end, s2.end) or _CHANGED_PRICE.search(text, s2.start, second.start):
            continue
        yield DefiniteRestatement(link="inferred", cue=CUE, first=first, second=second, subject="price")


# words telling of another price: "its old price of", "the price of $16 last year", "cut", "raised"
_CHANGED_PRICE = re.compile(r"\b(?:old|previous|former|original|new|cut|raised|increased|reduced|lowered|launch\s+price|"
                            r"was|had\s+been|last\s+year|rival|competitor)\b", re.I)


FINDERS = (find_restated_acts, find_counted_acts, find_noun_of_retold, find_act_noun_of_count, find_price_retold)

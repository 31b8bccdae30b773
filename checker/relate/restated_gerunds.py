"""Relations (round 45): a figure taken up again as the object of a gerund that is the subject of its clause -- FC402.

"The port handled 2.4 million containers last year. 'Moving 2.9 million boxes in a single year is a huge
achievement,' said its chief executive" -- the boxes moved are the containers handled: a spokesman, a quote or a
report restates the figure by doing the act again in words ("handling 3.4 million passengers had stretched the
terminal", "raising £183,000 shows ...", "cutting 210 beds would ...").  Read only when:

* the gerund opens its clause (the sentence, a quote, or the words after "said" or a comma) and its object is the
  figure, and a verb follows the figure's phrase before any comma: the gerund phrase is what the clause is about;
* the gerund is of one family with the verb before the earlier figure (handled, served, carried, moved ...;
  raised, collected ...; paid, spent ...; cut, lost, shed ...; treated, saw ...) or the earlier figure is a level
  reached ("reached", "rose to", "hit") of the same family's things;
* the earlier figure is the one figure of its sort (a count, a sum in the same currency, a measure of the same
  dimension) so told in the one or two sentences before, no old level ("from", "up from"), no modifier;
* nothing sets the second apart as an aim, a plan or another time: "would", "could", "target", "aim", "hope",
  "next year", another year (``years_differ``); nor as a part or a total of more ("in all", "so far" past a
  level of another time).

A quote's own "we" doing the act again in the past is read the same way ("handed out 4,300 parcels in December ...
'We gave out more than 5,000 parcels in December alone'"), only when both figures name their things, the act is no
mere "saw", and the quoted figure is not the smaller (a smaller one is most often a part: "We sold 800 pies that
Friday"); "alone" after a time the sentences before name too is emphasis, not a part.

The link is read, not stated: a mismatch is a warning.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import DefiniteRestatement, group_of, same_dimension, singular, years_differ

CUE = "gerund"

# the families of acts whose gerund takes up a figure of the sentence before
_FAMILIES = {
    "throughput": "handle handled handles handling serve served serves serving carry carried carries carrying move moved "
                  "moves moving ship shipped ships shipping process processed processes processing welcome welcomed "
                  "welcomes welcoming transport transported transporting fly flew flown flies flying see saw seen sees "
                  "seeing draw drew drawn draws drawing attract attracted attracts attracting",
    "raised": "raise raised raises raising collect collected collects collecting",
    "paid": "pay paid pays paying spend spent spends spending",
    "cut": "cut cuts cutting shed sheds shedding lose lost loses losing axe axed axes axing shut shuts shutting close "
           "closed closes closing",
    "treated": "treat treated treats treating",
    "sold": "sell sold sells selling",
    "built": "build built builds building",
    "gave": "give gave given gives giving hand handed hands handing distribute distributed distributing",
}
_FAMILY_OF = {word: family for family, verbs in _FAMILIES.items() for word in verbs.split()}
# a level reached, of any family's things: "Passenger numbers reached 28.4 million", "rose to 4.3m"
_LEVEL_VERB = re.compile(r"\b(?:reached|hit|rose\s+to|climbed\s+to|grew\s+to|increased\s+to|totalled|totaled|stood\s+at)\s+"
                         r"(?:a\s+record\s+|an?\s+all-time\s+high\s+of\s+)?$", re.I)
# the gerund opening its clause right before the figure (a hedge of the figure's own is in its mention)
_GERUND_BEFORE = re.compile(r"(?:^|[\"“‘']\s*|\b(?:said|says|added|told\s+[a-z]+)\s+(?:that\s+)?|[,;:(]\s*|"
                            r"\b(?:and|but)\s+)([A-Za-z]{3,}ing)\s+$")
# (round 45) or a quote's own "we" doing the act again in the past: "'We gave out more than 5,000 parcels in December'"
_WE_DID_BEFORE = re.compile(r"[\"“‘']\s*(?:We|I)\s+(?:have\s+|had\s+)?(?:now\s+|already\s+)?([a-z]{3,})\s+(?:out\s+)?$")
# the verb before the earlier figure (up to two words between: "handled a record 2.4 million")
_VERB_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:(?:out|off|up|away)\s+)?(?:(?:a|an|some|about|around|nearly|almost|just|over|more\s+than|a\s+record)\s+)*$",
                          re.I)
_OLD_LEVEL_BEFORE = re.compile(r"\b(?:from|than|down|up|compared\s+with|against)\s+(?:\w+\s+)?$", re.I)
# after the figure's phrase, the clause's verb before any comma: "... in a single year is", "... had stretched"
_CLAUSE_VERB_AFTER = re.compile(r"[^,;:.!?\"”’]{0,60}?\b(?:is|was|are|were|has|had|have|would|will|could|shows?|showed|meant|means|"
                                r"proves?|proved|tells|told|marks?|marked|puts?|made|makes|stretched|left|leaves|"
                                r"represents?|represented)\b", re.I)
# an aim, a plan, a wish or another time in the second's sentence
_MODAL = re.compile(r"\b(?:would|could|might|should)\b", re.I)
# ... a modal only when the earlier figure is not itself told of the future ("will lose 120 beds ... cutting 210 beds
# would leave the town short")
_FUTURE = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|is\s+set\s+to|are\s+set\s+to|under\s+the\s+plans?)\b",
                     re.I)
_APART = re.compile(r"\b(?:target\w*|aim\w*|goal|hope\w*|plan\w*|ambition\w*|want\w*|"
                    r"next\s+year|by\s+20\d\d|every\s+year|each\s+year|a\s+year\s+from|dream\w*|double|twice|"
                    r"another|again|more\s+than\s+ever|in\s+all|in\s+total|so\s+far|since)\b", re.I)
_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
_ALONE = re.compile(r"\b(?:alone|only|by\s+itself|on\s+its\s+own)\b", re.I)
_NARROWING_AFTER = re.compile(r"\s+(?:on|from|at|through|via|for|in)\s+(?:the|its|their|our|a)\s+(?!single\b|one\b|year\b)"
                              # a part of the period: "Raising £120,000 in one weekend"
                              r"|\s+(?:in|over|on)\s+(?:a|one|a\s+single|just\s+one)\s+(?:day|night|weekend|week|fortnight|"
                              r"month|hour|afternoon|morning|evening|quarter)\b", re.I)
_PART_OF_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|out\s+of)\s+(?:them|those|these|it|the|its|their|all)\b", re.I)


_TIME_ALONE = re.compile(r"\b(?:in|on|during)\s+([A-Z][a-z]+|the\s+[a-z]+)\s+alone\b")


def _same_time_alone(doc: Document, phrase: str, second: Mention) -> bool:
    """(round 45) "alone" after a time the sentences before name too ("in December alone" after "in December"):
    emphasis, not a part."""
    found = _TIME_ALONE.search(phrase)
    if found is None:
        return False
    before = doc.text[doc.sentences[max(0, second.sentence - 2)].start:doc.sentences[second.sentence].start]
    return re.search(r"\b" + re.escape(found.group(1)) + r"\b", before) is not None


_QUOTED_PART_AFTER = re.compile(r"\s+(?:to|for|from|among|at|on|by|via|through)\b", re.I)
_VAGUE_ACTS = frozenset("see saw seen sees draw drew drawn draws".split())


def _family(word: str | None) -> str | None:
    return _FAMILY_OF.get((word or "").lower())


def _noun_fits(first: Mention, second: Mention) -> bool:
    """The two count one sort of thing: the same noun or synonym group, or one of them with no noun."""
    a, b = first.noun, second.noun
    if not a or not b:
        return True
    a, b = singular(a.lower()), singular(b.lower())
    return a == b or group_of(a) == group_of(b)


@needs(Kind.COUNT, Kind.MONEY, Kind.MEASURE, count=2)
def find_gerund_restatements(doc: Document):
    """A figure taken up again as a gerund's object opening a clause (see the module's docstring)."""
    text = doc.text
    for second in doc.mentions:
        if second.kind not in _KINDS or second.is_range or second.value is None or second.compound:
            continue
        s = doc.sentences[second.sentence]
        if s.headline or s.chrome or second.sentence == 0:
            continue
        gerund = _GERUND_BEFORE.search(text, max(s.start, second.start - 40), second.start) \
            or _WE_DID_BEFORE.search(text, max(s.start, second.start - 40), second.start)
        if gerund is None or (family := _family(gerund.group(1))) is None:
            continue
        quoted_act = gerund.re is _WE_DID_BEFORE
        if _PART_OF_AFTER.match(text, second.end):
            continue  # "Selling 12,000 of them abroad": a part of the earlier figure, not it
        if quoted_act and (not second.noun or gerund.group(1).lower() in _VAGUE_ACTS):
            continue  # (a quote's "we" and its act: the things named both times, the act no mere "saw")
        noun_end = second.noun_span.end if second.noun_span is not None else second.end
        clause = None if quoted_act else _CLAUSE_VERB_AFTER.match(text, noun_end, s.end)
        if not quoted_act and clause is None or _APART.search(text, s.start, s.end):
            continue
        modal = _MODAL.search(text, s.start, s.end) is not None
        phrase = text[noun_end:min(s.end, noun_end + 60)] if quoted_act else clause.group(0)
        if _ALONE.search(phrase) and not _same_time_alone(doc, phrase, second):
            continue  # "Raising £600 on the cake stall alone was amazing": a part of the whole told before
        narrowed = bool(_NARROWING_AFTER.match(text, noun_end)) \
            or quoted_act and bool(_QUOTED_PART_AFTER.match(text, noun_end))  # "410 parcels to families with children"
        candidates = []
        for index in (second.sentence - 1, second.sentence - 2):
            if index < 0 or doc.sentences[index].headline or doc.sentences[index].chrome:
                continue
            for first in doc.mentions_in(index):
                if first.kind != second.kind or first.is_range or first.value is None or first.compound \
                        or not same_dimension(first, second):
                    continue
                t0 = doc.sentences[index].start
                if _OLD_LEVEL_BEFORE.search(text, max(t0, first.start - 14), first.start) \
                        or modal and not _FUTURE.search(text, t0, doc.sentences[index].end):
                    continue
                if not _noun_fits(first, second) or quoted_act and not first.noun:
                    continue
                verb = _VERB_BEFORE.search(text, max(t0, first.start - 30), first.start)
                if verb is not None and _family(verb.group(1)) == family \
                        or family == "throughput" and not quoted_act \
                        and _LEVEL_VERB.search(text, max(t0, first.start - 30), first.start):
                    candidates.append(first)
        if len(candidates) != 1 or years_differ(doc, candidates[0], second) \
                or (narrowed or quoted_act) and second.value < candidates[0].value:
            # (a quote's "we" with a smaller figure is most often telling a part: "We sold 800 pies that Friday")
            continue  # (a smaller figure "on the cake stall", "from the north": a part of it)
        first = candidates[0]
        yield DefiniteRestatement(link="inferred", cue=CUE, first=first, second=second,
                                  subject=(second.noun or first.noun or "figure").lower())


FINDERS = (find_gerund_restatements,)

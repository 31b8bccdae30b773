"""Relations (round 42): a thing's cost told as what it will cost, then again before the thing's noun.

"The new cruise terminal will cost $480 million, the minister said. Construction of the $520 million terminal is due
to begin in March": the second sum restates the first (FC402, inferred).  Read only when:

* the first sum is the object of "cost" (or "will cost", "is expected to cost", "is to cost") whose subject is a
  noun phrase with an article or owner ("The new cruise terminal", "Its bypass"), the sum the only one of its
  currency in that sentence;
* the second, in one of the next three sentences, is a sum in the same currency right after "the" (or "this",
  "its") and before the same noun, at most two words between ("the $520 million cruise terminal");
* no other sum of that currency stands before that noun in between, and neither sentence tells the cost as one of
  several (a first, revised or original estimate, a rise, "now", a year's share, "more than") nor names a time of
  its own ("last year", "in 2027") -- costs are often restated on purpose when they change, and a year's cost is
  another year's thing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import DefiniteRestatement, singular

# the subject and its verb right before the sum: "The new cruise terminal will cost ", "Its bypass is expected to cost ",
# its place after its noun: "The terminal at Puerto Sur will cost "
_COST_SUBJECT = re.compile(r"\b(?:the|a|an|its|their|this)\s+(?:[\w'’-]+\s+){0,3}?([a-z][a-z-]{2,})"
                           r"(?:\s+(?:at|in|on|near|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:(?:will|would|could|"
                           r"is\s+(?:set\s+|due\s+|expected\s+|likely\s+)?to|was\s+(?:set\s+|due\s+|expected\s+)?to)\s+)?"
                           r"costs?\s+$", re.I)
# the second sum's article before it and its noun after it
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|its)\s+$", re.I)
_NOUN_AFTER = re.compile(r"(?:-|\s+)(?:[a-z][\w'’-]*\s+){0,2}?([a-z][a-z-]{2,})\b")
# a cost told as one of several, or changing
_APART = re.compile(r"\b(?:original\w*|initial\w*|revised|revision|first|previous\w*|earlier|estimat\w+|latest|"
                    r"now|new\s+cost|overrun\w*|over\s+budget|rose|risen|rise|up|down|more|less|than|increase\w*|"
                    r"decrease\w*|cut|extra|additional|further|another|each|per|a\s+year|annual\w*|phase|stage|"
                    r"last|next|ago|years?|months?|weeks?|season|(?:19|20)\d\d)\b", re.I)
# the verb's own words are no sign of a change: "is expected to cost"
_OWN_WORDS = re.compile(r"\b(?:is|was)\s+(?:expected|set|due|likely)\s+to\s+cost\b", re.I)


@dataclass(frozen=True)
class CostRestatement(DefiniteRestatement):
    """A thing's cost told by its verb, then again before the thing's noun (round 42)."""


@needs(Kind.MONEY, count=2, words=("cost",))
def find_cost_restatements(doc: Document):
    """A sum told as what a thing will cost, then again as "the SUM NOUN" (see the module)."""
    text = doc.text
    money = [m for m in doc.mentions if m.kind == Kind.MONEY and m.value and not m.is_range]
    for first in money:
        s = doc.sentences[first.sentence]
        if s.headline or s.chrome:
            continue
        told = _COST_SUBJECT.search(text, max(s.start, first.start - 80), first.start)
        if told is None or _APART.search(_OWN_WORDS.sub(" ", text[s.start:s.end])):
            continue
        if sum(1 for m in money if m.sentence == first.sentence and m.unit == first.unit) != 1:
            continue
        noun = singular(told.group(1).lower())
        second = _restated_before_noun(doc, money, first, noun)
        if second is None:
            continue
        yield CostRestatement(link="inferred", cue="will cost ... the", first=first, second=second, subject=noun)


def _restated_before_noun(doc: Document, money: list[Mention], first: Mention, noun: str) -> Mention | None:
    """The first sum of ``first``'s currency in the next three sentences told right before ``noun`` after "the",
    in a sentence telling no change; None when another sum of the currency comes first."""
    text = doc.text
    for m in money:
        if m.start <= first.end or m.unit != first.unit:
            continue
        if m.sentence > first.sentence + 3:
            return None
        s = doc.sentences[m.sentence]
        after = _NOUN_AFTER.match(text, m.end, s.end)
        named = after is not None and singular(after.group(1).lower()) == noun
        if not named:
            if m.sentence == first.sentence:
                continue
            return None  # another sum of the currency first: which is which?
        if s.headline or s.chrome or not _DEFINITE_BEFORE.search(text, max(s.start, m.start - 6), m.start) \
                or _APART.search(text[s.start:s.end]):
            return None
        return m
    return None


FINDERS = (find_cost_restatements,)

"""Relations (round 38): a figure told again under its owner's name.

"Sheinbaum won the presidency with 59.8% of the vote. ... Sheinbaum's 61.2% is the largest share since the 1980s";
"Okafor polled 18,240 votes. ... Okafor's tally of 18,420 ...".  The second figure restates the first (FC402,
inferred).  Read only when:

* the second figure follows a name's possessive, perhaps with a word of its kind between ("Okafor's tally of",
  "Sheinbaum's winning share of");
* in the two sentences before it (or its own, before it) the same name opens a clause whose verb tells a figure of the
  same kind and unit (a percentage, a count of the same noun or none, a sum in one currency), the only one of that
  kind there, no other name's possessive or figure of that kind between;
* nothing dates either figure apart (a year, "last", "previous", "in 2019") or makes the second a change ("up",
  "down", "more than").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import DefiniteRestatement, agrees

_KINDS = (Kind.PERCENT, Kind.COUNT, Kind.MONEY)


@dataclass(frozen=True)
class OwnedRestatement(DefiniteRestatement):
    """A figure told again after its owner's possessive; stands down where another restatement links the same two
    (``relate._without_second_readings``)."""
# "Sheinbaum's ", "Okafor's tally of ", "Ruto's winning share of ", "Mwansa’s total of "
_OWNER_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z][\w-]+)['’]s\s+(?:(?:winning|final|overall|record|total|vote)\s+)?"
                           r"(?:(?:tally|total|share|haul|count|score|majority|vote|margin|takings|result)\s+of\s+)?$")
# the same name opening the earlier clause, then its verb: "Sheinbaum won ...", "Okafor, 41, polled ..."
_VERBS = (r"(?:won|wins|took|takes|polled|polls|got|gets|secured|secures|received|receives|gained|gains|"
          r"captured|claimed|garnered|earned|earns|collected|scored|scores|had|has|finished|ended|held|holds|retained|"
          r"retains|kept)")
_APART = re.compile(r"\b(?:last|previous\w*|earlier|ago|up|down|more|less|fewer|higher|lower|than|compared|"
                    r"rose|fell|increase\w*|decrease\w*|(?:19|20)\d\d|forecast\w*|predicted|expected|projected)\b", re.I)


# (round 48) a winning margin: "won the seat by just 19 votes, taking 1,604 to ..." (not the winner's tally)
_MARGIN_BEFORE = re.compile(r"\bby\s+(?:(?:just|only|a\s+mere|some|about|around|nearly|almost)\s+)?$", re.I)


@needs(words=("'s", "’s"))
def find_owned_restatements(doc: Document):
    """A figure after a name's possessive against the figure that name was told with just before."""
    yield from _named_again(doc, _OWNER_BEFORE, 40, "{name}'s", same_sentence=True)


def _named_again(doc: Document, named_before: re.Pattern, reach: int, cue: str, same_sentence: bool):
    """Each figure that ``named_before`` ties to a name right before it (group 1), against the one figure that name
    was told with just before (in its own sentence too when ``same_sentence``), where the two disagree."""
    text = doc.text
    for second in doc.mentions:
        if second.kind not in _KINDS or second.value is None or second.is_range or second.hedge:
            continue
        s = doc.sentences[second.sentence]
        if s.headline or s.chrome:
            continue
        named = named_before.search(text, max(s.start, second.start - reach), second.start)
        if named is None or _APART.search(text, s.start, s.end):
            continue
        name = named.group(1)
        first = _told_with(doc, name, second, named.start())
        if first is None or agrees(first, second) or not same_sentence and first.sentence == second.sentence:
            continue
        yield OwnedRestatement(link="inferred", cue=cue.format(name=name), first=first, second=second,
                               subject=f"result of {name}")


def _told_with(doc: Document, name: str, second: Mention, owned_at: int) -> Mention | None:
    """The one figure of the second's kind and unit that ``name`` was told with in the two sentences before (or in
    the second's own sentence, before the possessive)."""
    text = doc.text
    for k in range(second.sentence, max(-1, second.sentence - 3), -1):
        sent = doc.sentences[k]
        if sent.headline or sent.chrome:
            continue
        end = owned_at if k == second.sentence else sent.end
        told_end = _opened_by(text, name, sent.start, end)
        if told_end is None:
            continue
        alike = [m for m in doc.mentions_in(k) if m.kind == second.kind and m.unit == second.unit
                 and m.start >= told_end and m.end <= end and m is not second
                 and not _MARGIN_BEFORE.search(text, max(0, m.start - 20), m.start)]  # (round 48) "by just 19 votes"
        if second.kind == Kind.COUNT:
            alike = [m for m in alike if not m.noun or not second.noun or m.noun.lower() == second.noun.lower()]
        if len(alike) > 1 and second.noun:  # (round 43) "with 41,286 votes against 29,770": the one of its noun
            alike = [m for m in alike if m.noun and m.noun.lower() == second.noun.lower()]
        if len(alike) != 1:
            return None
        first = alike[0]
        if first.value is None or first.is_range or _APART.search(text, sent.start, sent.end) \
                or _OWNER_BEFORE.search(text, max(told_end, first.start - 40), first.start):
            return None  # "Sheinbaum won ..., ahead of Gálvez's 27.5%": another's figure
        between = [m for i in range(k, second.sentence + 1) for m in doc.mentions_in(i)
                   if first.end <= m.start < second.start and m.kind == second.kind and m.unit == second.unit
                   and not (i == k and second.noun and not m.noun)]  # (round 43: "against 29,770": the rival's)
        return None if between else first
    return None


# what follows the name opening the earlier clause: "Okafor, 41, polled", "Sheinbaum won"
_TOLD_AFTER_NAME = re.compile(r"(?:\s*,[^,;]{1,40},)?\s+(?:[a-z]+\s+){0,2}?" + _VERBS + r"\b")


def _opened_by(text: str, name: str, start: int, end: int) -> int | None:
    """Where the first clause ``name`` opens in ``text[start:end]`` ends, with its verb (``_TOLD_AFTER_NAME``); None
    where it opens none.  (Round 56, speed: what ``re.compile(r"\b" + re.escape(name) + _TOLD_AFTER_NAME.pattern)
    .search(text, start, end)`` finds, without compiling a pattern per name: the name found as a string, a letter
    opening it, so that the boundary before it is a character no word holds, as the engine reads it before
    ``start`` too.)"""
    at = text.find(name, start, end)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            told = _TOLD_AFTER_NAME.match(text, at + len(name), end)
            if told is not None:
                return told.end()
        at = text.find(name, at + 1, end)
    return None


# (round 43) the name, then a "who" clause telling the figure: "Otsuka, who polled 44,286 votes,"
_WHO_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z][\w-]+)\s*,\s*who\s+(?:had\s+|has\s+|have\s+)?" + _VERBS
                         + r"\s+(?:a\s+total\s+of\s+)?$")


@needs(words=("who",))
def find_named_who_restatements(doc: Document):
    """(round 43) A figure in a "who" clause on a name against the figure that name was told with just before:
    "Otsuka won a third term with 41,286 votes against 29,770 ... Otsuka, who polled 44,286 votes, said ..."."""
    yield from _named_again(doc, _WHO_BEFORE, 60, "{name}, who", same_sentence=False)


FINDERS = (find_owned_restatements, find_named_who_restatements)

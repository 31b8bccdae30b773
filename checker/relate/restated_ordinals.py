"""Relations (round 47): a running tally told by the ordinal of its latest thing, then as the count it has reached --
FC402.

"Varga scored his 31st goal of the season on Saturday ... Varga, who now has 33 goals this season" tells one tally
twice: the latest goal was the 31st, so he has 31 now.  Read only when:

* the ordinal is someone's, of a period or a career: "his (her, their, its) Nth NOUN of the season (year, campaign,
  tournament, career, championship)";
* within its sentence or the next two, a count of the same noun (singular or plural) is told as where the tally
  stands now: after "now has", "has now", "now have", "takes (brings) his tally (total) to", "moves on to", or
  followed by "this season" (year, ...) with "now" before it in its clause;
* nothing between them tells of a later act or another tally ("since", "later", "then", "another", "more",
  "added", "further", a second ordinal of the noun, "and his Nth"), and the ordinal is the only one of its noun.

The count must equal the ordinal (the tally cannot have moved: nothing was told between).  The link is read, not
stated: a mismatch is a warning.

(Round 60) A streak told twice by its latest ordinal ("her fourth consecutive title ... her third straight victory",
``find_streak_retold``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..interval import Interval
from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import DefiniteRestatement, singular

CUE = "the tally by its latest"

_REACH = 2  # sentences after the ordinal's where the count may stand
# "his 31st goal of the season", "her 12th win of the year", "their fifth title of the campaign"
_OWNED_BEFORE = re.compile(r"\b(?:his|her|their|its)\s+$", re.I)
_NOUN_OF_PERIOD = re.compile(r"\s+([a-z]+)\s+(?:of\s+(?:the|this|his|her|their|its)\s+"
                             r"(?:season|year|campaign|tournament|career|championship|tour)|this\s+(?:season|year|"
                             r"campaign))\b", re.I)
# where the tally now stands: "now has 33 goals", "has now 33", "took his tally to 33", "moves on to 33"
_NOW_BEFORE = re.compile(r"\b(?:now\s+(?:has|have|had|holds|stands\s+(?:on|at))|(?:has|have)\s+now(?:\s+got)?|"
                         r"(?:takes|took|taking|brings|brought|bringing|moves|moved|moving)\s+(?:his|her|their|its)\s+"
                         r"(?:tally|total|haul|count)\s+(?:for\s+the\s+(?:season|year)\s+)?to|tally\s+(?:now\s+)?"
                         r"(?:stands\s+)?(?:at|on)|moves?\s+on\s+to)\s+$", re.I)
_LATER = re.compile(r"\b(?:since|later|then|another|more|added|adds|adding|further|again|second|subsequent\w*|"
                    r"before|previous\w*|earlier|last\s+(?:year|season))\b", re.I)
_ORDINAL_AND_ANOTHER = re.compile(r"\s+and\s+(?:his|her|their|its\s+)?\d+(?:st|nd|rd|th)\b", re.I)


def _owned_ordinal(doc: Document, m: Mention) -> str | None:
    """The noun of "his 31st goal of the season" (singular), or None."""
    s = doc.sentences[m.sentence]
    if m.kind != Kind.ORDINAL or m.value is None or m.value < 2 or m.value.denominator != 1 \
            or not _OWNED_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start) \
            or _ORDINAL_AND_ANOTHER.match(doc.text, m.end, s.end):
        return None
    noun = _NOUN_OF_PERIOD.match(doc.text, m.end, s.end)
    return singular(noun.group(1)) if noun else None


def _tally_now(doc: Document, m: Mention, noun: str) -> bool:
    """A plain count of ``noun`` told as where the tally stands now."""
    s = doc.sentences[m.sentence]
    return m.kind == Kind.COUNT and m.value is not None and not m.hedge and not m.is_range and not m.compound \
        and singular(m.noun) == noun and bool(_NOW_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start))


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'’-]+")


def _someone_else(doc: Document, first: Mention, second: Mention) -> bool:
    """A name in the count's sentence before it that the ordinal's sentence does not hold: another's tally."""
    s = doc.sentences[second.sentence]
    told = doc.sentence_text(first.sentence)
    names = [n for n in _NAME.findall(doc.text[s.start:second.start]) if n not in _NOT_NAMES]
    return any(n not in told for n in names)


_NOT_NAMES = frozenset("He She They It His Her Their The This That Team-mate Teammate".split())


@needs(Kind.ORDINAL, Kind.COUNT, words=("season", "year", "campaign", "tournament", "career", "championship", "tour"))
def find_ordinal_tallies(doc: Document):
    """A tally told by its latest thing's ordinal, then as where it stands now (see the module)."""
    ordinals = [(m, noun) for m in doc.mentions if not doc.sentences[m.sentence].headline
                and (noun := _owned_ordinal(doc, m)) is not None]
    if len(ordinals) != 1:
        return  # several tallies told by their latest: whose is which?
    first, noun = ordinals[0]
    for second in doc.mentions_within(first.sentence, first.sentence + _REACH + 1):
        if second.start <= first.end or not _tally_now(doc, second, noun):
            continue
        between = doc.text[first.end:second.start]
        if _LATER.search(between):
            break  # a later act or another tally between: the count may have moved
        if _someone_else(doc, first, second):
            continue  # "Team-mate Kerr now has 28 goals": another's tally
        as_count = replace(first, kind=Kind.COUNT, interval=Interval.point(first.value), noun=noun)
        yield DefiniteRestatement(link="inferred", cue=CUE, first=as_count, second=second, subject=noun + " tally")
        break


# (round 60) a streak told by its latest: "her fourth consecutive Orkney open-water title ... her third straight
# victory" -- the owner's, "consecutive", "straight", "successive" or "back-to-back", then up to three words and a noun
# of winning
_STREAK_AFTER = re.compile(r"\s+(?:consecutive|straight|successive|back-to-back)\s+(?:[A-Za-z'’-]+\s+){0,3}?"
                           r"(title|titles|victory|win|crown|championship)\b", re.I)


@needs(Kind.ORDINAL, count=2, words=("consecutive", "straight", "successive", "back-to-back"))
def find_streak_retold(doc: Document):
    """(Round 60) One streak told twice by its latest: "won her fourth consecutive title ... her third straight
    victory" -- two owned ordinals ("his", "her", "their", "its") of a streak of titles or wins (title, victory, win,
    crown, championship: one thing here), the second in the first's sentence or the next, no other streak between and
    nothing telling of another time ("last year", "previous", "earlier", "before", "next")."""
    streaks = []
    for m in doc.mentions:
        s = doc.sentences[m.sentence]
        if m.kind != Kind.ORDINAL or m.value is None or m.value < 2 or s.headline or s.chrome \
                or not _OWNED_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start) \
                or not _STREAK_AFTER.match(doc.text, m.end, s.end):
            continue
        streaks.append(m)
    for first, second in zip(streaks, streaks[1:]):
        if not 0 <= second.sentence - first.sentence <= 1:
            continue
        s1, s2 = doc.sentences[first.sentence], doc.sentences[second.sentence]
        if _OTHER_STREAK_TIME.search(doc.text, first.end, s2.end):
            continue
        owners = [doc.text[max(0, m.start - 8):m.start].split()[-1].lower() for m in (first, second)]
        named = set(_CAPITALISED.findall(doc.text, s1.start, first.start))
        if owners[0] != owners[1] or set(_CAPITALISED.findall(doc.text, max(s2.start, first.end), second.start)) - named:
            continue  # another owner, or someone named in the second's clause: whose streak? ("Her rival Kate Jones was
            # denied her third straight victory")
        first, second = (replace(m, interval=Interval.point(m.value)) for m in (first, second))  # (exact, as counted)
        yield DefiniteRestatement(link="inferred", cue="the streak by its latest", first=first, second=second,
                                  subject="streak")


# a capitalised word inside a sentence (not its first): a name
_CAPITALISED = re.compile(r"(?<=[a-z,;:]\s)[A-Z][a-z'’-]+")
_OTHER_STREAK_TIME = re.compile(r"\b(?:last\s+(?:year|season|month|week)|previous\w*|earlier|before|next|ago|"
                                r"(?:19|20)\d\d|would|could|will|bid|chasing|seeking|going\s+for)\b", re.I)


FINDERS = (find_ordinal_tallies, find_streak_retold)

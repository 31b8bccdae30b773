"""Relations (round 44): a player's score told again in the next sentence or the one after (FC402, inferred).

Three shapes, each a first telling and the words that tell it again:

* a round of golf: "Okafor shot a six-under 66 on Friday ... Okafor's round of 68 included seven birdies" -- the first
  after "shot", "carded", "fired", "signed for" (a score "under" or "over" par between allowed); the second after
  "round of", or "her 68" / "his 68" / a name's possessive right before "round";
* an innings: "Ramdin finished unbeaten on 143 ... His 134 was the highest score" -- the first after "unbeaten on",
  "not out on", "made", "scored", "hit", "struck" with "off N balls" or "runs" after it; the second after "his" or
  "her" (or the name's possessive) and a verb of state or "innings" after it;
* a target: "chased down a target of 246 ... Needing 264 to win" -- the first after "a target of", "set ... to win"
  or "chasing"; the second after "Needing", "needing", "chasing" and before "to win" (or after "target of").

Read only when the first's sentence holds no other figure of its kind that the shape could pick, no figure of the kind
lies between the two, and the second's sentence sets it apart by no other occasion ("last year", "previous", "career",
"best", "record" before it, another round's number).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import DefiniteRestatement, named_elsewhere

CUE = "a score told again"

_GOLF_FIRST = re.compile(r"\b(?:shot|shoots|shooting|carded|cards|carding|fired|fires|firing|signed\s+for|posted)\s+"
                         r"(?:a|an)\s+(?:(?:[\w-]+\s*-?\s*)(?:under|over)(?:-par)?\s*)?$", re.I)
_GOLF_SECOND = re.compile(r"(?:\bround\s+of\s+(?:a\s+)?|\b(?:his|her|their)\s+(?:[\w-]+-(?:under|over)\s+)?)$", re.I)
_ROUND_AFTER = re.compile(r"\s*(?:,|\s+(?:included|featured|contained|was|came|left|put|moved|took))", re.I)

_INNINGS_FIRST = re.compile(r"\b(?:unbeaten\s+on|not\s+out\s+on|(?:made|scored|hit|struck|compiled)(?:\s+an?\s+"
                            r"(?:unbeaten|superb|brilliant|patient|fluent|career-best))?)\s+$", re.I)
_INNINGS_FIRST_AFTER = re.compile(r"(?:\s+not\s+out)?\s*(?:\*\s*)?(?:\s+runs\b|\s+off\s+\d+\s+balls\b|\s+from\s+\d+\s+balls\b)", re.I)
_INNINGS_SECOND = re.compile(r"\b(?:his|her)\s+$", re.I)
_INNINGS_SECOND_AFTER = re.compile(r"\s+(?:is|was|came|included|featured|equalled|beat|broke|remains|made)\b", re.I)

_TARGET_FIRST = re.compile(r"(?:\btarget\s+of|\bchas(?:ed|ing|e)\s+down|\bset\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+$", re.I)
_TARGET_SECOND = re.compile(r"(?:\b[Nn]eeding|\b[Cc]hasing|\btarget\s+of)\s+$")
_TARGET_SECOND_AFTER = re.compile(r"\s+(?:to\s+win|for\s+victory|runs?\s+to\s+win)\b|\s*,", re.I)

_APART = re.compile(r"\b(?:last\s+(?:year|season|week|month|time)|previous\w*|earlier|career|personal|best|record|"
                    r"first|second|third|fourth|final|opening|other|another|(?:19|20)\d\d)\b", re.I)
_SHAPES = (
    ("round", _GOLF_FIRST, None, _GOLF_SECOND, _ROUND_AFTER),
    ("innings", _INNINGS_FIRST, _INNINGS_FIRST_AFTER, _INNINGS_SECOND, _INNINGS_SECOND_AFTER),
    ("target", _TARGET_FIRST, None, _TARGET_SECOND, _TARGET_SECOND_AFTER),
)


@dataclass(frozen=True)
class ScoreRestatement(DefiniteRestatement):
    """A player's score (a round, an innings, a target) told again (round 44)."""


def _golf_score(doc: Document, m: Mention) -> Mention:
    """"a seven-under 64": the grammar reads "under 64" as a code; the score is the figure, read as a count."""
    found = _UNDER_SCORE.fullmatch(m.text) if m.kind == Kind.CODE else None
    if found is None:
        return m
    value = Fraction(int(found.group(1)))
    return replace(m, kind=Kind.COUNT, start=m.start + found.start(1), text=found.group(1), value=value, hedge=None,
                   precision=Fraction(1), interval=Interval(value, value))


_UNDER_SCORE = re.compile(r"(?:under|over)[\s-]+(\d{2})")


def _someone_else(doc: Document, first: Mention, second: Mention) -> bool:
    """The second's sentence names another player before it: a rival's word, or a name's possessive that the
    first's sentence does not name before the first."""
    s2 = doc.sentences[second.sentence]
    lead = doc.text[s2.start:second.start]
    if _OTHER_PLAYER.search(lead):
        return True
    return any(named_elsewhere(doc, first, name) for name in _POSSESSIVE_NAME.findall(lead))


_OTHER_PLAYER = re.compile(r"\b(?:partner|rival|opponent|team-?mate|compatriot|runner-up|playing\s+partner|"
                           r"leader|champion|brother|sister)\b", re.I)
_POSSESSIVE_NAME = re.compile(r"\b([A-Z][\w-]+)['’]s\b")


def _bare(m: Mention) -> bool:
    return m.kind == Kind.COUNT and m.value is not None and not m.is_range and not m.hedge and not m.compound \
        and m.value.denominator == 1 and 20 <= m.value <= 999


def _before(doc: Document, m: Mention, width: int = 50) -> tuple[int, int]:
    return max(doc.sentences[m.sentence].start, m.start - width), m.start


@needs(Kind.COUNT, count=2)
def find_score_restatements(doc: Document):
    """A round, an innings or a target told twice (see the module)."""
    counts = [m for m in map(lambda m: _golf_score(doc, m), doc.mentions)
              if _bare(m) and not doc.sentences[m.sentence].headline]
    if len(counts) < 2:
        return
    text = doc.text
    for subject, first_before, first_after, second_before, second_after in _SHAPES:
        firsts, ends = [], {}
        for m in counts:
            after = first_after.match(text, m.end, doc.sentences[m.sentence].end) if first_after is not None else None
            if first_before.search(text, *_before(doc, m)) and (first_after is None or after is not None):
                firsts.append(m)
                ends[m.start] = after.end() if after is not None else m.end
        for first in firsts:
            if sum(1 for f in firsts if f.sentence == first.sentence) != 1:
                continue  # two rounds, two innings: which one is told again?
            for second in counts:
                if not first.sentence < second.sentence <= first.sentence + 2:
                    continue
                s2 = doc.sentences[second.sentence]
                if not second_before.search(text, *_before(doc, second, 30)) \
                        or not second_after.match(text, second.end, s2.end):
                    continue
                if any(ends[first.start] <= m.start < second.start and _bare(m) for m in counts):
                    break  # another score between
                if _someone_else(doc, first, second):
                    break  # "Her playing partner Lee's round of 71", "Smith's 134": another player's
                if _APART.search(text, s2.start, second.start) or _APART.search(text, *_before(doc, first, 30)):
                    break  # "his previous best of", "her career-best 64", "the second round of 68"
                yield ScoreRestatement(link="inferred", cue=CUE, first=first, second=second, subject=subject)
                break


FINDERS = (find_score_restatements,)

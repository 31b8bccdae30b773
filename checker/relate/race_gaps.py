"""Relations (round 37): a finisher's gap to the winner against the two finishing times.

"Pidcock finished 48 seconds behind the stage winner, who crossed the line in 4hr 12min 30sec; the Yorkshireman's
time was 4hr 13min 42sec" gives a gap (48 seconds) and both times: the gap must be the later time less the earlier
(FC301, with the margin's own rounding).  Read only when:

* the gap is a plain length of time in seconds or minutes, right before "behind" (or "adrift of", "down on",
  "slower than");
* the winner's time is the first race time after it in its sentence, within twelve words told of the winner ("the
  stage winner, who crossed the line in", "the winner's time of"), no clause break (";") between;
* the finisher's own time is the next race time, in that sentence after ";" or in the next sentence, told as
  theirs: "time was", "finished in", "clocked", "crossed the line in", "came home in", "stopped the clock at";
* a race time is written in two units or more ("4hr 12min 30sec", "2 hours 8 minutes") or with colons
  ("2:07:55"), and there are exactly two of them in the sentences read.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import AbsoluteChange
from .context import words
from .needs import needs

_BEHIND_AFTER = re.compile(r"\s+(?:behind|adrift\s+of|down\s+on|slower\s+than)\b", re.I)
_WINNER_WORDS = frozenset("winner winners winning leader champion victor who".split())
_OWN_TIME_BEFORE = re.compile(r"\b(?:time\s+(?:was|of)|finished\s+in|clocked|crossed\s+the\s+line\s+in|came\s+home\s+in|"
                              r"stopped\s+the\s+clock\s+(?:at|in)|completed\s+the\s+(?:course|stage|race)\s+in)\s+$",
                              re.I)
# someone other than the one behind: "the third-placed rider", "his team-mate", "the runner-up"
_OTHER_RIDER = re.compile(r"\b(?:second|third|fourth|fifth|[a-z]+-placed|runner-up|team-?mate|rival|another|other|"
                          r"winner|leader|champion)\b", re.I)
_UNIT_WORDS = re.compile(r"\d\s*(?:h|hr|hrs|hours?|min|mins|minutes?|m|sec|secs|seconds?|s)\b", re.I)


def _race_time(m: Mention) -> bool:
    return m.kind == Kind.DURATION and m.value is not None and not m.is_range and not m.compound and (
        ":" in m.text or len(_UNIT_WORDS.findall(m.text)) >= 2)


@needs(Kind.DURATION, count=3)
def find_race_gaps(doc: Document):
    """"finished 48 seconds behind the stage winner, who crossed the line in 4hr 12min 30sec; ... time was ..."."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = [m for m in doc.mentions_in(s.index) if m.kind == Kind.DURATION]
        for gap in ms:
            if gap.unit not in ("second", "minute") or gap.hedge or gap.is_range or gap.compound \
                    or _race_time(gap) or not _BEHIND_AFTER.match(text, gap.end):
                continue
            if any(_race_time(m) for m in ms if m.end <= gap.start):
                continue  # another race time before the gap: which is whose?
            later = [m for m in ms if m.start > gap.end and _race_time(m)]
            if not later:
                continue
            winner = later[0]
            between = text[gap.end:winner.start]
            if ";" in between or len(words(between)) > 12 or not _WINNER_WORDS & set(words(between)):
                continue
            rest = later[1:]
            nxt = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
            if not rest and nxt is not None and not nxt.headline and not nxt.chrome:
                rest = [m for m in doc.mentions_in(nxt.index) if _race_time(m)]
            if len(rest) != 1:
                continue
            own = rest[0]
            if not _OWN_TIME_BEFORE.search(text, max(0, own.start - 40), own.start):
                continue
            lead_in = text[max(doc.sentences[own.sentence].start, text.rfind(";", 0, own.start) + 1):own.start]
            if _OTHER_RIDER.search(lead_in):
                continue  # "The third-placed rider's time was ...": someone else's time
            if own.sentence == s.index and ";" not in text[winner.end:own.start]:
                continue  # (in one sentence the two times are read only across a ";")
            yield AbsoluteChange(link="explicit" if own.sentence == s.index else "inferred", cue="behind",
                                 change=gap, old=winner, new=own, direction=1)


FINDERS = (find_race_gaps,)

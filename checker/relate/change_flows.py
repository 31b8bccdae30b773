"""Relations (round 56): a level moved from one figure to another, then what moved it.

"The depot's fleet shrank from 75 engines in 2019 to 61 now: 20 were withdrawn in the cuts, and six have been bought
back since" tells a level at two times and, after a colon or dash, the flows between them: what went out (20) and
what came in (6).  The old level less what went out plus what came in is the new: 75 - 20 + 6 = 61.  Read as a stated
change from the old level to the new whose size is the net of the flows (FC301), only when:

* one sentence holds "from OLD ... to NEW" (a few words between, a year or "now" allowed) with the two levels plain
  counts of one kind, no hedge, no range, and a colon or dash right after NEW and its time;
* every figure after that colon in the sentence is a flow: a count (no hedge, no range, not a year) followed by a
  verb of its own, passive or perfect ("were withdrawn", "have been bought back", "had closed"), whose verb says it
  went out (withdrawn, sold, closed, scrapped, lost, cut, retired, ...) or came in (bought, added, opened, built,
  hired, joined, leased, acquired, ...); a flow whose verb says neither leaves the sentence unread;
* at least one flow, and at most six.

The flows may be all of the move (nothing else said); the link is read, not said: a contradiction is a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention
from .changes import AbsoluteChange
from .needs import needs

# "from 75 engines in 2019 to 61 now:": the old level, at most a few words, "to", the new, its time, then a colon or dash
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_TO_BETWEEN = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+", re.I)
_COLON_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?(?:\s+in\s+(?:19|20)\d\d|\s+now|\s+today|\s+this\s+year)?"
                          r"\s*(?::|\s[-–—]+)\s*", re.I)
# a flow's own verb: "20 were withdrawn", "six have been bought back", "nine closed"
_FLOW_VERB = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|have|has|had)"
                        r"\s+)?(?:since\s+|then\s+|later\s+|also\s+)?([a-z]+)(?:\s+(back|off|down|up|in|out))?\b", re.I)
_OUT = frozenset("""withdrawn withdrew sold scrapped retired closed shut lost cut removed demolished axed dropped
    decommissioned written left quit departed died disbanded mothballed""".split())
_IN = frozenset("""bought added opened built hired recruited joined leased acquired delivered arrived
    purchased commissioned reopened restored returned signed""".split())


@dataclass(frozen=True)
class FlowsChange(AbsoluteChange):
    """A move between two levels whose size is the net of the flows told after it (``change`` holds the net, its
    text the flows' sum: "20 - six")."""

    flows: tuple[Mention, ...] = ()

    def members(self) -> tuple[Mention, ...]:
        return (self.old, self.new) + self.flows


def _flow_sign(doc: Document, m) -> int:
    """+1 for a flow in, -1 for a flow out, 0 when its own verb tells neither."""
    v = _FLOW_VERB.match(doc.text, m.end)
    if v is None:
        return 0
    verb, particle = v.group(1).lower(), (v.group(2) or "").lower()
    if verb == "written" and particle != "off":
        return 0
    if verb in ("bought", "brought", "taken", "won") and particle == "back" or verb in _IN:
        return 1
    if verb in _OUT:
        return -1
    return 0


@needs(Kind.COUNT, count=3, words=("from",))
def find_flows_between_levels(doc: Document):
    """"from 75 engines in 2019 to 61 now: 20 were withdrawn ..., and six have been bought back": the old level less
    what went out plus what came in is the new (75 - 20 + 6 = 61)."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome:
            continue
        ms = [m for m in doc.mentions_in(s.index) if m.kind not in (Kind.DATE, Kind.YEAR, Kind.WEEKDAY, Kind.TIME)]
        for k, old in enumerate(ms[:-2]):
            new = ms[k + 1]
            if old.kind != Kind.COUNT or new.kind != old.kind or old.unit != new.unit \
                    or old.value is None or new.value is None or old.is_range or new.is_range \
                    or old.hedge or new.hedge or old.value == new.value:
                continue
            if not _FROM_BEFORE.search(text, max(s.start, old.start - 6), old.start) \
                    or not _TO_BETWEEN.fullmatch(text, old.end, new.start):
                continue
            colon = _COLON_AFTER.match(text, new.end, s.end)
            if colon is None:
                continue
            flows = [m for m in ms[k + 2:] if m.start >= colon.end()]
            if not flows or len(flows) > 6 or len(flows) != len(ms) - k - 2:
                break
            if any(f.kind != old.kind or f.unit != old.unit or f.value is None or f.is_range or f.hedge
                   for f in flows):
                break
            signs = [_flow_sign(doc, f) for f in flows]
            if 0 in signs:
                break
            direction = 1 if new.value > old.value else -1
            net = sum(sg * f.value for sg, f in zip(signs, flows))
            along = [f.text for sg, f in zip(signs, flows) if sg == direction]
            against = [f.text for sg, f in zip(signs, flows) if sg != direction]
            told = " + ".join(along) + "".join(f" - {t}" for t in against) if along else \
                "-" + " - ".join(against)
            interval = Interval.point(Fraction(0))  # the net along the move: flows its way add, the others take away
            for sg, f in zip(signs, flows):
                interval = interval + f.interval if sg == direction else interval - f.interval
            size = replace(flows[0], text=told, value=net * direction, interval=interval)
            yield FlowsChange(link="inferred", cue="flows between two levels", change=size, old=old, new=new,
                              direction=direction, flows=tuple(flows))
            break


FINDERS = (find_flows_between_levels,)

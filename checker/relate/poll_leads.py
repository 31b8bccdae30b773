"""Relations (round 33): a lead in points told first, then the two shares it lies between.

"The party's lead has narrowed to three points, which puts it on 34% against 29% for its rival": the lead is the
gap between the two shares told after it in its sentence, so 34 - 29 must be three (``ShareMargin``, as for a
margin told after the shares: "Yes took 58% and No 42%, a margin of 16 points").

Read only when one sentence holds exactly one figure in points and exactly two percentages, in that order:

* the points close "lead"/"gap"/"advantage" and its verb of state or of change ending at it ("lead has narrowed to",
  "lead is", "gap stands at", "a lead of");
* the first share is set "on" ("puts it on 34%", "with the party on 41%"), the second after "against", "to" or
  "versus" (a few words of its holder and "on" may follow: "to Remain on 45%") or after "and", its holder and "on"
  ("and the Tories on 32%");
* nothing after the second share names another time ("last month", "in 2019", "previously").
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .changes import _norm, is_points_size
from .needs import needs
from .percents import ShareMargin

# the lead's noun and its verb right before the points: "lead has narrowed to", "gap is", "a lead of"
_LEAD_BEFORE = re.compile(r"\b(?:lead|gap|advantage)\s+(?:[a-z][\w'’-]*\s+){0,4}?(?:(?:has|have|had|now)\s+)?"
                          r"(?:(?:narrowed|widened|grown|shrunk|stretched|extended|cut|fallen|risen|closed)\s+to|is|was|"
                          r"stands\s+at|stood\s+at|of)\s+(?:(?:just|only)\s+)?$")
# the first share set "on" (after at most its clause's other words)
_ON_BEFORE = re.compile(r"\bon\s+$")
# between the two shares: "against", "to", "versus", or "and" and its holder then "on"
_SIDES_JOINT = re.compile(r"\s*(?:(?:against|to|versus|vs\.?)(?:\s+(?:[\w'’-]+\s+){1,4}?on)?|,?\s*and\s+(?:[\w'’-]+\s+){1,4}?on)"
                          r"\s+")
_OTHER_TIME = re.compile(r"\b(?:last|previous|previously|earlier|ago|before|prior|then|in\s+(?:19|20)\d\d)\b")


@needs(Kind.PERCENT, count=2)
def find_lead_before_shares(doc: Document):
    """ShareMargin for "lead has narrowed to three points, which puts it on 34% against 29%" (see the module)."""
    for idx, mentions in doc.mentions_by_sentence().items():
        sent = doc.sentences[idx]
        if sent.headline or len(mentions) < 3:
            continue
        ms = [m for m in mentions if m.kind in (Kind.PERCENT, Kind.POINTS, Kind.COUNT)]
        shares = [m for m in ms if m.kind == Kind.PERCENT]
        points = [m for m in ms if m.kind == Kind.POINTS and m.unit == "pp" or m.kind == Kind.COUNT
                  and is_points_size(doc, m)]
        if len(shares) != 2 or len(points) != 1 or len(ms) != 3:
            continue
        lead, (first, second) = points[0], shares
        if not lead.end <= first.start or lead.is_range or any(m.is_range or m.value is None for m in shares):
            continue
        if not _LEAD_BEFORE.search(_norm(doc.text[max(sent.start, lead.start - 80):lead.start])) \
                or not _ON_BEFORE.search(_norm(doc.text[lead.end:first.start])) \
                or not _SIDES_JOINT.fullmatch(_norm(doc.text[first.end:second.start])) \
                or _OTHER_TIME.search(_norm(doc.text[second.end:sent.end])):
            continue
        high, low = (first, second) if first.value >= second.value else (second, first)
        yield ShareMargin(link="explicit", cue="a lead told before the two shares", first=high, second=low, margin=lead)


FINDERS = (find_lead_before_shares,)

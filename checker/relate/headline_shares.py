"""Relations (round 43): a headline's share against the lead's one percentage share of the same thing.

"A quarter of trains ran late in March" over "Official data show 34.8% of services arrived more than five minutes late
in March": 34.8% is no quarter (FC401, inferred).  Read only when:

* the headline holds one share -- a fraction in words or a percentage -- followed by "of" ("A quarter of trains",
  "Half of nurses", "40% of firms"), and no other percentage;
* the body's opening two sentences hold exactly one percentage, no change's size (not after "up", "rose", "by" and
  the like), and no fraction in words;
* the two speak of the same thing: the headline's noun after "of" is in the body's sentence, or two more of the
  headline's content words are;
* the headline's share is compared as a percentage (a fraction in words with its ±10%, a hedge with its band).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Document, Kind, Mention
from .context import words
from .needs import needs
from .restatements import HeadlineRestatement, change_role, singular

_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+)?([a-z][\w'’-]+)", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|risen|rise|rising|fell|fallen|fall|falling|grew|grown|growth|increased?|"
                            r"decreased?|declined?|dropped|jumped|climbed|gained|lost|cut|by|from|to)\s+"
                            r"(?:(?:about|around|nearly|almost|some|just|over|under)\s+)?$", re.I)
# a percentage told as a share: of something, or of those asked, then their verb ("38% said")
_SHARE_AFTER = re.compile(r"\s+(?:of\b|(?:said|say|says|were|are|was|is|had|have|reported|backed|support\w*|want\w*|"
                          r"plan\w*|expect\w*|thought|think|believe\w*|agreed|opposed)\b)", re.I)
_STOP = frozenset("""with from that this have has were was will would their they them than into over under about
    after before since said says show shows figures data survey finds found according year years""".split())
_LEAD_SENTENCES = 2
# (round 62) the share's own clause, then its level of an earlier year
_EARLIER_LEVEL = re.compile(r"[^,;.]{0,120},\s*(?:up|down)\s+from\s+", re.I)
_IN_YEAR = re.compile(r"\s+in\s+(?:19|20)\d\d\b")


@dataclass(frozen=True)
class HeadlineShareRestatement(HeadlineRestatement):
    """A headline's share against the lead's one percentage share (round 43)."""


def _content(text: str) -> set[str]:
    return {singular(w.lower()) for w in words(text) if len(w) >= 4 and w.lower() not in _STOP}


def _as_percent(m: Mention) -> Mention:
    """A fraction in words as a percentage mention (its text kept): "A quarter" is 22.5% to 27.5%."""
    if m.kind == Kind.PERCENT or m.interval is None:
        return m
    return replace(m, kind=Kind.PERCENT, value=m.value * 100, interval=m.interval.scale(100),
                   precision=None if m.precision is None else m.precision * 100)


@needs(Kind.PERCENT)
def find_headline_shares(doc: Document):
    """A headline share against the lead's one percentage share (see the module)."""
    heads = [m for m in doc.mentions if doc.sentences[m.sentence].headline]
    shares = [m for m in heads if m.kind in (Kind.PERCENT, Kind.FRACTION) and m.value is not None and not m.is_range]
    if len(shares) != 1 or any(m.kind == Kind.PERCENT for m in heads if m is not shares[0]):
        return
    h = shares[0]
    hs = doc.sentences[h.sentence]
    of = _OF_AFTER.match(doc.text, h.end, hs.end)
    if of is None or h.interval is None or (h.kind == Kind.FRACTION and h.value >= 1):
        return
    lead = [s.index for s in doc.sentences if not s.headline and not s.chrome][:_LEAD_SENTENCES]
    body = [m for i in lead for m in doc.mentions_in(i)]
    percents = [m for m in body if m.kind == Kind.PERCENT]
    if len(percents) == 2 and _EARLIER_LEVEL.fullmatch(doc.text, percents[0].end, percents[1].start) \
            and _IN_YEAR.match(doc.text, percents[1].end):
        percents = percents[:1]  # (round 62) "38 per cent of the schools had no librarian last year, up from 29 per cent
        # in 2019": the level of an earlier year, no second share of now
    if len(percents) != 1 or any(m.kind == Kind.FRACTION for m in body):
        return
    b = percents[0]
    bs = doc.sentences[b.sentence]
    if b.is_range or b.value is None or change_role(doc, b) is not None \
            or _CHANGE_BEFORE.search(doc.text, max(bs.start, b.start - 30), b.start) \
            or not _SHARE_AFTER.match(doc.text, b.end, bs.end):
        return
    body_words = _content(doc.text[bs.start:bs.end])
    head_words = _content(doc.text[h.end:hs.end])
    noun = singular(of.group(1).lower())
    if noun not in body_words and len((head_words - {noun}) & body_words) < 2:
        return
    yield HeadlineShareRestatement(link="inferred", cue="headline share", first=_as_percent(h), second=b,
                                   subject="share")


FINDERS = (find_headline_shares,)

"""Relations (round 29): a change counted "since" a year whose level a "when" clause gives, the level now told after
a semicolon or in the next sentence of the paragraph.

    Bus fares have doubled since 2020, when a single ticket cost $2.75; riders now pay $4.25.
    Membership has doubled since 2018, when the club had 240 players. It now has 610.
    Tuition has risen by $3,000 since 2015, when students paid $9,000; today they pay $13,500.

The change is sized alone (a multiple verb, or a size after a verb of change) and has no level of its own; the "when"
clause names the state of the measure then (a short subject, a verb of state or price, the figure closing the
clause); the level now is the one figure of its clause, after "now", "today" or "currently" and a verb of state or
price, its subject none, a pronoun or the payers in general ("riders now pay"; not "a flat now costs").  The two
levels are one measure (kind and unit), of one noun and one period of a price when both say them.  The readings are inferred: they cross a clause.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .categories import normalise
from .changes import (CHANGE_WORDS, AbsoluteChange, MultipleChange, _by_sentence_figures, _names_another_place, _norm,
                      _one_measure, _role, compatible, is_points_count, multiple_role, sentence_slots)
from .needs import needs

# between the size and its "since": the verb's few words ("have risen by $3,000 since", "has doubled since")
_TO_SINCE = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s+since\s+(?:19|20)\d\d\s*,\s*when\s+(?P<subject>(?:[a-z][\w'’-]*\s+)"
                       r"{1,4}?)(?P<verb>cost|costs|was|were|had|paid|charged|numbered|totalled|totaled|stood\s+at|"
                       r"sold\s+for|drew|attracted|earned|made)\s+(?:(?:only|just|about|around|roughly)\s+)?$")
# the period of a price after its figure ("£600 a month")
_PERIOD = r"(?:(?:a|an|per)\s+(?P<period>year|month|week|day|night|hour)\s*)?"
# after the old level: the clause's end, or the period of a price
_OLD_ENDS = re.compile(r"^\s*" + _PERIOD + r"(?P<stop>;|\.|$)")
# the level now: a clause of a subject, "now" (or "today", "currently") and a verb of state or price, then the figure
_NOW_VERBS = (r"(?:pay|pays|cost|costs|has|have|is|are|stands\s+at|stand\s+at|numbers|number|totals|charges|charge|"
              r"sells\s+for|sell\s+for|draws|draw|attracts|attract|earns|earn|makes|make|counts|count)")
_NOW_CLAUSE = re.compile(r"^\s*(?:(?P<now1>now|today|currently)\s*,?\s+)?(?P<subject>(?:[a-z][\w'’-]*\s+){0,4}?)"
                         r"(?:(?P<now2>now|today|currently)\s+)?" + _NOW_VERBS
                         + r"\s+(?:(?:only|just|about|around|roughly|some|more\s+than|nearly|almost)\s+)?$")
_NOW_ENDS = re.compile(r"^\s*" + _PERIOD + r"(?:,[^;]*)?(?:\.|;|$)")
# the subject of the level now: none, a pronoun or the payers in general ("tenants now pay"); not an item or a place of
# its own, named with a determiner ("a flat now costs", "The city next door now has", "A monthly pass now costs")
_OWN_ITEM = frozenset("a an the this that these those its their his her our every each one".split())
_SIZED_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)


def _size_of(doc: Document, slots) -> tuple[Mention, object] | None:
    """The sentence's first figure sizing a change (a multiple verb, or a figure with a size role)."""
    for m, roles in slots:
        mag = _role(roles, "mag")
        if m.kind == Kind.MULTIPLE:
            mag = mag or multiple_role(doc, m)
        if mag is not None:
            return m, mag
        if _role(roles, "to") or _role(roles, "from"):
            return None  # a level told before the size: another reading's
    return None


def _level_now(doc: Document, sent_idx: int, start: int, end: int, old: Mention,
               old_period: str | None) -> Mention | None:
    """The one figure of the clause ``start:end`` of sentence ``sent_idx``, told as the level now: its subject none,
    a pronoun or the payers in general, its noun and the period of its price (if both say one) the old level's."""
    pool = [m for m in _by_sentence_figures(doc).get(sent_idx, []) if start <= m.start < end]
    if len(pool) != 1:
        return None
    new = pool[0]
    lead = _norm(doc.text[start:new.start])
    mc = _NOW_CLAUSE.match(lead)
    if mc is None or not (mc.group("now1") or mc.group("now2")) or any(w in CHANGE_WORDS for w in lead.split()):
        return None
    if any(w in _OWN_ITEM for w in mc.group("subject").split()):
        return None  # "a flat now costs £180,000": another item's level
    own = new.noun_span.end if new.noun_span is not None and new.noun_span.start >= new.end else new.end
    ends = _NOW_ENDS.match(_norm(doc.text[own:end]))
    if not ends or old_period and ends.group("period") and ends.group("period") != old_period:
        return None  # "drivers paid £5 a day; they now pay £80 a month": another rate
    if new.is_range or not new.value or not _one_measure(old, new) or not compatible(old, new):
        return None
    if old.noun and new.noun and normalise(old.noun) != normalise(new.noun):
        return None  # "when the firm had 12 staff. It now has 50 shops": another noun
    told = doc.sentences[old.sentence]
    if _names_another_place(doc.text[start:end], doc.text[told.start:min(told.end, start)]):
        return None  # "riders in York now pay": another place's level
    return new


@needs(words=("since", "when"))
def find_since_then_now(doc: Document):
    figures = _by_sentence_figures(doc)
    for idx, ms in figures.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(ms) < 2:
            continue
        found = _size_of(doc, sentence_slots(doc, ms))
        if found is None:
            continue
        size, mag = found
        after = [m for m in ms if m.start > size.end and not m.compound]  # (not "a one-bedroom flat")
        if not after:
            continue
        old = after[0]
        mt = _TO_SINCE.match(_norm(doc.text[size.end:old.start]))
        if mt is None or any(w in CHANGE_WORDS for w in mt.group("subject").split()):
            continue
        if old.is_range or not old.value or old.kind not in _SIZED_KINDS:
            continue
        own = old.noun_span.end if old.noun_span is not None and old.noun_span.start >= old.end else old.end
        stop = _OLD_ENDS.match(_norm(doc.text[own:sent.end]))  # (past the figure's noun: "had 240 players.")
        if stop is None:
            continue
        if stop.group("stop") == ";":
            semi = doc.text.index(";", old.end)
            new = _level_now(doc, idx, semi + 1, sent.end, old, stop.group("period"))
        elif idx + 1 < len(doc.sentences) and len(after) == 1:
            nxt = doc.sentences[idx + 1]
            if nxt.headline or nxt.chrome or nxt.paragraph != sent.paragraph:
                continue
            new = _level_now(doc, idx + 1, nxt.start, nxt.end, old, stop.group("period"))
        else:
            continue
        if new is None:
            continue
        cue = f"{mag.cue} (since, when ...; the level now)"
        if size.kind == Kind.PERCENT:
            from .percents import PercentChange  # percents imports changes
            yield PercentChange(link="inferred", cue=cue, change=size, old=old, new=new, direction=mag.direction)
        elif size.kind == Kind.MULTIPLE:
            yield MultipleChange(link="inferred", cue=cue, multiple=size, old=old, new=new)
        elif size.kind in _SIZED_KINDS and not is_points_count(size) and compatible(size, new):
            yield AbsoluteChange(link="inferred", cue=cue, change=size, old=old, new=new, direction=mag.direction)


FINDERS = (find_since_then_now,)

"""Relations (round 33): a winning margin told by its verb, restated as the winner's majority; a race won by a
margin of time beside the winner's and the runner-up's times.

"Ms Orr held the ward by 642 votes on a low turnout. Her majority of 624 was the smallest in the city" gives one
margin twice: the first by a verb of winning or holding ("won/held/kept/retained/took ... by N votes"), the second
a sentence or two later as the winner's own majority, owned by a pronoun ("her majority of N", "his N-vote
majority").  Read only when:

* the first is the one margin so told in the window, its "by" within a few words of the verb, "votes" after it;
* the second is owned by "his/her/their/its" (not "the majority of 1,200 members", a part of a set), with at most
  a word of size before "majority" ("slender", "narrow"), and "of N" ending there or going on to "votes";
* no other margin (a majority, margin or lead of N, or N ahead) stands between them, and nothing in the second's
  sentence sets it apart: another time (``years_differ``), a change ("cut", "down from", "increased"), another
  count of it ("previous", "last", "notional") or a comparison ("than").

A race "won by 31 seconds" (or "31 seconds ahead of", "31 seconds clear of") beside the winner's time and the
runner-up's ("crossing the line in 27min 48sec; runner-up Abebe finished in 28min 19sec") gives the margin twice: it
is the runner-up's time less the winner's.  Read only when the margin's sentence and the next hold exactly two other
lengths of time, each a finishing time (after "in", "clocked", "a time of"), both in the margin's unit and each
longer than it, and the runner-up is named as such ("runner-up", "second", "behind", "ahead of"); silent when
anything tells of another race or year ("last year", "heat", "semi-final", "personal best", "record").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Kind
from .context import quantities
from .needs import needs
from .restatements import DefiniteRestatement, years_differ

# the verb that won or kept the contest, a few words before "by N": "held the seat by", "won Hillside ward by just"
_WON_BY = re.compile(r"\b(?:won|wins|win|held|holds|hold|retained|retains|kept|keeps|took|takes|gained|gains|"
                     r"captured|captures|clinched|carried|defended|defends)\b(?:\s+[\w'’-]+){0,4}?\s+by\s+"
                     r"(?:just\s+|only\s+|a\s+mere\s+|some\s+)?$", re.I)
_VOTES_AFTER = re.compile(r"\s+votes\b", re.I)
# the winner's own majority: "his majority of", "her slender majority of"
_OWN_MAJORITY_OF = re.compile(r"\b(?:his|her|their|its)\s+(?:(?:slender|narrow|slim|thin|wafer-thin|tiny|"
                              r"comfortable|healthy|winning)\s+)?majority\s+of\s+$", re.I)
_OWN_BEFORE = re.compile(r"\b(?:his|her|their|its)\s+$", re.I)
_VOTE_MAJORITY_AFTER = re.compile(r"\s+majority\b", re.I)
# "of N" ends there (a comma, a verb) or goes on to "votes": not "of 1,200 members"
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|votes\b|(?:is|was|has|had|will|would|made|makes|left|leaves|"
                            r"remains|remained|came|comes|puts|put|gave|gives|means|meant|"
                            # (round 50) "her majority of 221 showed people want change": the clause's verb
                            r"showed|shows|proved|proves|suggested|suggests|reflected|reflects|sent|sends)\b)", re.I)
# any other margin: "a majority of 2,100", "a lead of 40", "300 ahead", "a 900-vote majority"
_MARGIN_BEFORE = re.compile(r"\b(?:majority|margin|lead|gap)\s+of\s+(?:just\s+|only\s+)?$", re.I)
_MARGIN_AFTER = re.compile(r"\s*(?:votes\s+)?(?:ahead|clear)\b|(?:-vote)?\s+(?:majority|margin|lead)\b", re.I)
# (round 50) the beaten holder's old majority: "won by 212 votes, overturning a Labour majority of 1,040"
_OVERTURNED_BEFORE = re.compile(r"\b(?:overturn\w*|overcom\w*|wip\w*\s+out|reversing|reversed)\s+(?:a|an|the|"
                                r"[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:majority|margin|lead)\s+of\s+$")
# what sets the majority apart: a change, another count of it, a comparison
_APART = re.compile(r"\b(?:cut|cuts|reduced|reduces|slashed|halved|increased|increases|boosted|doubled|trebled|"
                    r"overturned|down|up|from|previous|previously|last|former|notional|old|new|than|compared|"
                    r"before|then|once|had\s+been|was\s+once)\b", re.I)


def _won_by(doc: Document, m) -> bool:
    s = doc.sentences[m.sentence]
    return bool(_WON_BY.search(doc.text, max(s.start, m.start - 60), m.start)) \
        and bool(_VOTES_AFTER.match(doc.text, m.end))


def _own_majority(doc: Document, m) -> bool:
    s = doc.sentences[m.sentence]
    if m.compound:
        return bool(_OWN_BEFORE.search(doc.text, max(s.start, m.start - 10), m.start)) \
            and m.text.lower().endswith("-vote") and bool(_VOTE_MAJORITY_AFTER.match(doc.text, m.end))
    return bool(_OWN_MAJORITY_OF.search(doc.text, max(s.start, m.start - 40), m.start)) \
        and bool(_NO_NOUN_AFTER.match(doc.text, m.end, s.end))


def _margin(doc: Document, m) -> bool:
    s = doc.sentences[m.sentence]
    return bool(_MARGIN_BEFORE.search(doc.text, max(s.start, m.start - 25), m.start)) \
        or bool(_MARGIN_AFTER.match(doc.text, m.end, s.end))


@needs(Kind.COUNT, count=2, words=("majority",))
def find_majority_restatements(doc: Document):
    """A margin won "by N votes" restated as the winner's own majority a sentence or two later: "held the seat by
    1,480 votes ... His majority of 1,408 is" (one such margin; no margin between; nothing setting the second apart)."""
    qs = [m for m in quantities(doc, Kind.COUNT) if m.value is not None and not m.is_range]
    for j, second in enumerate(qs):
        if not _own_majority(doc, second):
            continue
        window = [m for m in qs[:j] if second.sentence - 2 <= m.sentence <= second.sentence]
        won = [m for m in window if _won_by(doc, m)]
        if len(won) != 1:
            continue
        first = won[0]
        if any(m.start > first.end and _margin(doc, m) and not _OVERTURNED_BEFORE.search(
                doc.text, max(doc.sentences[m.sentence].start, m.start - 40), m.start) for m in window):
            continue  # another margin between: which one is the majority? (not the one overturned: round 50)
        s = doc.sentences[second.sentence]
        if _APART.search(doc.text, s.start, s.end) or years_differ(doc, first, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="majority", first=first, second=second, subject="majority")


# a race's margin: "won (the 10,000m) by", "N seconds ahead of / clear of"
_WON_RACE_BY = re.compile(r"\b(?:won|wins|win|winning|took|takes|clinched|claimed)\b(?:\s+[\w'’,-]+){0,5}?\s+by\s+"
                          r"(?:just\s+|only\s+|almost\s+|nearly\s+|some\s+)?$", re.I)
_AHEAD_AFTER = re.compile(r"\s+(?:ahead|clear)\s+of\b", re.I)
# a finishing time: "in 27min 48sec", "crossing the line in", "clocked", "a time of"
_FINISH_BEFORE = re.compile(r"\b(?:in|clocked|clocking|clocks|timed\s+at|time\s+of|stopped\s+the\s+clock\s+at)\s+$",
                            re.I)
_RUNNER_UP = re.compile(r"\b(?:runner-up|runners-up|second|second-placed|behind|ahead\s+of|clear\s+of|beat|beating|"
                        r"edged|edging)\b", re.I)
_OTHER_RACE = re.compile(r"\b(?:last\s+year|heats?|semi-finals?|personal\s+best|record|previous|earlier|qualif\w*|"
                         r"split|lap|halfway|average)\b", re.I)


_LOWER_PLACE = re.compile(r"\b(?:third|fourth|fifth|sixth|bronze|last)\b", re.I)


@needs(Kind.DURATION, count=3)
def find_race_margins(doc: Document):
    """A race won by a margin of time beside the two finishing times it separates: "won by 41 seconds, crossing the
    line in 27min 48sec; runner-up ... finished in 28min 19sec" (the runner-up's time less the winner's)."""
    qs = [m for m in quantities(doc, Kind.DURATION) if m.value is not None and not m.is_range]
    for m in qs:
        s = doc.sentences[m.sentence]
        if not (_WON_RACE_BY.search(doc.text, max(s.start, m.start - 60), m.start)
                or _AHEAD_AFTER.match(doc.text, m.end, s.end)):
            continue
        last = min(m.sentence + 1, len(doc.sentences) - 1)
        passage = doc.text[s.start:doc.sentences[last].end]
        if not _RUNNER_UP.search(passage) or _OTHER_RACE.search(passage):
            continue
        others = [o for o in qs if o is not m and m.sentence <= o.sentence <= last]
        if len(others) != 2 or any(o.unit != m.unit or o.hedge or o.value <= m.value for o in others):
            continue
        if not all(_FINISH_BEFORE.search(doc.text, max(0, o.start - 25), o.start) for o in others):
            continue
        fast, slow = sorted(others, key=lambda o: o.value)
        if _LOWER_PLACE.search(doc.text, max(m.end, slow.start - 60), slow.start):
            continue  # (round 56) "1.3 seconds clear of B, with C third in 2:10.02": not the runner-up's time
        gap = replace(slow, text=f"{slow.text} - {fast.text}", value=slow.value - fast.value,
                      interval=slow.interval - fast.interval)
        yield DefiniteRestatement(link="inferred", cue="margin", first=gap, second=m, subject="margin")


# (round 37) a lead on a table by points: "lead the ladder by nine points", "top the table by three points"
_LEAD_BY = re.compile(r"\b(?:lead|leads|led|leading|top|tops|topped|topping|head|heads|headed|heading)\b"
                      r"(?:\s+[\w'’-]+){0,5}?\s+by\s+$", re.I)
_POINTS_AFTER = re.compile(r"\s+points?\b", re.I)
_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
_SECOND_ON = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:second|next|in\s+second(?:\s+place)?)\s+on\s+$")


@needs(Kind.COUNT, count=3, words=("points",))
def find_points_leads(doc: Document):
    """(Round 37) A lead on a table by points beside the two totals it separates: "The Brumbies lead the ladder by
    nine points, on 38, with the Chiefs second on 31" (38 - 31 = 7).  Read only when, in one sentence, the margin
    follows a verb of leading and "by" and is told in points; the leader's total follows it after "on"; the second's
    after "with TEAM second on"; all three plain counts, the totals larger than the margin."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = [m for m in doc.mentions_in(s.index) if m.kind == Kind.COUNT and m.value is not None
              and not m.is_range and not m.hedge]
        for k, margin in enumerate(ms[:-2]):
            lead, second = ms[k + 1], ms[k + 2]
            if not _LEAD_BY.search(text, max(s.start, margin.start - 60), margin.start) \
                    or not _POINTS_AFTER.match(text, margin.end) \
                    or not _ON_BEFORE.search(text, max(s.start, lead.start - 6), lead.start) \
                    or not _SECOND_ON.search(text, max(s.start, second.start - 50), second.start) \
                    or not (lead.value > margin.value and second.value > margin.value):
                continue
            gap = replace(lead, text=f"{lead.text} - {second.text}", value=lead.value - second.value,
                          interval=lead.interval - second.interval)
            yield DefiniteRestatement(link="inferred", cue="lead", first=gap, second=margin, subject="lead")
            break


# (round 47) a gap told from both ends: "moving 18 points clear of Tomas Rieck ... Rieck, who is now 15 points behind"
_CLEAR_OF_AFTER = re.compile(r"\s+points?\s+(?:clear\s+of|ahead\s+of|in\s+front\s+of)\s+(?:(?:the\s+)?[a-z-]+\s+)?"
                             r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
_BEHIND_AFTER = re.compile(r"\s+points?\s+(?:behind|adrift|off\s+the\s+(?:pace|lead|top))\b", re.I)
_GAP_MOVED = re.compile(r"\b(?:since|later|then|after|before|cut|closed|narrowed|widened|extended|reduced|"
                        r"could|would|if|last|previous\w*|earlier|another)\b", re.I)


@needs(Kind.COUNT, count=2, words=("points",))
def find_gap_from_both_ends(doc: Document):
    """(Round 47) A lead told as the leader's ("18 points clear of Tomas Rieck") and, within two sentences, as the
    trailer's, named again before it in its own sentence ("Rieck ... is now 15 points behind"): one gap, told twice.
    Silent when anything between tells of the gap moving or another time, or another points figure stands between."""
    text = doc.text
    points = [m for m in doc.mentions if m.kind == Kind.COUNT and m.value is not None and not m.is_range
              and not m.hedge and not doc.sentences[m.sentence].headline]
    for k, first in enumerate(points):
        clear = _CLEAR_OF_AFTER.match(text, first.end, doc.sentences[first.sentence].end)
        if clear is None:
            continue
        trailer = clear.group(1).split()[-1]
        for second in points[k + 1:]:
            if second.sentence > first.sentence + 2:
                break
            s = doc.sentences[second.sentence]
            behind = _BEHIND_AFTER.match(text, second.end, s.end)
            if behind is None:
                continue
            leader = re.match(r"\s+(?:the\s+)?([A-Z][\w'’-]+)", text[behind.end():s.end])
            if leader is not None and leader.group(1) not in doc.sentence_text(first.sentence):
                continue  # "15 points behind Moreno": behind another
            if trailer not in text[s.start:second.start] or second.sentence == first.sentence:
                break
            if _GAP_MOVED.search(text, first.end, second.start) or any(
                    first.end < m.start and m.end < second.start and _POINTS_AFTER.match(text, m.end) for m in points):
                break
            yield DefiniteRestatement(link="inferred", cue="the gap from both ends", first=first, second=second,
                                      subject="gap")
            break


FINDERS = (find_majority_restatements, find_race_margins, find_points_leads, find_gap_from_both_ends)

"""Relations (round 33): a part used up of a whole, and what that left.

"She has spent £2.3m of her £3.1m win, leaving her with £0.8m": the part taken away ("spent X of"), the whole it was
taken from (right after "of", an owner or article between) and, after ", leaving", what is left. The whole falls by
the part to the rest, a move down whose size is the part: 3.1 - 2.3 must be 0.8.

Read only when one sentence ties the three:

* a verb of using up or giving away right before the part ("spent", "has blown", "used up", "gave away", "sold");
* "of" and at most an owner or article between the part and the whole ("of his", "of the");
* after the whole, within one clause (no other figure of the kind, no ";", no "while"/"but"), a comma and
  "leaving", at most who is left ("him", "the club") and "with", then the rest;
* the three are figures of one kind that may stand together (sums of one currency, counts, one measure).

Round 42: what a breakdown leaves of its whole.  "Of the £14.2m, staffing takes £10.1m and premises £2.3m, leaving
£2.6m for books": the figure after ", leaving" right after a breakdown's last part is the last part, what is left,
and it closes the list (``with_rest_left``, applied to every sum finder's reading).  And where no sum finder reads
the list because its whole stands in the sentence before ("The trust will spend £14.2m this year. Staffing takes
£10.1m and premises a further £2.3m, leaving £2.6m"), ``find_parts_then_rest_left`` reads it when

* two or more parts of one kind and unit open their sentence's figures, each joined to the next by a comma or
  "and" and a few words (no contrast, change or time between), and the last is followed by ", leaving" and the rest;
* the sentence before, in the same paragraph, holds one figure of that kind and unit, larger than each part, no
  change nor comparison told beside it ("rose", "from", "than");
* the parts and the rest come to between half that whole and twice it.

The link is read, not said: a contradiction is a warning.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Kind, Mention
from .changes import _CLAUSE_BREAKS, AbsoluteChange, _by_sentence_figures, _norm, compatible
from .needs import needs
from .loose_breakdowns import CUE as _LOOSE_CUE
from .sums import PartsOfWhole, parts_of_whole

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
# the verb of using up right before the part: "has blown £2.3m", "spent 40", "gave away 300"
_USED_UP_BEFORE = re.compile(r"\b(?:spent|spends?|spending|blown|blew|blows?|lost|loses?|losing|used(?:\s+up)?|"
                             r"squandered|wasted|gambled\s+away|given\s+away|gave\s+away|giving\s+away|"
                             r"frittered\s+away|burn(?:ed|t)\s+through|sold|sells?|selling|paid\s+(?:out|off)|"
                             r"withdrawn|withdrew)\s+(?:(?:already|now)\s+)?$", re.I)
# between the part and the whole: "of", then at most an owner or article
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:his|her|its|their|the|our|your|my|a|an)\s+)?", re.I)
# after the whole: its clause, a comma and "leaving" (who is left and "with" optional), then the rest
_LEAVING = re.compile(r"[^;:()]{0,80}?,\s*leaving\s+(?:(?:him|her|it|them|us|me|you|the\s+[a-z]+)\s+)?(?:with\s+)?"
                      r"(?:just\s+|only\s+|a\s+mere\s+)?", re.I)


@needs(words=("leaving",))
def find_used_up_leaving(doc: Document):
    """(part, whole, rest) as a move down of the whole by the part: "blew £2.3m of his £3.1m win, leaving him
    with £1.2m" (see the module)."""
    for idx, ms in _by_sentence_figures(doc).items():
        if len(ms) < 3 or doc.sentences[idx].headline:
            continue
        for k in range(len(ms) - 2):
            part, whole, rest = ms[k], ms[k + 1], ms[k + 2]
            if any(m.kind not in _KINDS or m.is_range or not m.value for m in (part, whole, rest)):
                continue
            if not (compatible(part, whole) and compatible(whole, rest)) or rest.value >= whole.value:
                continue
            if not _USED_UP_BEFORE.search(doc.text, max(doc.sentences[idx].start, part.start - 30), part.start) \
                    or not _OF_WHOLE.fullmatch(doc.text, part.end, whole.start):
                continue
            leaving = _LEAVING.fullmatch(doc.text, whole.end, rest.start)
            if leaving is None or _CLAUSE_BREAKS.search(_norm(doc.text[whole.end:rest.start])):
                continue
            yield AbsoluteChange(link="explicit", cue="of ... leaving", change=part, old=whole, new=rest, direction=-1)


# (round 44) a whole told first, then a part taken from it by a verb of losing, then what is left: "The fleet of 212
# vessels lost 18 this year, leaving 184", "had 2,400 staff before it cut 350 jobs, leaving 2,150"
_TAKEN_BEFORE = re.compile(r"\b(?:lost|loses|losing|cut|cuts|cutting|shed|sheds|shedding|sold|sells|selling|closed|closes|"
                           r"closing|scrapped|scraps|axed|axes|retired|retires|removed|removes|demolished|withdrew|"
                           r"withdrawn|gave\s+away|given\s+away|spent|spends|spending|used)\s+(?:(?:another|a\s+further|"
                           r"some|about|around|nearly|almost|more\s+than|over)\s+)?$", re.I)
_LEAVING_AFTER_PART = re.compile(r"[^;:()\d]{0,40}?,\s*leaving\s+(?:(?:it|them|him|her|the\s+[a-z]+)\s+(?:with\s+)?)?"
                                 r"(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)


@needs(words=("leaving",))
def find_taken_then_left(doc: Document):
    """(whole, part, rest) as a move down of the whole by the part: "The fleet of 212 vessels lost 18 boats this
    year, leaving 184 active" (the one figure of its kind before the part in its sentence, the part right after a
    verb of losing or cutting, the rest after ", leaving")."""
    for idx, ms in _by_sentence_figures(doc).items():
        if len(ms) < 3 or doc.sentences[idx].headline:
            continue
        s = doc.sentences[idx]
        for k in range(1, len(ms) - 1):
            part, rest = ms[k], ms[k + 1]
            whole = [m for m in ms[:k] if m.kind == part.kind]
            if len(whole) != 1 or len(ms[:k]) != 1:
                continue
            whole = whole[0]
            if any(m.kind not in _KINDS or m.is_range or not m.value or m.hedge for m in (whole, rest)) \
                    or part.kind not in _KINDS or part.is_range or not part.value:
                continue
            if not (compatible(part, whole) and compatible(whole, rest)) or rest.value >= whole.value \
                    or part.value >= whole.value:
                continue
            if not _TAKEN_BEFORE.search(doc.text, max(s.start, part.start - 30), part.start) \
                    or not _LEAVING_AFTER_PART.fullmatch(doc.text, part.end, rest.start):
                continue
            if _CLAUSE_BREAKS.search(_norm(doc.text[whole.end:part.start])) or _MOVED.search(doc.text, s.start, whole.start):
                continue
            yield AbsoluteChange(link="explicit", cue="taken ... leaving", change=part, old=whole, new=rest,
                                 direction=-1)


# (round 42) between a breakdown's last part and what it leaves: its label, a comma and "leaving"
_LEFT_AFTER_PART = re.compile(r"[^;:()\d]{0,40}?,\s*leaving\s+(?:(?:him|her|it|them|us|the\s+[a-z]+)\s+)?(?:with\s+)?"
                              r"(?:just\s+|only\s+|a\s+mere\s+)?", re.I)
# (round 42: ", with the other 3,000 ha" / ", while the remaining £85.7m" were tried as the rest too, and read other sets
# in clean articles: not kept)
# between two parts: the first's label, a comma or "and", the next's label (a few words, no figure)
_PART_JOINT = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w'’-]+\s+){0,5}", re.I)
# words that set two figures apart, or tell a time, a rate or a change
_NOT_A_JOINT = re.compile(r"\b(?:but|while|whereas|than|compared|against|up|down|rose|fell|from|each|per|apiece|or|"
                          r"years?|months?|weeks?|days?|respectively)\b", re.I)
# the whole's sentence telling a change or a comparison: its figure may be a level, not the whole
_MOVED = re.compile(r"\b(?:rose|risen|rise|fell|fallen|fall|up|down|from|than|compared|increase\w*|decrease\w*|"
                    r"cut|raised|lowered)\b", re.I)
CUE = "parts, then what they leave"


def rest_left_after(doc: Document, last: Mention) -> Mention | None:
    """The figure after ", leaving" right after ``last`` in its sentence, of a kind that may stand with it."""
    rest = doc.mention_at_or_after(last.end)
    if rest is None or rest.sentence != last.sentence or rest.kind not in _KINDS or rest.is_range or not rest.value \
            or not compatible(last, rest) or not _LEFT_AFTER_PART.fullmatch(doc.text, last.end, rest.start):
        return None
    return rest


def with_rest_left(doc: Document, relations: list) -> list:
    """Every breakdown whose last part is followed by ", leaving" and a figure of its kind, below the total, takes
    that figure as its last part and is complete: "Of the £14.2m, staffing takes £10.1m and premises £2.3m, leaving
    £2.6m"; a breakdown read twice so is kept once."""
    if "leaving" not in doc.text:
        return relations
    def key(r: PartsOfWhole) -> tuple:
        return (r.total.start, r.total.end), tuple((p.start, p.end) for p in r.parts), r.complete

    # (round 61: not the loose breakdown's own reading, which may close its list on ", leaving" itself and stands
    # down on the sum finders' reading later, ``relate._without_fallback_lists``)
    read = {key(r) for r in relations if isinstance(r, PartsOfWhole) and r.total is not None and r.cue != _LOOSE_CUE}
    out = []
    for r in relations:
        if isinstance(r, PartsOfWhole) and r.total is not None and r.parts and r.total.value:
            rest = rest_left_after(doc, r.parts[-1])
            if rest is not None and rest is not r.total and all(rest is not p for p in r.parts) \
                    and rest.value < r.total.value and compatible(rest, r.total):
                r = replace(r, parts=r.parts + (rest,), complete=True)
                if key(r) in read:
                    continue  # (read so already)
                read.add(key(r))
        out.append(r)
    return out


@needs(words=("leaving",))
def find_parts_then_rest_left(doc: Document):
    """Parts opening their sentence, then what they leave; the whole the one figure of their kind in the sentence
    before (see the module)."""
    text = doc.text
    for idx, ms in _by_sentence_figures(doc).items():
        if idx == 0 or len(ms) < 3 or doc.sentences[idx].headline:
            continue
        s, prev = doc.sentences[idx], doc.sentences[idx - 1]
        if prev.headline or prev.chrome or prev.paragraph != s.paragraph or _MOVED.search(text, prev.start, prev.end):
            continue
        for k in range(2, len(ms)):
            rest = ms[k]
            if rest_left_after(doc, ms[k - 1]) is not rest:
                continue
            parts = ms[:k]
            if any(p.kind != rest.kind or p.unit != rest.unit or p.is_range or not p.value for p in parts) \
                    or not all(_PART_JOINT.fullmatch(text, a.end, b.start) and not _NOT_A_JOINT.search(text, a.end, b.start)
                               for a, b in zip(parts, parts[1:])):
                continue
            wholes = [m for m in doc.mentions_in(prev.index) if m.kind == rest.kind and m.unit == rest.unit]
            if len(wholes) != 1 or wholes[0].is_range or not wholes[0].value:
                continue
            whole = wholes[0]
            if not compatible(rest, whole) or not all(compatible(p, whole) for p in parts):
                continue  # "damaged 5,000 homes ... leaving 3,000 families homeless": other things
            together = sum(p.value for p in parts) + rest.value
            if any(p.value >= whole.value for p in (*parts, rest)) or not whole.value / 2 <= together <= whole.value * 2:
                continue
            yield PartsOfWhole(link="inferred", cue=CUE, total=whole, parts=(*parts, rest), complete=True)


# (round 43) what a whole leaves once its parts are taken out: "The budget of €3.4m leaves just €900,000 for
# infrastructure once marketing (€1.7m) and festival grants (€600,000) are taken out"
_LEAVES = re.compile(r"^[^;:()\d]{0,40}?\bleaves?\s+(?:(?:just|only|a\s+mere|about|some|around)\s+)?$", re.I)
_ONCE = re.compile(r"^\s+(?:for|to)\s+[^;:()\d]{1,60}?\s+(?:once|after|when)\s+[^;:()\d]{0,50}?(?:\(\s*)?$", re.I)
_PART_JOIN = re.compile(r"^\s*\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^;:()\d]{0,50}?(?:\(\s*)?$", re.I)
_TAKEN_OUT = re.compile(r"\s*\)?\s+(?:are|is|have\s+been|has\s+been|were|was)\s+(?:taken\s+out|deducted|removed|"
                        r"subtracted|paid|set\s+aside|taken\s+off|accounted\s+for|covered|met)\b", re.I)


@needs(words=("leave",))
def find_left_once_taken_out(doc: Document):
    """(round 43) A whole, what it leaves, then the parts "once" taken out: the whole is their sum with the rest
    (complete, inferred)."""
    text = doc.text
    for idx, ms in _by_sentence_figures(doc).items():
        if len(ms) < 4 or doc.sentences[idx].headline:
            continue
        for k in range(len(ms) - 3):
            whole, rest = ms[k], ms[k + 1]
            if not compatible(whole, rest) or not _LEAVES.match(text[whole.end:rest.start]):
                continue
            parts = [rest]
            gap = _ONCE
            for m in ms[k + 2:]:
                if not compatible(whole, m) or not gap.match(text[parts[-1].end:m.start]):
                    break
                parts.append(m)
                gap = _PART_JOIN
            if len(parts) < 3 or not _TAKEN_OUT.match(text, parts[-1].end, doc.sentences[idx].end):
                continue
            yield PartsOfWhole(link="inferred", cue="leaves ... once taken out", total=whole, parts=tuple(parts),
                               complete=True)


# (round 48) between a whole and the parts taken from it in its own sentence: a semicolon, or words with no figure, no
# change, no bracket ("holds 62,000 files; 41,500 have been digitised", "budget of €96m sets aside €41m for ...")
_WHOLE_TO_PARTS = re.compile(r"[^;:()\d]{0,60}?(?:;\s*|\s)(?:(?:so\s+far|already|now)\s+)?(?:[a-z]+\s+){0,3}?$", re.I)
# the first part placed by a verb of giving out before it, or told by one after it
_ALLOCATED_BEFORE = re.compile(r"\b(?:sets?\s+aside|setting\s+aside|allocat(?:es|ed|ing)|earmark(?:s|ed|ing)|"
                               r"devot(?:es|ed|ing)|spends?|spent|spending|puts?|putting|assigns?|assigned)\s+$", re.I)
_DONE_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:(?:been|now\s+been|already\s+been)\s+)?"
                         r"(?:[a-z]{3,}ed|sold|paid|spent|given|taken|built|done|seen|read)\b", re.I)


@needs(words=("leaving",))
def find_whole_then_parts_left(doc: Document):
    """(round 48) A whole, the parts taken from it and what they leave, in one sentence: "The archive holds 62,000
    files; 41,500 have been digitised so far, leaving 16,500 on paper"; "The 2025 budget of €96m sets aside €41m for
    dredging and €30m for lock repairs, leaving €31m for staff".  The whole the one figure of its kind before the
    parts; the first part given out by a verb before it or told by a verb after it; the parts joined as in
    ``find_parts_then_rest_left``; all of one kind and unit, each below the whole, together with the rest between half
    the whole and twice it.  A whole that moved ("rose to 62,000") may be a level: not read."""
    text = doc.text
    for idx, ms in _by_sentence_figures(doc).items():
        if len(ms) < 3 or doc.sentences[idx].headline:
            continue
        s = doc.sentences[idx]
        for k in range(2, len(ms)):
            rest = ms[k]
            if rest_left_after(doc, ms[k - 1]) is not rest:
                continue
            whole, parts = ms[0], ms[1:k]
            if any(p.kind != rest.kind or p.unit != rest.unit or p.is_range or not p.value for p in parts) \
                    or whole.kind != rest.kind or whole.unit != rest.unit or whole.is_range or not whole.value:
                continue
            if not _WHOLE_TO_PARTS.fullmatch(text, whole.end, parts[0].start) or _MOVED.search(text, s.start, parts[0].start):
                continue
            if not (_ALLOCATED_BEFORE.search(text, max(s.start, parts[0].start - 20), parts[0].start)
                    or _DONE_AFTER.match(text, parts[0].end)):
                continue
            if len(parts) == 1 and _TAKEN_BEFORE.search(text, max(s.start, parts[0].start - 30), parts[0].start):
                continue  # find_taken_then_left's move down
            if not all(_PART_JOINT.fullmatch(text, a.end, b.start) and not _NOT_A_JOINT.search(text, a.end, b.start)
                       for a, b in zip(parts, parts[1:])):
                continue
            if not all(compatible(m, whole) for m in (*parts, rest)):
                continue
            together = sum(p.value for p in parts) + rest.value
            if any(m.value >= whole.value for m in (*parts, rest)) or not whole.value / 2 <= together <= whole.value * 2:
                continue
            if any(r.total is whole and parts[-1] in r.parts for r in parts_of_whole(doc)):
                continue  # the sum finders read the list: ``with_rest_left`` closes it
            yield PartsOfWhole(link="explicit", cue=CUE, total=whole, parts=(*parts, rest), complete=True)


FINDERS = (find_used_up_leaving, find_parts_then_rest_left, find_left_once_taken_out, find_taken_then_left,
           find_whole_then_parts_left)

"""Relations (round 38): a share and the two figures it divides, told in one sentence -- a fallback.

The share finders (``shares``) read many particular shapes.  This one reads what they leave: one sentence that holds
a share and exactly two figures of one kind and unit (counts, sums of money, lengths of time, measures), tied by one of four
shapes:

* the whole right after "SHARE of", the part after it, set apart or after "with": "The appeal has reached 85% of its
  £200,000 target, with £130,000 raised" (not "..., and 300 drivers work nights": another clause);
* the whole opening the sentence: "Of the 1,420 conductors balloted, 1,136 voted to strike, a majority of 68 per
  cent" (the part after the whole, the share after the part);
* the part set apart right after "SHARE of that/it/those": "lost 12,400 hours ..., and two-thirds of that time -
  5,100 hours - was at one board" (the whole before the share);
* the part "on" the whole: "takes 8% of every ticket - $6 on an average $50 seat".

The part must be smaller than the whole, no part of the part ("120 of those contractors") nor what each of several
gets ("each received £3,000, half of the £12,000 between them"); no other figure of that kind and unit in the
sentence, none a range; the share a level (no word of change,
comparison or another time anywhere in the sentence: "up", "compared with", "last year", a year), not percentage
points.  In the first two shapes the figure may be the rest of the whole ("four in five of the 1,045 flights went
ahead, with 208 cancelled"); a count after "with" is read only set apart, not with a verb of its own ("a quarter of
the 1,200 flights were cancelled, with 510 delayed"), nor a part placed ("some 120 in the village of Upton"), nor
a share with a whole of its own ("half of the union's members", "a third of them locals", "2% of the national
total") or a comparison ("60% above the turnout").  The part is that share of the whole (FC201, inferred).  A share the share finders
relate already keeps their reading (``relate._without_fallback_shares``).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .context import body_sentences, for_each, noun_end
from .needs import needs
from .shares import ShareOf

CUE = "share and the two figures it divides"

_FIGURE_KINDS = (Kind.COUNT, Kind.MONEY, Kind.DURATION, Kind.MEASURE)
_DET = r"(?:the|its|their|his|her|this|that|these|those|a|an|every|each|all|our)"
# the whole right after the share's "of": "85% of its £200,000 target", "a third of the £12m"
_OF_WHOLE = re.compile(r"\s+of\s+(?:" + _DET + r"\s+)?(?:[a-z][\w'’-]*\s+){0,2}?$", re.I)
# the whole opening the sentence: "Of the 1,420 conductors balloted, "
_OPENS_OF = re.compile(r"\W*(?:Of|Among|Out\s+of)\s+(?:" + _DET + r"\s+)?$", re.I)
# the part set apart after "SHARE of that (time)": " of that time - ", " of it (", " of those, "
# (round 52: or their clause's short verb phrase first, "91% of them arrived on time -- 2,054 trains")
_OF_THAT = re.compile(r"\s+of\s+(?:that|this|it|them|those|these|the\s+total)(?:\s+[a-z]+){0,4}\s*(?:[-–—(]|,)\s*"
                      r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# the part "on" the whole: "$6 on an average $50 seat"
_ON_WHOLE = re.compile(r"\s+on\s+(?:a|an|the|every|each)\s+(?:[a-z][\w'’-]*\s+){0,2}?$", re.I)
# the share of one of something: "8% of every ticket", "a tenth of each sale"
_SHARE_OF_ONE = re.compile(r"\s+of\s+(?:every|each|a|an|the)\s+[a-z]", re.I)
# (round 40) "up" closing a phrasal verb is no rise: "called up", "signed up", "set up", "turned up"
_PHRASAL = r"(?<!called\s)(?<!signed\s)(?<!set\s)(?<!turned\s)(?<!showed\s)(?<!picked\s)(?<!lined\s)(?<!ended\s)"
# words of change, comparison, another time, or a rate: the figures may be two levels, not a part and its whole
_NOT_LEVEL = re.compile(r"\b(?:(?<!make\s)(?<!made\s)(?<!makes\s)(?<!making\s)" + _PHRASAL + r"up|down|rose|rise|rising|risen|fell|fall|falling|fallen|increas\w*|decreas\w*|grew|grow\w*|"
                        r"gain\w*|jump\w*|climb\w*|drop\w*|declin\w*|slump\w*|surg\w*|cut|cuts|doubl\w*|"
                        r"compared|compar\w*|than|versus|vs|against|previous\w*|last\s+year|ago|earlier|before|since|from|"
                        r"forecast\w*|expect\w*|target(?:ed|ing)?\s+to|per(?!\s+cent)|points?|interest|annual\w*|a\s+year|"
                        r"each\s+year|every\s+year|a\s+month|a\s+week|a\s+day|"
                        r"(?:19|20)\d\d)\b")  # (lower case: "Light Up a Life appeal" is a name)
# a share set apart after the part: ", a majority of 68 per cent", ", or 68%", " (68%)"
_SHARE_AFTER_PART = re.compile(r"[^;:.]{0,80}?(?:,|\(|[-–—])\s*(?:(?:or|some|about|around|nearly|almost|just|a|an|the|"
                               r"majority|share|proportion|turnout|rate|of|representing|equal\s+to|putting|giving|"
                               r"making|at|it|its)\s+){0,4}$", re.I)  # (round 38: ", putting turnout at 63.8%")


# the part set apart or joined by "with" after the whole: ", with 208 cancelled", ", 14, are women", " - 900 -"
_PART_SET_APART = re.compile(r"(?:,\s*(?:or\s+|with\s+|(?:some|about|around|nearly|almost|roughly)\s+)?|\(\s*|[-–—]\s*|"
                             r"\bwith\s+)$", re.I)
# a part placed or set apart after it is some of them: " in the village of Upton", " in Leeds alone", " more"
_SUBSET_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*)?\s+(?:in(?!\s+(?:all|total)\b)|at|from|across|on|more|also|alone|other|"
                           r"extra|outside)\b", re.I)
# a share with a whole of its own after it: "half of the union's members", "2% of the national total", "a third of
# them locals", or a comparison: "60% above the turnout", "60% on the last meeting"
_OWN_WHOLE_AFTER = re.compile(r"\s+(?:of\s+(?:them|those|these|whom|which|all\b|the\s+(?:national|global|world|"
                              r"country|state|regional|total\s+number)|[\w\s]{0,20}?['’]s\b)|above|below|more|less|"
                              r"fewer|higher|lower|up|down|on|over|than|under)", re.I)
# a part and its whole: "1,600 of the estate's 2,000", "52,900 sold out of a total of 198,000"
_PAIR = re.compile(r"\s+(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:a\s+total\s+of\s+)?(?:" + _DET + r"\s+)?"
                   r"(?:[A-Za-z][\w'’-]*['’]s?\s+)?", re.I)
# the share set apart after the pair's noun: ", roughly a quarter", " (80%)", " - some 40% -"
_APPOSED_SHARE = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}\s*(?:,|\(|[-–—])\s*(?:or\s+)?(?:(?:some|about|around|roughly|"
                            r"nearly|almost|just|over|under|more\s+than|less\s+than|only)\s+)*", re.I)
# the share's clause, then "with" the pair: "took 18% of new registrations in Germany last month, with "
# (round 40) the whole's noun, then a verb of including: "420 animals include ", "its 96 staff comprise "
_WHOLE_INCLUDES = re.compile(r"\s+(?:include|includes|included|comprise|comprises|comprised|number|numbers)\s+"
                             r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?", re.I)
# the share "of the" whole, named by a word (or "of them", "of the total"): not "of all British zoos"
_OF_THE_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|its|their|them|those)\b(?!\s+(?:country|nation|world|national|"
                                 r"global|uk|us)\b)(?!\s+[\w-]+['’]s?\s)(?!(?:\s+[\w-]+)?\s+(?:target|goal|aim|quota|"
                                 r"plan|pledge|promise|cap|limit|budget|forecast)\b)", re.I)  # (not "or 50% of the
# council's target": a whole of its own)


def _included(doc: Document, share: Mention, a: Mention, b: Mention) -> tuple[Mention, Mention, bool] | None:
    """(round 40) The whole, a verb of including, the part, then the share set apart, "of the" whole: "The zoo's 420
    animals include 126 primates, about 30 per cent of the collection" (what follows the share may compare: "more
    than any other zoo")."""
    text = doc.text
    part, whole = (a, b) if a.value < b.value else (b, a)
    if whole.end <= part.start < share.start and _WHOLE_INCLUDES.fullmatch(text, noun_end(whole), part.start) \
            and _APPOSED_SHARE.fullmatch(text, noun_end(part), share.start) \
            and _OF_THE_WHOLE_AFTER.match(text, share.end):
        return part, whole, False
    return None


# (round 40) the whole set apart after the part's clause: "3,150 emergency calls this summer, out of "
_OUT_OF_SET_APART = re.compile(r"[^,;:.()\d]{0,60},\s*out\s+of\s+(?:a\s+total\s+of\s+|the\s+|all\s+)?", re.I)
_SHARE_AS_PAIR = re.compile(r"[^,;:.()\d]{0,30},\s*(?:as|when|after)\s+(?:some\s+|about\s+|around\s+|nearly\s+|"
                            r"almost\s+|just\s+|only\s+|over\s+|more\s+than\s+)?$", re.I)
_WITH_PAIR = re.compile(r"\s+of\s+[^,;:.]{1,60}?,\s*with\s+", re.I)
_OF_THOSE_AFTER = re.compile(r"\s+of\s+(?:those|them|these|whom|which)\b", re.I)


# (round 40) a count of places at one end of a ranking names a set, not an amount: "the Super League's top three clubs"
_RANKED_SET_BEFORE = re.compile(r"\b(?:top|bottom)\s+$", re.I)


def _apposed_number(doc: Document, m: Mention) -> bool:
    """A bare number set apart by commas that the grammar read as an age: ", 14, are women"."""
    return m.kind == Kind.AGE and not m.compound and m.value is not None \
        and doc.text[m.start - 2:m.start] == ", " and doc.text[m.end:m.end + 1] == ","


def _level_share(doc: Document, share: Mention) -> bool:
    if share.value is None or share.is_range or share.interval is None:
        return False
    if share.kind == Kind.PERCENT:
        return share.unit == "%" and 0 < share.value < 100
    return share.kind == Kind.FRACTION and share.unit != "quantifier" and 0 < share.value < 1


@needs(Kind.PERCENT, Kind.FRACTION)
def find_share_triangles(doc: Document):
    """A share and the part and whole it links in one sentence (see the module's docstring)."""
    text = doc.text
    for s, ms in body_sentences(doc):
        shares = [m for m in ms if m.kind in (Kind.PERCENT, Kind.FRACTION)]
        if len(shares) > 1:
            found = _closed_pair_after(doc, s, ms, shares)
            if found is not None:
                yield found
            continue
        if not shares or not _level_share(doc, shares[0]):
            continue
        share = shares[0]
        figures = [m for m in ms if (m.kind in _FIGURE_KINDS or _apposed_number(doc, m))
                   and not _RANKED_SET_BEFORE.search(text, max(s.start, m.start - 8), m.start)]
        if len(figures) < 2:
            continue
        found = None
        if not _NOT_LEVEL.search(text, s.start, s.end):
            found = next((f for a, b in _pairs(doc, figures) if (f := _shape(doc, s, share, a, b)) is not None), None)
        if found is None:
            found = _on_whole(doc, share, figures)
        if found is None and not _CHANGED.search(text, s.start, s.end):
            found = _filled(doc, share, figures)
        if found is None and not _NOT_LEVEL.search(text, s.start, share.end):
            found = next((f for a, b in _pairs(doc, figures) if (f := _included(doc, share, a, b)) is not None), None)
        if found is None and not _CHANGED.search(text, s.start, s.end):
            found = next((f for a, b in _pairs(doc, figures) if (f := _covers_share_of(doc, share, a, b)) is not None),
                         None)
        if found is None and not _CHANGED.search(text, s.start, share.start) \
                and not _CHANGED.search(text, share.end, s.end):
            found = next((f for a, b in _two_alike(figures) if (f := _apposed_partitive(doc, share, a, b)) is not None),
                         None)
        if found is not None:
            part, whole, either = found
            if _OF_THOSE_AFTER.match(text, part.noun_span.end if part.noun_span is not None else part.end):
                continue  # "120 of those contractors are women": a part of the part
            if for_each(doc, part):
                continue  # "each received £3,000, half of the £12,000 prize fund between them": the two together
            yield ShareOf(link="inferred", cue=CUE, share=share, part=part, base=whole, either=either)


# (round 52) the part as the subject, a verb of covering, then the share "of" the whole: "The state grant of €2.4m
# covers 30% of the museum's €6.5m running costs"; or the share, then the part and whole set apart: "lost 14.2% of
# their stock - 1.9 million of the 11.3 million fish -"
_COVERS = re.compile(r"[^,;:.()\d]{0,40}?\b(?:covers?|covered|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|"
                     r"represents?|represented|pays?\s+for|paid\s+for|meets?|met)\s+"
                     r"(?:(?:about|around|some|nearly|almost|just|only|roughly)\s+)?$", re.I)
_SHARE_THEN_PAIR = re.compile(r"\s+of\s+[^,;:()\d]{1,50}?\s*(?:[-–—(]|,\s*(?:or\s+)?)\s*"
                              r"(?:(?:some|about|around|nearly|almost|roughly)\s+)?$", re.I)


# (round 54) the pair set apart after the share's "of" phrase and closed: "38% of the squad - 23 of its 72 athletes -"
_PAIR_OPENS = re.compile(r"\s+of\s+[^,;:()\d]{1,50}?\s*(?:([-–—])|(\())\s*$", re.I)
# ... and closed as it was opened, past the whole's noun and up to two words more
_DASH_CLOSES = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*[-–—]", re.I)
_BRACKET_CLOSES = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*\)", re.I)


def _closed_pair_after(doc: Document, s, ms: list[Mention], shares: list[Mention]) -> ShareOf | None:
    """(round 54) In a sentence of several shares, the first a level "of" a whole, then a part and its whole set apart
    and closed right after it: "Women now make up 38% of the squad - 23 of its 72 athletes - up from a fifth four years
    ago" (the other shares past the close, no word of change before it)."""
    text = doc.text
    share = shares[0]
    if not _level_share(doc, share):
        return None
    after = [m for m in ms if m.start >= share.end]
    if len(after) < 2:
        return None
    part, whole = after[0], after[1]
    opened = _PAIR_OPENS.fullmatch(text, share.end, part.start)
    if opened is None or part.kind != Kind.COUNT or whole.kind != Kind.COUNT or part.unit != whole.unit \
            or not part.value or not whole.value or part.value >= whole.value or part.is_range or whole.is_range \
            or part.compound or whole.compound or part.hedge or whole.hedge \
            or not _PAIR.fullmatch(text, part.end, whole.start):
        return None
    closed = (_DASH_CLOSES if opened.group(1) else _BRACKET_CLOSES).match(text, noun_end(whole))
    if closed is None or any(m.start < closed.end() for m in shares[1:]) \
            or _CHANGED.search(text, s.start, closed.end()) or not _same_things(text[share.end:part.start], whole):
        return None
    return ShareOf(link="inferred", cue=CUE, share=share, part=part, base=whole)


def _covers_share_of(doc: Document, share: Mention, a: Mention, b: Mention) -> tuple[Mention, Mention, bool] | None:
    text = doc.text
    part, whole = (a, b) if a.value < b.value else (b, a)
    if part.end <= share.start and share.end <= whole.start and _COVERS.fullmatch(text, part.end, share.start) \
            and _OF_WHOLE.fullmatch(text, share.end, whole.start):
        return part, whole, False
    if share.end <= part.start and part.end <= whole.start and _SHARE_THEN_PAIR.fullmatch(text, share.end, part.start) \
            and _PAIR.fullmatch(text, part.end, whole.start) and _same_things(text[share.end:part.start], whole):
        return part, whole, False
    if whole.end <= share.start and share.end <= part.start and _OF_THAT.fullmatch(text, share.end, part.start) \
            and _OF_THOSE_AFTER.match(text, share.end) and not _PLACED_FIRST.match(text, share.end):
        return part, whole, False  # "ran 2,140 services last year and 91% of them arrived on time -- 2,054 trains"
    return None


# "a third of them in Leeds, 1,040 in York": a place after "of them" names a part of its own
_PLACED_FIRST = re.compile(r"\s+of\s+(?:them|those|these)\s+(?:in|at|on|from|across|outside|inside|near)\b", re.I)


_IRREGULAR_PLURALS = frozenset("men women people children staff police cattle sheep".split())
_NOT_PLURALS = frozenset("this thus does was has his its less across always perhaps whereas plus bus gas".split())


def _same_things(phrase: str, whole: Mention) -> bool:
    """The plural nouns of the share's "of" phrase name the whole's things (or there are none): "14.2% of their stock
    - 1.9 million of the 11.3 million fish" (not "64% of pupils - 412 of the 560 teachers")."""
    plurals = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", phrase)
               if w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is")) and len(w) > 3
               and w.lower() not in _NOT_PLURALS
               or w.lower() in _IRREGULAR_PLURALS}
    return not plurals or (whole.noun or "").lower().rstrip("s") in plurals


def _pairs(doc: Document, figures: list[Mention]):
    """The two figures of one kind and unit, the only two of it in the sentence; or a bare count "of" the one
    measure in a unit ("1,600 of the estate's 2,000 hectares")."""
    by_unit: dict[tuple, list[Mention]] = {}
    for m in figures:
        kind = Kind.COUNT if m.kind == Kind.AGE else m.kind  # "of the 27 commissioners ..., 14, are women"
        by_unit.setdefault((kind, m.unit), []).append(m)
    for (kind, _), group in by_unit.items():
        if len(group) != 2:
            continue
        a, b = group
        if a.value is None or b.value is None or a.is_range or b.is_range or a.compound or b.compound \
                or a.value <= 0 or b.value <= 0 or a.value == b.value or a.interval is None or b.interval is None:
            continue
        if kind == Kind.COUNT and a.noun and b.noun and a.noun.lower() != b.noun.lower() \
                and not _PAIR.fullmatch(doc.text, min(a.end, b.end), max(a.start, b.start)) \
                and not _OUT_OF_SET_APART.fullmatch(doc.text, min(a.end, b.end), max(a.start, b.start)) \
                and not _WHOLE_INCLUDES.fullmatch(doc.text, noun_end(a) if a.start < b.start else noun_end(b),
                                                  max(a.start, b.start)) \
                and not _OPENS_OF.fullmatch(doc.text, doc.sentences[a.sentence].start, min(a.start, b.start)) \
                and not _OF_THAT.search(doc.text, max(a.start, b.start) - 60, max(a.start, b.start)):
            continue  # "1,136 members ... 1,420 ballots": each its own noun (not "Of 103.9 million voters, 55.9
            # million cast ballots": the whole opening the sentence)
        yield a, b
    for (kind, unit), group in by_unit.items():
        if kind != Kind.MEASURE or len(group) != 1 or group[0].is_range or not group[0].value:
            continue
        whole = group[0]
        counts = [m for m in figures if m.kind == Kind.COUNT and m.noun is None and m.end <= whole.start
                  and not m.is_range and m.value and _PAIR.fullmatch(doc.text, m.end, whole.start)]
        if len(counts) == 1:
            yield counts[0], whole


def _shape(doc: Document, s, share: Mention, a: Mention, b: Mention) -> tuple[Mention, Mention, bool] | None:
    """(part, whole, whether the share may be the rest's) when the sentence ties the share to the two figures in one
    of the module's shapes."""
    text = doc.text
    part, whole = (a, b) if a.value < b.value else (b, a)
    # the whole right after "SHARE of": the part anywhere else in the sentence, the share's or the rest's ("four in
    # five of the 1,045 flights went ahead, with 208 cancelled")
    if share.end <= whole.start and _OF_WHOLE.fullmatch(text, share.end, whole.start) and part.start > whole.end \
            and (found := _PART_SET_APART.search(text, max(whole.end, part.start - 12), part.start)) \
            and (part.kind == Kind.MONEY or "with" not in found.group(0).lower()) \
            and not _SUBSET_AFTER.match(text, part.end):
        # (a count "with" its own verb may be another group: "a quarter of the 1,200 flights were cancelled, with 510
        # delayed"; a part placed is some of them: ", some 120 in the village of Upton,")
        return part, whole, True
    # the whole opening the sentence, the part after it, the share set apart after the part
    if whole.start < part.start < share.start and _OPENS_OF.fullmatch(text, s.start, whole.start) \
            and _SHARE_AFTER_PART.fullmatch(text, part.end, share.start):
        return part, whole, True
    # a part "of" its whole, the share set apart right after: "destroyed 1,600 of the estate's 2,000 hectares of vines,
    # roughly a quarter of its planted area"; or the share first, then "with" the pair: "took 18% of registrations,
    # with 52,900 sold out of a total of 198,000"
    if part.end <= whole.start and _PAIR.fullmatch(text, part.end, whole.start):
        after = noun_end(whole)
        if share.start >= after and _APPOSED_SHARE.fullmatch(text, after, share.start) \
                and not _OWN_WHOLE_AFTER.match(text, share.end):
            return part, whole, False
        if share.end <= part.start and _WITH_PAIR.fullmatch(text, share.end, part.start) \
                and not _SUBSET_AFTER.match(text, after):
            return part, whole, False
        if share.end <= part.start and _SHARE_AS_PAIR.fullmatch(text, share.end, part.start):
            # (round 40) "Turnout reached a record 64.7 per cent, as 9.4 million of the 18 million voters cast a
            # ballot": the pair the share is read from, its verb unparsed (the part's share, or the rest's)
            return part, whole, True
    # (round 40) the whole set apart after the part's clause by "out of", the share set apart after it: "recorded 3,150
    # emergency calls this summer, out of 4,500 nationwide, or about 70 per cent"
    if part.end <= whole.start < share.start and _OUT_OF_SET_APART.fullmatch(text, part.end, whole.start) \
            and _APPOSED_SHARE.fullmatch(text, whole.end, share.start) and not _OWN_WHOLE_AFTER.match(text, share.end):
        return part, whole, False
    # the part set apart right after "SHARE of that", the whole before the share
    if whole.end <= share.start and share.end <= part.start and _OF_THAT.fullmatch(text, share.end, part.start) \
            and not _PLACED_FIRST.match(text, share.end):
        return part, whole, False
    return None


# (round 39) words of change or comparison: the only ones that keep a part "of" its whole from its share (a period,
# "last year", "a day", may hold for both)
_CHANGED = re.compile(r"\b(?:(?<!make\s)(?<!made\s)(?<!makes\s)(?<!making\s)" + _PHRASAL + r"up|down|rose|rise|rising|risen|fell|fall|falling|fallen|increas\w*|decreas\w*|grew|"
                      r"grow\w*|jump\w*|climb\w*|drop\w*|declin\w*|compar\w*|than|versus|vs|against|from|forecast\w*|"
                      r"expect\w*|target\w*)\b", re.I)
# the part "of" its whole, a few words on, then the share set apart: "51TWh of the 280TWh of electricity generated in
# Britain last year, more than a quarter of the total"
_AFTER_WHOLE_TO_SHARE = re.compile(r"[^,;:.()]{0,70}?,\s*(?:(?:or|some|about|around|roughly|nearly|almost|just|over|"
                                   r"under|more\s+than|less\s+than|only|close\s+to)\s+)*", re.I)
# the share set apart after the part, its whole after it: "pumped 4.2m barrels a day in October, nearly a quarter of
# OPEC's total output of 26.8m bpd"
_PART_TO_SHARE = re.compile(r"[^,;:.()]{0,40}?,\s*(?:(?:or|some|about|around|roughly|nearly|almost|just|over|under|"
                            r"more\s+than|less\s+than|only|close\s+to)\s+)*", re.I)
_SHARE_TO_WHOLE = re.compile(r"\s+of\s+(?:" + _DET + r"\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?", re.I)
# the whole, its noun, then a colon before the part: "410,000 first-week units: "
_WHOLE_COLON_PART = re.compile(r"(?:\s+[a-z][\w'’-]*){0,4}\s*:\s*", re.I)
_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the|that|this)\s+(?:total|whole|sum|amount|figure)\b|\s*(?:[,;.)]|$)"
                           # (round 59) the whole named again as a period's own: "two-thirds of the day's flights"
                           r"|\s+of\s+the\s+(?:day|week|weekend|month|year|season|night|morning|evening)['’]s\s+"
                           r"[a-z]+s\s*(?:[,;.)]|$)", re.I)


def _two_alike(figures: list[Mention]):
    """The two figures of one kind and unit, the only two of it in the sentence, whatever their nouns ("4.2m
    barrels a day ... 26.8m bpd")."""
    by_unit: dict[tuple, list[Mention]] = {}
    for m in figures:
        by_unit.setdefault((m.kind, m.unit), []).append(m)
    for group in by_unit.values():
        if len(group) == 2 and all(m.value and m.value > 0 and not m.is_range and not m.compound
                                   and m.interval is not None for m in group) and group[0].value != group[1].value:
            yield group[0], group[1]


def _apposed_partitive(doc: Document, share: Mention, a: Mention, b: Mention):
    """(round 39) The explicit shapes of a part, its whole and a share set apart, past a period told for both
    (also the whole, a colon, then the part: "410,000 first-week units: 312,000, or roughly three in five"):
    "51TWh of the 280TWh of electricity generated last year, more than a quarter of the total" (the share of
    "the total" or bare); "pumped 4.2m barrels a day, nearly a quarter of OPEC's total output of 26.8m bpd"."""
    text = doc.text
    part, whole = (a, b) if a.value < b.value else (b, a)
    if part.end <= whole.start < share.start and _PAIR.fullmatch(text, part.end, whole.start):
        after = noun_end(whole)
        if after <= share.start and _AFTER_WHOLE_TO_SHARE.fullmatch(text, after, share.start) \
                and _OF_THE_TOTAL.match(text, share.end):
            return part, whole, False
    if part.end <= share.start < whole.start and _PART_TO_SHARE.fullmatch(text, part.end, share.start) \
            and _SHARE_TO_WHOLE.fullmatch(text, share.end, whole.start):
        return part, whole, False
    if whole.end <= part.start < share.start and _WHOLE_COLON_PART.fullmatch(text, whole.end, part.start) \
            and _PART_TO_SHARE.fullmatch(text, part.end, share.start) and _OF_THE_TOTAL.match(text, share.end):
        return part, whole, False  # "the album's 410,000 first-week units: 312,000, or roughly three in five"
    return None


# (round 40) a share told as how full something is: "82pc full", "at 91% capacity", "filled to 82 per cent"
_FULL_AFTER = re.compile(r"\s+(?:full|capacity|utili[sz]ation|occupied|occupancy)\b", re.I)
_AT_CAPACITY = re.compile(r"\bfilled\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# the whole named as the capacity: "a capacity of 3.6bn cubic metres", "can hold 3.6bn", "3.6bn capacity"
_CAPACITY_BEFORE = re.compile(r"\b(?:capacity\s+(?:of|is|was|for)|can\s+(?:hold|store|take|seat|carry)|"
                              r"designed\s+(?:for|to\s+hold))\s+(?:about\s+|around\s+|some\s+|up\s+to\s+)?$", re.I)
# a figure told as a gap: "1,650 below the capacity of 89,600"
_DIFFERENCE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:below|above|short|under|over|less|more|fewer|beyond|spare|free)\b",
                               re.I)
_CAPACITY_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+capacity\b", re.I)


def _filled(doc: Document, share: Mention, figures: list[Mention]) -> tuple[Mention, Mention, bool] | None:
    """(round 40) How full a store is, with its capacity and what it holds told in the sentence: "storage sites,
    with a capacity of 3.6bn cubic metres, now hold 3.3bn cubic metres, meaning they are 91pc full" -- the part
    is the one figure besides the capacity, in its unit."""
    text = doc.text
    if not (_FULL_AFTER.match(text, share.end) or _AT_CAPACITY.search(text, max(0, share.start - 30), share.start)):
        return None
    for a, b in _two_alike(figures):
        for w, p in ((a, b), (b, a)):
            named = _CAPACITY_BEFORE.search(text, max(0, w.start - 30), w.start) \
                or _CAPACITY_AFTER.match(text, w.end)
            if named and p.value < w.value and not _CAPACITY_BEFORE.search(text, max(0, p.start - 30), p.start) \
                    and not _DIFFERENCE_AFTER.match(text, p.end):
                return p, w, False
    return None


def _on_whole(doc: Document, share: Mention, figures: list[Mention]) -> tuple[Mention, Mention, bool] | None:
    """The part "on" the whole right after the share of one thing: "takes 8% of every ticket - $6 on an average $50
    seat" (the two next figures after the share, in one unit, nothing of change or another time between)."""
    text = doc.text
    after = [m for m in figures if m.start >= share.end]
    if len(after) < 2 or not _SHARE_OF_ONE.match(text, share.end):
        return None
    part, whole = after[0], after[1]
    if part.kind != whole.kind or part.unit != whole.unit or part.is_range or whole.is_range or part.compound \
            or whole.compound or not part.value or not whole.value or part.value >= whole.value \
            or not _ON_WHOLE.fullmatch(text, part.end, whole.start) or _NOT_LEVEL.search(text, share.start, whole.end) \
            or any(share.end <= m.start < whole.start for m in doc.mentions_in(share.sentence)
                   if m is not part and m.kind != Kind.FRACTION):
        return None
    return part, whole, False


FINDERS = (find_share_triangles,)

"""Relations (round 52): a gap told between two stated figures, the second told of a rival in a relative clause.

"Ouma weighed in at 71.4kg, 1.2kg heavier than Rahman, who came in at 70.6kg", "a total of 268 left him eight shots
clear of the runner-up, who finished on 274", "won in 5:41.2, a margin of 3.8 seconds over Lowther, who clocked
5:43.9": the gap must be the difference of the two figures (FC301, either way round: which side is ahead depends on
the sport).  And a gap, a colon, then the two figures: "the gap narrowed to 950 votes: Andersen took 28,412 and Lund
27,462".  Read only when:

* the first figure is the last of its kind and unit before the gap in the sentence, and the rival's the first after
  it, told by "who"/"which" and at most four words ("who came in at", "who finished on", "who clocked");
* the gap is a plain figure of that kind and unit (or a count of shots, strokes, votes, points, runs or goals
  beside bare counts), right before a word of comparison ("heavier than", "clear of", "ahead of") or after "a margin
  of" and before "over";
* no other figure of that kind stands between.

(Round 54) A figure set "to" a rival's, then the gap set apart: "has 47 stations to Samsu's 29 - 12 more than its
regional rival" (``_pair_to_rival_before``).

(Round 56) A gap set apart on a rival named after "while", then the rival's own level after a verb: "Lowmoor logged
4C, while Ashby, six degrees warmer, reached 10C" (``_gap_apposed_to_rival``).

(Round 56) A margin told "by" after a verb of winning or leading, then the score set apart after it: "lead Tarvik by
six points at the top of the table, 58 to 52" (``find_margin_then_score``).

(Round 56) Two ranks told after "ranked" or "world No", then the places between them set apart: "Ada Lee, ranked
90th, beat world No 22 Kim Ross, a player 68 places above her" (``find_rank_gaps``).

(Round 56) A tally told by "outhit"/"outshot", then its margin as a compound of the verb's noun: "outhit the Rangers
14 to 9 ... the five-hit margin" (``find_out_tally_margins``).

(Round 53) A final score and the margin told right after it is such a gap too, between the score's two sides: "beat
the Stags 11-7 on Sunday, a five-goal margin" (``find_score_margins``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention
from .changes import GapBetween, compatible
from .context import noun_end
from .needs import needs
from .restatements import _SCORE_TEXT

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION)
# the words between the gap and the rival: "heavier than", "clear of", "ahead of", "faster than" (round 56: "warmer
# than")
_COMPARED_AFTER = re.compile(r"\s+(?:(?:heavier|lighter|taller|shorter|longer|higher|lower|faster|slower|older|younger|"
                             r"bigger|smaller|more|fewer|less|warmer|colder|hotter|cooler|deeper)\s+than|clear\s+of|ahead\s+of|behind|adrift\s+of|"
                             r"short\s+of)\s+", re.I)
_MARGIN_BEFORE = re.compile(r"\b(?:a|the|his|her|their|its)\s+(?:winning\s+)?margin\s+of\s+$", re.I)
_OVER_AFTER = re.compile(r"\s+over\s+", re.I)
# the rival, then "who" and the verb that gives their figure: "Rahman, who came in at", "runner-up Ann Roe, who
# finished on"
_RIVAL = re.compile(r"(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+"
                    # (round 53) a rival named in apposition: "its neighbour, Nevado Pirca, which rises to"
                    r"(?:\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)?"
                    r"\s*,\s*(?:who|which)\s+(?:[a-z]+\s+){1,4}?(?:at|on|in|with)?\s*$"
                    # (round 53) or its figure in brackets: "than its neighbour Phukar (7,305m)"
                    r"|(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,4}?[A-Z][\w'’.-]*\s*\(\s*"
                    # (round 60) or its figure right after its name: "14 points clear of Dorsey on 672"
                    r"|(?-i:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?:on|with)\s+"
                    # (round 61) or owned by the rival's name: "seven more than Malaysia's five"
                    r"|(?-i:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w.-]*)['’]s?\s+"
                    # (round 62) or the subject's own other figure: "27 minutes longer than her 71-minute semi-final"
                    r"|(?:her|his|their|its)\s+(?:own\s+)?", re.I)
# a gap, a colon, then the two figures: "narrowing to 950 votes: Andersen took 28,412 and Lund 27,462"
_GAP_WORD_BEFORE = re.compile(r"\b(?:gap|margin|difference|lead)\b[^,;:.()\d]{0,60}$", re.I)
_TOOK = r"(?:took|won|got|polled|received|had|scored)"
_COLON_THEN = re.compile(r"\s*:\s*(?:[A-Z][\w'’-]*\s+){1,3}" + _TOOK + r"\s+$")
_AND_THEN = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:" + _TOOK + r"\s+)?$")
_TALLY_NOUNS = frozenset("shots strokes votes points runs goals".split())


# (round 60) words of comparison the extractor may take for a bare gap's noun: "1,150 clear of"
_COMPARISON_NOT_NOUN = frozenset("clear ahead behind adrift short".split())


def _gap_noun(m: Mention) -> str | None:
    """The gap's noun, lower-cased; none when the word after it is one of comparison ("1,150 clear of")."""
    noun = (m.noun or "").lower()
    return None if not noun or noun in _COMPARISON_NOT_NOUN else noun


def _alike(gap: Mention, level: Mention) -> bool:
    """The gap and the level are of one kind and unit, or the gap counts shots, votes ... beside bare counts."""
    if level.kind != gap.kind or level.is_range or level.value is None or level.hedge:
        return False
    if gap.kind == Kind.COUNT:
        noun = _gap_noun(gap)
        return level.noun is None or noun is None or level.noun.lower() == noun or noun in _TALLY_NOUNS
    # (round 56: a bare "degrees" gap beside temperatures of one scale, "four degrees warmer than Lowmoor, at 4C")
    return level.unit == gap.unit or gap.kind == Kind.MEASURE and compatible(gap, level)


def _gap_figure(m: Mention) -> bool:
    return m.kind in _KINDS and not m.is_range and m.value is not None and m.value > 0 and not m.compound \
        and (m.kind != Kind.COUNT or (noun := _gap_noun(m)) is None or noun in _TALLY_NOUNS or noun.endswith("er"))


@needs(Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION, count=3)
def find_compared_gaps(doc: Document):
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = [m for m in doc.mentions_in(s.index) if m.kind in _KINDS]
        for k, gap in enumerate(ms):
            if not _gap_figure(gap) or k == 0:
                continue
            found = _rival_after(doc, ms, k) or _colon_pair_after(doc, ms, k) or _pair_to_rival_before(doc, ms, k) \
                or _gap_apposed_to_rival(doc, ms, k) or _than_the_figure(doc, ms, k) or _pair_then_gap_of(doc, ms, k)
            if found is None:
                continue
            first, second = found
            yield GapBetween(link="explicit", cue="gap between two stated figures", change=gap, old=second,
                             new=first, direction=0)


def _rival_after(doc: Document, ms: list[Mention], k: int):
    """The level before the gap and the rival's after it: "at 71.4kg, 1.2kg heavier than Rahman, who came in at
    70.6kg"; "in 5:41.2, a margin of 3.8 seconds over Lowther, who clocked 5:43.9"."""
    text, gap = doc.text, ms[k]
    compared = _COMPARED_AFTER.match(text, gap.end) or (
        _COMPARED_AFTER.match(text, gap.noun_span.end) if gap.noun_span is not None else None)  # "eight shots clear of"
    if compared is None:
        over = _OVER_AFTER.match(text, gap.end)
        if over is None or not _MARGIN_BEFORE.search(text, max(0, gap.start - 24), gap.start):
            return None
        compared = over
    before = [m for m in ms[:k] if _alike(gap, m) and not m.compound]
    after = [m for m in ms[k + 1:] if _alike(gap, m)]
    if len(before) != 1 or not after or not _RIVAL.fullmatch(text, compared.end(), after[0].start):
        return None  # (none, or two before the gap: "took 17 seconds off the record of 2:05:58": whose is it?)
    first, second = before[0], after[0]
    if first.noun and second.noun and first.noun.lower() != second.noun.lower():
        return None  # (round 62) the rival's figure counts something else: "on 24 points, four clear of
        # Aberystwyth with five rounds left"
    if any(m.kind == gap.kind and not m.compound for m in ms if first.end <= m.start < gap.start):
        return None  # another figure of that kind between: whose level is it?
    if not _GAP_OF_SUBJECT.fullmatch(text, first.end, gap.start):
        return None  # (not "Kopecky won in 3hr 40min 2sec and Vos finished 35 seconds behind the winner, who ...")
    if _NOT_OWN_LEVEL.search(text, max(0, first.start - 24), first.start) \
            or any(_PAR_AFTER.match(text, m.end) for m in (first, second)):
        return None  # a record's or a mark's figure; a score told against par ("six under")
    if not _near_in_size(gap, first, second):
        return None
    return first, second


# the gap told of the first figure's subject: set apart after its clause (", 1.2kg heavier", ", a margin of"), or
# after a verb giving it ("268 left him eight shots clear")
_GAP_OF_SUBJECT = re.compile(r"[^,;:.()\d]{0,40},\s*(?:[a-z]+ing\s+)?"  # (", finishing 4.6 seconds clear of")
                             r"(?:a\s+margin\s+of\s+|(?:some|about|around|nearly|just)\s+)?"
                             # (round 53) "At 6,412 metres, Cerro Almagre is 388 metres taller than"
                             r"|,\s*(?:[A-Z][\w'’-]*\s+){1,4}(?:is|stands|was|rises|sits|towers)\s+(?:some\s+|about\s+|just\s+)?"
                             r"|\s+(?:left|put|gave|leaves|puts|gives)\s+(?:him|her|them|it|the\s+side)\s+"
                             # (round 60) the figure's noun, then the subject by name: "Her 4,820 ranking points leave
                             # Alessia Corvo 1,150 clear of"
                             r"|\s+(?:[a-z]+\s+){1,2}?(?:left|put|leave|leaves|puts)\s+"
                             r"(?-i:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+", re.I)
# a figure that is a mark, not the subject's own level: "the previous record of 2:05:58"
_NOT_OWN_LEVEL = re.compile(r"\b(?:record|mark|best|target|limit|previous|old|former)\s+(?:of\s+|was\s+)?$", re.I)
_PAR_AFTER = re.compile(r"\s+(?:under|over)\b", re.I)


# (round 54) the two figures set against each other, then the gap: "has 47 stations to Samsu's 29 - 12 more than its
# rival"
_TO_RIVALS = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*['’]s?\s+$")
_SET_APART_BEFORE_GAP = re.compile(r"\s*(?:,|[-–—])\s*(?:some\s+|just\s+|about\s+)?$")


def _pair_to_rival_before(doc: Document, ms: list[Mention], k: int):
    """(round 54) "Qaratau's metro has 47 stations to Samsu's 29 - 12 more than its regional rival": a figure, "to" a
    rival's, then the gap set apart and compared."""
    text, gap = doc.text, ms[k]
    if k < 2 or _COMPARED_AFTER.match(text, gap.end) is None:
        return None
    first, second = ms[k - 2], ms[k - 1]
    if first.compound or second.compound or not _alike(gap, first) or not _alike(gap, second) \
            or not _TO_RIVALS.fullmatch(text, noun_end(first), second.start) \
            or not _SET_APART_BEFORE_GAP.fullmatch(text, second.end, gap.start) or not _near_in_size(gap, first, second):
        return None
    return first, second


# (round 56) a level, then a rival named after "while"/"whereas" with the gap set apart on it and its own level after
# a verb: "Lowmoor logged 4C, while Ashby, six degrees warmer, reached 10C"
_WHILE_RIVAL_BEFORE_GAP = re.compile(r"[^,;:.()\d]{0,40}?,\s*(?:while|whereas)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
                                     r"[A-Z][\w'’.-]*\s*,\s*(?:some\s+|about\s+|just\s+|nearly\s+)?$")
_BARE_COMPARATIVE_APPOSED = re.compile(r"\s+(?:colder|warmer|hotter|cooler|higher|lower|taller|shorter|heavier|lighter|"
                                       r"deeper|longer|faster|slower|older|younger)\s*,\s*(?:[a-z]+\s+){1,2}?"
                                       r"(?:at|on|to|in|of)?\s*$", re.I)


def _gap_apposed_to_rival(doc: Document, ms: list[Mention], k: int):
    """(round 56) "Lowmoor logged 4C, while Ashby, six degrees warmer, reached 10C": the first level the only one of
    the gap's kind before it, the rival named after "while" or "whereas" with the gap and a bare comparative set apart
    on it, then a verb of at most two words and the rival's own level, the first of that kind after."""
    text, gap = doc.text, ms[k]
    before = [m for m in ms[:k] if m.kind == gap.kind and not m.compound]
    after = [m for m in ms[k + 1:] if m.kind == gap.kind]
    if len(before) != 1 or not after:
        return None
    first, second = before[0], after[0]
    if not (_alike(gap, first) and _alike(gap, second)):
        return None
    if not _WHILE_RIVAL_BEFORE_GAP.fullmatch(text, first.end, gap.start) \
            or not _BARE_COMPARATIVE_APPOSED.fullmatch(text, gap.end, second.start) \
            or not _near_in_size(gap, first, second):
        return None
    return first, second


# (round 58) the level, a copula, the gap, a comparative and "than the" or a rival's possessive right before the
# rival's figure: "a total of 271 was four shots better than the 277 posted by the runner-up"
_COPULA_TO_GAP = re.compile(r"\s+(?:was|is|were|are)\s+(?:some\s+|just\s+|about\s+|nearly\s+)?", re.I)
_THAN_THE = re.compile(r"\s+(?:better|worse|more|fewer|less|higher|lower|heavier|lighter|faster|slower|longer|"
                       r"shorter|bigger|smaller|warmer|colder)\s+than\s+(?:the\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+)",
                       re.I)


def _than_the_figure(doc: Document, ms: list[Mention], k: int):
    """(round 58) "Okafor's total of 271 was four shots better than the 277 posted by the runner-up": the only level
    of the gap's kind before it, joined by a copula; the rival's figure right after "than the" (or a possessive)."""
    text, gap = doc.text, ms[k]
    if k + 1 >= len(ms):
        return None
    first, second = ms[k - 1], ms[k + 1]
    if first.compound or second.compound or not _alike(gap, first) or not _alike(gap, second) \
            or any(m.kind == gap.kind and not m.compound for m in ms[:k - 1]):
        return None
    end = gap.noun_span.end if gap.noun_span is not None else gap.end
    if not _COPULA_TO_GAP.fullmatch(text, noun_end(first), gap.start) or not _THAN_THE.fullmatch(text, end, second.start):
        return None
    return (first, second) if _near_in_size(gap, first, second) else None


def _pair_then_gap_of(doc: Document, ms: list[Mention], k: int):
    """(round 59) Two figures of one kind joined by "and", each with its own place or holder, then the gap set apart
    by ", a gap of" or ", a difference of": "sold 412,000 copies in Finland and 268,000 in Sweden, a gap of 144,000".
    Only the two figures of the gap's kind before it in the sentence, and no figure between the second and the gap."""
    text, gap = doc.text, ms[k]
    if not _GAP_OF_BEFORE.search(text, max(0, gap.start - 30), gap.start) or k < 2:
        return None
    first, second = ms[k - 2], ms[k - 1]
    if first.compound or second.compound or not _alike(gap, first) or not _alike(gap, second) \
            or any(m.kind == gap.kind for m in ms[:k - 2]):
        return None
    if not _PAIR_JOINED.fullmatch(text, noun_end(first), second.start) \
            or not _PLACE_THEN_GAP.fullmatch(text, noun_end(second), gap.start):
        return None
    return (first, second) if _near_in_size(gap, first, second) else None


# (round 59) ", a gap of", ", a difference of" right before the gap
_GAP_OF_BEFORE = re.compile(r"[,;(–—]\s*(?:a|the)\s+(?:gap|difference)\s+of\s+$", re.I)
# the first figure's place or holder (two phrases at most), then "and" and at most three words before the second
_PAIR_JOINED = re.compile(r"(?:\s+(?:of|in|at|on|for|from|by|to|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+){0,2}"
                          r"\s*,?\s+and\s+(?:[\w'’-]+\s+){0,3}?", re.I)
_PLACE_THEN_GAP = re.compile(r"(?:\s+(?:in|at|on|for|from|by|to|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
                             r"\s*[,;(–—]\s*(?:a|the)\s+(?:gap|difference)\s+of\s+", re.I)


def _near_in_size(gap: Mention, first: Mention, second: Mention) -> bool:
    """The gap told is within five times the two levels' difference either way: a figure of another measure read as a
    level ("a 66 to finish at nine under ... six under") is not weighed."""
    diff = abs(first.value - second.value)
    return diff > 0 and gap.value <= 5 * diff and diff <= 5 * gap.value


def _colon_pair_after(doc: Document, ms: list[Mention], k: int):
    """"the gap between the two narrowing to 950 votes: Andersen took 28,412 and Lund 27,462"."""
    text, gap = doc.text, ms[k]
    if gap.kind != Kind.COUNT or not _GAP_WORD_BEFORE.search(text, max(0, gap.start - 70), gap.start):
        return None
    end = gap.noun_span.end if gap.noun_span is not None else gap.end
    if len(ms) < k + 3:
        return None
    first, second = ms[k + 1], ms[k + 2]
    if not (_alike(gap, first) and _alike(gap, second)) or not _COLON_THEN.fullmatch(text, end, first.start) \
            or not _AND_THEN.fullmatch(text, first.end, second.start) or not _near_in_size(gap, first, second):
        return None
    return first, second


# (round 53) a score's margin right after it: ", a five-goal margin", ", a margin of four points", "- a 12-point win"
_MARGIN_NOUNS = r"(?:winning\s+)?(?:margin|win|victory|defeat|loss|triumph|success|lead|cushion|advantage)"
# (round 62) a lead's own margin, told of the score at a break: "led 16-9 at half-time, a five-goal cushion"
_LEAD_MARGIN_AFTER = re.compile(r"\s+(?:lead|cushion|advantage)\b", re.I)
_SCORE_MARGIN_AFTER = re.compile(r"[^,;:.()\d]{0,60}?(?:,|\s[-–—])\s*(?:a|an|the|their|his|her|its)\s+"
                                 r"(?:(?:comfortable|narrow|slender|convincing|decisive|handsome|clear|healthy|big|"
                                 r"comprehensive)\s+)?$", re.I)
_MARGIN_NOUN_AFTER = re.compile(r"\s+" + _MARGIN_NOUNS + r"\b", re.I)
_SCORING_UNITS = frozenset("goal goals point points run runs try tries basket baskets shot shots frame frames touch touches game games set sets".split())  # (round 55) fencing, tennis
_MARGIN_OF_AFTER_SCORE = re.compile(r"[^,;:.()\d]{0,60}?,\s*(?:a|the)\s+(?:winning\s+)?margin\s+of\s+", re.I)
# the figures a margin may be: the first of them after the score is the one read
_FIGURE_KINDS = (Kind.COUNT, Kind.POINTS, Kind.SCORE, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION, Kind.FRACTION)
# a score at a break or one side's lead, no final result: "took an 18-14 lead into half-time", "led 5-3 at the break"
_NOT_FINAL = re.compile(r"\b(?:half-?time|the\s+break|interval|led|leading|trailed|trailing|lead|first\s+leg|"
                        r"aggregate|quarter|period|set|sets)\b", re.I)


def _bare_count(like: Mention, value: int, **placed) -> Mention:
    """``like`` as a bare, exact count of ``value`` (no unit, noun or compound), moved where ``placed`` says."""
    v = Fraction(value)
    return replace(like, kind=Kind.COUNT, value=v, precision=Fraction(1), interval=Interval(v, v), unit=None, noun=None,
                   noun_span=None, compound=False, **placed)


def _side(score: Mention, match: re.Match, group: int) -> Mention:
    """One side of a score, ``match`` read on the score's own text."""
    return _bare_count(score, int(match.group(group)), start=score.start + match.start(group),
                       end=score.start + match.end(group), text=match.group(group))


@needs(Kind.SCORE)
def find_score_margins(doc: Document):
    """(round 53) A final score and the margin told right after it in its sentence: "beat the Stags 11-7 on Sunday, a
    five-goal margin" (the margin must be the difference of the two sides).  Read only when the margin counts goals,
    points, runs, tries, baskets, shots or frames (not wickets, sets or games), is the first figure after the score
    with no other score between, and nothing tells of a break or a lead instead of a result ("took an 18-14 lead into
    half-time", "led 5-3 at the break")."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = doc.mentions_in(s.index)
        for k, score in enumerate(ms):
            pair = _SCORE_TEXT.fullmatch(score.text) if score.kind == Kind.SCORE else None
            if pair is None or pair.group(1) == pair.group(2) or k + 1 >= len(ms):
                continue
            margin = next((m for m in ms[k + 1:] if m.kind in _FIGURE_KINDS), None)  # (past "on Sunday")
            if margin is None or margin.kind not in (Kind.COUNT, Kind.POINTS) or margin.value is None \
                    or margin.is_range or margin.hedge:
                continue
            # "..., a margin of four goals" or "..., a five-goal margin": the words from the score to the margin
            lead = _MARGIN_OF_AFTER_SCORE if _margin_of(doc, margin) \
                else _SCORE_MARGIN_AFTER if _margin_compound(doc, margin) else None
            if lead is None or not lead.fullmatch(text, score.end, margin.start):
                continue
            if _NOT_FINAL.search(text, max(s.start, score.start - 40), margin.start) \
                    and not (_margin_compound(doc, margin) and _LEAD_MARGIN_AFTER.match(text, margin.end)):
                continue
            if margin.kind == Kind.POINTS:  # "a six-point win": points scored, a count (no percentage points)
                margin = replace(margin, kind=Kind.COUNT, unit=None, interval=Interval(margin.value, margin.value))
            a, b = _side(score, pair, 1), _side(score, pair, 2)
            yield GapBetween(link="explicit", cue="a score's margin", change=margin, old=b, new=a, direction=0)


# (round 56) a margin told "by" a count of goals or points after a verb of winning or leading, then the score set
# apart after it: "lead Tarvik by six points at the top of the table, 58 to 52", "beat the Stags by four goals, 11-7"
_WON_OR_LED_BY = re.compile(r"\b(?:lead|leads|led|leading|beat|beats|beaten|won|win|wins|winning|trail|trails|trailed|"
                            r"trailing|defeated|edged|lost|lose|loses|losing)\b[^,;:.()\d]{0,50}?\bby\s+"
                            r"(?:just\s+|only\s+)?$", re.I)
_SCORE_SET_APART = re.compile(r"[^,;:.()\d]{0,40}?,\s*(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})"
                              r"(?=\s*(?:[,.;)]|$|\s+(?:with|in|at|on|after|before|and)\b))", re.I)


# (not sets, games or frames: "won by two sets to love, 6-3, 6-4" gives a set's games)
_MARGIN_THEN_SCORE_UNITS = frozenset("goal goals point points run runs try tries basket baskets".split())


@needs(Kind.COUNT)
def find_margin_then_score(doc: Document):
    """(round 56) "Vestby lead Tarvik by six points at the top of the table, 58 to 52": a margin of goals, points,
    runs ... told "by" after a verb of winning or leading, then the score of that moment set apart right after it
    (within a short phrase, no other figure between): the margin must be the difference of the two sides."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        for margin in doc.mentions_in(s.index):
            if margin.kind != Kind.COUNT or margin.value is None or margin.is_range or margin.hedge or margin.compound \
                    or (margin.noun or "").lower() not in _MARGIN_THEN_SCORE_UNITS or margin.noun_span is None:
                continue
            if not _WON_OR_LED_BY.search(text, max(s.start, margin.start - 70), margin.start):
                continue
            score = _SCORE_SET_APART.match(text, margin.noun_span.end, s.end)
            if score is None:
                continue
            a_val, b_val = int(score.group(1)), int(score.group(2))
            if a_val == b_val:
                continue
            a, b = _raw_side(margin, score, 1), _raw_side(margin, score, 2)
            yield GapBetween(link="explicit", cue="a margin, then the score", change=margin, old=b, new=a, direction=0)


# (round 56) two players' ranks told in one sentence and the places between them: "Ada Lee, ranked 90th, beat world
# No 22 Kim Ross, a player 68 places above her": a rank after "ranked" or "world No/number", the gap a count of
# places set apart, then above/below/higher/lower
_RANK_BEFORE = re.compile(r"(?:\branked\s+(?:(?:world\s+)?(?:No\.?|number)\s+)?|\bworld\s+(?:No\.?|number)\s+)$", re.I)
_PLACES_APART = re.compile(r",\s*(?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?|who\s+(?:is|was|sits|sat|stands|stood)\s+|"
                           r"(?:some|sitting|standing)\s+)?$", re.I)
_PLACES_COMPARED = re.compile(r"\s+(?:above|below|higher|lower|ahead\s+of|behind)\b", re.I)


@needs(Kind.COUNT)
def find_rank_gaps(doc: Document):
    """(round 56) "Ada Lee, ranked 90th, beat world No 22 Kim Ross, a player 68 places above her": exactly two
    ranks in the sentence, each told after "ranked" or "world No", both before a count of places set apart in
    apposition and compared ("above", "higher" ...): the places must be the two ranks' difference."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = doc.mentions_in(s.index)
        ranks = [m for m in ms if m.kind in (Kind.ORDINAL, Kind.CODE, Kind.COUNT) and m.value and not m.is_range
                 and _RANK_BEFORE.search(text, max(s.start, m.start - 24), m.start)]
        if len(ranks) != 2:
            continue
        for gap in ms:
            if gap.kind != Kind.COUNT or (gap.noun or "").lower() not in ("places", "place", "spots", "positions") \
                    or gap.value is None or gap.is_range or gap.hedge or gap.start < ranks[1].end \
                    or gap.noun_span is None or not _PLACES_COMPARED.match(text, gap.noun_span.end) \
                    or not _PLACES_APART.search(text, max(ranks[1].end, gap.start - 30), gap.start):
                continue
            if any(m.kind in (Kind.COUNT, Kind.ORDINAL, Kind.CODE) for m in ms if ranks[1].end <= m.start < gap.start):
                continue
            a, b = (_bare_count(r, int(r.value)) for r in ranks)  # the ranks as bare counts of places
            yield GapBetween(link="explicit", cue="places between two ranks", change=gap, old=b, new=a, direction=0)


# (round 56) a tally told by an "out-" verb, "outhit the Rangers 14 to 9", and later in the sentence its margin as a
# compound of the verb's own noun, "the five-hit margin"
_OUT_TALLY = re.compile(r"\bout(hit|shot|rebounded)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(\d{1,3})\s*(?:-|–|to)\s*"
                        r"(\d{1,3})\b")
_OUT_STEMS = {"hit": "hit", "shot": "shot", "rebounded": "rebound"}
_TALLY_MARGIN_AFTER = re.compile(r"\s+(?:margin|edge|advantage|gap|differential)\b", re.I)


@needs(Kind.COUNT)
def find_out_tally_margins(doc: Document):
    """(round 56) "The Hawks outhit the Rangers 14 to 9 but lost, and their coach called the five-hit margin a
    puzzle": the one tally told by "outhit"/"outshot"/"outrebounded" in the sentence, and after it the one margin
    compounded of that verb's noun ("five-hit", "ten-shot") before "margin"/"edge": the difference of the tally."""
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        tallies = list(_OUT_TALLY.finditer(text, s.start, s.end))
        if len(tallies) != 1:
            continue
        tally = tallies[0]
        stem = _OUT_STEMS[tally.group(1)]
        margins = [m for m in doc.mentions_in(s.index) if m.start >= tally.end() and m.kind == Kind.COUNT
                   and m.compound and m.value is not None and not m.is_range
                   and re.fullmatch(r"[\w.]+-" + stem + r"s?", m.text, re.I)
                   and _TALLY_MARGIN_AFTER.match(text, m.end)]
        if len(margins) != 1:
            continue
        a_val, b_val = int(tally.group(2)), int(tally.group(3))
        if a_val == b_val:
            continue
        margin = margins[0]
        a, b = _raw_side(margin, tally, 2), _raw_side(margin, tally, 3)
        yield GapBetween(link="explicit", cue="a tally's margin", change=margin, old=b, new=a, direction=0)


def _raw_side(like: Mention, match: re.Match, group: int) -> Mention:
    """One side of a score read from the text itself (``match`` on the document), a bare count."""
    return _bare_count(like, int(match.group(group)), start=match.start(group), end=match.end(group),
                       text=match.group(group), hedge=None)


def _margin_compound(doc: Document, margin: Mention) -> bool:
    """"a five-goal margin": the margin's unit joined to it, a noun of winning after."""
    m = re.match(r"[\w.]+-([a-z]+)", margin.text)  # ("six-point" is read as points, no compound count)
    return bool(m and m.group(1).lower() in _SCORING_UNITS
                and _MARGIN_NOUN_AFTER.match(doc.text, margin.end))


def _margin_of(doc: Document, margin: Mention) -> bool:
    """"a margin of four goals": the unit after the figure."""
    return (margin.noun or "").lower() in _SCORING_UNITS and not margin.compound


FINDERS = (find_compared_gaps, find_score_margins, find_margin_then_score, find_rank_gaps,
           find_out_tally_margins)

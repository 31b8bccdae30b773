"""Relations (round 39): a total and the parts that break it down, read loosely -- a fallback for the sum finders.

The sum finders (``sums``) read many exact shapes; a small detail outside them (an age inside a part's label, a
time between the total and its parts, a count of the parts beside them) leaves a plain breakdown unread.  This
finder reads the shape itself, and stands down wherever the sum finders read the same figures
(``relate._without_fallback_lists``):

* **the parts**: two or more figures of one kind and unit (counts, sums in one currency, measures in one unit) in
  one sentence, joined by commas, "and" or a semicolon, a few words apart, with no word of contrast, change or time
  between them ("but", "while", "than", "rose", "last year");
* **the total**, larger than every part:

  - before them in the sentence, tied to them by a word that divides it: "of them", "of whom", "of which" after the
    first part, "comprising", "including", "among them", "split", "divided", "made up of", a colon or a dash, or
    the sentence opening "Of the 1,730 ...,";
  - or the one figure of their kind and unit in the sentence before (same paragraph, no level beside it), when the
    parts' sentence opens on it ("Of those, ...", "Among them, ...") or says it is made of them and opens on a
    pronoun, a word for a whole or the whole's noun ("The dead comprised ...", "The plan is split among ...", not
    "Its capital plan ..." nor "The fleet consists of ..." after routes), or the first part is told as some of a
    whole and the last as "the remaining", with no change, other time or part told first in either sentence.

The parts are all of the total (``complete``, FC101) when the text says so: a count of them beside the list
("split three ways", "one of two arms", "the reserve's only two breeding sites", "four main sources:"), a verb of
composition ("comprised", "made up of", "split", "divided"), a part told as the rest ("the remaining 41", "and 12
others"), or two parts whose labels are the two halves of one whole (adults and children, men and women, over 65
and younger) when the list is no subject of a predicate of its own ("30 men and 25 women turned up" are some).
Otherwise they are some of it, and only more than the total is a contradiction (FC102), when the parts count the
total's own things and have no verb of their own.  Either way the link is read from the sentence's shape, so a
contradiction is a warning (an explicit link the sum finders read on the same total is kept), and the parts must come
to between half the total and twice it: far from it, they are parts of something else.  Parts each of which is
followed by "each", a part of the part before ("and 227 of those"), a further one ("with a further 90") or a larger
whole told between ("in the 100-seat parliament") end the reading, and so does a word after parts that need not be all of
the total saying they overlap ("with many reporting both").
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from ..units import unit_key
from ..transform import WORD_VALUES
from .closed_lists import _CONTINUED, _PERIOD_LOOKBEHIND
from .context import body_sentences, noun_end
from .dates import MONTH_NAMES
from .needs import needs
from .sums import _GROUP_SHARED_REST, PartsOfWhole, _attributes_that_overlap

CUE = "a breakdown read from the sentence's shape"

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
_MAX_GAP_WORDS = 12  # between two parts (the first part's label included)
_MAX_LINK_WORDS = 25  # between the total and the first part
# words between two parts that set them apart: a contrast, a comparison, a change, a time
_APART = re.compile(r"\b(?:but|while|whereas|although|though|than|compared|against|versus|vs|(?<!-)up|(?<!-)down|"
                    r"rose|risen|rise|fell|fallen|fall|gain|majority|margin|lead|gap|difference|increase\w*|decrease\w*|last|previous|earlier|before|after|since|"
                    r"year|years|month|months|week|weeks|day|days|per|each|apiece|a\s+head|respectively|"
                    r"or|nor|if|when|until|by|further|another|additional|extra|"
                    # a part of the part before: "290 passed, and about three in five of those who passed - 176 -"
                    r"of\s+(?:those|them|these|whom|which))\b|[.()?!:]|\s[-–—]\s|—", re.I)
# a comparison between the total and its parts: "Of the 1,140 students who sat, more than in any year before, ..."
_COMPARED = re.compile(r"\b(?:than|compared|against|versus)\b", re.I)
# "while" before the rest of them: one more part, no contrast
_WHILE_REST = re.compile(r",?\s+while\s+(?=the\s+(?:rest|remaining|remainder|other)\b)", re.I)
# (round 49) after the parts, a word saying some are in two of them: "both" standing alone ("with many reporting both",
# not "at both hubs"), "overlap"
_OVERLAP_AFTER = re.compile(r"\b(?:both(?=\s*[,.;]|\s+of\b|\s*$)|overlap\w*)", re.I)
# the total's link saying the parts are some of it: "including", "among them"
_SOME_OF = re.compile(r"\b(?:including|(?<!shared\s)(?<!split\s)(?<!divided\s)(?<!distributed\s)(?<!spread\s)"
                      r"among\s+(?:them|whom|those|these|others))\b", re.I)  # (round 61: "shared among those who")
# ", and" then a verb: the subject's next predicate, not one more part ("50 of them at home and 38 away, and
# conceded just 29")
_NEW_PREDICATE = re.compile(r",\s+and\s+(?:just\s+|also\s+|then\s+)?(?:[a-z]+ed|was|were|is|are|has|had|have|will|won|"
                            r"lost|took|made|gave|scored|kept|beat|drew)\b", re.I)
# the list's own predicate after its last noun: "Of the 60 volunteers, 30 men and 25 women turned up": those of the
# whole who did something, not all of it
_PREDICATE_AFTER = re.compile(r"\s+(?:[a-z]+ed|was|were|is|are|has|had|have|will|would|sat|took|went|came|got|won|"
                              r"lost|made|gave|did)\b", re.I)
# the first part told as some of a whole: "accounted for", "made up" (without "of")
_SOME_OF_WHOLE_VERB = re.compile(r"\b(?:accounted\s+for|accounts\s+for|account\s+for|made\s+up|make\s+up|makes\s+up|"
                                 r"took|contributed|brought\s+in)\b", re.I)
_STRICT_REST_BEFORE = re.compile(r"\bthe\s+(?:rest|remaining|remainder)\b(?:\s+[\w'’-]+){0,5}\s+$", re.I)
# another time, a change, or one of the parts told first: the figure before may be no whole of these
_SHIFTED = re.compile(r"\b(?:so\s+far|this\s+year|year\s+to|rose|risen|fell|fallen|up|down|from|than|compared|"
                      r"increase\w*|decrease\w*|largest|biggest|most|main|share|third(?!\s+(?:quarter|half)\b)|"
                      + _PERIOD_LOOKBEHIND + r"(?:half|quarter)|further|another|also)\b", re.I)
# (round 42: "in the third quarter", "the first half": a period of the year, no share)
# the parts' sentence opening on something of the whole's owner: "Its capital plan is made up of £52m ...": a part
_OWNED_OPENING = re.compile(r"\W*(?:Its|Their|His|Her|Our)\s+", re.I)
_PRONOUN_OPENING = re.compile(r"\W*(?:This|That|These|They|It)\b")
_THE_NOUN_OPENING = re.compile(r"\W*The\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
_WHOLE_WORDS = frozenset("""total figure tally number sum amount money budget plan package fund funding pot dead victim
    casualty death toll haul crop harvest output bill cost spending allocation award grant""".split())
# another time told before the parts: "The total last year was made up of ..."
_TIME_SHIFT = re.compile(r"\b(?:last|previous|next|this)\s+(?:year|month|week|season)|\b(?:earlier|previously|in\s+"
                         r"(?:19|20)\d\d)\b", re.I)
_COMMA_AND = re.compile(r",\s+and\b", re.I)
_SEPARATOR = re.compile(r",|;|\band\b|\bplus\b", re.I)
# a figure bounding a part's label, no part: "188 were aged over 65 and 151 were younger"
_BOUND_BEFORE = re.compile(r"\b(?:over|under|above|below|aged|than|top|least|most|about|around|nearly|almost|"
                           r"age|ages|age\s+of)\s+$", re.I)
# (round 61) the parts told as the stages the whole comes in, counted: "built in three phases of 62MW, 51MW and 45MW"
_IN_PHASES = (r"in\s+(two|three|four|five|six)\s+(?:phases|stages|tranches|instalments|installments|parts|sections|"
              r"blocks)\s+of")
# what divides the total into the parts, between them
_DIVIDES = re.compile(r"\b(?:comprising|comprised|comprise|including|included|among\s+(?:them|whom|those)|"
                      r"of\s+(?:whom|which)|split|divided|broken\s+down|break\s+down|breaking\s+down|made\s+up\s+of|"
                      r"consisting\s+of|consisted\s+of|" + _IN_PHASES.replace("(", "(?:", 1)
                      + r")\b|:|\s[-–—]\s|—", re.I)
# a level compared with, no part or total: "up 7% from £3.94 billion", "up from 351 last year", "more than the 2,980"
_LEVEL_BEFORE = re.compile(r"\b(?:from|than|against|versus|vs)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                           r"(?:[\w'’-]+\s+)?$", re.I)
# a part told with a verb of its own: a clause, whose figures may count one another ("828 voted ... and 737 backed
# strike action", "2,180 started and 2,050 crossed the finish line"), read only as all of the total
_VERB_AFTER = re.compile(r"\s+(?:[a-z][\w'’-]*\s+)?(?:were|was|are|is|had|have|has|will|would|could|did|went|"
                         r"[a-z]+ed)\b", re.I)
_EACH_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:each|apiece)\b", re.I)
# the count of the parts after them, not one more part: "..., the reserve's only two breeding sites" (not "and two
# were disqualified")
_THE_COUNT_BEFORE = re.compile(r"\b(?:the|its|their|our|only|both|all)\s+(?:[\w'’-]+\s+)?$", re.I)
_SMALLEST_TOTAL = 20  # below it, the figures are counts of players, goals, days: the list-count rules' ground
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.I)
_OF_THE_TOTAL_OPENING = re.compile(r"\W*(?:Of|Among)\s+(?:the|its|their|his|her|our|a\s+total\s+of|all)?\s*"
                                   r"(?:[\w'’-]+\s+){0,2}?$", re.I)
# the parts' sentence opening on the figure of the sentence before, or saying it is made of them
_BACK_OPENING = re.compile(r"\W*(?:Of|Among)\s+(?:those|them|these|whom|the\s+total|that\s+total|this\s+total|"
                           r"that\s+number|this\s+number|that\s+figure|this\s+figure)\b", re.I)
# (round 54) what a sum pays for, some of it at least: "That covers NOK 1.1bn for new gates, ..." -- pieces inside it
_INSIDE_WORDS = r"covers|covered|will\s+cover|includes|included|will\s+include"
_MADE_OF = re.compile(r"\b(?:comprised|comprise|comprises|consisted\s+of|consists\s+of|consist\s+of|"
                      r"(?:was|were|is|are)\s+made\s+up\s+of|broke\s+down\s+as|breaks\s+down\s+as|break\s+down\s+as|"
                      r"(?:was|were|is|are|will\s+be)\s+(?:split|divided)|splits|divides|"
                      + _INSIDE_WORDS + r")\b", re.I)
# (round 54) the parts' sentence saying there are no others after them: "...; the company runs no other stations"
_NO_OTHER = re.compile(r"[;,]\s*(?:and\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:runs|has|owns|operates|had|ran|owned|"
                       r"operated)\s+no\s+other\b", re.I)
_INSIDE = re.compile(r"\b(?:" + _INSIDE_WORDS + r")\b", re.I)
# the text says the parts are all of the total
_WHOLE_BY_VERB = re.compile(r"\b(?:comprised|comprising|comprise|consist\w*\s+of|made\s+up\s+of|split|divided)\b",
                            re.I)
# after the last part, others told of: "..., among others", "as well as smaller numbers from ...", "the rest in
# Greece", "the two largest groups"
_OTHERS_TOLD = re.compile(r"\b(?:others?|rest|remainder|remaining|as\s+well\s+as|besides|largest|biggest|main|"
                          r"including|mostly|mainly|further|another|more)\b", re.I)
_COUNT_WORDS = {**WORD_VALUES, "both": 2}
_ONE_OF_N = re.compile(r"\b(?:one\s+of|between|among|into|across)\s+(?:the\s+|its\s+|their\s+)?(two|three|four|five|six)\b"
                       r"|\b(two|three|four|five|six)\s+ways\b|\b(both)\b"
                       # a count of the kinds before a colon: "came from four main sources: ..."
                       r"|\b(two|three|four|five|six)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*:"
                       r"|\b" + _IN_PHASES + r"\b", re.I)
_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:rest|remaining|remainder|other|others)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# (round 61) the last part told as what the others leave: "..., leaving €0.8m for repairs"
_LEAVING_BEFORE = re.compile(r",\s*leaving\s+(?:just\s+|only\s+|a\s+further\s+)?$", re.I)
# (round 61) the last part given to the rest: "... and €350,000 to the rest of the qualifiers"
_TO_THE_REST_AFTER = re.compile(r"\s+(?:goes\s+|went\s+|go\s+)?(?:to|for)\s+the\s+(?:rest|remainder)\b", re.I)
_OTHERS_AFTER = re.compile(r"\s+(?:others|other\s+[a-z]+)\b", re.I)
# the two halves of one whole, as words in the labels of a two-part list
_HALVES = (
    ({"adult", "adults"}, {"child", "children", "minors", "minor"}),
    ({"man", "men"}, {"woman", "women"}),
    ({"boy", "boys"}, {"girl", "girls"}),
    ({"male", "males"}, {"female", "females"}),
    # (an age's two sides only when the second is told by a word alone: "188 were aged over 65 and 151 were
    # younger", not "140 were over 75 and 61 were children under five")
    ({"over", "older", "above"}, {"younger"}),
    ({"under", "younger", "below"}, {"older"}),
    ({"domestic"}, {"international", "foreign", "overseas"}),
    ({"full-time"}, {"part-time"}),
    ({"home"}, {"away"}),
    ({"public"}, {"private"}),
    ({"urban"}, {"rural"}),
)
_NEAR = 0.5  # the parts come to at least half the total and at most twice it
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _figures(doc: Document, index: int) -> list[Mention]:
    text = doc.text
    return [m for m in doc.mentions_in(index)
            if m.kind in _KINDS and m.value is not None and m.value > 0 and not m.is_range and not m.compound
            and not m.parenthetical and m.interval is not None
            and (m.kind != Kind.COUNT or m.value.denominator == 1 and "." not in m.text)  # no "1.6" model names
            and not _BOUND_BEFORE.search(text, max(0, m.start - 12), m.start)
            and not _LEVEL_BEFORE.search(text, max(0, m.start - 30), m.start)
            and not (m.kind == Kind.COUNT and m.value <= 10 and m.noun
                     and _GROUP_IN_LABEL.search(text, max(0, m.start - 14), m.start))]


# (round 62) a small count after "to the" names whom a part went to, no part: "780 to the two finalists, leaving 570"
_GROUP_IN_LABEL = re.compile(r"\b(?:to|for|among|between)\s+the\s+$", re.I)


def _chains(doc: Document, figures: list[Mention]):
    """Runs of two or more alike figures, each joined to the next as one list."""
    text = doc.text
    groups: dict[tuple, list[Mention]] = {}
    for m in figures:
        groups.setdefault((m.kind, m.unit), []).append(m)
    for alike in groups.values():
        run = [alike[0]]
        for a, b in zip(alike, alike[1:]):
            gap = text[a.end:b.start]
            own = _OF_THEM_AFTER.match(gap)  # the first part's own "of them": "198 of them adults and 251 children"
            if own is not None:
                gap = gap[own.end():]
                if _COMMA_AND.search(gap):
                    # the aside closed, the next figure joins the total: "rescued 30 residents, 20 of them
                    # children, and 15 pets"
                    gap = "."
            rest_next = _WHILE_REST.search(gap)
            if rest_next is not None:
                gap = gap[:rest_next.start()] + ", "  # "..., while the remaining 41 lots brought in": one more part
            if len(gap.split()) <= _MAX_GAP_WORDS and _SEPARATOR.search(gap) and not _APART.search(gap) \
                    and gap.count(";") <= 1 and not _NEW_PREDICATE.search(gap):
                run.append(b)
                continue
            if len(run) >= 2:
                yield alike, run
            run = [b]
        if len(run) >= 2:
            yield alike, run


def _labels(doc: Document, parts: list[Mention], end: int) -> list[set[str]]:
    """The words of each part's label: from the part to the next separator ("," ";" "and"), the next part or
    ``end``."""
    text = doc.text
    out = []
    for p, nxt in zip(parts, parts[1:] + [None]):
        stop = nxt.start if nxt is not None else end
        cut = _SEPARATOR.search(text, p.end, stop)
        words = {w.lower() for w in _WORD.findall(text, p.end, cut.start() if cut is not None else stop)}
        out.append(words | ({p.noun.lower()} if p.noun else set()))
    return out


def _takes_up(doc: Document, s, first: Mention, whole: Mention) -> bool:
    """The parts' sentence opens on the whole: "Of those", a pronoun ("This was made up of"), a word for a whole
    ("The total", "The plan", "The dead") or the whole's own noun -- not on something else ("The fleet consists of
    52 narrow-bodies" after "flew 84 routes")."""
    opening = doc.text[s.start:first.start]
    if _BACK_OPENING.match(opening) or _PRONOUN_OPENING.match(opening):
        return True
    head = _THE_NOUN_OPENING.match(opening)
    if head is None:
        return False
    nouns = {_singular(w) for w in head.groups() if w}  # "The plan is", "The capital budget"
    return bool(nouns & _WHOLE_WORDS) or bool(whole.noun) and _singular(whole.noun) in nouns


_PUT_DOWN_TO = re.compile(r"\s+(?:on|to|for|in|at|from|by|with|under|over)\s+[a-z]", re.I)
_BARE_PARTS = 3  # bare figures that take their noun from the sentence before: three or more


def _bare(doc: Document, s, parts: list[Mention]) -> bool:
    """(round 40) Three or more counts with no noun of their own, each told where it went or what it was put down to
    ("The operator blamed 702 on staff shortages, 391 on signalling faults and 243 on the weather"): they count the
    things of the one figure of their kind in the sentence before -- when they are the only amounts in their
    sentence and that figure the only amount in its own ("Landings reached 168,000 tonnes, against 152,000 ...
    Mackerel accounted for 71,000 tonnes, haddock 38,000, ...": the unit carried, another level)."""
    if len(parts) < _BARE_PARTS or not all(p.kind == Kind.COUNT and p.noun is None for p in parts):
        return False
    # (each told where it went, "702 on staff shortages", not a tally after names: "Pell received 5,873, Labour's
    # Noor 2,104 and ...", nor parts of a level told with a change: "up 45% from 785")
    amounts = [m for m in doc.mentions_in(s.index) if m.kind in _KINDS]
    prev = [m for m in doc.mentions_in(s.index - 1) if m.kind in _KINDS]
    told = doc.sentences[s.index - 1]
    return len(amounts) == len(parts) and len(prev) == 1 and all(_PUT_DOWN_TO.match(doc.text, p.end) for p in parts) \
        and not _SHIFTED.search(doc.text, told.start, told.end)


# (round 53) a preposition of place right before a part: a count of where the rest went, no part ("in six cities")
_PLACES_BEFORE = re.compile(r"\b(?:in|across|to|at)\s+$", re.I)


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _other_noun(total: Mention, parts: list[Mention], every: bool = False) -> bool:
    """A part (``every``: each part) counting things of another noun than the total's ("96 supporters ... the first
    with 51 people"; "36 platforms, 20 of them electrified, 8 diesel and 12 waiting rooms")."""
    if total.kind != Kind.COUNT or not total.noun:
        return False
    noun = _singular(total.noun)
    return (all if every else any)(p.noun and _singular(p.noun) != noun for p in parts)


def _predicated(doc: Document, last: Mention) -> bool:
    """The last part's noun is followed by a verb: the list is the subject of a predicate of its own."""
    end = noun_end(last)
    return end > last.end and _PREDICATE_AFTER.match(doc.text, end) is not None


def _rest_under_the_sentence_before(doc: Document, s, parts: list[Mention]) -> bool:
    """Parts the first of which is told as some of a whole ("accounted for", "made up") and the last as "the
    remaining" or "the rest", with nothing of another time or of a change in either sentence: the whole is the
    sentence before's ("... landed 2.41 million tonnes of fish. Pelagic species accounted for 1.38 million tonnes,
    whitefish for 0.76 million and shellfish for the remaining 0.09 million")."""
    text = doc.text
    prev = doc.sentences[s.index - 1]
    return bool(_SOME_OF_WHOLE_VERB.search(text, s.start, parts[0].start)) \
        and _STRICT_REST_BEFORE.search(text, max(s.start, parts[-1].start - 45), parts[-1].start) is not None \
        and not _SHIFTED.search(text, s.start, s.end) and not _SHIFTED.search(text, prev.start, prev.end) \
        and not _SOME_OF_WHOLE_VERB.search(text, prev.start, prev.end)  # ("Ready meals brought in 640 million
    # euros. Frozen vegetables contributed 510 million and the fish business the remaining 270 million": a part)


def _rest(doc: Document, s, part: Mention) -> bool:
    """The part is told as the rest: "the remaining 41 lots", "the rest of the batting line-up managed 58"."""
    return _REST_BEFORE.search(doc.text, max(s.start, part.start - 45), part.start) is not None


def _halves(labels: list[set[str]]) -> bool:
    """Two of the parts' labels are the two halves of one whole (men and women; with a third part, "non-binary",
    "children", still all of it)."""
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if any((a & x and b & y and not a & y and not b & x) or (a & y and b & x and not a & x and not b & y)
                   for x, y in _HALVES):
                return True
    return False


def _count_of(word_text: str) -> int | None:
    m = _ONE_OF_N.search(word_text)
    if m is None:
        return None
    return _COUNT_WORDS[next(g for g in m.groups() if g).lower()]


@needs(Kind.COUNT, Kind.MONEY, Kind.MEASURE, count=3)
def find_loose_breakdowns(doc: Document):
    """A total and its parts, read from the sentence's shape (see the module's docstring)."""
    for s, _ in body_sentences(doc):
        figures = _figures(doc, s.index)
        if len(figures) < 2:
            continue
        for alike, chain in _chains(doc, figures):
            found = _read(doc, s, alike, list(chain))
            if found is None and len(chain) >= 3 and chain[0].value > max(p.value for p in chain[1:]):
                # the total heads the run: "The £450m package will be split three ways, with £210m ..., £150m ..."
                found = _read(doc, s, alike[:alike.index(chain[0]) + 1], list(chain[1:]))
            if found is not None:
                yield found


def _read(doc: Document, s, alike: list[Mention], parts: list[Mention]) -> PartsOfWhole | None:
    """The total of ``parts`` (see the module's docstring), before them among ``alike`` or in the sentence
    before, and whether they are all of it; None when the text ties them to no total."""
    text = doc.text
    sentences = doc.sentences
    complete = False
    # a count of the parts beside them is no part: "the reserve's only two breeding sites"
    last = parts[-1]
    if last.kind == Kind.COUNT and last.value == len(parts) - 1 and len(parts) >= 3 \
            and _THE_COUNT_BEFORE.search(text, max(0, last.start - 25), last.start) \
            and all(p.value > last.value * 5 for p in parts[:-1]):
        parts = parts[:-1]
        complete = True
    first = parts[0]
    if any(_GROUP_SHARED_REST.match(text, p.end) for p in parts):
        return None  # (round 49) "... and the six other candidates shared the remaining 79,000": a group's count
    if any(_EACH_AFTER.match(text, p.end) for p in parts) \
            or any(_OF_THEM_AFTER.match(text, p.end) for p in parts[1:]):
        return None  # an amount each of several got; a part of the part before ("and 227 of those fledged")
    before_alike = [m for m in alike if m.end <= first.start]
    found = None
    rest_path = False
    none_other = False
    largest = max(p.value for p in parts)
    # the nearest figure before them larger than each (smaller ones between label the total: "All 1,204
    # patients, run across 38 hospitals, were assigned to one of two arms: 612 ... and 570 ...")
    larger = [m for m in before_alike if m.value > largest]
    total = larger[-1] if len(larger) == 1 else None  # (two: which one? "312 million ..., against 287 million")
    if larger and total is None:
        return None
    if total is None and first.kind in (Kind.MEASURE, Kind.MONEY):
        # (round 61) the total a modifier of its thing: "the 148-megawatt scheme, which will be built in three
        # phases of 62MW, 51MW and 45MW" (one unit however written)
        sized = [m for m in doc.mentions_in(s.index) if m.compound and m.kind == first.kind and m.end <= first.start
                 and unit_key(m.unit) == unit_key(first.unit) and m.value is not None and m.value > largest
                 and not m.is_range]
        total = sized[0] if len(sized) == 1 else None
    if total is not None and any(m.compound and m.kind == total.kind and m.value is not None and m.value > total.value
                                 and total.end <= m.start < first.start for m in doc.mentions_in(s.index)):
        return None  # "holds 40 seats in the 100-seat parliament - the opposition has 35 and ...": the larger whole
    if total is not None:
        gap = text[total.end:first.start]
        opening = _OF_THE_TOTAL_OPENING.match(text, s.start, total.start) is not None and "," in gap
        if len(gap.split()) <= _MAX_LINK_WORDS and not _COMPARED.search(gap) \
                and (_DIVIDES.search(gap) or _OF_THEM_AFTER.match(text, first.end) or opening):
            found = total, gap
    elif s.index > 0 and not before_alike and not _OWNED_OPENING.match(text, s.start) \
            and (_BACK_OPENING.match(text, s.start, first.start)
                 or _MADE_OF.search(text, s.start, first.start) or _bare(doc, s, parts)
                 or (rest_path := _rest_under_the_sentence_before(doc, s, parts))
                 or (none_other := _NO_OTHER.search(text, parts[-1].end, s.end) is not None)):
        prev = sentences[s.index - 1]
        if not prev.chrome and not prev.headline and prev.paragraph == s.paragraph \
                and (none_other or not _CONTINUED.search(text, s.start, s.end)) \
                and not _CONTINUED.search(text, prev.start, prev.end):  # (round 54: "the main ...; no other")
            # (not when the figure before is itself a part: "Cataract patients make up the biggest group, at 4,870.
            # A further 2,315 ..., while the remaining 587 ...")
            # every figure of the kind counts here, levels compared too ("5.2 million tonnes ..., up from 4.8
            # million tonnes in 2022. This was made up of ...": which one?)
            # (round 54) one unit however written: "1.42 terawatt-hours" and "0.97 TWh" (``units.unit_key``)
            wholes = [m for m in doc.mentions_in(prev.index) if m.kind == first.kind
                      and unit_key(m.unit) == unit_key(first.unit) and m.value is not None and not m.compound]
            if len(wholes) == 1 and (rest_path or none_other or _takes_up(doc, s, first, wholes[0])
                                     or _bare(doc, s, parts)) \
                    and not _TIME_SHIFT.search(text, s.start, first.start):
                found = wholes[0], text[s.start:first.start]
    if found is None:
        return None
    total, link = found
    if total.kind == Kind.COUNT and total.value < _SMALLEST_TOTAL or any(p.value >= total.value for p in parts):
        return None
    parts_sum = sum(p.value for p in parts)
    if not _NEAR * total.value <= parts_sum <= total.value / _NEAR:
        return None
    span = text[total.start if total.sentence == s.index else s.start:parts[-1].start]
    count = _count_of(span)
    if count is not None and count == len(parts):
        complete = True
    # the rest told as one of the parts ("the remaining 41 lots brought in $197.3m", "the rest of the batting
    # line-up managed 58 between them"), or as the last ("and 12 others")
    rest_closes = any(_rest(doc, s, p) for p in parts[1:]) or bool(_OTHERS_AFTER.match(text, parts[-1].end)) \
        or bool(_LEAVING_BEFORE.search(text, max(s.start, parts[-1].start - 20), parts[-1].start)) \
        or bool(_TO_THE_REST_AFTER.match(text, parts[-1].end))
    halved = _halves(_labels(doc, parts, s.end))
    if rest_closes or none_other or _WHOLE_BY_VERB.search(link) or halved and not _predicated(doc, parts[-1]):
        complete = True  # (round 54: or "...; the company runs no other stations")
    if complete and not rest_closes and not none_other and _OTHERS_TOLD.search(text, parts[-1].end, s.end):
        complete = False  # others told of after the list
    if _SOME_OF.search(link):
        complete = False  # some of them, whatever else is said
    if any(_PLACES_BEFORE.search(text, max(0, p.start - 10), p.start) and _other_noun(total, [p]) for p in parts):
        return None  # (round 53) "42 performances, 24 of them at home and the rest on tour in six cities": places
    if _other_noun(total, parts, every=True) and not halved:
        return None  # "27 points, made up of eight two-point baskets, two three-pointers and five free throws"
    if not complete and _other_noun(total, parts):
        return None  # "96 supporters ..., including the first with 51 people": another count of things
    if not complete and _OVERLAP_AFTER.search(text, parts[-1].end, s.end):
        return None  # (round 49) "610 relied on fishing and 455 on tourism, with many reporting both": they overlap
    if not complete and _attributes_that_overlap(doc, parts):
        return None  # (round 53) "840 said their bus arrived on time and 610 said it was clean": one may say both
    if not complete and any(_VERB_AFTER.match(text, p.end) for p in parts):
        return None  # clauses of their own may count one another: only a text that closes them is read
    # (round 54) pieces the text places inside the total ("That covers NOK 1.1bn for ..."): sums of money too may not
    # exceed it
    return PartsOfWhole(link="inferred", cue=CUE, total=total, parts=tuple(parts), complete=complete,
                        bounded=bool(_INSIDE.search(link)))


# (round 61) a total told for a quarter or a half, and the sentence after giving its parts month by month: "welcomed
# 312,450 cruise passengers in the first quarter. January brought 84,210 passengers, February 97,640 and March 131,600"
_PERIOD_OF_TOTAL = re.compile(r"\b(?:in|during|over|for|across)\s+the\s+(first|second|third|fourth|final|last)\s+"
                              r"(quarter|half)\b", re.I)
_PERIOD_MONTHS = {("first", "quarter"): (1, 2, 3), ("second", "quarter"): (4, 5, 6), ("third", "quarter"): (7, 8, 9),
                  ("fourth", "quarter"): (10, 11, 12), ("final", "quarter"): (10, 11, 12),
                  ("last", "quarter"): (10, 11, 12), ("first", "half"): (1, 2, 3, 4, 5, 6),
                  ("second", "half"): (7, 8, 9, 10, 11, 12)}
_SUB_PERIOD = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\b")
_SUB_PERIOD_AFTER = re.compile(r"\s+(?:in|on|during)\s+" + _SUB_PERIOD.pattern)  # "84,210 in January"
# between a part and the next: a comma or "and", the next sub-period's name and at most a short aside of no figure
_PERIOD_PART_GAP = re.compile(r"[^;:.\d]{0,60}")


def _sub_period_of(doc: Document, s, parts: list[Mention], k: int) -> str | None:
    """The month a part is told for: named right before it in its own stretch ("January brought
    84,210", "and March, boosted by two calls, 131,600") or right after it ("84,210 in January")."""
    text = doc.text
    start = parts[k - 1].end if k else s.start
    before = list(_SUB_PERIOD.finditer(text, start, parts[k].start))
    if len(before) == 1:
        return before[0].group(1).lower()
    if before:
        return None
    after = _SUB_PERIOD_AFTER.match(text, parts[k].end, s.end)
    return after.group(1).lower() if after else None


@needs(Kind.COUNT, Kind.MONEY, Kind.MEASURE, count=3)
@needs(words=("quarter", "half"))  # (_PERIOD_OF_TOTAL names one)
def find_period_breakdowns(doc: Document):
    """(Round 61) A total told for a period -- the first (second, third, fourth) quarter or half of a year -- the one
    figure of its kind and unit in its sentence, and the next sentence of the paragraph giving two or more figures of
    that kind and unit, each told for one month of that period, no two for the same one, no other year told: the parts
    of the total, all of it when every month is named, some of it otherwise; a month outside the period ends the
    reading (a weekend and its days are ``sums``' own reading).  Read from the text's shape, a fallback
    (``relate._without_fallback_lists``): a contradiction is a warning."""
    text = doc.text
    for s in doc.sentences:
        if s.headline or s.chrome or s.index + 1 >= len(doc.sentences):
            continue
        period = _PERIOD_OF_TOTAL.search(text, s.start, s.end)
        nxt = doc.sentences[s.index + 1]
        if period is None or nxt.headline or nxt.chrome or nxt.paragraph != s.paragraph:
            continue
        totals = [m for m in doc.mentions_in(s.index) if m.kind in _KINDS and m.value and not m.is_range]
        if len(totals) != 1:
            continue
        total = totals[0]
        parts = [m for m in doc.mentions_in(nxt.index) if m.kind == total.kind and not m.is_range and m.value
                 and (total.kind == Kind.COUNT or unit_key(m.unit) == unit_key(total.unit))
                 and m.value * 100 >= total.value]  # (a count in an aside, "boosted by two Easter calls", is none)
        if _TIME_SHIFT.search(text, nxt.start, nxt.end) or any(m.kind == Kind.YEAR for m in doc.mentions_in(nxt.index)):
            continue  # "In 2023 January brought ...": another year's months
        if len(parts) < 2 or any(p.value >= total.value or p.compound for p in parts) \
                or any(not _PERIOD_PART_GAP.fullmatch(text, a.end, b.start) for a, b in zip(parts, parts[1:])):
            continue
        named = [_sub_period_of(doc, nxt, parts, k) for k in range(len(parts))]
        if None in named or len(set(named)) != len(named):
            continue
        months = _PERIOD_MONTHS[(period.group(1).lower(), period.group(2).lower())]
        expected = {MONTH_NAMES[k - 1].lower() for k in months}
        if not set(named) <= expected:
            continue
        yield PartsOfWhole(link="inferred", cue=CUE, total=total, parts=tuple(parts), complete=set(named) == expected)


FINDERS = (find_loose_breakdowns, find_period_breakdowns)

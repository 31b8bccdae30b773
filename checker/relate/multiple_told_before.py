"""Relations (round 33): a change told as a multiple, its two levels told in the next sentence.

A story opens on how far something moved ("Bike sales more than doubled last year") and gives the levels in the
sentence after, with no size of their own: "The shop sold 2,900 bikes in 2024, up from 1,300 the year before."
Both tell one move, so 2,900 against 1,300 must be what "more than doubled" says.

Read only when the text ties them:

* the second sentence follows the first at once (or opens the next paragraph after it) and tells one move by its
  new level and, right after it, its old one (", up from 1,300", ", down from"), the same way as the multiple,
  with no multiple, no other figure of the levels' kind and unit before the old level and no size of its own;
* the first is no headline and holds one multiple sizing a move ("doubled", "more than tripled", "halved") and no
  figure of the levels' kind and unit;
* the two name one thing: a word of the first's subject (before the multiple) is said again in the second up to
  the new level's noun ("Car exports through the port ... The port shipped");
* (round 33, mended) and one measured thing: a word of the subject's head, before its first preposition or verb
  ("Car exports", "Visitor numbers", "The number of electric buses"), is said again there (its synonym or stem:
  cars and vehicles, membership and members) -- "Rents in the city have doubled. The city sold 2,000 homes"
  names a place twice, not one thing; no name in the second that the first lacks ("Exports to China doubled.
  Exports to Japan reached ..."); and when the first tells a long span ("since 2010", "over five years", "in a
  decade"), the old level is told at no shorter step after it ("up from 2,500 in 2023", "a year earlier"); an
  old level told a month or a season back ("up from 38,000 in July") is a step of its own unless the first names
  it; a part of the thing named before the new level ("Orders for tankers reached 14", "Sales at its older
  stores rose to £40m": words the first does not hold after a preposition) is no whole; and a head that counts
  ("Visitor numbers") sizes no sum of money.

Round 33: a count of days, weeks or hours is a level too ("on 19 days in 2023, up from 11 days in 2022"), and the
levels may stand one sentence further on, in the paragraph after next at most, when the sentence between tells no
move and no figure of their kind and unit ("The study placed monitors at 48 sites.").

Inferred: a finding from it is a warning.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import MultipleChange, _by_sentence_figures, _role, multiple_role, sentence_slots
from .context import words
from .needs import needs
from .restatements import _NP_STOP, group_of

# the new level, then its old one set after a comma: "2,900 bikes in 2024, up from"
_THEN_OLD = re.compile(r"[^.;:()]{0,40}?,\s*(up|down)\s+from\s+$", re.I)
# (round 33) a count of days or weeks is a level too: "on 19 days in 2023, up from 11 days in 2022"
_LEVEL_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION)
# (round 33) the levels may come one sentence later, past one that tells no move of their kind ("Researchers placed
# 48 monitors ...")
MAX_SENTENCES_ON = 2


def _content(text: str) -> set[str]:
    return {group_of(w) or w for w in words(text) if len(w) > 3 and w not in _NP_STOP}


# (round 33, mended) the subject's head: its words before the first preposition or verb; "the number of X" is X
_HEAD_END = re.compile(r"\s(?:at|in|of|for|to|from|through|on|by|among|across|into|with|under|over|per|has|have|had|is|"
                       r"are|was|were|more|nearly|almost|roughly|about|than|also|all)\s", re.I)
_NUMBER_OF = re.compile(r"\b(?:number|numbers|count|total|amount)\s+of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s(?:at|in|on|for|to|"
                        r"from|through|by|has|have|had|is|are|was|were|more|nearly|almost)\s)", re.I)


# a head noun that counts what its modifier names: "Bike sales", "Visitor numbers", "Fraud losses"
_MEASURE_NOUNS = frozenset("""numbers number sales exports imports losses figures totals levels volumes orders
    deliveries arrivals shipments bookings admissions registrations enrolments output production""".split())


def _head(subject: str) -> list[str]:
    of = _NUMBER_OF.search(subject)
    if of is not None:
        return words(of.group(1))
    end = _HEAD_END.search(subject + " ")
    return words(subject[:end.start()] if end else subject)


def _said_again(word: str, named: set[str]) -> bool:
    """``word`` said again, as its synonym or its stem ("membership", "members")."""
    h = group_of(word) or word
    return any(h == n or min(len(h), len(n)) >= 5 and (h.startswith(n) or n.startswith(h)) for n in named)


def _same_thing(head: list[str], named: set[str]) -> bool:
    """The head noun said again, or, when it counts what its modifier names, a modifier."""
    if not head:
        return False
    if _said_again(head[-1], named):
        return True
    return head[-1] in _MEASURE_NOUNS and any(len(w) >= 3 and _said_again(w, named) for w in head[:-1])


_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]+")


def _other_name(first: str, second: str) -> bool:
    """A capitalised word in the second (past its first word) that the first does not hold: another place or body."""
    return any(c.group(0) not in first for c in _CAPITALISED.finditer(second))


# a long span of the multiple, and the old level told a shorter step back
_LONG_SPAN = re.compile(r"\b(?:since|over\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:years|decades?)|in\s+(?:a|the\s+(?:past|last))?\s*"
                        r"(?:\w+\s+)?(?:decades?|years))\b", re.I)
_STEP_AFTER_OLD = re.compile(r"\s*(?:(?:in|during|for)\s+(?:(?P<year>(?:19|20)\d\d)\b|[A-Z][a-z]+|the\s+\w+)|(?:a|one|the)\s+"
                             r"(?:year|month|week|season|quarter)\s+(?:earlier|before|ago)|last\s+\w+)")


# an old level told a month or a season back: "up from 38,000 in July", "a month earlier"
_SUB_YEAR_STEP = re.compile(r"\s*(?:in|during)\s+(?:the\s+)?(?P<when>January|February|March|April|May|June|July|August|"
                            r"September|October|November|December|spring|summer|autumn|winter|(?:first|second|third|"
                            r"fourth|previous)\s+quarter)\b|\s*(?:a|one|the)\s+(?P<unit>month|week|quarter)\s+(?:earlier|before|ago)"
                            r"|\s*last\s+(?P<last>month|week|quarter|spring|summer|autumn|winter)\b", re.I)


def _sub_year_step(doc: Document, first_text: str, old: Mention) -> bool:
    step = _SUB_YEAR_STEP.match(doc.text, old.end)
    if step is None:
        return False
    named = step.group("when") or step.group("unit") or step.group("last")
    return named.lower() not in first_text.lower()


# a part of the thing named before the new level: "Orders for tankers reached", "Sales at its older stores rose"
_QUALIFIER = re.compile(r"\b(?:of|for|at|to|from|in|among|on)\s+(?:(?:the|its|their|a|an)\s+)?([\w'’-]+)",
                        re.I)


def _part_named(first_text: str, before_new: str) -> bool:
    held = _content(first_text)
    return any(w not in held and not _said_again(w, held) for q in _QUALIFIER.finditer(before_new)
               for w in _content(q.group(1)))


_COUNTING_HEADS = frozenset(("numbers", "number", "count"))


def _shorter_step(doc: Document, first_text: str, old: Mention) -> bool:
    if not _LONG_SPAN.search(first_text):
        return False
    step = _STEP_AFTER_OLD.match(doc.text, old.end)
    return step is not None and not (step.group("year") and step.group("year") in first_text)


def _levels(doc: Document, idx: int) -> tuple[Mention, Mention, int] | None:
    """(new, old, direction) of the one move sentence ``idx`` tells as "NEW ..., up/down from OLD"."""
    figures = _level_figures(doc, idx)
    slots = sentence_slots(doc, figures)
    olds = [(m, r) for m, r in slots if _role(r, "from")]
    if len(olds) != 1 or any(m.kind == Kind.MULTIPLE or _role(r, "mag") for m, r in slots):
        return None
    old = olds[0][0]
    if old.kind not in _LEVEL_KINDS or old.value is None or old.is_range:
        return None
    same = [m for m in figures if m.kind == old.kind and m.unit == old.unit and m.end <= old.start]
    if len(same) != 1 or same[0].value is None or same[0].is_range:
        return None
    new = same[0]
    found = _THEN_OLD.fullmatch(doc.text, new.end, old.start)
    if found is None:
        return None
    return new, old, 1 if found.group(1).lower() == "up" else -1


def _level_figures(doc: Document, idx: int) -> list[Mention]:
    """Sentence ``idx``'s figures a change may hold, with its spans of time (round 33: a count of days is a level)."""
    spans = [m for m in doc.mentions_in(idx) if m.kind == Kind.DURATION and m.value is not None]
    figures = _by_sentence_figures(doc).get(idx, [])
    return sorted(figures + spans, key=lambda m: m.start) if spans else figures


def _levels_after(doc: Document, idx: int):
    """The sentence after sentence ``idx`` that tells one move by its levels, with its (new, old, direction): the next
    one, or (round 33) the one after it in the next paragraph when the one between tells nothing of the levels' kind
    and unit and no move ("The study placed 48 monitors at 16 schools. ... on 19 days in 2023, up from 11")."""
    first = doc.sentences[idx]
    for k in range(idx + 1, min(idx + 1 + MAX_SENTENCES_ON, len(doc.sentences))):
        second = doc.sentences[k]
        if second.chrome or second.headline or second.paragraph > first.paragraph + (1 if k == idx + 1 else 2):
            return None
        levels = _levels(doc, k)
        if levels is not None:
            if k > idx + 1 and not _tells_nothing_of(doc, k - 1, levels[0]):
                return None
            return second, levels
    return None


_MOVE_WORDS = re.compile(r"\b(?:from|rose|risen|rise|rising|fell|fallen|fall|falling|up|down|increase\w*|decrease\w*"
                         r"|doubl\w+|tripl\w+|trebl\w+|halv\w+|grew|grown|dropped|climbed|jumped)\b", re.I)


def _tells_nothing_of(doc: Document, idx: int, new: Mention) -> bool:
    """Sentence ``idx`` holds no figure of ``new``'s kind and unit and no word of a move."""
    sent = doc.sentences[idx]
    return not any(m.kind == new.kind and m.unit == new.unit for m in _level_figures(doc, idx)) \
        and not _MOVE_WORDS.search(doc.text, sent.start, sent.end)


@needs(Kind.MULTIPLE)
def find_multiples_told_before(doc: Document):
    text = doc.text
    for size in doc.mentions:
        if size.kind != Kind.MULTIPLE:
            continue
        first = doc.sentences[size.sentence]
        if first.headline or first.chrome or size.sentence + 1 >= len(doc.sentences):
            continue
        role = multiple_role(doc, size)
        if role is None or not role.direction \
                or [m for m in _by_sentence_figures(doc).get(size.sentence, []) if m.kind == Kind.MULTIPLE] != [size]:
            continue
        found = _levels_after(doc, size.sentence)
        if found is None:
            continue
        second, (new, old, way) = found
        if way != role.direction or any(m.kind == new.kind and m.unit == new.unit
                                        for m in _level_figures(doc, size.sentence)):
            continue
        subject = _content(text[first.start:size.start])
        named = _content(text[second.start:new.noun_span.end if new.noun_span is not None else new.end])
        if not subject & named:
            continue
        first_text = text[first.start:first.end]
        head = _head(text[first.start:size.start])
        if not _same_thing(head, _content(text[second.start:old.start])) \
                or head[-1] in _COUNTING_HEADS and new.kind != Kind.COUNT \
                or _other_name(first_text, text[second.start:new.start]) or _shorter_step(doc, first_text, old) \
                or _sub_year_step(doc, first_text, old) or _part_named(first_text, text[second.start:new.start]):
            continue
        yield MultipleChange(link="inferred", cue=role.cue, multiple=size, old=old, new=new)


FINDERS = (find_multiples_told_before,)

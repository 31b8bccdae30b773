"""Relations (round 30): the size of a move stated, then named again as "the N rise".

A story gives the size of a change with its verb -- "fares will rise by 12p to £2.12", "the club cut
prices by £35", "membership grew by 1,800" -- and a sentence or two later points back at that change with a
definite noun sized by the same figure: "the 12p increase", "the £35 cut", "this 1,800 rise".  The noun
says what it names (a change, the same way up or down), the determiner says it was given already; so the
two sizes must agree.

Read only when the text itself ties them (``bare_subject_tie``, shared with restated_events):

* the second opens the very next sentence (or its reported clause: "Critics said the 15p increase would ...") as
  "The/This/That N NOUN" with a change noun right after the figure
  and nothing after the noun but a verb ("The 15p increase will take ...", "That $210 hike was condemned"):
  any phrase there ("the 30p drop on Friday", "the 12% fall at rival Zenith", "the 600 rise among under-18s",
  "the 3% increase agreed with unions", "the 15% rise we saw") may name another change, and so may a time
  word anywhere in its sentence ("since January", "over five years", "each month", a weekday or month);
* the first is the one figure of that kind and unit in the sentence before (the headline
  included) told as the size of a move by its verb (the levels it moved between may stand beside it), the
  same way as the noun ("rise" and "by 12p"; never "cut" against "rose");
* nothing sets them apart: other years or times, a comparison ("than the 15p increase"), a change
  wished, expected or proposed ("the 15p increase unions had demanded"), an update ("now", "revised").

(round 32) A pay rise told by its percentage ("a 4.2% pay rise", "a pay rise of 3.5%") is what "the N% award/offer/
deal/settlement" names in the next sentence (``find_pay_rise_restatements``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..interval import Interval
from ..model import Document, Kind, Mention
from .changes import CHANGE_NOUNS, _by_sentence_figures, _role, direction_of, sentence_slots
from .needs import needs
from .restatements import (DefiniteRestatement, _other_year, _same_unit, _UPDATED, compares, new_qualifier, time_words,
                           years_differ)
from .transpositions import _PROJECTED

# the change noun right after the figure ("15p increase", "2.4-point rise")
_CHANGE_NOUN_AFTER = re.compile(r"[ -](" + "|".join(sorted(CHANGE_NOUNS, key=len, reverse=True)) + r")\b", re.I)
# the determiner opening the second's sentence, or its reported clause: "The 15p increase", "Her 1,500-mile trek",
# "Passenger groups said the 15p increase" (no quotation mark)
_OPENING_DET = re.compile(r"\s*(?:(?:[A-Za-z][\w'’-]*\s+){1,3}(?:said|says|warned|warn|added)\s+(?:that\s+)?"
                          # (round 53) the change as what its cause is credited with: "Officials credited the 21% rise to" (round 54: a
                          # title and a name first, "Chief Inspector Lorna Vance credited")
                          r"|(?:[A-Za-z][\w'’-]*\s+){1,4}(?:credited|credit|attributed|attribute|blamed|blame|put)\s+)?"
                          r"(?:the|this|that|its|his|her|their)\s+", re.I)
# nothing after the noun but a verb: "The 15p increase will take ...", "The 520km trip took eleven hours"
# (round 59) the noun's "in"/"of" naming what moved: "the 6% increase in cargo" (checked against the first's subject)
_IN_WHAT_MOVED = re.compile(r"\s+(?:in|of)\s+([a-z]{3,})\b", re.I)
_VERB_NEXT = re.compile(r"\s+(?:is|was|are|were|will|would|has|had|takes|took|drew|draws|raised|cost|costs|"
                        # (round 62) what the change shows: "Councillor Shah said the 28% rise showed ..."
                        r"showed|shows|reflects|reflected|marks|marked|meant|means)\b"
                        r"|(?<=\w)\s+(?:to|on|down\s+to)\s+(?!(?:a|an)\s+(?:record|high|low|total)\b)", re.I)
# a change wanted, foreseen or offered is not the one told: "the 15p increase unions had demanded"
_NOT_TOLD = re.compile(r"\b(?:sought|seek\w*|demand\w*|call\w*\s+for|ask\w*\s+for|want\w*|offer\w*|recommend\w*)\b",
                       re.I)
_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE)


def _move_size(doc: Document, m: Mention) -> int:
    """The direction (+1/-1) when ``m`` is told as the size of a move by a verb of its sentence, else 0."""
    for fig, roles in sentence_slots(doc, _by_sentence_figures(doc).get(m.sentence, [])):
        if fig is m:
            mag = _role(roles, "mag")
            return mag.direction if mag is not None and len(roles) == 1 else 0
    return 0


def bare_subject_tie(doc: Document, first: Mention, second: Mention, noun_end: int, first_timed_ok: bool = True) -> bool:
    """(round 30, narrowed) Is ``second`` tied to ``first`` so strongly that its noun can only restate it: it opens
    the very next sentence (or a "Critics said" before it) as "The/This/That/Her N NOUN" followed by nothing but a
    verb, and its sentence names no
    time (nor the first's, unless ``first_timed_ok``: "drove 640km on the first day" is a part of the journey)?"""
    if second.sentence != first.sentence + 1:
        return False
    start = doc.sentences[second.sentence].start
    of_itself = _IN_WHAT_MOVED.match(doc.text, noun_end)
    if of_itself is not None and re.search(r"\b" + re.escape(of_itself.group(1).rstrip("s")) + r"\w*\b",
                                           doc.text[doc.sentences[first.sentence].start:first.start], re.I):
        noun_end = of_itself.end()  # (round 59) "Cargo volumes rose 8% ... the 6% increase in cargo had come": itself
    if not _OPENING_DET.fullmatch(doc.text, start, second.start) or not _VERB_NEXT.match(doc.text, noun_end):
        return False
    return not (time_words(doc, second.sentence) - _rates_of_sums(doc, second.sentence)) \
        and (first_timed_ok or not time_words(doc, first.sentence))


# (round 47) a sum's rate, no time of the change: "The 4.7% increase will cost about £5bn a year"
_RATE_AFTER_SUM = re.compile(r"\s+((?:a|per|each)\s+(?:year|month|week|day))\b", re.I)


def _rates_of_sums(doc: Document, sentence: int) -> set[str]:
    """The time words of a sentence that tell a sum of money's rate, right after it."""
    return {found.group(1).lower() for m in doc.mentions_in(sentence) if m.kind == Kind.MONEY
            and (found := _RATE_AFTER_SUM.match(doc.text, m.end)) is not None}


def _as_percent(m: Mention) -> Mention:
    """(round 63) A move's size told as a fraction in words, read as the percentage it is: "cut by a third" is 30% to
    36.7% (its own band), to be told again as "the 25% reduction"."""
    if m.kind != Kind.FRACTION:
        return m
    iv = m.interval
    return replace(m, kind=Kind.PERCENT, value=m.value * 100, unit="%",
                   interval=Interval(iv.lo * 100, iv.hi * 100, iv.lo_open, iv.hi_open))


@needs(words=tuple(sorted(CHANGE_NOUNS)))
def find_change_size_restatements(doc: Document):
    """A move's size restated as "the N rise/cut" opening the next sentence (see the module); a second size of
    the kind in either of the two sentences before leaves it unclear which move is meant."""
    for second in doc.mentions:
        if second.kind not in _KINDS or second.value is None or second.is_range or second.hedge \
                or doc.sentences[second.sentence].headline:
            continue
        noun = _CHANGE_NOUN_AFTER.match(doc.text, second.end)
        if noun is None:
            continue
        way = direction_of(noun.group(1).lower())
        if not way or compares(doc, second):
            continue
        sizes = [(m, _move_size(doc, m)) for m in doc.mentions_within(second.sentence - 2, second.sentence)
                 if (m.kind == second.kind and _same_unit(m, second)
                     or m.kind == Kind.FRACTION and second.kind == Kind.PERCENT and not m.hedge)
                 and not doc.sentences[m.sentence].chrome]
        sizes = [(m, d) for m, d in sizes if d]
        if len(sizes) != 1 or sizes[0][1] != way or sizes[0][0].value is None or sizes[0][0].is_range:
            continue  # which move? another size of the kind in play, or a move the other way
        first = _as_percent(sizes[0][0])
        if not bare_subject_tie(doc, first, second, noun.end()):
            continue
        own = doc.text[doc.sentences[second.sentence].start:doc.sentences[second.sentence].end]
        if _NOT_TOLD.search(own) or _PROJECTED.search(own) or _UPDATED.search(own):
            continue
        if years_differ(doc, first, second) or _other_year(doc, first, second) or new_qualifier(doc, second, first):
            continue
        yield DefiniteRestatement(link="inferred", cue=f"the {noun.group(1).lower()}", first=first, second=second,
                                  subject=noun.group(1).lower())


# (round 32) a pay rise told as a percentage, and what it is called when told again: "a 4.2% pay rise ... the 4.8%
# award", "a pay rise of 3.5% ... the 3% award", "a 6% increase in pay ... the 8% offer"
_PAY_NOUNS = "rise|increase|award|offer|deal|settlement|uplift|raise|hike"
_PAY_NOUN = r"(?:" + _PAY_NOUNS + ")"
_PAY_AFTER = re.compile(r"[ -]pay[ -]" + _PAY_NOUN + r"\b|[ -](?:rise|increase|uplift|raise)\s+in\s+pay\b", re.I)
_PAY_BEFORE = re.compile(r"\bpay\s+" + _PAY_NOUN + r"\s+of\s+$", re.I)
_PAY_AGAIN = re.compile(r"(?:[ -]pay)?[ -](" + _PAY_NOUNS + r")\b", re.I)
# who takes the second up, then "the": "Unions accepted the", "The BMA said the", "Unison described the" (a
# group of people by a plural noun must be named in the first's sentence: not "Doctors rejected the 6% offer")
_PAY_OPENING = re.compile(r"\s*(?:((?:[A-Za-z][\w'’-]*\s+){1,3})(?:said|says|added|warned|accepted|accepts|"
                          r"welcomed|welcomes|described|describes|branded|brands|criticised|condemned)\s+"
                          r"(?:that\s+)?)?the\s+$", re.I)
_SAYERS = frozenset("the unions union ministers officials leaders members bosses employers government".split())
# a phrase of its own after the noun: "the 6% offer made to consultants", "the 8% award for doctors", "it won"
# (round 32 review) what sets the second apart from the rise agreed: an offer turned down or taken back ("Unions had
# rejected the 3% offer", "The 3% offer was withdrawn"), an earlier one ("had been"), one that never was ("The 9% deal
# would have matched inflation"), or one part beside another ("The 4% uplift is on top of a 2% bonus")
_PAY_SET_APART = re.compile(r"\b(?:reject\w*|refus\w*|turn\w*\s+down|withdr[ae]w\w*|scrap\w*|had|"
                            r"(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have|on\s+top\s+of|in\s+addition\s+to|"
                            r"plus|as\s+well\s+as)\b", re.I)
_PAY_OWN_AFTER = re.compile(r"\s+(?:for|to|of|in|at|from|with|by|that|which|who|they|it|we|he|she|[a-z]+ed\s+(?:to|for|by|"
                            r"in|at|last|this|next))\b", re.I)


def _pay_told(doc: Document, m: Mention) -> bool:
    """Is the percentage ``m`` a pay rise's size: "a 4.2% pay rise", "a pay rise of 3.5%", "a 6% increase in pay"?"""
    return bool(_PAY_AFTER.match(doc.text, m.end) or _PAY_BEFORE.search(doc.text, max(0, m.start - 30), m.start))


@needs(Kind.PERCENT, count=2, words="pay")
def find_pay_rise_restatements(doc: Document):
    """(round 32) A pay rise's size told again under another of its names in the next sentence: "Teachers will
    get a 5.5% pay rise ... Unions welcomed the 6.5% award".  Read only when the first is the one percentage of its
    sentence, told as pay ("pay rise", "pay rise of", "increase in pay"); the second is "the N% [pay] award/offer/
    deal/settlement/rise/increase" opening the next sentence or after who takes it up ("Unions accepted the", the
    doers, when a group, named in the first's sentence), with no phrase of its own after it ("for doctors", "made
    to consultants"), no time its sentence adds, no other year and no wish or update ("demanded", "now"), nor an
    offer turned down, taken back, earlier, never made or beside another part (``_PAY_SET_APART``)."""
    percents = [m for m in doc.mentions if m.kind == Kind.PERCENT and not doc.sentences[m.sentence].chrome]
    for second in percents:
        if second.sentence == 0 or second.value is None or second.is_range or second.hedge:
            continue
        noun = _PAY_AGAIN.match(doc.text, second.end)
        s = doc.sentences[second.sentence]
        opening = _PAY_OPENING.fullmatch(doc.text, s.start, second.start) if noun else None
        if opening is None or _PAY_OWN_AFTER.match(doc.text, noun.end()):
            continue
        before = [m for m in percents if m.sentence == second.sentence - 1]
        if len(before) != 1 or not _pay_told(doc, before[0]) or before[0].value is None or before[0].is_range \
                or any(m.start < second.start for m in percents if m.sentence == second.sentence):
            continue
        first = before[0]
        said = doc.text[doc.sentences[first.sentence].start:doc.sentences[first.sentence].end].lower()
        doers = (opening.group(1) or "").lower().split()
        if any(w.endswith("s") and w not in _SAYERS and w not in said for w in doers):
            continue  # "Doctors rejected the 6% offer": another group's
        own = doc.text[s.start:s.end]
        if any(not w.group(0).lower().startswith("offer") for w in _NOT_TOLD.finditer(own)) \
                or _PROJECTED.search(own) or _UPDATED.search(own) or _PAY_SET_APART.search(own) \
                or not time_words(doc, second.sentence) <= time_words(doc, first.sentence):
            continue
        if years_differ(doc, first, second) or _other_year(doc, first, second) or compares(doc, second):
            continue
        yield DefiniteRestatement(link="inferred", cue=f"the {noun.group(1).lower()}", first=first, second=second,
                                  subject="pay " + noun.group(1).lower())


# (round 55) "the new" right before a figure that opens its noun phrase: "The new 6.59% rate", "the new 12,100-tonne limit"
_THE_NEW_BEFORE = re.compile(r"\b[Tt]he\s+new\s+$")
# (round 56) or plain "the", when the noun after the figure is the moved level's own, told before its "to" figure:
# "The entry fee has gone up to €85, from €70 last year. Organisers defended the €95 fee, saying ..."
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:new\s+)?$")
_CLAUSE_END = re.compile(r"\s*(?:,\s+(?:saying|arguing|adding|which|as)\b|[.;:])")


# the figure's noun, then a participle of the step: "the 3,500 seats added by the expansion" (the change, not the level)
_STEP_NEXT = re.compile(r"\s+(?:added|cut|lost|gained|removed|axed|created|shed|scrapped|dropped)\b", re.I)


def _subject_noun_named(doc: Document, first: Mention, run: str) -> bool:
    """The run's last word (a noun of three letters or more) stands in the move's sentence before its first level: the
    thing that moved ("The entry fee ... has gone up to €85"), not the levels' own unit ("from 12,000 seats to")."""
    noun = re.split(r"[\s-]+", run.strip(" -"))[-1].lower()
    s = doc.sentences[first.sentence]
    return len(noun) >= 3 and re.search(r"\b" + re.escape(noun) + r"\b", doc.text[s.start:first.start], re.I) is not None


def find_new_level_restatements(doc: Document):
    """(round 55) A level moved "from X to Y" in one sentence, then "the new Z <noun>" in the very next: the new level
    named again, so Z must be Y ("cut the quota from 12,800 tonnes to 11,200 tonnes. The new 12,100-tonne limit ...").
    Read only when the move's sentence has one "from" and one "to" figure of that kind and unit, the next sentence
    one "the new" figure of them, and no other year or time sets the two apart.  (Round 56) Plain "the" will do when
    the noun after the figure is the moved level's own, told before its "to" figure, and nothing after it narrows it
    ("The entry fee ... has gone up to €85, from €70 last year. Organisers defended the €95 fee, saying ...")."""
    by_sentence = _by_sentence_figures(doc)
    for idx, ms in by_sentence.items():
        nxt = by_sentence.get(idx + 1)
        if not nxt or len(ms) < 2 or doc.sentences[idx].headline \
                or doc.sentences[idx + 1].paragraph != doc.sentences[idx].paragraph:
            continue
        slots = sentence_slots(doc, ms)
        tos = [m for m, roles in slots if _role(roles, "to") is not None]
        froms = [m for m, roles in slots if _role(roles, "from") is not None]
        if len(tos) != 1 or len(froms) > 1 or froms and tos[0] is froms[0]:
            continue
        # ((round 60) or a level reached with no "from": "will be cut to 80km/h ... the new 60km/h limit", read only
        # with "the new" and the level's own noun told before it)
        new, old = tos[0], (froms[0] if froms else None)
        if new.value is None or old is not None and (new.kind != old.kind or not _same_unit(new, old)):
            continue
        named = [m for m in nxt if m.kind == new.kind and _same_unit(m, new)
                 and _THE_BEFORE.search(doc.text, max(0, m.start - 10), m.start)]
        if len(named) != 1 or named[0].value is None or old is not None and named[0].value == old.value:
            continue
        second = named[0]
        end = doc.sentences[second.sentence].end
        run = _NOUN_RUN.match(doc.text, second.end, end)
        if _THE_NEW_BEFORE.search(doc.text, max(0, second.start - 10), second.start):
            if run is None or not _LEVEL_VERB_NEXT.match(doc.text, run.end(), end) and old is not None:
                continue  # "The new 30mph limit on Station Road", "the new £2.40 fare for children": another's, placed
            if old is None and not _subject_noun_named(doc, new, run.group(0)):
                continue  # (round 60) with no "from", the new level's noun must name what moved
        elif old is None:
            continue
        elif run is None or not _subject_noun_named(doc, min(new, old, key=lambda m: m.start), run.group(0)) \
                or _STEP_NEXT.match(doc.text, run.end(), end) \
                or not (_LEVEL_VERB_NEXT.match(doc.text, run.end(), end) or _CLAUSE_END.match(doc.text, run.end(), end)):
            continue  # (round 56) without "new", only the moved level's own noun, nothing after it narrowing it
        if years_differ(doc, new, second) or _other_year(doc, new, second) or compares(doc, second):
            continue
        # the message names the run's last word: "fare" in "the new 2,500-krónur adult fare will"
        yield DefiniteRestatement(link="inferred", cue="the new level", first=new, second=second,
                                  subject=re.split(r"[\s-]+", run.group(0).strip(" -"))[-1])


# the verbs that may follow the new level's noun (or a past form: "the new 180g block used")
_LEVEL_VERBS = r"will|is|was|are|were|has|have|had|would|could|can|may|should|starts?|applies|apply|comes?|takes?|" \
               r"begins?|[a-z]+ed"
# the words after the figure up to its verb or a preposition: its noun phrase
_NOUN_RUN = re.compile(r"(?:[\s-]+(?!(?:" + _LEVEL_VERBS + r"|of|for|from|in|on|at|to)\b)[^\W\d][\w’'-]*){1,4}")
# the verb right after the new level's noun: nothing (a place, a group) narrows what it names
_LEVEL_VERB_NEXT = re.compile(r"\s+(?:" + _LEVEL_VERBS + r")\b")


# (round 60) the level a move reached, named again by the move's noun and "to": "the drop to 18,640 students"
_CHANGE_NOUN_TO = re.compile(r"\b(?:the|this|that)\s+(?:[a-z]+\s+)?(" + "|".join(sorted(CHANGE_NOUNS, key=len, reverse=True))
                             + r")\s+to\s+(?:just\s+|about\s+|around\s+)?$", re.I)


@needs(words=tuple(sorted(CHANGE_NOUNS)))
def find_level_reached_retold(doc: Document):
    """(round 60) A level a move reached, "fell to 18,460", named again in one of the next two sentences of the
    paragraph by the move's noun and "to", the same way: "the drop to 18,640 students".  Read only when the move's
    sentence holds one figure reached "to" of that kind and unit, the noun's way matches the verb's (a fall is no rise),
    and nothing sets the two apart (another year or time, a comparison, an update)."""
    by_sentence = _by_sentence_figures(doc)
    for idx, ms in by_sentence.items():
        if doc.sentences[idx].headline:
            continue
        for second in ms:
            named = _CHANGE_NOUN_TO.search(doc.text, max(doc.sentences[idx].start, second.start - 40), second.start)
            if named is None or second.value is None or second.compound:
                continue
            way = direction_of(named.group(1).lower().rstrip("s"))
            firsts = []
            for k in (idx - 1, idx - 2):
                if k < 0 or doc.sentences[k].headline or doc.sentences[k].paragraph != doc.sentences[idx].paragraph:
                    break
                for m, roles in sentence_slots(doc, by_sentence.get(k, [])):
                    to = _role(roles, "to")
                    if to is not None and m.kind == second.kind and _same_unit(m, second) and m.value is not None:
                        firsts.append((m, roles))
            if len(firsts) != 1:
                continue
            first, roles = firsts[0]
            if way == 0 or _moved_way(doc, _role(roles, "to")) != way:
                continue
            if years_differ(doc, first, second) or _other_year(doc, first, second) or compares(doc, second) \
                    or _UPDATED.search(doc.text, doc.sentences[idx].start, second.start):
                continue
            yield DefiniteRestatement(link="inferred", cue="the level reached", first=first, second=second,
                                      subject="level reached")


def _moved_way(doc: Document, to) -> int:
    """The way the verb right before the "to" role's cue went (1 up, -1 down, 0 untold): "fell to" is down."""
    before = doc.text[max(0, to.cue_start - 30):to.cue_start].split()
    return direction_of(before[-1].lower()) if before else 0


FINDERS = (find_change_size_restatements, find_pay_rise_restatements, find_new_level_restatements,
           find_level_reached_retold)

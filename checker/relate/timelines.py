"""Relations: one named person's ages and birth, told apart, checked against each other.

A profile dates a person several ways: an age now ("Terry Malone, now 71,"), a birth ("who was born in March
1943"), an age at a dated event ("founded the club in 1988 ... at the age of 34", "as a 20-year-old student in
1983", "in 1971, when he was 36", "in 1961, aged 18").  Each gives a range of birth years, and two facts of one
person must share one.  The dates module reads many such pairs inside one sentence by their shape; this one
reads the facts one by one and pairs them by the person's name, across the article:

* a person is a surname: written after a first name ("Helen Carrick", "Dr Helen Carrick") or alone;
  facts in two sentences pair only when every full name on that surname has the same first name ("Douglas
  Ferrier ... his daughter, Catriona Ferrier, 58" keeps the two apart); facts of one sentence pair when it
  names that one person only;
* an age now: "NAME, N," or "NAME, now N,", in a sentence with no death in it (an age at death is no age
  now) nor set at another time, for a person no sentence says has died;
* a birth: "born in [MONTH] YEAR", "born on DATE", in a sentence naming one person;
* an age at a year: the sentence's one year (not the birth's) and one age told as then ("at the age of N",
  "aged N", "when he/she was N", "as a N-year-old"), at most 120 characters apart with no other time between
  ("later", "ago", "since", "now", another year), in a sentence naming one person.

Round 19: two facts written with one full name ("Ringleader Owen Talbot, 49," ... "Owen Talbot, who was 33 when he
opened the first account in 2015") pair across paragraphs even when another person shares the surname ("his
brother, Huw Talbot, 38,"; ``_first_before``); a word followed by another name word is a first name there, not a
surname; "who was N when ..." is an age then; "offices in Cardiff and Bristol" is a list of places, no second
person (``_PLACE_LIST``).

Round 20: a birth in the clause set on the sentence's opening name is that name's whoever the sentence names later
("Kennedy, who was born in May 2000, beat Pieter Claes"; "Okafor, a former teacher who was born in the city's east
end in November 1982, ..."; ``_BORN_ON_SUBJECT``); a "since" year after the age does not date it ("Ann Roe, 46,
became the youngest mayor since the post was created in 2000"; ``_looked_back_since``); "born in Lower Hadley in
1949" is a birth, no time a paragraph is told at (``_BORN_WHERE``), and a birth and an age now pair within one
paragraph; "The court heard that Mr Pryce, who was born on ..." is a birth on that name too; an age in a sentence
dated by one full date of the year before publication ("Dan Pryce, 42, fell on 2 November 2023") is now or a year
younger even for a person since dead (``_recent_event_date``), and a month of an older year there makes it no age
now (``_older_date_in``).

Pairs: an age now against an age at a year (``AgeThen``), a birth against an age at a year or an age now
(``AgeBirth``).  Inferred (warnings); a pair the dates module already relates is left to it (round 19: dropped
after all finders have run, ``relate._without_repeated_ages``, instead of running the dates finders again).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from . import dates
from .dates import AgeBirth, AgeThen, year_of

_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Judge|Captain|Capt)\.?\s+)"
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
# "Helen Carrick", "Dr Helen Carrick", "Mary-Jane O'Neill": a first name and a surname
_FULL_NAME = re.compile(r"\b" + _TITLE + r"?(" + _NAME_WORD + r")\s+(" + _NAME_WORD + r")\b")
_DEATH = re.compile(r"\b(?:died|dies|death|dead|funeral|the\s+late|passed\s+away|killed|inquest|obituary)\b", re.I)
_BORN = re.compile(r"\bborn\s+(?:in|on)\s+$", re.I)
# (round 20) a birth year after its place: "born in Lower Hadley in 1949" -- a birth, not a year the text is told at
_BORN_WHERE = re.compile(r"\bborn\s+(?:in|at|on)\s+[^,;:.()\d\n]{1,40}?\s+in\s+$", re.I)
# the age told as the age then, just before the figure
_THEN_BEFORE = re.compile(r"(?:\bat\s+the\s+age\s+of|\baged|\b(?:he|she)\s+was|\bas\s+an?)\s+$", re.I)
_OTHER_TIME = re.compile(r"\b(?:later|ago|since|now|then|until|before|after|earlier|previous|next|this\s+year|"
                         r"last\s+year|years?\s+(?:on|later)|this\s+(?:week|month)|last\s+(?:week|month)|today|yesterday)\b", re.I)
# words that open a sentence and look like a first name: "The Oban", "Last Tuesday"
_NOT_FIRST = frozenset("""The A An And But In On At For Of By With From To After Before When While As Its His Her
    Their Our Last Next This That These Those Mr Mrs Ms Dr Sir Dame Lord Lady Judge Captain Professor Prof Rev
    North South East West New Old Saint St Mount Lake River Port Fort Royal Great Little Upper Lower""".split())
MAX_THEN_GAP = 120
TIMELINE_CUE = "person timeline"  # the cue of this module's relations (``relate._without_repeated_ages``)
# (round 19) "Gareth Pryce, who was 33 when he set up ...": the age of a relative clause with a "when" after it
_WHO_WAS = re.compile(r"\bwho\s+was\s+(?:(?:just|only|still|barely)\s+)?$", re.I)
_WHEN_AFTER = re.compile(r"\s+(?:years?\s+old\s+)?when\s+(?:he|she)\s+[a-z]", re.I)
# (round 19) "offices in Cardiff and Bristol": places joined by "and" after "in", no second person
_PLACE_LIST = re.compile(r"\b(?:in|at|from|to|near|across|between)\s+[A-Z][a-z]+(?:\s*,\s*[A-Z][a-z]+)*\s+and\s+"
                         r"[A-Z][a-z]+\b(?!\s+[A-Z])")
# "When Ruth Okafor, 23, first entered", "That summer, ...": the sentence is set at another time
_TIME_OPENS = re.compile(r"\W*(?:when|that|those|by|after|before|until|in|at|during|back|then|aged|as)\b", re.I)


@dataclass(frozen=True)
class _Fact:
    kind: str  # "now", "born", "then"
    surname: str
    mention: Mention
    sentence: int
    year: int = 0  # the event's year ("then") or the birth year ("born")
    month: int | None = None  # a birth month
    said_now: bool = False  # an age now written with "now": "Malone, now 71,"
    year_at: int = -1  # where the year of an age then stands
    first: str = ""  # (round 19) the first name written with the surname in the fact ("Gareth Pryce, 49,")
    recent: bool = False  # (round 20) an age now told at a full date of the year before publication ("fell on 2 May")


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _FULL_NAME.finditer(text) if m.group(1) not in _NOT_FIRST]


def _people_in(doc: Document, s, surnames: set[str]) -> set[str]:
    """The surnames of the people a sentence names (see ``_surnames``)."""
    # (round 19) a word followed by another name word is a first name there ("Gareth Pryce"), not a surname
    return {w for w in re.findall(r"\b" + _NAME_WORD + r"\b(?![ \t]+[A-Z][a-z])", doc.text[s.start:s.end]) if w in surnames}


def _surnames(doc: Document, firsts: dict[str, set[str]]) -> set[str]:
    """The surnames of people: a full name's last word that the text also writes alone ("Helen Carrick ...
    Carrick said"), or with a title, or with an age after it ("Helen Carrick, 67,"): not "Haddon Ridge"."""
    text = doc.text
    found = set()
    for last in firsts:
        alone = re.search(r"(?<![A-Za-z]\s)(?<![A-Za-z])\b" + re.escape(last) + r"\b(?!\s+[A-Z])", text)
        lone = [x for x in re.finditer(r"\b" + re.escape(last) + r"\b", text)
                if not re.search(r"[A-Z][a-z]+\s+$", text[max(0, x.start() - 20):x.start()])]
        titled = re.search(_TITLE + r"(?:" + _NAME_WORD + r"\s+)?" + re.escape(last) + r"\b", text)
        aged = re.search(r"\b" + re.escape(last) + r"\s*,\s*(?:now\s+)?\d{1,3}\s*,", text)
        if lone or titled or aged:
            found.add(last)
    return found


def _facts(doc: Document, surnames: set[str]) -> list[_Fact]:
    facts = []
    pub = doc.published
    text = doc.text
    for s in doc.sentences:
        if s.headline or s.chrome:
            continue
        ms = doc.mentions_in(s.index)
        people = _people_in(doc, s, surnames) if ms else set()
        if not people:
            continue
        stext = text[s.start:s.end]
        # one person in the sentence: no kin, "with", "whose", "and NAME", a second full name or the other
        # pronoun's "when he was" (the dates module's own tests of one person); not set at another time
        alone = dates._one_person(stext, full_names=True) and not dates._OTHER_ONE.search(_PLACE_LIST.sub(" ", stext)) \
            and not dates.when_age_is_anothers(stext) \
            and not _TIME_OPENS.match(stext)
        nows = []
        for m in ms:
            before = text[max(s.start, m.start - 40):m.start]
            # an age now: "Carrick, 67," / "Malone, now 71,"
            if m.kind is Kind.AGE and m.value is not None and pub is not None and not _DEATH.search(stext) \
                    and not _TIME_OPENS.match(stext):
                named = re.search(r"(" + _NAME_WORD + r")\s*,\s*(now\s+)?$", before)
                if named and named.group(1) in people and re.match(r"\s*,", text[m.end:m.end + 2]):
                    nows.append(_Fact("now", named.group(1), m, s.index, said_now=bool(named.group(2)),
                                      recent=_recent_event_date(doc, s, ms, m),
                                      first=_first_before(doc, s, m, named.group(1))))
                    continue
            # a birth: "born in March 1943", "born in 1935" (the one person named before it in the sentence)
            if _BORN.search(before) and len(people) == 1 and alone and _named_before(doc, s, m, people):
                if m.kind is Kind.YEAR and year_of(m) is not None:
                    facts.append(_Fact("born", next(iter(people)), m, s.index, year=year_of(m)))
                elif m.kind is Kind.DATE and m.date is not None and m.date.year is not None:
                    facts.append(_Fact("born", next(iter(people)), m, s.index, year=m.date.year, month=m.date.month))
            elif m.kind in (Kind.YEAR, Kind.DATE) and year_of(m) is not None and "born" in before:
                named = _BORN_ON_SUBJECT.fullmatch(dates._after_dateline(text[s.start:m.start]))
                if named is not None and named.group(1) in people and not _OTHER_BIRTH.search(stext):
                    facts.append(_Fact("born", named.group(1), m, s.index, year=year_of(m),
                                       month=m.date.month if m.kind is Kind.DATE and m.date is not None else None))
        then = _then_fact(doc, s, ms, people) if alone else None
        if then is not None:
            facts.append(then)
        for now in nows:
            # an age is the age now when "now" says so, or when no other time is told beside it: no year in its
            # paragraph but its own sentence's, and that one the year of an age then ("Carrick, 67, ... as a
            # 20-year-old student in 1983"); never after a year ("In 2001, Tom Hale, 26, ...")
            years = _other_years(doc, s)
            if not now.said_now and _older_date_in(doc, ms):
                continue  # (round 20) "Dan Roe, 35, fell on 2 November 2019": the age then, not now
            if now.said_now or not _dated_paragraph(doc, s) and all(
                    then is not None and y.start == then.year_at and y.start > now.mention.start
                    or _looked_back_since(doc, now.mention, y) for y in years):
                facts.append(now)
    return facts


# (round 20) a birth in the clause set on the sentence's opening name binds to that name whoever the sentence names
# later: "Kennedy, who was born in May 2000, beat Pieter Claes ..." / "Okafor, a former teacher who was born in the
# city's east end in November 1982, ..." / "Dr Ann Okafor (born on 2 May 1980) ..."
_BORN_ON_SUBJECT = re.compile(r"\s*(?:[A-Z][^,;.\d]{0,50}?\b(?:heard|said|says|told|learned|found)\s+(?:that\s+)?)?" + _TITLE + r"?(?:" + _NAME_WORD + r"\s+)?(" + _NAME_WORD + r")\s*(?:,\s*(?:(?:an?|the)\s+"
                              r"[a-z][a-z'’ -]{0,60}?\s+)?(?:who\s+was\s+)?|\(\s*)born\b(?:\s+[^,;.()\d\n]{0,40}?)?"
                              r"\s+(?:in|on)\s+")
# a second birth or a relative's: "the first child born in the town since ...", "whose son was born"
_OTHER_BIRTH = re.compile(r"\bborn\b[\s\S]*\bborn\b|\bwhose\b", re.I)


# (round 20) a year looked back on from now after the age: "Ann Roe, 46, became the youngest mayor since the post was
# created in 2000" / "... since 2000" (not "had ... since"; no stop or semicolon between)
_SINCE_CLAUSE = re.compile(r"\bsince\b(?:\s+[^,;:.()\d]{0,50}?\s+in)?\s+$", re.I)


def _looked_back_since(doc: Document, age: Mention, year: Mention) -> bool:
    """The year stands after the age in a "since" clause that needs no other time than now."""
    between = doc.text[age.end:year.start]
    return year.start > age.end and _SINCE_CLAUSE.search(between) is not None \
        and not re.search(r"\bhad\b|[;:]|\s[-–—]\s", between)


def _older_date_in(doc: Document, ms) -> bool:
    """(round 20) A date with its month and year among ``ms`` more than a year before publication (no birth's)."""
    pub = doc.published
    for m in ms:
        if m.kind is Kind.DATE and m.date is not None and m.date.year is not None and m.date.month is not None \
                and pub is not None and (pub.year - m.date.year) * 12 + pub.month - m.date.month > 12 \
                and not re.search(r"\bborn\b[^,;.()\d]{0,50}$", doc.text[max(0, m.start - 60):m.start], re.I):
            return True
    return False


def _recent_event_date(doc: Document, s, ms, age: Mention) -> bool:
    """(round 20) The sentence of the age "Dan Pryce, 42, of Caerleon, fell ... on Thursday, November 2, 2023" dates
    its event by one full date after the age, within the year before publication: the age is the age then, now or a
    year younger, whether or not the person has since died."""
    pub = doc.published
    dated = [m for m in ms if m.kind in (Kind.DATE, Kind.YEAR) and year_of(m) is not None]
    if pub is None or len(dated) != 1 or dated[0].kind is not Kind.DATE or dated[0].start < age.end:
        return False
    d = dated[0].date
    if d is None or d.month is None or d.day is None:
        return False
    try:
        day = _dt.date(d.year, d.month, d.day)
    except ValueError:
        return False
    return 0 <= (pub - day).days <= 365


def _other_years(doc: Document, s) -> list[Mention]:
    """The sentence's years that are no birth's."""
    return [y for y in doc.mentions_in(s.index) if y.kind is Kind.YEAR and year_of(y) is not None
            and not _BORN.search(doc.text[max(s.start, y.start - 12):y.start])
            and not _BORN_WHERE.search(doc.text, max(s.start, y.start - 60), y.start)]


def _then_fact(doc: Document, s, ms: list[Mention], people: set[str]) -> _Fact | None:
    """An age at the sentence's one year (not the birth's): "in 1971, when he was 36", "as a 20-year-old student
    in 1983", "founded in 1988 by ..., who set it up at the age of 34"."""
    text = doc.text
    years = _other_years(doc, s)
    if len(people) != 1 or len(years) != 1:
        return None
    year = years[0]
    thens = [m for m in ms if m.value is not None and not m.is_range and 0 < m.value < 110
             and m.kind in (Kind.AGE, Kind.COUNT) and not (m.kind is Kind.COUNT and m.noun) and _told_then(doc, s, m)]
    if len(thens) != 1:
        return None
    then = thens[0]
    a, b = sorted((then, year), key=lambda x: x.start)
    between = text[a.end:b.start]
    if b.start - a.end > MAX_THEN_GAP or _OTHER_TIME.search(between) or re.search(r"[;:]|\s[-–—]\s", between) \
            or not _named_before(doc, s, then, people):
        return None
    return _Fact("then", next(iter(people)), then, s.index, year=year_of(year), year_at=year.start,
                 first=_first_before(doc, s, then, next(iter(people))))


def _first_before(doc: Document, s, m: Mention, surname: str) -> str:
    """(round 19) The first name written before the last ``surname`` ahead of the figure in its sentence ("Ringleader
    Gareth Pryce, 49," -> "Gareth"), or "" when the surname stands alone or after a title."""
    found = ""
    for x in re.finditer(r"(?:\b(" + _NAME_WORD + r")\s+)?\b" + re.escape(surname) + r"\b", doc.text[s.start:m.start]):
        found = x.group(1) if x.group(1) and x.group(1) not in _NOT_FIRST else ""
    return found


def _dated_paragraph(doc: Document, s) -> bool:
    """Another sentence of the paragraph of an age holds a year that is no birth's ("Ruth Okafor left Lagos
    in 2016. Okafor, 23, found work"): the age may be told at that time."""
    return bool(_dated_sentences(doc).get(s.paragraph, frozenset()) - {s.index})


def _dated_sentences(doc: Document) -> dict:
    """(round 19) {paragraph: the sentences holding a year that is no birth's}, read once per document."""
    found = doc.memo.get("timelines-dated-sentences")
    if found is None:
        found = {}
        for other in doc.sentences:
            if any(y.kind is Kind.YEAR and not _BORN.search(doc.text[max(other.start, y.start - 12):y.start])
                   and not _BORN_WHERE.search(doc.text, max(other.start, y.start - 60), y.start)
                   for y in doc.mentions_in(other.index)):
                found.setdefault(other.paragraph, set()).add(other.index)
        doc.memo["timelines-dated-sentences"] = found
    return found


def _named_before(doc: Document, s, m: Mention, people: set[str]) -> bool:
    """The sentence names its person before the figure ("Ferrier, who was born in 1935"), not only after it
    ("The rider, who was born in 2005, ... beat Becky Thorne")."""
    head = doc.text[s.start:m.start]
    return any(re.search(r"\b" + re.escape(p) + r"\b", head) for p in people)


def _told_then(doc: Document, s, m: Mention) -> bool:
    """The age is told as the age then: "aged 18" (the word in the figure), "at the age of 44", "when he was
    36", "as a 20-year-old"; (round 19) "who was 33 when he set up ..." (a "when" after the figure)."""
    return m.text.lower().startswith("aged") or bool(_THEN_BEFORE.search(doc.text, max(s.start, m.start - 20), m.start)) \
        or bool(_WHO_WAS.search(doc.text, max(s.start, m.start - 20), m.start)
                and _WHEN_AFTER.match(doc.text, m.end, s.end))


def _first_names(doc: Document) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for first, last in _names(doc.text):
        found.setdefault(last, set()).add(first)
    return found


def find_person_timelines(doc: Document):
    pub = doc.published
    if pub is None or not any(m.kind is Kind.AGE or m.kind is Kind.YEAR for m in doc.mentions):
        return
    firsts = _first_names(doc)
    if not firsts:
        return
    facts = _facts(doc, _surnames(doc, firsts))
    if len(facts) < 2:
        return
    dead = {last for last in firsts for s in doc.sentences
            if _DEATH.search(doc.text[s.start:s.end]) and re.search(r"\b" + re.escape(last) + r"\b",
                                                                      doc.text[s.start:s.end])}
    for i, f in enumerate(facts):
        for g in facts[i + 1:]:
            if f.surname != g.surname or f.mention is g.mention:
                continue
            # (round 19) two people may share the surname when both facts write one first name ("Ringleader Gareth
            # Pryce, 49," ... "Rhys Pryce, 38," ... "Gareth Pryce, who was 33 when ...")
            one = len(firsts.get(f.surname, ())) == 1 or f.first and f.first == g.first
            if f.sentence != g.sentence and (not one or (
                    doc.sentences[f.sentence].paragraph == doc.sentences[g.sentence].paragraph
                    and not any(x.said_now for x in (f, g)) and {f.kind, g.kind} != {"born", "now"})):
                continue  # two people share the surname, or one paragraph tells two times: only facts of one sentence pair
                # (round 20: a birth is no time a paragraph is told at: "said Ann Roe, 79, ... Roe, who was born in 1944")
            rel = _pair(doc, f, g, f.surname in dead)
            if rel is None:
                continue
            yield rel  # (a pair the dates module relates too stands down in ``relate``: ``_without_repeated_ages``)


def _pair(doc: Document, f: _Fact, g: _Fact, dead: bool):
    pub = doc.published
    kinds = {f.kind: f for f in (f, g)} if f.kind != g.kind else None
    if kinds is None:
        return None
    if set(kinds) == {"now", "then"}:
        if dead:
            return None
        now, then = kinds["now"], kinds["then"]
        if then.year >= pub.year or now.mention.value is None or now.mention.value.denominator != 1:
            return None
        return AgeThen(link="inferred", cue=TIMELINE_CUE, now=now.mention, then=then.mention,
                       year=then.year, published=pub)
    if set(kinds) == {"born", "then"}:
        born, then = kinds["born"], kinds["then"]
        if then.year <= born.year:
            return None
        return AgeBirth(link="inferred", cue=TIMELINE_CUE, age=then.mention, birth=born.mention,
                        birth_year=born.year, published=pub, birth_month=born.month, ref_year=then.year,
                        ref_how=f"in {then.year}", ref_what="the event")
    if set(kinds) == {"born", "now"}:
        born, now = kinds["born"], kinds["now"]
        if dead and not now.recent:
            return None
        if now.recent:  # (round 20) the age at a dated event of the past year: now, or a year younger
            return AgeBirth(link="inferred", cue=TIMELINE_CUE, age=now.mention, birth=born.mention,
                            birth_year=born.year, published=pub, birth_month=born.month, slack=1,
                            ref_what="the event")
        return AgeBirth(link="inferred", cue=TIMELINE_CUE, age=now.mention, birth=born.mention,
                        birth_year=born.year, published=pub, birth_month=born.month)
    return None


FINDERS = (find_person_timelines,)

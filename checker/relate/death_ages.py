"""Relations: an age at death told in the sentence next to the birth (round 32, FC506).

The one-sentence readings ("Ann Roe, born in 1929, died in 2021 aged 84") live in ``dates``; a careful editor reads
the same arithmetic when the writer splits it over two adjacent sentences of a paragraph about one person:

* the birth and the death in one sentence, then the age in a sentence of its own: "Ann Roe, who was born in 1929,
  died on 2 February 2021. She was 84." / "He was 84 years old.";
* the birth alone in one sentence, then the death with its age in the next, opening on "He" / "She" or on the
  surname: "Ann Roe was born in 1929. She died in 2021, aged 84." / "Born in Leeds in 1929, Roe ... . Roe died on
  3 May 2020 at the age of 84."

Each sentence holds one birth, one death and one age (no second person's birth, death or age), so the age is the
dead person's; the death's day or year is the one ``_death_reference`` reads in the one-sentence case.
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .dates import _BORN_CUE, _KIN, _age_birth, _cued, _death_reference, _grouped, year_of
from .needs import needs

# "She was 84." / "He was aged 84." / "He was 84 years old." as a sentence of its own
_AGE_SENTENCE = re.compile(r"\s*(?:He|She)\s+was\s+(?:aged\s+)?$")
_AGE_SENTENCE_END = re.compile(r"(?:\s+years?\s+old)?\s*\.?\s*")
_DEATH_WORD = re.compile(r"\b(?:died|dies|dead|death|killed|passed\s+away|late)\b", re.I)
_FIRST_NAME = re.compile(r"\s*(?:Born\b[^,;]{0,60},\s*)?(?:[A-Z][\w'’.-]*\s+){0,3}([A-Z][\w'’-]+)\b")
# another person named before the birth or the death: "whose daughter was born in 1979", "her husband died in 2019"
_KIN_BEFORE = re.compile(rf"\b(?:{_KIN}|whose|his|her|their|friends?|colleagues?|mentor)\b", re.I)
_AGE_AT = re.compile(r"\bat\s+the\s+age\s+of\s+$", re.I)
_DIED_VERB = re.compile(r"\b(?:died|passed\s+away)\b")


def _births(doc: Document, s, ms) -> list:
    return [m for m in ms if year_of(m) is not None and _cued(doc, s, m, _BORN_CUE)]


def _ages(doc: Document, s, ms) -> list:
    """The ages of a sentence: "aged 84", "84-year-old", and a number after "at the age of"."""
    return [m for m in ms if m.kind is Kind.AGE
            or m.kind is Kind.COUNT and _AGE_AT.search(doc.text, max(s.start, m.start - 20), m.start)]


def _pair(doc: Document, k: int):
    """The sentence ``k`` and the one after it, in one paragraph, with their mentions (None when not)."""
    if k + 1 >= len(doc.sentences):
        return None
    s1, s2 = doc.sentences[k], doc.sentences[k + 1]
    if s1.chrome or s2.chrome or s1.headline or s2.headline or s1.paragraph != s2.paragraph:
        return None
    grouped = _grouped(doc)
    return s1, grouped.get(k, ()), s2, grouped.get(k + 1, ())


def _age_alone(doc: Document, s, ms):
    """The age of "She was 84." standing as a sentence of its own."""
    if len(ms) != 1 or ms[0].value is None or ms[0].kind not in (Kind.COUNT, Kind.AGE) \
            or not _AGE_SENTENCE.fullmatch(doc.text, s.start, ms[0].start) \
            or not _AGE_SENTENCE_END.fullmatch(doc.text, ms[0].end, s.end):
        return None
    return ms[0] if ms[0].value.denominator == 1 and 0 < ms[0].value < 120 else None


def _dies_first(doc: Document, s1, s2) -> bool:
    """The second sentence opens on "He" / "She" or on the surname of the first's subject, and its verb is the
    death ("She died in 2021", "Keane passed away on ..."; not "She lost her sister, who died ...")."""
    head = doc.text[s2.start:s2.end]
    opener = re.match(r"\s*(?:He|She)\s+", head)
    if opener is None:
        name = _FIRST_NAME.match(doc.text, s1.start, s1.end)
        opener = re.match(r"\s*" + re.escape(name.group(1)) + r"\s+", head) if name else None
    return opener is not None and re.match(r"(?:[a-z]+\s+){0,2}?(?:died|passed\s+away)\b", head[opener.end():]) is not None


@needs(Kind.YEAR, Kind.DATE, words=("born",))
def find_ages_at_death_next(doc: Document):
    for k in range(len(doc.sentences) - 1):
        pair = _pair(doc, k)
        if pair is None:
            continue
        s1, ms1, s2, ms2 = pair
        births = _births(doc, s1, ms1)
        if len(births) != 1 or _ages(doc, s1, ms1) or "born" in doc.text[s2.start:s2.end].lower() \
                or _KIN_BEFORE.search(doc.text, s1.start, births[0].start):
            continue
        text1, text2 = doc.text[s1.start:s1.end], doc.text[s2.start:s2.end]
        age = _age_alone(doc, s2, ms2)
        died = _DIED_VERB.search(text1)
        if age is not None and died is not None and not _KIN_BEFORE.search(text1, 0, died.start()):
            # "..., who was born in 1929, died on 2 February 2021. He was 84."
            ref = _death_reference(doc, s1, ms1, text1)
        elif age is None and not _DEATH_WORD.search(text1) and len(_ages(doc, s2, ms2)) == 1 \
                and _dies_first(doc, s1, s2):
            # "... was born in 1929. He died in 2021, aged 84."
            age = _ages(doc, s2, ms2)[0]
            ref = _death_reference(doc, s2, ms2, text2)
        else:
            continue
        if ref is None or ref[4] is None or ref[4] is births[0]:
            continue  # no dated death: "has died aged 84" is told from publication by the one-sentence readers
        rel = _age_birth(doc, age, births[0], "inferred", ref)
        if rel is not None:
            yield rel


FINDERS = (find_ages_at_death_next,)

"""Relations: an age in a year told first, the age now in the next sentence (round 32, FC506).

``find_ages_then_next`` (in ``dates``) reads "Ann Roe, 54, runs the shop. She moved there in 1980, when she was
20."; a writer tells the same two ages the other way round as often:

* "Jo Hale was 19 when she swam the Channel in 1988. This week, aged 64, she did it again.";
* "Tom Lee joined the band in 1979, aged 17. Now 58, he still plays every night." / "Lee, 58, still plays ..." /
  "The 58-year-old still plays ...".

The first sentence holds one year and one age tied to it (``ages_at_year``), one person and no death; the next, in
the same paragraph, holds no year, no death and one age, on its subject: "The N-year-old", "Lee, N,", or "Now N," /
"aged N," set apart before "he" / "she" / the surname, and a word of now in it ("now", "still", "today", "this
week": not "Aged 23, she turned professional.", a later step of the story). One person's ages then and now
(``AgeThen``).
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .dates import (_DEATH, _NOW_TIME, _OTHER_ONE, _REAL_DEATH, AgeThen, _age_on_subject, _ages_in, _grouped,
                    _moved_time, _one_person, _second_full_name, ages_at_year, year_of)
from .death_ages import _FIRST_NAME
from .needs import needs

# "Now 58, he ...", "This week, aged 64, she ...", "Today, at 64, Hale ...": the age set apart before the subject
_AGE_SET_APART = re.compile(r"\s*(?:(?:This|Last|Next)\s+(?:week|month|year|summer|spring|autumn|winter)|Today|Now|"
                            r"On\s+[A-Z][a-z]+day)?\s*,?\s*(?:now|aged|at)?\s*$", re.I)
# (round 32 review) the second sentence is told of now: "Now 58, he ...", "The 41-year-old is now ...", "still",
# "this week", "today", "Last year, aged 62, ..."; not a later step of the story ("Aged 23, she turned professional.",
# "The 20-year-old quit three years later.")
_TOLD_NOW = re.compile(r"\b(?:now|still|currently|these\s+days)\b|^\s*(?:This|Last|Next)\s", re.I)


def _then(doc: Document, s, ms):
    """(the age then, its year) of a sentence with one year and one age tied to it, else None."""
    years = [m for m in ms if year_of(m) is not None]
    if len(years) != 1 or years[0].kind is not Kind.YEAR:
        return None
    stext = doc.text[s.start:s.end]
    if _moved_time(stext) or _REAL_DEATH.search(stext):
        return None
    thens = ages_at_year(doc, s, ms, years[0])
    if len(thens) != 1 or [a for a in _ages_in(doc, s, ms) if a is not thens[0]]:
        return None
    upto = doc.text[s.start:max(thens[0].end, years[0].end)]
    name = _FIRST_NAME.match(doc.text, s.start, s.end)  # the subject's own name is no second person
    if _OTHER_ONE.search(upto) or _second_full_name(doc, name.end() if name else s.start, s.start + len(upto)) \
            or not _one_person(stext, full_names=True):
        return None
    return thens[0], years[0]


def _now_on_subject(doc: Document, s1, s, ms):
    """The one age of the sentence when it is its subject's: "The 58-year-old ...", "Lee, 58, ...", "Now 58, he"."""
    stext = doc.text[s.start:s.end]
    if any(year_of(m) is not None for m in ms) or _DEATH.search(stext) or _REAL_DEATH.search(stext) \
            or _OTHER_ONE.search(stext) or _moved_time(stext) \
            or not (_TOLD_NOW.search(stext) or _NOW_TIME.search(stext)):
        return None
    nows = [a for a in _ages_in(doc, s, ms) if a.kind is not Kind.ORDINAL and a.interval is not None]
    nows += [m for m in ms if m.kind is Kind.COUNT and m.noun is None and m not in nows and m.value is not None
             and re.search(r"\bat\s+$", doc.text[max(s.start, m.start - 4):m.start])]  # "Today, at 70, she ..."
    if len(nows) != 1 or nows[0].value is None or not 0 < nows[0].value < 120:
        return None
    now = nows[0]
    name = _FIRST_NAME.match(doc.text, s1.start, s1.end)
    if _second_full_name(doc, now.end, s.end):
        return None  # "The 30-year-old bassist Ana Ruiz": someone else
    if _age_on_subject(doc, s, now):
        lead = doc.text[s.start:now.start]
        return now if now.kind is Kind.AGE and lead.strip() == "The" \
            or name and re.search(r"\b" + re.escape(name.group(1)) + r"\b", lead) else None
    if not _AGE_SET_APART.fullmatch(doc.text, s.start, now.start):
        return None
    subject = r"(?:he|she" + (r"|" + re.escape(name.group(1)) if name else "") + r")\b"
    return now if re.match(r"\s*,\s*" + subject, doc.text[now.end:s.end], re.I) else None


@needs(Kind.YEAR)
def find_ages_then_first(doc: Document):
    pub = doc.published
    if pub is None:
        return
    grouped = _grouped(doc)
    for k in range(len(doc.sentences) - 1):
        s1, s2 = doc.sentences[k], doc.sentences[k + 1]
        if s1.chrome or s2.chrome or s1.headline or s2.headline or s1.paragraph != s2.paragraph:
            continue
        ms1, ms2 = grouped.get(k, ()), grouped.get(k + 1, ())
        if not ms1 or not ms2:
            continue
        found = _then(doc, s1, ms1)
        if found is None:
            continue
        then, year = found
        now = _now_on_subject(doc, s1, s2, ms2)
        y = year_of(year)
        if now is None or y is None or not 0 < pub.year - y <= 100:
            continue
        yield AgeThen("inferred", f"aged ... in {y}, then the age now next", now, then, y, pub)


FINDERS = (find_ages_then_first,)

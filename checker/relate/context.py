"""Small helpers every relation finder uses to read the words around figures."""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..model import Document, Kind, Mention, Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# past participles not ending in "-ed" (a regex alternation): "hit hardest by", "a pay offer made in"
IRREGULAR_PARTICIPLES = r"hit|cut|shut|put|set|built|sold|held|won|lost|made|kept|found|bought|brought|caught|struck|hurt|sent|spent"
# past tenses not in "-ed": "the 24,000-seat stadium sold out", "two umpires, A and B, fell ill"
IRREGULAR_PAST = frozenset("""sold told held left took made won lost saw went came became began ran rose fell
    grew kept paid stood spent got gave found brought bought built drew threw wrote struck broke hit shut fled led
    swept tore blew froze flew sank caught fought sought taught meant met felt heard sent dealt slid stuck woke
    wore rode shook stole swam spoke chose drove withdrew overtook""".split())
# (round 27 mend, moved from dates) a past form or a participle, in "-ed" or irregular ("took", "given"); words in
# "-ed" that are no verb left out
_PAST_FORM = re.compile(r"[a-z]{2,}ed|" + IRREGULAR_PARTICIPLES + r"|took|taken|fell|fallen|rose|risen|tore|torn|burst"
                        r"|ran|came|went|gone|began|begun|broke|broken|swept|gave|given|saw|seen|told|said|met|led|paid"
                        r"|laid|drawn|written|known|shown|chosen|stolen|driven|thrown|grew|grown")
_NOT_PAST_FORM = frozenset("hundred speed need bed red shed seed feed breed greed weed deed creed".split())


def is_past_form(word: str) -> bool:
    """``word`` (lower case) is a past tense or a past participle: "walked", "drawn", "sold"."""
    return word not in _NOT_PAST_FORM and _PAST_FORM.fullmatch(word) is not None


# the noun of a gap between two figures, no whole of anything: "a majority of 17,560", "a 12-point lead"
MARGIN_WORDS = r"(?:margin|lead|gap|majority|difference)"


def text_between(doc: Document, a: Mention, b: Mention) -> str:
    """The raw text between two mentions (in either order)."""
    if a.start > b.start:
        a, b = b, a
    return doc.text[a.end:b.start]


def noun_end(m: Mention) -> int:
    """Where a figure's phrase ends: after its noun when the noun follows it ("420 animals"), else after the figure."""
    return m.noun_span.end if m.noun_span is not None and m.noun_span.end > m.end else m.end


def words(text: str) -> list[str]:
    """Lower-cased words of a snippet, punctuation dropped.

    The snippet is lower-cased first and its words read off it (one C-level
    pass instead of a ``lower()`` per word): the same words, as lower-casing
    keeps every character's length and whether ``_WORD`` takes it -- except
    for "İ" and the Kelvin sign, which lower-case to ASCII letters (checked
    over all of Unicode), read the old way."""
    if "\u0130" in text or "\u212a" in text:
        return [w.lower() for w in _WORD.findall(text)]
    return _WORD.findall(text.lower())


def words_before(doc: Document, m: Mention, count: int = 4) -> list[str]:
    s = doc.sentences[m.sentence]
    return words(doc.text[max(s.start, m.start - 80):m.start])[-count:]


def words_after(doc: Document, m: Mention, count: int = 4) -> list[str]:
    s = doc.sentences[m.sentence]
    return words(doc.text[m.end:min(s.end, m.end + 80)])[:count]


def sentence_text(doc: Document, m: Mention) -> str:
    s = doc.sentences[m.sentence]
    return doc.text[s.start:s.end]


# one more part told beside those before it: "a further $1.65bn", "another 300 jobs"
FURTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)


# "45% more than at the last one", "up 150 on the old one": "one" after a determiner, with no noun of its
# own, stands for a thing named before (a pronoun), not a count of 1; the preposition right before a figure (also
# shares._same_frame)
PREPOSITION_BEFORE = re.compile(r"\b(on|in|at|for|from|to|with|into|onto|by)\s+$", re.I)
_ONE_ALONE_AFTER = re.compile(r"\s*(?:[,;.)]|\s(?:and|or|but|while)\b)")
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:the|that|this|a|an|each|every|any|another|which|its|their|his|her|our)\s+"
                                 r"(?:[a-z-]+\s+){0,2}$", re.I)


def pronoun_one(doc: Document, m: Mention) -> bool:
    """"the last one", "a new one", "the one before": a pronoun, not a figure."""
    return m.value == 1 and m.noun is None and m.text.strip().lower() == "one" \
        and (bool(_PRONOUN_ONE_BEFORE.search(doc.text, max(0, m.start - 40), m.start))
             or bool(PREPOSITION_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
                     and _ONE_ALONE_AFTER.match(doc.text, m.end)))  # "£4,100 on one, £2,900 on another"


_ANY_HEDGES = frozenset(("at least", "more than", "or more"))
# "under the age of 18": an age limit, no count of things
_AGE_OF_BEFORE = re.compile(r"\bage\s+of\s+$", re.I)


def any_one(m: Mention) -> bool:
    """"recorded at least one hedgehog", "more than one bidder", "one or more cars": "any", not a count."""
    return m.kind == Kind.COUNT and m.value == 1 and m.hedge in _ANY_HEDGES


_EACH_BEFORE = re.compile(r"\beach\s+(?:[a-z]+\s+){0,2}$", re.I)
_EACH_AFTER = re.compile(r"\s+(?:each|apiece)\b", re.I)


def each_after(doc: Document, at: int, end: int | None = None) -> bool:
    """"each" or "apiece" right after ``at`` ("one each", "£3,000 apiece"), before ``end`` if given."""
    return bool(_EACH_AFTER.match(doc.text, at, len(doc.text) if end is None else end))


def for_each(doc: Document, m: Mention) -> bool:
    """A figure that each of several gets ("the two winners each received £3,000", "£3,000 each"): an amount
    per head, not a part of the whole they share."""
    return bool(_EACH_BEFORE.search(doc.text, max(0, m.start - 30), m.start)) or each_after(doc, m.end)


def quantities(doc: Document, *kinds: Kind, include_chrome: bool = False) -> list[Mention]:
    """Mentions that are quantities (of the given kinds), chrome excluded, and
    no pronoun "one" ("the last one"), no "at least one" (any), no "the age of 18" (an age limit)."""
    key = ("quantities", include_chrome)
    found = doc.memo.get(key)
    if found is None:
        sentences = doc.sentences
        found = doc.memo[key] = tuple(
            m for m in doc.mentions
            if m.is_quantity and m.interval is not None and (include_chrome or not sentences[m.sentence].chrome)
            and not (m.value == 1 and (pronoun_one(doc, m) or any_one(m)))
            and not (m.kind == Kind.COUNT and _AGE_OF_BEFORE.search(doc.text, max(0, m.start - 12), m.start)))
    if kinds:
        # finders ask for the same few kind sets again and again: each filtered once per document
        of_kinds = doc.memo.get((key, kinds))
        if of_kinds is None:
            of_kinds = doc.memo[(key, kinds)] = tuple([m for m in found if m.kind in kinds])
        return list(of_kinds)
    return list(found)


def in_sentences(mentions: Sequence[Mention], lo: int, hi: int) -> Sequence[Mention]:
    """The mentions of sentences ``lo`` to ``hi - 1`` of a list in sentence order (``doc.mentions`` and every
    list drawn from it in its order): what ``[m for m in mentions if lo <= m.sentence < hi]`` gives, as a slice
    found by bisection (``Document.mentions_within`` for the whole document)."""
    first = bisect.bisect_left(mentions, lo, key=_sentence_of)
    return mentions[first:bisect.bisect_left(mentions, hi, lo=first, key=_sentence_of)]


def _sentence_of(m: Mention) -> int:
    return m.sentence


def by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.sentence, []).append(m)
    return out


def body_sentences(doc: Document):
    """(round 38) Each sentence of the body (no headline, no page chrome) with its mentions, in order: the loop the
    one-sentence finders share (``rate_on_base``, ``change_components``, ``share_triangles``, ``applied_rates``,
    ``closed_lists``)."""
    of_sentence = doc.mentions_by_sentence().get  # (speed: ``doc.mentions_in`` without a call per sentence)
    for s in doc.sentences:
        if not s.chrome and not s.headline:
            yield s, of_sentence(s.index, ())


def lead_sentence(doc: Document) -> Sentence | None:
    """The body's first sentence, after any headline and page chrome (found once per document)."""
    if "lead-sentence" not in doc.memo:
        doc.memo["lead-sentence"] = next((s for s in doc.sentences if not s.headline and not s.chrome), None)
    return doc.memo["lead-sentence"]


def told_in_headline_and_lead(doc: Document, m: Mention) -> bool:
    """(round 25) The article's own figure: ``m`` stands in the lead sentence, unhedged, and the headline tells the
    same value ("Work starts on £1.12bn scheme" / "... on a £1.12 billion project to widen ..."): an editor reads a
    later "the budget", "the homes" as this figure however far on."""
    lead = lead_sentence(doc)
    if lead is None or m.sentence != lead.index or m.hedge or m.is_range or m.value is None:
        return False
    unit = (m.unit or "").lower()
    return any(doc.sentences[h.sentence].headline and h.kind == m.kind and (h.unit or "").lower() == unit
               and h.value is not None and not h.is_range
               and (h.value == m.value or h.interval is not None and m.interval is not None
                    and h.interval.intersects(m.interval))
               for h in doc.mentions if h.start < m.start)


# the others of a count told apart after its list: "a third man", "another", "the rest", "two more" (lists, and
# round 27 sums: a breakdown followed by its rest is some of the count, not all of it)
REST_ORDINALS = ("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth").split()
RESTS_TOLD = re.compile(r"\b(?:another|others|the\s+rest|(?:one|two|three|four|five|six)\s+(?:more|others)"
                        r"|(?:a|the)\s+(" + "|".join(REST_ORDINALS) + r"|further|remaining|other)"
                        r"(?:\s+(\d+|two|three|four|five|six|[a-z][\w'’-]*))?)\b", re.I)

"""(round 28) A share given as a percentage and told again in words, of the same whole.

"Rosa Mendez took 46% of the vote ... winning more than half the vote"; "A survey found 28% of residents
support the plan. 'Four in ten residents back us,' the leader said"; either order ("Half of the region's
hospitals missed the target ... 31% of hospitals in the region").  The words are read by their hedge
("nearly a third": up to a third; "more than half"; "four in ten": rounded to the nearest tenth), and the
pair goes to the restatement rule (FC402), which compares the two as percentages.

Tied only when the two sentences are near (two sentences apart at most) and name the same whole after the
figure ("of the vote", "residents"), and silent when:

* either sentence holds another percentage or fraction, or the whole is named with a word the other's
  sentence lacks ("four in ten older residents": a part);
* either figure is a change or a comparison ("rose by a third", "more than the 28% who");
* the two sentences name different times ("In 2019, 28% ... Now four in ten");
* the words tell of a bar or an aim, not a result ("needs more than half the vote to win outright",
  "aims to reach a third of homes").
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..model import Document, Kind, Mention
from .context import words
from .needs import needs
from .restatements import (
    TIME_MARKERS, DefiniteRestatement, backed, change_role, compares, singular, years_differ,
)

# the whole after a share: "of the vote", "of prison officers", "the vote" (after "half"), "residents" (after
# "four in ten"); an owner may stand between ("of the region's hospitals")
_WHOLE_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:the|its|their|his|her|our|all)\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?"
                          r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
# words that end a whole's noun phrase: a verb or a function word after the noun
_PHRASE_STOP = frozenset("""in on at for from to by with and or but who that which said says say had has have was were
is are will would could should did do does been being be back backs backed support supports supported think thinks
believe believes feel feels want wants missed miss own owns""".split())
# a bar or an aim in the words' sentence, not a result
_BAR_OR_AIM = re.compile(r"\b(?:needs?|needed|requires?|required|must|would|could|should|unless|if|target\w*|aims?|"
                         r"aimed|goal|threshold|hopes?|hoped|expects?|expected|forecasts?|predict\w*|to\s+win|"
                         r"outright|majority)\b", re.I)
# a modal after the words: "more than two-thirds of voters would cast a ballot"
_MODAL_AFTER = re.compile(r"\b(?:would|could|should|must|to\s+win|outright)\b", re.I)
_MAX_APART = 2
# words that tell nothing of what a share did or thinks
_NOT_TOLD = frozenset("""the a an to of in on at for and or but they them it its their had have has was were is are
been be being that who which us we our this these those tell tells told said say says would will""".split())
# a degree on a scale of answers: "strongly opposed" is some of those who "opposed"
_DEGREES = frozenset("strongly very fully somewhat partly partially completely totally definitely slightly "
                     "mostly largely".split())
# words too common to tie two predicates: "opposed the new system ... supported a new school"
_COMMON = frozenset("new old more most less last first other next same all some any".split())
# an opinion told in other words (stems)
_OPINIONS = (frozenset({"support", "back", "favour", "favor", "endors", "endorse", "approv", "approve"}),
             frozenset({"oppos", "oppose", "reject", "against"}))


def _whole(doc: Document, m: Mention) -> tuple[str, ...]:
    """The whole a share is of, its modifier first: "prison officers", "vote" (of "the vote showed"), "parents"
    (of "parents skip meals"): the first word, or a modifier and the plural noun after it."""
    return _whole_and_end(doc, m)[0]


def _whole_and_end(doc: Document, m: Mention) -> tuple[tuple[str, ...], int]:
    """The whole's words and where they end in the text."""
    found = _WHOLE_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end)
    if found is None:
        return (), m.end
    ws = []
    for w in re.finditer(r"\S+", found.group(1)):
        if w.group(0) in _PHRASE_STOP:
            break
        ws.append(w)
    keep = 2 if len(ws) >= 2 and not _plural(ws[0].group(0)) and _plural(ws[1].group(0)) else min(1, len(ws))
    if not keep:
        return (), m.end
    return tuple(w.group(0) for w in ws[:keep]), found.start(1) + ws[keep - 1].end()


def _plural(w: str) -> bool:
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _share_in_words(doc: Document, m: Mention) -> bool:
    """A fraction in words that is a share of a named whole: "nearly a third of staff", "four in ten residents",
    "more than half the vote" (not a change, "a quarter" of a year, or a multiple)."""
    return m.kind == Kind.FRACTION and m.value is not None and 0 < m.value < 1 and m.interval is not None \
        and m.unit != "quantifier" and not any(c.isdigit() for c in m.text)


def _as_percent(m: Mention) -> Mention:
    """A fraction told as a percentage, its hedge's reading kept: "nearly a third" -> 29.7% to 33.3%."""
    return replace(m, kind=Kind.PERCENT, value=m.value * 100, interval=m.interval.scale(Fraction(100)), unit="%",
                   precision=None)


def _times(doc: Document, sentence: int) -> set[str]:
    s = doc.sentences[sentence]
    return {t.lower() for t in TIME_MARKERS.findall(doc.text, s.start, s.end)}


def _shares_near(doc: Document, k: int) -> list[Mention]:
    return [m for m in doc.mentions_in(k) if m.kind in (Kind.PERCENT, Kind.FRACTION)]


def _same_whole(doc: Document, a: Mention, b: Mention) -> bool:
    """The same noun, and each whole's modifier backed by the other's sentence."""
    wa, wb = _whole(doc, a), _whole(doc, b)
    if not wa or not wb or singular(wa[-1]) != singular(wb[-1]):
        return False
    sa = doc.text[doc.sentences[a.sentence].start:doc.sentences[a.sentence].end]
    sb = doc.text[doc.sentences[b.sentence].start:doc.sentences[b.sentence].end]
    return all(backed(w, sb) for w in wa) and all(backed(w, sa) for w in wb)


def _predicate(doc: Document, m: Mention) -> set[str]:
    """The content words told of a share's whole in its clause: "support the plan", "missed it"."""
    whole, end = _whole_and_end(doc, m)
    if not whole:
        return set()
    rest = re.split(r"[,;:.'’‘\"“”]", doc.text[end:doc.sentences[m.sentence].end])[0]
    return {_root(w) for w in words(rest)[:8] if w not in _NOT_TOLD and len(w) > 2}


def _root(w: str) -> str:
    """A word without its ending: "missed" and "misses" -> "miss", "considered" -> "consider"."""
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[:-len(end)]
    return w


def _told_alike(doc: Document, a: Mention, b: Mention) -> bool:
    """The two tell the same of their whole: a share of the vote is its own news; otherwise a word of the
    predicate in common ("missed the target ... missed it") or an opinion told in other words ("support the
    plan ... back us")."""
    if _whole(doc, a)[-1:] in (("vote",), ("votes",), ("ballot",), ("ballots",)):
        return True
    pa, pb = _predicate(doc, a) - _COMMON, _predicate(doc, b) - _COMMON
    if (pa ^ pb) & _DEGREES:
        return False  # "opposed the scheme ... strongly opposed it": another answer on the scale
    held = [g for g in _OPINIONS if pa & g or pb & g]
    if held:  # an opinion on either side: both hold the same one ("opposed ... supported" are two findings)
        return all(pa & g and pb & g for g in held)
    return bool(pa & pb)


def _set_apart(doc: Document, pct: Mention, frac: Mention) -> bool:
    if any(change_role(doc, m) == "by" or compares(doc, m) for m in (pct, frac)):
        return True
    if _times(doc, pct.sentence) != _times(doc, frac.sentence) or years_differ(doc, pct, frac):
        return True
    s = doc.sentences[frac.sentence]
    clause = re.split(r"[,;:]", doc.text[s.start:frac.start])[-1]
    return _BAR_OR_AIM.search(clause) is not None or _MODAL_AFTER.search(doc.text, frac.end, s.end) is not None


@needs(Kind.PERCENT, Kind.FRACTION)
def find_shares_told_in_words(doc: Document):
    """A percentage of a whole and a share of the same whole in words, in nearby sentences."""
    fractions = [m for m in doc.mentions if _share_in_words(doc, m) and not doc.sentences[m.sentence].chrome]
    for frac in fractions:
        lo, hi = max(0, frac.sentence - _MAX_APART), min(len(doc.sentences) - 1, frac.sentence + _MAX_APART)
        near = [m for k in range(lo, hi + 1) for m in _shares_near(doc, k) if m is not frac]
        pcts = [m for m in near if m.kind == Kind.PERCENT and m.sentence != frac.sentence and not m.is_range]
        if len(pcts) != 1:
            continue
        pct = pcts[0]
        if len(_shares_near(doc, pct.sentence)) != 1 or len(_shares_near(doc, frac.sentence)) != 1:
            continue  # another share in either sentence: which is restated?
        if any(m is not pct and m is not frac for m in near) or not _same_whole(doc, pct, frac):
            continue
        if _set_apart(doc, pct, frac) or not _told_alike(doc, pct, frac):
            continue
        first, second = (pct, _as_percent(frac)) if pct.start < frac.start else (_as_percent(frac), pct)
        yield DefiniteRestatement(link="inferred", cue="a share told in words", first=first, second=second,
                                  subject="share of " + " ".join(_whole(doc, pct)))


FINDERS = (find_shares_told_in_words,)

"""Relations: percentages that split one whole, and percentage changes.

``ShareSplit`` -- two or more percentages in one sentence that divide one
whole between its parts, so they cannot add up to more than 100%.  A list
of percentages is read as such a split only when the sentence says so:

* by gapping: the first share names the whole and the others share it
  ("won 49% of the vote, the challengers 33% and the centrists 14%");
* by answer options: shares followed by the answers to one question, with
  an undecided/don't-know share or opposite answers ("51% backed it, 40%
  were opposed and 9% were undecided");
* by saying the list is complete ("... and the remaining 12%", "others 5%"),
  in which case the shares must also reach 100%.

Lists of changes ("rose 14%"), ranges, figures each with their own whole
("60% of men and 55% of women") or their own place ("73% in the north,
66% in the south") are never read as splits.

``PercentChange`` and ``PointsChange`` -- a stated percentage (or fraction:
"by a third") or percentage-point change with the two values it moves
between, from the change frames of :mod:`checker.relate.changes`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention, Relation
from .changes import CHANGE_WORDS, frames, is_points_size, roles_for, _norm, _WORD
from .context import quantities


@dataclass(frozen=True)
class ShareSplit(Relation):
    """Percentages of one whole, stated together."""

    shares: tuple[Mention, ...] = ()
    complete: bool = False  # the text says the list covers the whole

    def members(self) -> tuple[Mention, ...]:
        return self.shares


@dataclass(frozen=True)
class PercentChange(Relation):
    """"rose 25% from 80 to 100": a relative change with its two values."""

    change: Mention = None  # type: ignore[assignment]
    old: Mention = None  # type: ignore[assignment]
    new: Mention = None  # type: ignore[assignment]
    direction: int = 0

    def members(self) -> tuple[Mention, ...]:
        return (self.change, self.old, self.new)


@dataclass(frozen=True)
class PointsChange(Relation):
    """"from 40% to 44%, a rise of 4 percentage points"."""

    change: Mention = None  # type: ignore[assignment]
    old: Mention = None  # type: ignore[assignment]
    new: Mention = None  # type: ignore[assignment]
    direction: int = 0

    def members(self) -> tuple[Mention, ...]:
        return (self.change, self.old, self.new)


# ------------------------------------------------------------------ changes

def find_percent_changes(doc: Document):
    for f in frames(doc):
        if is_points_size(doc, f.size) and Kind.PERCENT in (f.old.kind, f.new.kind):
            yield PointsChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                               direction=f.direction)
        elif f.size.kind == Kind.PERCENT or (f.size.kind == Kind.FRACTION and f.size.value and f.size.value < 1):
            yield PercentChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                                direction=f.direction)
        elif f.size.kind == Kind.POINTS and Kind.PERCENT in (f.old.kind, f.new.kind):
            yield PointsChange(link="explicit", cue=f.cue, change=f.size, old=f.old, new=f.new,
                               direction=f.direction)


# ------------------------------------------------------------------ shares

_QUALIFIER = re.compile(r"^\s*(?:of|among|in|for|at|on|from|across|between|per|a|an|each|higher|lower|more|"
                        r"less|up|down|over|under|above|below|to|than|respectively)\b")
_OF_WHOLE = re.compile(r"^\s*of\s+(?!its\b|their\b|his\b|her\b|our\b|each\b)(?:the\s+|all\s+|those\s+)?[a-z]")
# words that cannot stand between a list separator and a gapped share ("the opposition 38%")
_NOT_SUBJECT = frozenset("""to at by of from than in on for into with is are was were be been being will would
    could should may might has have had said says say do does did if when""".split())
_REST = re.compile(r"\b(?:the\s+rest|remaining|remainder|others?|everyone\s+else|all\s+other|"
                   r"the\s+balance)\b")
_RESIDUAL = re.compile(r"\b(?:undecided|unsure|not\s+sure|don't\s+know|do\s+not\s+know|did\s+not\s+know|"
                       r"didn't\s+know|no\s+opinion|neither|no\s+view|had\s+no\s+preference|would\s+not\s+say)\b")
_POLES = (
    (r"\bin\s+favou?r\b|\bsupport(?:ed|s)?\b|\bbacked\b|\bbacks\b|\bfor\b", r"\boppos(?:ed|e)\b|\bagainst\b"),
    (r"\bapprov(?:ed|e)\b", r"\bdisapprov(?:ed|e)\b"),
    (r"\bagree[ds]?\b", r"\bdisagree[ds]?\b"),
    (r"\bsatisfied\b", r"\bdissatisfied\b"),
    (r"\byes\b", r"\bno\b"),
    (r"\bleave\b", r"\bremain\b"),
    (r"\boptimistic\b", r"\bpessimistic\b"),
)
_NOT_SPLIT = re.compile(r"\b(?:respectively|each|if|unless|per\s+annum|a\s+year|annual|annually|rate|rates|yield|"
                        r"yields|interest|inflation|growth|margin|probability|chance|odds|likely)\b")


def _subject_only(doc: Document, prev: Mention, m: Mention) -> bool:
    """The words before a gapped share are a list separator and a short subject
    ("the opposition", "the Conservatives on")."""
    pre = _norm(doc.text[prev.end:m.start])
    item = re.split(r",|;|\band\b", pre)[-1]
    ws = _WORD.findall(item)
    if ws and ws[-1] in ("on", "at", "with"):
        ws = ws[:-1]
    return len(ws) <= 6 and not any(w in _NOT_SUBJECT or w in CHANGE_WORDS for w in ws)


_POLL = re.compile(r"\b(?:poll|polls|polling|survey|vote|votes|ballot|ballots|election|respondents|runoff|"
                   r"run-off|referendum|primary|caucus|"
                   r"electorate|voters)\b")


def _whole(head: str) -> str:
    return "shares " + " ".join(_WORD.findall(head)[:4])


def _bare(head: str) -> str:
    return head.strip(" .;:!?\"'”“)(-–—")


def _answer_options(sentence: str) -> bool:
    if _RESIDUAL.search(sentence):
        return True
    return any(re.search(a, sentence) and re.search(b, sentence) for a, b in _POLES)


def find_share_splits(doc: Document):
    in_frames = set()
    for f in frames(doc):
        in_frames.update((id(f.size), id(f.old), id(f.new)))
    by_sent: dict[int, list[Mention]] = {}
    for m in quantities(doc):
        by_sent.setdefault(m.sentence, []).append(m)
    for idx, ms in by_sent.items():
        sent = doc.sentences[idx]
        if sent.headline:
            continue
        run: list[Mention] = []
        for m in ms + [None]:
            if m is not None and m.kind == Kind.PERCENT:
                run.append(m)
                continue
            if m is not None and m.kind in (Kind.YEAR, Kind.DATE, Kind.WEEKDAY, Kind.TIME, Kind.ORDINAL,
                                            Kind.DURATION):
                continue
            if len(run) >= 2:
                rel = _split(doc, run, in_frames)
                if rel is not None:
                    yield rel
            run = []


def _split(doc: Document, run: list[Mention], in_frames: set) -> ShareSplit | None:
    sent = doc.sentences[run[0].sentence]
    sentence = _norm(doc.text[sent.start:sent.end])
    if _NOT_SPLIT.search(sentence):
        return None
    posts: list[str] = []
    for k, m in enumerate(run):
        if m.is_range or m.value is None or m.interval is None or id(m) in in_frames or m.compound \
                or m.value > 100:
            return None
        nxt = run[k + 1].start if k + 1 < len(run) else sent.end
        prev = run[k - 1].end if k else sent.start
        if any(r.name == "mag" for r in roles_for(doc, m, prev, nxt)):
            return None
        posts.append(_norm(doc.text[m.end:nxt]))
        if k:
            pre = _norm(doc.text[prev:m.start])
            # the words joining two shares: a list separator, no change and no figure
            if not re.search(r",|;|\band\b|\bwhile\b|\bwith\b", pre):
                return None
            if any(w in CHANGE_WORDS for w in _WORD.findall(pre)):
                return None
    # the text right after each share, up to the next list separator
    heads = [re.split(r",|;|\band\b|\bwhile\b|\bwith\b|\bbut\b", p, maxsplit=1)[0] for p in posts]
    last_pre = _norm(doc.text[run[-2].end:run[-1].start])
    last_item = re.split(r",|;|\band\b", last_pre)[-1]
    complete = bool(_REST.search(last_item)) and len(_WORD.findall(last_item)) <= 4
    qualified = [bool(_QUALIFIER.match(h)) for h in heads]
    bare = [not _bare(h) for h in heads]
    gapped = all(_subject_only(doc, run[k - 1], run[k]) for k in range(1, len(run)))
    cue = ""
    if gapped and _OF_WHOLE.match(heads[0]) and all(bare[1:]):
        cue = _whole(heads[0])  # "won 49% of the vote, the challengers 33% and ..."
    elif gapped and _OF_WHOLE.match(heads[-1]) and all(bare[:-1]):
        cue = _whole(heads[-1])  # "took 51%, Brook 32% and Carr 17% of the vote"
    elif gapped and _POLL.search(sentence) and all(bare[:-1]) and (bare[-1] or _OF_WHOLE.match(heads[-1])):
        cue = "poll shares"  # "the poll put the Greens on 27%, Labour on 25% and ..."
    elif not any(qualified[1:]) and not (qualified[0] and not _OF_WHOLE.match(heads[0])) \
            and _answer_options(sentence) and not any(bare):
        cue = "answers to one question"
    elif complete and not any(qualified[1:]) and gapped:
        cue = "the whole, ending with the rest"
    if not cue:
        return None
    return ShareSplit(link="explicit", cue=cue, shares=tuple(run), complete=complete)


FINDERS = (find_share_splits, find_percent_changes)

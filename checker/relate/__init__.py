"""``relate`` decides which figures claim something about each other.

Each family module (sums, breakdowns, shares, percents, changes, restatements,
transpositions, times, lists, dates, timelines, units, rates, comparisons; round 27: people_sets,
headline_bounds; round 33: remainders, poll_leads, restated_margins) exposes ``FINDERS``: functions ``Document -> Iterable[Relation]``.
Rules then decide whether a claim is contradicted.

A finder may declare what it needs of a document (``needs.needs``: mentions
of some kinds, a key word); ``relate`` reads each document's profile once
and calls only the finders whose needs it meets (the others could find
nothing there).
"""
from __future__ import annotations

import array
import contextlib
import marshal
import os
import re
import sys
from collections import Counter
from dataclasses import replace
from typing import Callable, Iterable

from ..model import Document, Relation
from .needs import Profile, declared

try:  # the regular-expression compiler's last step, to keep what it is given (see _stored_patterns)
    import _sre
    from re import _compiler as _re_compiler
except ImportError:  # pragma: no cover - another Python
    _sre = _re_compiler = None
# the flags of the patterns kept (no re.DEBUG: it prints when compiling)
_STORED_FLAGS = re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE | re.ASCII
# the array type code of the engine's code words
_CODE_WORD = next((t for t in "IL" if _sre is not None and array.array(t).itemsize == _sre.CODESIZE), None)


class _Recorder:
    """The engine module as the compiler sees it, keeping what its ``compile`` is given."""

    def __init__(self) -> None:
        self.seen: list[tuple] = []

    def __getattr__(self, name: str):
        return getattr(_sre, name)

    def compile(self, *args):
        compiled = _sre.compile(*args)
        self.seen.append((args, compiled))
        return compiled


def _compile_args(pattern: str, flags: int) -> tuple[tuple, re.Pattern] | None:
    """What ``re.compile(pattern, flags)`` hands to ``_sre.compile`` (the
    pattern, its flags, the compiled code, its groups), the code as the bytes
    of an array of the engine's code words (a list of ints takes twenty
    times longer to load), and the pattern it made; None when that cannot be
    read."""
    if _CODE_WORD is None or getattr(_re_compiler, "_sre", None) is not _sre:
        return None
    recorder = _Recorder()
    seen = recorder.seen
    _re_compiler._sre = recorder
    try:
        _re_compiler.compile(pattern, flags)
    except Exception:
        return None
    finally:
        _re_compiler._sre = _sre
    if len(seen) != 1 or len(seen[0][0]) != 6 or seen[0][0][0] != pattern:
        return None
    (_, all_flags, code, groups, groupindex, indexgroup), compiled = seen[0]
    args = pattern, int(all_flags), array.array(_CODE_WORD, code).tobytes(), groups, dict(groupindex), tuple(indexgroup)
    return args, compiled


def _compiled(args: tuple) -> re.Pattern:
    pattern, flags, code, groups, groupindex, indexgroup = args
    return _sre.compile(pattern, flags, array.array(_CODE_WORD, code).tolist(), groups, groupindex, indexgroup)


def _pattern_cache_path() -> str | None:
    """Where the finder modules' compiled patterns are kept: figcheck's folder
    in the user's cache (``$XDG_CACHE_HOME``, else ``~/.cache``), one file per
    Python and regular-expression engine; None (no cache) when the
    environment sets ``FIGCHECK_NO_CACHE``."""
    if os.environ.get("FIGCHECK_NO_CACHE") or _CODE_WORD is None:
        return None
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(home, "figcheck",
                        f"patterns.{sys.implementation.cache_tag}.{_sre.MAGIC}.{_sre.CODESIZE}.marshal")


@contextlib.contextmanager
def _stored_patterns():
    """The finder modules compile some 1,200 patterns when imported: two
    thirds of figcheck's start-up.  While they are imported, ``re.compile``
    called by a module of this package takes the compiled code from a file
    (see ``_pattern_cache_path``) kept by an earlier import and renewed
    whenever a pattern changes.  The patterns are the same ``re.Pattern``
    objects either way (the engine gets the very code it would compile):
    only the compiling is saved."""
    path = _pattern_cache_path()
    if path is None:
        yield
        return
    try:
        with open(path, "rb") as f:
            stored = marshal.load(f)
        if not isinstance(stored, dict):
            stored = {}
    except Exception:  # no file yet, or one that cannot be read: compiled as usual
        stored = {}
    used: dict = {}
    package = __name__ + "."
    compile_ = re.compile

    def compile_stored(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int) and not flags & ~_STORED_FLAGS \
                and sys._getframe(1).f_globals.get("__name__", "").startswith(package):
            key = (pattern, int(flags))
            args = stored.get(key)
            if isinstance(args, tuple) and len(args) == 6 and args[0] == pattern and isinstance(args[2], bytes):
                used[key] = args
                return _compiled(args)
            made = _compile_args(pattern, flags)  # not kept yet: compiled once, its code recorded
            if made is not None:
                used[key] = made[0]
                return made[1]
        return compile_(pattern, flags)

    re.compile = compile_stored
    try:
        yield
    finally:
        re.compile = compile_
    if used != stored:  # a pattern new or changed (or gone): the file renewed with those of this import
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            temporary = f"{path}.{os.getpid()}.tmp"
            try:
                with open(temporary, "wb") as f:
                    marshal.dump(used, f)
                os.replace(temporary, path)
            finally:
                if os.path.exists(temporary):
                    os.remove(temporary)
        except (OSError, ValueError):
            pass


with _stored_patterns():
    from . import breakdowns, changes, comparisons, dates, lists, percents, restatements, shares, sums, times, timelines, transpositions, units
    from . import rates
    from . import ages_then_first, day_steps, death_ages
    from . import headline_bounds, people_sets
    from . import level_told_before, restated_changes, restated_events, scoring
    from . import combined_terms, tally_sides
    from . import cost_shares, multiple_told_before
    from . import consecutive_terms, each_paid, fraction_parts, goal_scorers, headline_periods
    from . import poll_leads, remainders
    from . import restated_margins
    from . import lead_measure_slips, lead_total_lists
    from . import restated_quantities
    from . import restated_tallies
    from . import same_sentence_slips
    from . import ordinal_parts
    from . import change_components
    from . import restated_rounds
    from . import race_gaps
    from . import compared_gaps
    from . import rate_on_base
    from . import share_triangles
    from . import closed_lists
    from . import applied_rates
    from . import restated_owned
    from . import loose_breakdowns
    from . import restated_acts
    from . import restated_tolls
    from . import subject_level_moves
    from . import restated_costs
    from . import restated_capacities
    from . import innings
    from . import restated_sizes
    from . import restated_readings
    from . import headline_shares
    from . import restated_times
    from . import restated_scores
    from . import restated_amounts
    from . import restated_gerunds
    from . import restated_ordinals
    from . import lost_shares
    from . import restated_works
    from . import restated_areas
    from . import dated_levels
    from . import change_flows
    from . import pointed_swaps
    from . import restated_dates
    from . import pronoun_shares

Finder = Callable[[Document], Iterable[Relation]]

FINDERS: tuple[Finder, ...] = (
    sums.FINDERS + breakdowns.FINDERS + shares.FINDERS + percents.FINDERS + changes.FINDERS
    + restatements.FINDERS + transpositions.FINDERS + times.FINDERS + lists.FINDERS + dates.FINDERS + day_steps.FINDERS + death_ages.FINDERS + ages_then_first.FINDERS + timelines.FINDERS + units.FINDERS + rates.FINDERS + comparisons.FINDERS
    + people_sets.FINDERS + headline_bounds.FINDERS + restated_changes.FINDERS + restated_events.FINDERS
    + level_told_before.FINDERS + scoring.FINDERS + changes.LATE_FINDERS + tally_sides.FINDERS
    + remainders.FINDERS + poll_leads.FINDERS
    + combined_terms.FINDERS + cost_shares.FINDERS + multiple_told_before.FINDERS
    + consecutive_terms.FINDERS + headline_periods.FINDERS + each_paid.FINDERS
    + fraction_parts.FINDERS + goal_scorers.FINDERS + restated_margins.FINDERS
    + lead_measure_slips.FINDERS + lead_total_lists.FINDERS
    + restated_quantities.FINDERS + restated_tallies.FINDERS + same_sentence_slips.FINDERS + ordinal_parts.FINDERS
    + change_components.FINDERS + restated_rounds.FINDERS + race_gaps.FINDERS + compared_gaps.FINDERS + rate_on_base.FINDERS
    + share_triangles.FINDERS + closed_lists.FINDERS + applied_rates.FINDERS
    + restated_owned.FINDERS + loose_breakdowns.FINDERS + restated_acts.FINDERS + restated_tolls.FINDERS
    + subject_level_moves.FINDERS + restated_costs.FINDERS + restated_capacities.FINDERS
    + innings.FINDERS + restated_sizes.FINDERS + restated_readings.FINDERS
    + headline_shares.FINDERS + restated_times.FINDERS + restated_scores.FINDERS + restated_amounts.FINDERS
    + restated_gerunds.FINDERS + restated_ordinals.FINDERS + lost_shares.FINDERS + restated_works.FINDERS
    + restated_areas.FINDERS + dated_levels.FINDERS + change_flows.FINDERS + pointed_swaps.FINDERS
    + restated_dates.FINDERS + pronoun_shares.FINDERS
)

# each finder with what it declared it needs of a document (see ``needs``)
_DECLARED = tuple((finder, declared(finder)) for finder in FINDERS)
# (round 56, speed) the distinct declarations (most finders share theirs with another, or declare nothing), and each
# finder with the index of its own among them: a document's profile is asked once per declaration, not per finder
_DECLARATIONS: tuple = tuple(dict.fromkeys(needs for _, needs in _DECLARED))
_PLAN = tuple((finder, _DECLARATIONS.index(needs)) for finder, needs in _DECLARED)


# News sentences hold at most a couple of dozen figures (24 in the 2,116
# corpus articles); a "sentence" with more is a table or a dump of numbers,
# where no figure claims anything about another and the pairwise work of the
# finders would grow with the square of its size.
MAX_FIGURES_PER_SENTENCE = 40


def relate(doc: Document, *, every_finder: bool = False) -> list[Relation]:
    """Every relation the finders see, less those touching page chrome
    (captions, video lists, credits): figures there never relate; nor do
    those of a sentence with more than ``MAX_FIGURES_PER_SENTENCE``.
    A finder whose declared needs (``needs.needs``) the document lacks is
    not called (it could find nothing); ``every_finder`` calls them all."""
    if len(doc.mentions) > MAX_FIGURES_PER_SENTENCE:  # (fewer in all: no sentence holds more, none counted)
        per_sentence = Counter(m.sentence for m in doc.mentions)
        dense = {s for s, n in per_sentence.items() if n > MAX_FIGURES_PER_SENTENCE}
        if dense:
            doc = replace(doc, mentions=tuple(m for m in doc.mentions if m.sentence not in dense))
    doc = _with_dashes_read(doc)
    chrome = {s.index for s in doc.sentences if s.chrome}
    relations: list[Relation] = []
    if every_finder:
        allowed = [True] * len(_DECLARATIONS)
    else:
        allows = Profile(doc).allows
        allowed = [allows(needs) for needs in _DECLARATIONS]  # (no needs: allowed)
    for finder, k in _PLAN:
        if not allowed[k]:
            continue
        if not chrome:  # (round 32, speed: most documents have no chrome, and nothing to leave out)
            relations.extend(finder(doc))
            continue
        for relation in finder(doc):
            if not any(m.sentence in chrome for m in relation.members() if m is not None):
                relations.append(relation)
    return _without_numbers_as_parts(_without_share_as_multiple(doc, _without_fallback_lists(_without_fallback_shares(
        _without_repeated_ages(_without_second_readings(_without_fallback_moves(_without_spans_marked(
            remainders.with_rest_left(doc, relations)))))))))


def _without_spans_marked(relations: list[Relation]) -> list[Relation]:
    """(round 58) "will mark 150 years since its first edition in 1879", published in 2025: read as an anniversary
    whose years are not the whole years between, the span reading (which rounds "150 years" as written and would
    call it consistent) stands down; where the anniversary agrees, both stay."""
    marked = {(r.phrase.start, r.phrase.end) for r in relations
              if isinstance(r, dates.Anniversary) and r.phrase is not None and r.ref_year - r.start_year != r.stated}
    if not marked:
        return relations
    return [r for r in relations if not (isinstance(r, dates.YearSpan) and r.duration is not None
                                         and (r.duration.start, r.duration.end) in marked)]


# (round 47) an en dash between two letters joins a name ("the Port Halloran–Skerrin route"), breaking nothing; a
# double hyphen between spaces is a dash (wire style: "in the quarter -- 21.2 mln to Japan").  (Speed: each
# alternative opens with its dash and looks behind it after, so that the engine skips to the dashes instead of
# trying a look-behind at every character of the text; the same matches as with the look-behind first.)
_DASH_SPELLINGS = re.compile(r"–(?<=[^\W\d_]–)(?=[^\W\d_])|--(?<=\s--)(?=\s)")


def _with_dashes_read(doc: Document) -> Document:
    """The document as the finders read it: each dash spelt as the one the finders know, each replacement as long
    as what it replaces, so every offset holds (the text shown to the user is never this one)."""
    text = doc.text
    if "–" not in text and "--" not in text:
        return doc
    read = _DASH_SPELLINGS.sub(lambda m: "-" if m.group() == "–" else " -", text)
    return doc if read == text else replace(doc, text=read)


def _without_numbers_as_parts(relations: list[Relation]) -> list[Relation]:
    """(round 47) Things known by their numbers and listed for a count ("seven services - the 4, 4A, 11, 12, 19, 27
    and 31") are the count's items, which the list finder counts: the same numbers are no parts to add up to it."""
    numbered = {(r.count.start, r.count.end): (r.items[0].start, r.items[-1].end) for r in relations
                if isinstance(r, lists.ListedItems) and r.cue == lists.NUMBERED_CUE and r.count is not None and r.items}
    if not numbered:
        return relations

    def names_the_items(r: Relation) -> bool:
        if not isinstance(r, sums.PartsOfWhole) or r.total is None:
            return False
        span = numbered.get((r.total.start, r.total.end))
        return span is not None and all(span[0] <= p.start and p.end <= span[1] for p in r.parts)

    return [r for r in relations if not names_the_items(r)]


def _without_share_as_multiple(doc: Document, relations: list[Relation]) -> list[Relation]:
    """(round 42) A fraction read as a share of a whole the text names as a total ("£2.1bn, a quarter of the total of
    £6.4bn", "of the £6.4bn total") is not also a multiple between two levels of one thing: the share's reading
    stands, the multiple's stands down on the same three figures (not "38 homes, only half the 96 of the year before":
    two levels, which the multiple reads)."""
    shared = {(r.share.start, r.part.start, r.base.start) for r in relations
              if isinstance(r, shares.ShareOf) and r.share is not None and r.part is not None and r.base is not None}
    if not shared:
        return relations
    return [r for r in relations if not (isinstance(r, changes.MultipleChange)
                                         and (r.multiple.start, r.new.start, r.old.start) in shared
                                         and _WHOLE_NAMED_TOTAL.search(doc.text, r.multiple.end, r.old.end + 12))]


# (round 42) the base named as a whole: "of the total of", "of the £6.4bn total", "of all", "overall"
_WHOLE_NAMED_TOTAL = re.compile(r"\b(?:total|all|overall|combined|entire|whole)\b", re.I)


def _without_fallback_moves(relations: list[Relation]) -> list[Relation]:
    """(round 40) A percentage another change finder reads keeps its reading: the finder of a subject's level moved
    by it, a fallback, stands down."""
    if not any(r.cue == subject_level_moves.CUE for r in relations):
        return relations
    read = {(r.change.start, r.change.end) for r in relations
            if isinstance(r, (percents.PercentChange, percents.StepPercentChange))
            and r.cue != subject_level_moves.CUE and r.change is not None}
    return [r for r in relations if not (r.cue == subject_level_moves.CUE and (r.change.start, r.change.end) in read)]


def _without_fallback_lists(relations: list[Relation]) -> list[Relation]:
    """(round 38) A total or part the sum finders relate already keeps their reading: the closed-list finder, a
    fallback, stands down on it -- unless they read the very same list as partial, which the rest closes.
    (round 39) The loose-breakdown finder, the last fallback, stands down on a figure any other reads -- unless
    it reads its list as complete and they all read a partial list under its total, one of its parts or a total
    in an earlier sentence."""
    fallback = [r for r in relations if isinstance(r, sums.PartsOfWhole) and r.cue == closed_lists.CUE]
    loose = [r for r in relations if isinstance(r, sums.PartsOfWhole) and r.cue == loose_breakdowns.CUE]
    if not fallback and not loose:
        return relations
    others = [r for r in relations if isinstance(r, sums.PartsOfWhole)
              and r.cue != closed_lists.CUE and r.cue != loose_breakdowns.CUE]
    dropped = set()
    for f in fallback:
        spans = {(m.start, m.end) for m in f.members()}
        touching = [r for r in others if spans & {(m.start, m.end) for m in r.members() if m is not None}]
        if touching and all(not r.complete and _pair(r) == _pair(f) for r in touching):
            dropped |= {id(r) for r in touching}  # the same list read as partial: the rest closes it
        elif touching:
            dropped.add(id(f))
    kept = [r for r in others if id(r) not in dropped] + [f for f in fallback if id(f) not in dropped]
    explicit: dict = {}
    for f in loose:
        spans = {(m.start, m.end) for m in f.members()}
        touching = [r for r in kept if spans & {(m.start, m.end) for m in r.members() if m is not None}]
        if touching and f.complete and all(not r.complete and r.total is not None
                                           and ((r.total.start, r.total.end) in spans
                                                or r.total.sentence < f.total.sentence) for r in touching):
            # the same total's list read as partial, which the text closes; one of its parts read as the whole
            # of the others ("The callouts comprised 41 grass fires, 29 house fires and 24 car fires"); or a
            # total further off ("... £2.1 million ... the £5.1 million came from four main sources: ...")
            dropped |= {id(r) for r in touching}
            if any(r.link == "explicit" and r.total is not None and (r.total.start, r.total.end)
                   == (f.total.start, f.total.end) for r in touching):
                explicit[id(f)] = replace(f, link="explicit")  # the link the sum finders read stands
        elif touching:
            dropped.add(id(f))
    return [explicit.get(id(r), r) for r in relations if id(r) not in dropped]


def _without_fallback_shares(relations: list[Relation]) -> list[Relation]:
    """(round 38) A share the share finders relate already keeps their reading: the share-triangle and applied-rate
    finders, fallbacks, stand down on it."""
    cues = (share_triangles.CUE, applied_rates.CUE)
    fallback = [r for r in relations if isinstance(r, shares.ShareOf) and r.cue in cues]
    if not fallback:
        return relations
    read = {(r.share.start, r.share.end) for r in relations if isinstance(r, shares.ShareOf)
            and r.cue not in cues and r.share is not None}
    read |= {(m.start, m.end) for r in relations if isinstance(r, percents.ShareSplit) for m in r.shares}
    dropped = {id(r) for r in fallback if (r.share.start, r.share.end) in read}
    return [r for r in relations if id(r) not in dropped]


def _without_second_readings(relations: list[Relation]) -> list[Relation]:
    """A pair of figures already read as one restated quantity keeps only its
    first reading: the digit-slip finder, a fallback, stands down where a
    restatement finder (headline, definite, ...) has linked the same two; so does
    (round 38) the owner's-possessive finder, where any other has; (round 39) so does the finder of the act's
    noun ("paid €90m ... The €80m fee"), where any other restatement or slip reads the same two; (round 40) so does
    the death-toll finder ("killed 17 ... the death toll of 19"); (round 42) a measure restatement stands down on a
    measure and its converted value; (round 43) so does the reading finder ("reached 38.7C ... The 36.8C reading");
    (round 46) the bare reading of a size by its unit stands down where the size of the thing is read; (round 57)
    the pointed-back swap (``pointed_swaps``) stands down where any other restatement reads its second figure, and
    (round 61) so does the nearby definite swap (``transpositions.find_nearby_definite_swaps``); (round 62) a swap read
    in a quote (``restatements.find_quoted_restatements``) stands down where the slip finder reads the same two."""
    read_late = (restated_acts.CUE, restated_tolls.CUE, restated_readings.CUE, restated_times.CUE,
                 restated_scores.CUE, restated_amounts.CUE, restated_gerunds.CUE)
    fallbacks = (transpositions.DigitSlip, restated_owned.OwnedRestatement)
    # (round 42) a measure and its conversion in brackets are read by the conversion finder: "spans 1.2 miles (3.1km)"
    # is one wrong conversion, not also a length restated
    converted = {frozenset(_pair(r)) for r in relations if isinstance(r, units.Conversion)}
    if converted:
        relations = [r for r in relations if not (isinstance(r, restatements.MeasureRestatement)
                                                  and frozenset(_pair(r)) in converted)]
    # (round 46) a size read as the size of the thing ("the 38-foot yacht": FC404) stands before the bare reading of
    # the same two figures by their unit ("the same foot": FC402)
    sized = {_pair(r) for r in relations if isinstance(r, restatements.MeasureRestatement)}
    if sized:
        relations = [r for r in relations if not (type(r) is restatements.DefiniteRestatement and _pair(r) in sized)]
    restated = {_pair(r) for r in relations
                if isinstance(r, restatements.Restatement) and not isinstance(r, fallbacks)
                and r.cue not in read_late}
    slips = {_pair(r) for r in relations if isinstance(r, transpositions.DigitSlip)
             and r.cue != transpositions.NEARBY_SWAP_CUE}  # (round 61: the loosest slip stands down, below)
    # (round 57) the loosest slip reading stands down where any other restatement reads its second figure
    # (round 61) and so does the nearby definite swap (``transpositions.find_nearby_definite_swaps``)
    loosest = (pointed_swaps.CUE, transpositions.NEARBY_SWAP_CUE)
    if any(r.cue in loosest for r in relations if isinstance(r, restatements.Restatement)):
        read = {(m.start, m.end) for r in relations if isinstance(r, restatements.Restatement)
                and r.cue not in loosest for m in r.members() if m is not None}
        relations = [r for r in relations if not (isinstance(r, restatements.Restatement) and r.cue in loosest
                                                  and (r.second.start, r.second.end) in read)]
        # (round 63) and where both loose readings take the same pair, the pointed one speaks for it
        pointed = {_pair(r) for r in relations if isinstance(r, restatements.Restatement) and r.cue == loosest[0]}
        relations = [r for r in relations if not (isinstance(r, restatements.Restatement) and r.cue == loosest[1]
                                                  and _pair(r) in pointed)]
    quoted_swaps = any(isinstance(r, transpositions.DigitSlip) and r.cue == "quote" for r in relations)
    if quoted_swaps:
        read_as_slips = {_pair(r) for r in relations if isinstance(r, transpositions.DigitSlip) and r.cue != "quote"}
        relations = [r for r in relations if not (isinstance(r, transpositions.DigitSlip) and r.cue == "quote"
                                                  and _pair(r) in read_as_slips)]
    return [r for r in relations
            if not (isinstance(r, transpositions.DigitSlip) and _pair(r) in restated
                    or isinstance(r, restated_owned.OwnedRestatement) and (_pair(r) in restated or _pair(r) in slips)
                    or isinstance(r, restatements.Restatement) and r.cue in read_late
                    and (_pair(r) in restated or _pair(r) in slips))]


def _without_repeated_ages(relations: list[Relation]) -> list[Relation]:
    """(round 19) A pair of figures the dates module already relates as ages (``AgeBirth`` / ``AgeThen``) keeps
    that reading: the person timeline over the same figures, a fallback, stands down."""
    ages = (dates.AgeBirth, dates.AgeThen)
    timeline = [r for r in relations if isinstance(r, ages) and r.cue == timelines.TIMELINE_CUE]
    if not timeline:
        return relations
    told = {frozenset(id(m) for m in r.members()) for r in relations
            if isinstance(r, ages) and r.cue != timelines.TIMELINE_CUE}
    return [r for r in relations if not (isinstance(r, ages) and r.cue == timelines.TIMELINE_CUE
                                         and frozenset(id(m) for m in r.members()) in told)]


def _pair(r: Relation) -> tuple:
    return tuple((m.start, m.end) for m in r.members() if m is not None)

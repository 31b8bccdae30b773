"""Find every numeric mention in a document.

The document is lexed once with the grammar's own terminals.  At each token
that can begin a mention (the parser's first set) and has an anchor (a
digit, a number word, a month...: see ``checker.lexer``) close enough after
it, the LALR parser is fed tokens one by one; the longest prefix that
parses -- and that the Transformer accepts -- is the mention.  Work is linear in the number of
tokens: an attempt reads at most ``MAX_MENTION_TOKENS`` tokens.

Then each parse is classified in context (a "2016" in "since 2016" is a
year, "COVID-19" is a name, "3-1" after "won" is a score), given the
interval its rounding and hedge imply, and the noun it counts.  A score
against par ("14-under 274") is exact, its "under" no bound.  Thousands in words right before hundreds in words
are one figure ("one thousand two hundred", round 21: ``_join_thousands``); a pair's upper end of whole hundreds
in words takes the "and thirty" after it ("from ninety to a hundred and thirty", round 22: ``_join_hundreds``); "over"
after "hand" is the verb's particle, no hedge ("ordered to hand over £1,995.33", round 22:
``hedges.OVER_PARTICLE_VERBS``).  A year before a spaced dash and a scaled figure with a unit is the year, no range
("as it did in 2010 - 6.3 million tonnes", round 23: ``_descending_scaled``).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import replace
from fractions import Fraction
from operator import itemgetter
from typing import Any

from lark.parsers.lalr_analysis import Shift

from . import hedges
from .grammar import mention_parser
from .lexer import Tok, scanner
from .interval import Interval
from .model import Kind, Mention, Sentence, Span, new_mention
from .transform import _EXACT_HEDGES, CURRENCIES, NATIONAL_CURRENCIES, WORD_VALUES, Parsed, Reject, _with
# the kinds as module globals (speed: see checker.transform)
from .transform import (_K_AGE, _K_CODE, _K_COUNT, _K_DATE, _K_DURATION, _K_FRACTION, _K_MEASURE, _K_MONEY,
                        _K_MULTIPLE, _K_SCORE, _K_YEAR)

MAX_MENTION_TOKENS = 12

# words that end a noun phrase after a figure
_STOP = frozenset(
    """of in for to from were was are is be been being have has had and or but nor the a an on at by with
    who whom whose which that said says say since as than this these those its their his her our your
    my into onto over under about after before during while when where per each more less most least
    up down out off also only just some all both other another such not no yes it they he she we you
    i will would could should may might can must do does did than then there here so if because
    across against among around between through toward towards upon via within without according
    compared including excluding since until till ago earlier later last next this year years
    came comes goes went inside outside beyond beside alongside
    represents represent represented
    previously respectively apiece altogether beforehand formerly originally initially currently
    ashore aboard""".split()
    # (round 29) "This year's figure of 1,218 represents a fall of 332"; (round 47) adverbs, never the thing counted:
    # "to 1.14 billion stg from 953 mln previously"; (round 50) "brought 386 people ashore": adverbs of place
)
# (round 59) adverbs of place right after a figure: "0.53 million around A and 0.27 million elsewhere"
_PLACE_ADVERBS = frozenset("elsewhere abroad nationwide worldwide".split())
_NOUNS_IN_ED = frozenset({"bed", "shed", "seed", "feed", "red", "need", "speed", "breed", "deed"})
# participles that news uses as nouns after a figure: "14 injured", "300 displaced"
_PARTICIPLE_NOUNS = frozenset("""injured wounded killed detained arrested displaced employed unemployed
    infected vaccinated unvaccinated insured uninsured affected evacuated rescued accused disabled retired
    married surveyed polled questioned interviewed registered confirmed suspected""".split())
# (round 32) irregular participles, no nouns when a preposition places them: "8,100 hidden in lorries", "40 taken to
# hospital", "300 held in custody" (but "12 hidden cameras")
_IRREGULAR_PARTICIPLES = frozenset("""hidden taken driven given stolen seen shown written sent kept caught brought
    held stuck thrown flown sworn chosen beaten born swept spread struck""".split())
_PLACING_PREPOSITIONS = frozenset("""in into on onto at to from by inside under behind over aboard off through
    across near within outside out away down up back home""".split())
_BE = frozenset({"were", "was", "are", "is", "be", "been"})
# words before a number that make it a name or a reference, not a quantity
_NAME_PREFIXES = frozenset(
    """category level interstate flight route chapter article section apollo room platform junction
    junctions exit exits gate no no. number grade stage phase tier version class type pad channel
    table page highway bus paragraph clause resolution formula iphone galaxy boeing airbus series
    season episode covid sars mk precinct terminal
    categories platforms pages chapters sections stages grades tiers terminals levels phases clauses
    paragraphs wards rooms gates bays
    lot lots berth berths""".split()  # (round 28: a plural label before its numbers, "in categories
    # 3 and 4"; round 35: "closed five wards - wards 3 and 7, ..."; round 56: an auction's "Lot 43", a ship's "berth 9")
)
# the periods and contests named by their number: "in week two", "on day 3", "in round four" -- only where the
# number ends the phrase ("a week 300 people ...", "each day 40 more" count)
_PERIOD_NAME_PREFIXES = frozenset("week day round game leg lap heat month".split())
# ... after a preposition or a joint ("in week two", "and round 3"; not "the final day 13,300", "a day 40")
_PERIOD_NAME_LEADS = frozenset("in on of from by after before until since to into at during through for and or".split())
_PERIOD_NAME_END = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:and|or|to|in|at|on|against|when|where|with|of\s+the)\b")
# a name prefix after a modal or "to" is a verb: "will stage nine productions", "to table three motions" (round 16)
_MODAL_BEFORE_VERB = frozenset("will would can could may might shall should must to".split())

# (round 43) "number" as a verb before a count: "agents now number 18,600", "they still number about 40" -- an
# adverb before it, or a figure grouped in thousands (no reference number is written "number 18,600")
_NUMBER_VERB_ADVERBS = frozenset("now still already together combined collectively currently once today".split())


_THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _number_as_verb(before: list[str], raw: str) -> bool:
    return "," in raw or (len(before) >= 2 and before[-2] in _NUMBER_VERB_ADVERBS)

_SCORE_WORDS = frozenset({"won", "beat", "beating", "lost", "losing", "drew", "defeated", "defeat",
                          "victory", "win", "lead", "led", "trailed", "score", "scored", "draw", "thrashed"})
_CHANGE_WORDS = frozenset(
    """from by rose rise rising risen fell fall falling fallen increased increase increasing decreased
    decrease decreasing grew grow growing grown dropped drop dropping declined decline declining jumped
    jump jumping climbed climb climbing soared soar surged surge slumped slump plunged plunge cut cuts
    raised raise raising lowered lower up down gained gain lost slipped slip edged widened narrowed
    doubled halved tripled
    tumbled tumbling sank sinking slid sliding dipped dipping plummeted plummeting plunging rallied leapt leaped
    advanced""".split()  # (the second line: round 16, "tumbled 38p to 164p" is a fall and a level, no range)
)
_LENGTH_UNITS = frozenset({"ft", "feet", "foot", "miles", "mile", "mi", "yards", "yard", "inches", "inch", "in"})
# the races and their results: "the 400m hurdles", "a 200m final", "the 800m title"
_RACE_WORDS = frozenset("""hurdles relay relays freestyle backstroke breaststroke butterfly medley sprint
    sprinter sprinters race races final finals heat heats semi-final semi-finals semifinal title champion
    championship dash steeplechase gold silver bronze medal medals medallist medalist runner runners
    swimmer swimmers event""".split())
# four digits or more before "m": "10,000m", "1500m" (ten billion is never written so)
_LONG_M = re.compile(r"\d{1,3}(?:,\d{3})+m|\d{4,5}m")
# "the 100m", "a 400m", "over 800m": the standard distances of athletics and swimming
_RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
_DISTANCE_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|\s+to|\s*[-–])\s*")
# things measured in metres: "a 50m pool", "the 30m drop"
_METRE_THINGS = frozenset("""pool wall tower drop fall cliff stretch section span bridge tunnel course climb radius
    yacht boat ship wave crater hole pipeline track swim dive jump throw gap crane mast statue sinkhole""".split())
_METRE_WORDS = frozenset({"metre", "metres", "meter", "meters"})
# "4.5m-high", "a 30m-long wall"
_M_HIGH = re.compile(r"\dm-(?:high|tall|long|deep|wide|thick)$")
_METRE_CONTEXT = frozenset({"tall", "high", "long", "deep", "wide", "above", "below", "away", "high.", "sea"})


@functools.lru_cache(maxsize=None)
def _first_set() -> frozenset[str]:
    lark = mention_parser()
    terminals = {str(t.name) for t in lark.terminals}
    return frozenset(name for name in lark.parse_interactive(None, start="start").choices() if name in terminals)


class _Tables:
    """The LALR tables and Transformer callbacks of ``mention_parser()``.

    ``_longest_parse`` drives them itself, with exactly the steps of Lark's
    ``ParserState.feed_token``: Lark's interactive parser costs a parser
    object, a copy of it at every place a mention may end and a lark Token
    for every token looked at; here the two stacks are plain lists, copied
    by slicing, and a lark Token is made only for a token that is shifted.

    ``table[state][symbol]`` is Lark's action table with each action
    unpacked once: an ``int`` (shift to, or go to, that state) or a tuple
    ``(size, callback, origin)`` (reduce by a rule of ``size`` symbols),
    so that a step hashes no lark ``Rule`` and reads no attributes."""

    def __init__(self) -> None:
        conf = mention_parser().parse_interactive(None, start="start").parser_state.parse_conf
        callbacks = conf.callbacks
        self.table = {
            state: {symbol: (arg if action is Shift
                             else (len(arg.expansion), callbacks[arg], arg.origin.name))
                    for symbol, (action, arg) in row.items()}
            for state, row in conf.states.items()}
        # terminals with a callback of their own (the Transformer has none now)
        self.token_callbacks = {name: cb for name, cb in callbacks.items() if isinstance(name, str)}
        self.start_state = conf.start_state
        self.end_state = conf.end_state
        # the state after shifting a first token from the start state (the terminals the start state shifts):
        # a parse whose next token that state cannot take, nor end at, fails there (see ``_longest_parse``)
        self.after_first = {symbol: action for symbol, action in self.table[self.start_state].items()
                            if action.__class__ is int}


@functools.lru_cache(maxsize=None)
def _tables() -> _Tables:
    return _Tables()


class _NoParse(Exception):
    """The token cannot continue the mention (Lark's UnexpectedToken)."""


def lex(text: str) -> list[Tok]:
    """Tokens of the whole text, by the grammar's own terminals."""
    return scanner().scan(text)


def extract(text: str, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    scan = scanner()
    first = _first_set()
    anchors = scan.anchors
    mentions: list[Mention] = []
    for sent in sentences:
        # About half of news text lies in sentences without a figure, a
        # date or a number word: a cheap test skips them unlexed.
        if not scan.may_hold_anchor(text, sent.start, sent.end):
            continue
        tokens = scan.scan_tuples(text, sent.start, sent.end)
        stop = len(tokens)
        # A mention starting at i lies within tokens[i:i + MAX_MENTION_TOKENS]
        # and holds an anchor token (see checker.lexer), so a parse is only
        # attempted where one is that close: most hedge words and articles
        # ("a", "about", "some") have none, and their attempts were half of all.
        anchor_at = [k for k, tok in enumerate(tokens) if tok[0] in anchors]
        if not anchor_at:
            continue
        found: list[tuple[Parsed, int, int]] = []
        i = 0  # the next start to try: tokens before it are behind or inside a mention found
        for anchor in anchor_at:
            # the starts with this anchor close enough ahead, in text order:
            # the tokens far from every anchor are never looked at
            i = max(i, anchor - MAX_MENTION_TOKENS + 1)
            while i <= anchor:
                if tokens[i][0] not in first:
                    i += 1
                    continue
                parsed, end = _longest_parse(tokens, i, stop)
                if parsed is not None and parsed.hedge == "up to" and i > 0 and i + 2 < stop \
                        and (tokens[i - 1][1].lower() in hedges.MOVE_VERBS or tokens[i - 1][1].lower() in hedges.SUM_VERBS) \
                        and not (i > 1 and tokens[i - 2][1].lower() in _MODALS):
                    # "will go up to £9,535 from £9,250": the level a change reaches, not "at most"
                    parsed, end = _longest_parse(tokens, i + 2, stop)
                if parsed is not None and parsed.hedge == "over" and i > 0 and i + 1 < stop \
                        and tokens[i - 1][1].lower() in hedges.OVER_PARTICLE_VERBS:
                    # "ordered to hand over £1,995.33": the verb's particle, not "more than"
                    parsed, end = _longest_parse(tokens, i + 1, stop)
                    if parsed is None:
                        i += 1
                        continue
                    i += 1
                if parsed is not None and parsed.pair == "to" and end < stop and tokens[end][1] in _MONTH_WORDS \
                        and tokens[end - 1][0] == "DIGITS":
                    # "the 52 weeks to 28 December": the period's last day, not a range's other end
                    to_at = max(k for k in range(i, end) if tokens[k][0] == "TO")
                    if tokens[to_at - 1][0] != "DIGITS":  # "from 10 to 28 May": days, left as they were
                        parsed, end = _longest_parse(tokens, i, to_at)
                if parsed is not None and parsed.kind == _K_FRACTION and end - i == 2 and parsed.value is not None \
                        and parsed.value >= 1 and tokens[end - 1][1].lower() in _PERIOD_FRACTIONS:
                    # (round 46) "22, 27, 25 and 21 points in the four quarters": so many periods of a game, no
                    # fraction of a whole -- the count, then its noun
                    parsed, end = _longest_parse(tokens, i, end - 1)
                if parsed is not None and end - 1 > i and end + 1 < stop and _unit_opens_compound(tokens, end):
                    # (round 46) "3.1 million day-trippers", "20 week-enders": the unit word opens a hyphened
                    # noun, no length of time -- the figure counts the noun
                    parsed, end = _longest_parse(tokens, i, end - 1)
                if parsed is None:
                    i += 1
                else:
                    found.append((parsed, i, end))
                    i = end  # a mention never ends where it starts
        mentions.extend(_to_mentions(text, tokens, found, sent, 0, stop))
    _metres_after_metres(text, mentions)
    _aged_lists(text, mentions)
    _currency_carried(text, mentions)
    _days_of_dates(text, mentions)
    _places_not_fractions(text, mentions)
    _scores_against_par(text, mentions)
    if any(m.kind == Kind.WEEKDAY for m in mentions):
        mentions = [m for m in mentions if not (m.kind == Kind.WEEKDAY and _NAMED_DAY_BEFORE.search(text, max(0, m.start - 12),
                                                                                                   m.start))]
    if any(m.kind == _K_FRACTION for m in mentions):
        mentions = [m for m in mentions if not (m.kind == _K_FRACTION and m.text.lower() == "half"
                                                and _NAMED_HALF_AFTER.match(text, m.end))]
        # (round 55) "an hour and a quarter": one length the grammar does not read whole; neither the hour nor the
        # quarter is a figure of its own
        mentions = [m for m in mentions if not _unit_and_a_part(text, m)]
    return tuple(_national_currency(_local_dollars(mentions)))


def _unit_and_a_part(text: str, m: Mention) -> bool:
    """(round 55) "an hour" before "and a quarter", or the "a quarter" after "an hour and"."""
    if m.kind in (_K_DURATION, _K_FRACTION) and m.text.lower().startswith(("a ", "an ")) \
            and _PART_OF_A_UNIT.match(text, m.end):
        return True
    return m.kind == _K_FRACTION and _A_UNIT_AND.search(text, max(0, m.start - 20), m.start) is not None


_PART_OF_A_UNIT = re.compile(r"\s+and\s+(?:a\s+quarter|three[- ]quarters|a\s+third|two[- ]thirds)\b", re.I)
_A_UNIT_AND = re.compile(r"\ban?\s+(?:hour|minute|day|week|month|year|mile|metre|kilometre)\s+and\s+$", re.I)


# (round 49) "half" naming a kind of thing, no share of anything: "a half marathon", "the half-time whistle", "a half
# brother", "half term"
_NAMED_HALF_AFTER = re.compile(r"[- ](?:marathons?|time|term|brothers?|sisters?|siblings?|volley|nelson|back|backs|"
                               r"pipe|pipes|mast)\b", re.I)


# the fraction words that also name the periods of a game or a year: "the four quarters", "both halves"
_PERIOD_FRACTIONS = frozenset({"quarters", "halves", "thirds"})


@functools.cache
def _time_unit_types() -> frozenset[str]:
    """The token types of the grammar's ``time_unit`` rule ("DAY", "WEEKS", ...: ``grammars/units.lark``)."""
    return frozenset(str(symbol.name) for rule in mention_parser().rules if str(rule.origin.name).endswith("time_unit")
                     for symbol in rule.expansion)


# what a unit may be hyphened to and still tell a length or an age: "hour-long", "year-old", "day-and-a-half"
_UNIT_COMPOUND_OK = frozenset("old olds long plus and odd a by on".split())


def _unit_opens_compound(tokens: list, end: int) -> bool:
    """The parse ends on a time unit joined by a hyphen, with no space, to a word after it ("day-trippers")."""
    unit, dash, word = tokens[end - 1], tokens[end], tokens[end + 1]
    return unit[0] in _time_unit_types() and dash[1] == "-" and dash[2] == unit[3] and word[2] == dash[3] \
        and word[0] == "WORD" and word[1].lower() not in _UNIT_COMPOUND_OK


# (round 37) a day named by an event, no weekday of the story: "the Black Saturday bushfires", "Good Friday", "Super
# Tuesday", "Bloody Sunday" (the name's first word capitalised right before the day)
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Good|Super|Bloody|Ash|Easter|Cyber|Holy|Maundy|Shrove|Plough|Blue|Giving|"
                               r"Mad|Manic|Palm|Whit|Low|Red|Glorious)\s+$")


_DAY_JOIN_END = re.compile(r"\s*(?:and|to|or|until|till|&|-|–|—)\s*")


def _days_of_dates(text: str, mentions: list[Mention]) -> None:
    """A bare day number joined to a date's day is the other day of the span, no count: "July 13 and 14",
    "from June 2 to 5", "3 and 4 May"."""
    for k, m in enumerate(mentions):
        if m.kind != _K_COUNT or m.noun is not None or m.hedge or not m.text.isdigit() or not 1 <= m.value <= 31:
            continue
        prev = mentions[k - 1] if k else None
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if prev is not None and prev.kind == _K_DATE and prev.date is not None and prev.date.day is not None \
                and prev.text.rstrip()[-1:].isdigit() and _DAY_JOIN_END.fullmatch(text, prev.end, m.start) \
                or nxt is not None and nxt.kind == _K_DATE and nxt.date is not None and nxt.date.day is not None \
                and nxt.text[:1].isdigit() and _DAY_JOIN_END.fullmatch(text, m.end, nxt.start):
            mentions[k] = replace(m, kind=_K_CODE, interval=None)


# (round 39) "seven wins, four second places and two thirds": finishing places counted, no fraction
_PLACES_BEFORE = re.compile(r"\b(?:wins|victories|firsts|seconds|second\s+places|second-place\s+finishes|golds|silvers|"
                            r"runners-up)\b[^.;:]{0,40}$", re.I)
_PLACES_THIRDS = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+thirds", re.I)


def _places_not_fractions(text: str, mentions: list[Mention]) -> None:
    """A count of third places after wins or second places in a list is no fraction: "13 podium places: seven wins,
    four second places and two thirds"."""
    for k, m in enumerate(mentions):
        if m.kind != _K_FRACTION or not _PLACES_THIRDS.fullmatch(m.text) \
                or not _PLACES_BEFORE.search(text, max(0, m.start - 80), m.start):
            continue
        word = m.text.split()[0].lower()
        n = Fraction(WORD_VALUES[word]) if word in WORD_VALUES else Fraction(int(word))
        mentions[k] = replace(m, kind=_K_COUNT, value=n, precision=Fraction(1), hedge=None,
                              interval=Interval(n, n), noun="thirds", noun_span=Span(m.end - 6, m.end))


_MODALS = frozenset("could may might can".split())  # "could go up to £5,000": a ceiling


# dollars written with their country ("C$2.1bn", "A$40m") and the currency they name
_NAMED_DOLLARS = frozenset({"CAD", "AUD", "NZD", "HKD", "SGD"})


_CURRENCY_NAME = re.compile(r"(kron|krón|dollar|franc|pound)", re.I)


def _national_currency(mentions: list[Mention]) -> list[Mention]:
    """(round 52) A currency named once with its nation names the text's plain mentions of it: after "3.6 billion
    Danish kroner", "the 3.6m-kroner project" is in Danish kroner too (only when one nation's is named)."""
    named = {}
    for m in mentions:
        if m.kind == _K_MONEY and " " in m.text and m.text.split()[-2].lower() in _NATIONS:
            word = _CURRENCY_NAME.search(m.text.split()[-1])
            if word:
                named.setdefault(word.group(1).lower(), set()).add(m.unit)
    if not named:
        return mentions
    out = []
    for m in mentions:
        word = _CURRENCY_NAME.search(m.text) if m.kind == _K_MONEY else None
        units = named.get(word.group(1).lower()) if word else None
        if units and len(units) == 1 and m.unit not in units and not any(c in m.text for c in "$£€"):
            m = replace(m, unit=next(iter(units)))
        out.append(m)
    return out


# (the US dollar is a plain dollar's own reading already: naming it gives other dollars no nation)
_NATIONS = frozenset(nation for nation, _ in NATIONAL_CURRENCIES) - {"us"}


def _local_dollars(mentions: list[Mention]) -> list[Mention]:
    """A plain "$" means the text's own dollar once it has named one.

    Copy that opens with "C$2.1-billion" goes on with "$600 million" for the
    same Canadian dollars; a plain "$" in brackets after a figure is the
    usual US-dollar conversion ("A$40m ($26m)") and stays US.  Only when the
    text names one such dollar and never the US one ("US$", "USD")."""
    named = {m.unit for m in mentions if m.kind == _K_MONEY and m.unit in _NAMED_DOLLARS}
    if len(named) != 1 or any(m.kind == _K_MONEY and "US" in m.text.upper() for m in mentions):
        return mentions
    local = named.pop()
    return [replace(m, unit=local) if m.kind == _K_MONEY and m.unit == "USD" and not m.parenthetical
            and "$" in m.text else m for m in mentions]


def _feed(tables: _Tables, state_stack: list, value_stack: list, tok: tuple | None) -> Any:
    """Lark's ``ParserState.feed_token``, step for step: reduce while the
    table says so, then shift ``tok``; for ``None`` (Lark's ``$END``),
    reduce until the parse is complete and return its value."""
    table = tables.table
    kind = "$END" if tok is None else tok[0]
    while True:
        action = table[state_stack[-1]].get(kind)
        if action is None:
            raise _NoParse
        if action.__class__ is int:  # shift
            state_stack.append(action)
            # the callbacks take a Tok as it is (see transform.Tok); the
            # scanner's plain tuples become one only here
            tok = tuple.__new__(Tok, tok)
            if tables.token_callbacks:  # (the Transformer has no terminal callbacks now: no look-up per token)
                callback = tables.token_callbacks.get(kind)
                if callback is not None:
                    tok = callback(tok.token())
            value_stack.append(tok)
            return None
        size, callback, origin = action
        if size:
            children = value_stack[-size:]
            del state_stack[-size:]
            del value_stack[-size:]
        else:
            children = []
        value = callback(children)
        new_state = table[state_stack[-1]][origin]
        state_stack.append(new_state)
        value_stack.append(value)
        if tok is None and new_state == tables.end_state:
            return value


_MONTH_WORDS = frozenset("""January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())


def _longest_parse(tokens: list[tuple], i: int, stop: int) -> tuple[Parsed | None, int]:
    tables = _tables()
    table = tables.table
    # a first token the start state shifts, then a next token (or the end of the window) the state it leads
    # to can neither take nor end at: no parse, told before any stack is built ("in", "a", "at" before a
    # word: four in ten attempts)
    after = tables.after_first.get(tokens[i][0])
    if after is not None:
        row = table[after]
        if "$END" not in row and (i + 1 >= stop or tokens[i + 1][0] not in row):  # (a window is never one token)
            return None, i
    # The parse reads only the tokens up to the first one the tables refuse (``_reach``: told by the token
    # types alone); the same tokens at the same distances from each other parse alike wherever they stand,
    # so news's recurring figures ("2004", "3,804", "23.8%") are parsed once and moved to their place.
    limit = min(stop, i + MAX_MENTION_TOKENS)
    base = tokens[i][2]
    reach = _reach(tables, tokens, i, limit)
    key = tuple([(t[0], t[1], t[2] - base) for t in tokens[i:reach]])
    hit = _PARSES.get(key)
    if hit is not None:
        parsed, length, at = hit
        return (None, i) if parsed is None else (_moved(parsed, base - at), i + length)
    parsed = _replayed(tables, tokens, i, reach)
    if parsed is not None:
        end = reach
    else:
        parsed, end = _parse_window(tables, tokens, i, limit)
    if len(_PARSES) > 100_000:
        _PARSES.clear()
    _PARSES[key] = (parsed, end - i, base)
    return parsed, end


# ``_longest_parse``'s results by the tokens they read (type, text, offset from the first): a parse
# (or None), its length in tokens, and the offset it was made at
_PARSES: dict[tuple, tuple] = {}
# ``_reach``'s steps, by stack of LALR states (round 21, speed: an index per stack, so that a step is one look-up
# by the token type, not a hash of the whole stack): the stacks met so far, each stack's index, its top state's
# table row, and its steps (a token type -> the index of the stack after it, or None where it fails)
_STACKS: list[tuple] = []
_STACK_INDEX: dict[tuple, int] = {}
_ROWS: list[dict] = []
_NEXT: list[dict] = []
_UNSEEN = object()


def _stack_index(tables: _Tables, stack: tuple) -> int:
    k = _STACK_INDEX.get(stack)
    if k is None:
        k = _STACK_INDEX[stack] = len(_STACKS)
        _STACKS.append(stack)
        _ROWS.append(tables.table[stack[-1]])
        _NEXT.append({})
    return k


def _reach(tables: _Tables, tokens: list[tuple], i: int, limit: int) -> int:
    """Where ``_parse_window`` stops reading: past the last token it feeds, or the one it fails on.

    The window's walk through the LALR tables told by the token types only (no callbacks, no values);
    it ends at the first token the top state cannot take (not read further: any such token ends the
    parse alike), after a token whose reductions fail (read: it is part of what the parse saw), or at
    ``limit``.  Each step is memoized by the state stack (its index) and the token type."""
    rows, nexts = _ROWS, _NEXT
    k = _STACK_INDEX.get((tables.start_state,))
    if k is None:
        k = _stack_index(tables, (tables.start_state,))
    j = i
    while j < limit:
        kind = tokens[j][0]
        if kind not in rows[k]:
            return j
        nxt = nexts[k].get(kind, _UNSEEN)
        if nxt is _UNSEEN:
            stack = _type_step(tables, _STACKS[k], kind)
            nxt = nexts[k][kind] = None if stack is None else _stack_index(tables, stack)
        j += 1
        if nxt is None:
            return j
        k = nxt
    return j


def _type_step(tables: _Tables, stack: tuple, kind: str) -> tuple | None:
    """``_feed``'s reductions and shift on a stack of states only: the stack after ``kind``, None where
    ``_feed`` would raise ``_NoParse``."""
    table = tables.table
    states = list(stack)
    while True:
        action = table[states[-1]].get(kind)
        if action is None:
            return None
        if action.__class__ is int:
            states.append(action)
            return tuple(states)
        size, _, origin = action
        if size:
            del states[-size:]
        states.append(table[states[-1]][origin])


def _moved(p: Parsed, delta: int) -> Parsed:
    """A parse ``delta`` characters further on: its span and its parts' spans (no other field holds
    an offset)."""
    if not delta:
        return p
    if p.parts:
        return _with(p, start=p.start + delta, end=p.end + delta, parts=tuple(_moved(q, delta) for q in p.parts))
    return _with(p, start=p.start + delta, end=p.end + delta)


# ``_program``'s results by the token types of a window (round 24, speed)
_PROGRAMS: dict[tuple, tuple | None] = {}


def _replayed(tables: _Tables, tokens: list[tuple], i: int, reach: int) -> Parsed | None:
    """``_parse_window``'s parse of all of ``tokens[i:reach]`` by its window's program (round 24, speed: a
    first sighting of "£4.5m" or "12%" paid a walk through the LALR tables, about half of a new parse):
    the callbacks ``_feed`` makes, in its order and on the same children, without the table look-ups and
    the stack copies.  None where the window has no program (its parse ends before ``reach`` or fails
    there), or a callback refuses, or the value is no figure: ``_parse_window`` then decides, as before."""
    shape = tuple([t[0] for t in tokens[i:reach]])
    program = _PROGRAMS.get(shape, _UNSEEN)
    if program is _UNSEEN:
        if len(_PROGRAMS) > 20_000:
            _PROGRAMS.clear()
        program = _PROGRAMS[shape] = _program(tables, shape)
    if program is None:
        return None
    values: list = []
    new = tuple.__new__
    k = i
    try:
        for step in program:
            if step is None:  # a shift
                values.append(new(Tok, tokens[k]))
                k += 1
                continue
            size, callback = step
            if size:
                children = values[-size:]
                del values[-size:]
            else:
                children = []
            values.append(callback(children))
    except (Reject, KeyError):  # (as ``_parse_window`` catches them: a shorter parse may hold)
        return None
    result = values[-1]
    return result if isinstance(result, Parsed) else None


def _program(tables: _Tables, shape: tuple) -> tuple | None:
    """The steps ``_feed`` takes on tokens of types ``shape``, then on the end: None for a shift, ``(size,
    callback)`` for a reduction; None where a step fails or the end completes no parse (or where terminals
    have callbacks of their own)."""
    if tables.token_callbacks:
        return None
    table = tables.table
    states = [tables.start_state]
    steps: list = []
    for kind in (*shape, "$END"):
        while True:
            action = table[states[-1]].get(kind)
            if action is None:
                return None
            if action.__class__ is int:  # shift
                if kind == "$END":
                    return None
                states.append(action)
                steps.append(None)
                break
            size, callback, origin = action
            if size:
                del states[-size:]
            new_state = table[states[-1]][origin]
            states.append(new_state)
            steps.append((size, callback))
            if kind == "$END" and new_state == tables.end_state:
                return tuple(steps)


def _parse_window(tables: _Tables, tokens: list[tuple], i: int, limit: int) -> tuple[Parsed | None, int]:
    """The longest parse from ``tokens[i]`` within ``tokens[i:limit]``, by Lark's steps (see ``_Tables``)."""
    table = tables.table
    state_stack = [tables.start_state]
    value_stack: list = []
    candidates = []  # (end, state stack, value stack) that can take $END there
    j = i
    acceptable = False
    alive = True
    while j < limit:
        # asking the parse table first avoids building a lark Token (and,
        # in Lark, an error report) for every token that cannot continue
        if tokens[j][0] not in table[state_stack[-1]]:
            break
        if acceptable:
            # the mention could end here but may go on: keep this state
            candidates.append((j, state_stack[:], value_stack[:]))
        try:
            _feed(tables, state_stack, value_stack, tokens[j])
        except (_NoParse, Reject, KeyError):  # (KeyError: a word the case-blind terminals took, "thİrty", no value)
            alive = False
            break
        j += 1
        acceptable = "$END" in table[state_stack[-1]]
    if alive and acceptable:
        candidates.append((j, state_stack, value_stack))  # stopped where a mention may end: no copy needed
    for end, state_stack, value_stack in reversed(candidates):
        try:
            result = _feed(tables, state_stack, value_stack, None)
        except (_NoParse, Reject, KeyError):
            continue
        if isinstance(result, Parsed):
            return result, end
    return None, i


# ---------------------------------------------------------------- classify

def _join_hundreds(tokens: list[tuple], found: list) -> list:
    """"two hundred and twelve": the grammar reads "two hundred" and "twelve"
    apart (after "between", an "and" may open a range's other end), so an
    exact hundreds in words, "and", and a number in words under a hundred
    are joined here into one exact figure, unless "between" comes before."""
    out = []
    for item in found:
        parsed, i, end = item
        if out:
            prev, pi, pend = out[-1]
            if pend + 1 == i and tokens[pend][0] == "AND" and _plain_hundreds(prev) and parsed.words \
                    and parsed.kind == _K_COUNT and parsed.value is not None and parsed.value < 100 \
                    and parsed.precision == 1 and parsed.hedge is None and not parsed.parts \
                    and not (pi > 0 and tokens[pi - 1][0] == "BETWEEN"):
                out[-1] = (_with(prev, end=parsed.end, value=prev.value + parsed.value, precision=Fraction(1)), pi, end)
                continue
            last = prev.parts[1] if prev.pair == "to" and len(prev.parts) == 2 else None
            if pend + 1 == i and tokens[pend][0] == "AND" and last is not None and _plain_hundreds(last) \
                    and parsed.words and parsed.kind == _K_COUNT and parsed.value is not None and parsed.value < 100 \
                    and parsed.precision == 1 and parsed.hedge is None and not parsed.parts and not parsed.pair:
                # round 22: "from ninety to a hundred and thirty": the pair's upper end takes the "and thirty"
                joined = _with(last, end=parsed.end, value=last.value + parsed.value, precision=Fraction(1))
                out[-1] = (_with(prev, end=parsed.end, parts=(prev.parts[0], joined)), pi, end)
                continue
        out.append(item)
    return out


def _plain_hundreds(p: Parsed) -> bool:
    """"two hundred", "a hundred": whole hundreds in words, no scale after them."""
    return p.words and p.kind == _K_COUNT and p.precision == 100 and p.value is not None \
        and p.value < 1000 and not p.parts and p.scale_word is None


def _join_thousands(tokens: list[tuple], found: list) -> list:
    """"one thousand two hundred" (and "... two hundred and fifty"): the grammar reads the thousands and the
    hundreds apart; whole thousands in words right before hundreds in words are one figure, to the hundreds'
    precision, also as an end of a pair ("from eight hundred to one thousand two hundred"; round 21)."""
    out = []
    for item in found:
        parsed, i, end = item
        if out and out[-1][2] == i:
            prev, pi, _ = out[-1]
            first = parsed.parts[0] if parsed.pair == "to" and len(parsed.parts) == 2 else parsed
            last = prev.parts[1] if prev.pair and len(prev.parts) == 2 else prev
            if _whole_thousands(last) and _plain_hundreds_words(first) and not (prev.pair and parsed.pair):
                joined = _with(last, end=first.end, value=last.value + first.value, precision=first.precision)
                if prev.pair:  # "from eight hundred to one thousand" + "two hundred"
                    out[-1] = (_with(prev, end=parsed.end, parts=(prev.parts[0], joined)), pi, end)
                elif parsed.pair:  # "one thousand" + "two hundred to one thousand five hundred"
                    out[-1] = (_with(parsed, start=prev.start, hedge=prev.hedge or parsed.hedge,
                                     parts=(joined, parsed.parts[1])), pi, end)
                else:
                    out[-1] = (joined, pi, end)
                continue
        out.append(item)
    return out


def _plain_hundreds_words(p) -> bool:
    """"two hundred", "two hundred and fifty": a count in words from a hundred to 999, unhedged, no scale."""
    return p.words and p.kind == _K_COUNT and p.value is not None and 100 <= p.value < 1000 \
        and p.precision in (1, 100) and p.hedge is None and not p.parts and p.scale_word is None and not p.pair


def _whole_thousands(p) -> bool:
    """"one thousand", "twelve thousand": whole thousands in words, under a million."""
    return p.words and p.kind == _K_COUNT and (p.scale_word or "").lower() == "thousand" and p.precision == 1000 \
        and not p.parts and p.value is not None and p.value < 10**6


def _to_mentions(text, tokens, found, sent, t0, stop):
    out: list[Mention] = []
    if len(found) > 1:
        found = _join_thousands(tokens, _join_hundreds(tokens, found))
    sentence_lower = None  # made only for a two-value parse, the one kind _split_pair reads it for
    for k, (parsed, i, end) in enumerate(found):
        if parsed.pair:
            before = _words_before(text, parsed.start, sent.start, 3)
            far = _words_before(text, parsed.start, sent.start, 5) if parsed.pair == "to" else before
            if sentence_lower is None:
                sentence_lower = text[sent.start:sent.end].lower()
            parts = _split_pair(parsed, before, sentence_lower, far, text)
        else:
            # one figure: its words before are read only if _classify needs them (a bare count)
            before, parts = None, (parsed,)
        for p in parts:
            kind = _classify(text, p, before, sent)
            noun, noun_span = (None, None)
            if kind.is_quantity:
                noun, noun_span = _noun_after(text, tokens, p.end, stop, p)
            m = _mention(text, p, kind, sent.index, noun, noun_span)
            out.append(m)
    _mark_code_runs(text, out)
    _mark_code_pairs(text, out)
    _mark_rate_bases(text, out)
    _resolve_metres(text, out)
    if len(out) > 1 and (text.find(" in ", sent.start, sent.end) >= 0 or text.find("-in-", sent.start, sent.end) >= 0):
        out = _noun_fractions(text, out)
    return out


# "one day in three", "two households in five", "one home in every four": a share whose noun stands inside it
_AFTER_WHOLE = re.compile(r"[-–]\S|\s*(?:%|/|per\b|percent)", re.I)  # "in four-year terms", "in 10%"
_HYPHEN_IN = re.compile(r"[-‐‑]in[-‐‑](?:every[-‐‑])?", re.I)
_NOUN_IN = re.compile(r"\s+(?:(?P<noun>[a-z][a-z'’-]*)\s+)?in\s+(?:every\s+)?", re.I)


def _own_noun(text: str, m: Mention) -> bool:
    """A noun right after the figure ("20 games"), not one after "were" ("four were empty")."""
    return m.noun is not None and (m.noun_span is None or not text[m.end:m.noun_span.start].strip())


def _noun_fractions(text: str, out: list[Mention]) -> list[Mention]:
    """A count and its noun (or a duration: "one day"), "in", then a bare
    whole number that counts nothing of its own ("in three.", not "12 goals in
    20 games") is one fraction, like "one in three"."""
    merged: list[Mention] = []
    k = 0
    while k < len(out):
        a = out[k]
        b = out[k + 1] if k + 1 < len(out) else None
        gap = _NOUN_IN.fullmatch(text, a.end, b.start) if b is not None else None
        if b is not None and _HYPHEN_IN.fullmatch(text, a.end, b.start) and a.kind == _K_COUNT \
                and b.kind in (_K_COUNT, _K_CODE) and a.value is not None and b.value is not None \
                and a.value.denominator == 1 and b.value.denominator == 1 and 0 < a.value < b.value <= 1000 \
                and not _AFTER_WHOLE.match(text, b.end):
            # "a one-in-five chance", "1-in-3 adults": the hyphenated fraction, its noun after it
            value = a.value / b.value
            merged.append(Mention(start=a.start, end=b.end, text=text[a.start:b.end], kind=_K_FRACTION, value=value,
                                  hedge=a.hedge, interval=hedges.interval_for(value, None, a.hedge, fraction_word=True),
                                  noun=b.noun if b.kind == _K_COUNT else None,
                                  noun_span=b.noun_span if b.kind == _K_COUNT else None, sentence=a.sentence,
                                  parenthetical=a.parenthetical))
            k += 2
            continue
        if gap and (gap.group("noun") and a.kind == _K_COUNT and a.noun and a.noun_span
                    and a.noun_span.start == gap.start("noun") or not gap.group("noun") and a.kind == _K_DURATION) \
                and b.kind == _K_COUNT and not _own_noun(text, b) and not b.hedge and not b.compound and not a.compound \
                and a.value is not None and b.value is not None and not a.is_range and not b.is_range \
                and a.value.denominator == 1 and b.value.denominator == 1 and 0 < a.value < b.value <= 1000 \
                and (a.kind == _K_DURATION or a.precision == 1) and b.precision == 1 \
                and not _AFTER_WHOLE.match(text, b.end):
            value = a.value / b.value
            noun = gap.group("noun") or a.unit
            span = Span(gap.start("noun"), gap.end("noun")) if gap.group("noun") else None
            merged.append(Mention(start=a.start, end=b.end, text=text[a.start:b.end], kind=_K_FRACTION, value=value,
                                  hedge=a.hedge, interval=hedges.interval_for(value, None, a.hedge, fraction_word=True),
                                  noun=noun.lower() if noun else None, noun_span=span, sentence=a.sentence,
                                  parenthetical=a.parenthetical))
            k += 2
            continue
        merged.append(a)
        k += 1
    return merged


# the one-character currency symbols a price opens with ("$4.89", "£6"), from the currency table
_PRICE_START = frozenset(k for k in CURRENCIES if len(k) == 1 and not k.isalpha())


def _split_pair(p: Parsed, before: list[str], sentence_lower: str, far: list[str] = (), text: str = ""):
    """A two-value parse is a range ("17 to 25", "between 10 and 20") or two
    figures ("from 40% to 44%", "rose 14% to 9.8 million", "won 3-1", "from an average
    of £210,000 to £262,000": ``far`` is the five words before)."""
    if not p.pair:
        return [p]
    lo, hi = p.parts
    if p.pair == "between" and _year_like(lo) and _year_like(hi) and lo.value < hi.value and not lo.unit \
            and not hi.unit and "," not in text[p.start:p.end] and not _NOUN_AFTER_YEARS.match(text, p.end):
        # (round 58) "climbed from 312,000 to 351,000 between 2023 and 2024": two years, no range of counts
        # (not "between 1500 and 2000 staff": a noun after it)
        return [lo, hi]
    if p.pair == "to" and _year_span(lo):
        # (round 47) "from 1.8m in 2022-23 to 2.4m": a year written as a span (a financial or a season's), then a
        # figure, or another such year ("from 2022-23 to 2024-25")
        hi = replace(hi, kind=_K_YEAR, unit=None, parts=(), pair=None) if _year_span(hi) else hi
        return [replace(lo, kind=_K_YEAR, unit=None, parts=(), pair=None), hi]
    if p.pair == "to" and _year_like(lo) and (not _year_like(hi) or hi.unit):
        # "sales for 2019 to 3.2 billion", "from £1,120 in 2022 to £1,065": a year, then a figure
        return [lo, hi]
    if p.pair == "dash" and _year_like(lo) and lo.end - lo.start == 4 and lo.kind in (_K_COUNT, _K_MEASURE) \
            and hi.unit and hi.value is not None and (lo.value > hi.value or _descending_scaled(lo, hi)):
        # "as it did in 2015 - 186km, compared with 62km": a year, then a figure after the dash (no range)
        # (round 23: "in 2010 - 6.3 million tonnes": 2010 million down to 6.3 million is no range either)
        return [replace(lo, kind=_K_YEAR, unit=None), hi]
    # carry the scale and unit of the second value back: "between 10 and 20 million"
    if hi.scale_word and not lo.scale_word and lo.value is not None and hi.value is not None \
            and lo.kind in (_K_COUNT, _K_MONEY) and (lo.unit is None or lo.unit == hi.unit):
        scale = _scale_of(hi)
        if scale and lo.value * scale <= hi.value:
            lo = replace(lo, value=lo.value * scale, precision=(lo.precision or 1) * scale, scale_word=hi.scale_word)
    if p.pair == "to" and lo.words and lo.kind == _K_COUNT and not lo.unit and before and before[-1][:1] in _PRICE_START:
        # (round 29) "from $4.89 a dozen to $3.99": the words after a price say what it buys (no range, no figure)
        return [hi]
    if hi.unit and not lo.unit and lo.kind == _K_COUNT and not (
            p.pair == "or" and lo.value is not None and hi.value is not None and lo.value > hi.value):
        # "20 or 30 per cent" (not "a drop of 230 or 23 per cent": a count, then its share)
        lo = replace(lo, kind=hi.kind, unit=hi.unit)
    same_kind = lo.kind == hi.kind and lo.unit == hi.unit
    if p.pair == "dash":
        if lo.kind == _K_COUNT and hi.kind == _K_COUNT and lo.value is not None and hi.value is not None:
            if _year_like(lo) or (_year_like(hi) and lo.value < hi.value):
                return [replace(p, kind=_K_YEAR, parts=(), pair=None)]
            if lo.value >= hi.value or any(w in _SCORE_WORDS for w in before) or " beat " in sentence_lower:
                return [replace(p, kind=_K_SCORE, parts=(), pair=None)]
    if p.pair == "to" and (not same_kind or any(w in _CHANGE_WORDS for w in before) or "from" in far):
        return [lo, hi]
    if lo.value is None or hi.value is None or not same_kind or lo.value >= hi.value:
        return [lo, hi]
    return [replace(p, kind=hi.kind, unit=hi.unit, value=lo.value, precision=lo.precision,
                    scale_word=hi.scale_word, parts=(lo, hi))]


# a noun after "between 1500 and 2000": the range counts it ("staff"), no pair of years
_NOUN_AFTER_YEARS = re.compile(r"\s+(?!(?:and|or|but|the|a|an|in|on|at|to|for|of|when|while|as|there|it|its|their|by|"
                               r"with|from|after|before|during|than|that|which|who|was|were|is|are|has|have|had|"
                               r"according|said|says|figures|data)\b)[a-z]")


def _descending_scaled(lo: Parsed, hi: Parsed) -> bool:
    """The second value's scale carried back makes the first the larger: "2010 - 6.3 million" (round 23)."""
    scale = None if lo.scale_word else _scale_of(hi)
    return bool(scale) and lo.value * scale > hi.value


def _scale_of(p: Parsed) -> int | None:
    from .transform import SCALES
    if not p.scale_word:
        return None
    return 10**6 if p.scale_word == "M" else SCALES.get(p.scale_word.lower())


def _year_span(p: Parsed) -> bool:
    """A year written as a span, a financial year's or a season's: "2022-23"."""
    return p.pair == "dash" and len(p.parts) == 2 and _year_like(p.parts[0]) and not p.parts[1].unit \
        and p.parts[1].value is not None and p.parts[1].value < 100 and p.parts[1].end - p.parts[1].start == 2


def _year_like(p: Parsed) -> bool:
    return (p.value is not None and p.value.denominator == 1 and 1000 <= p.value.numerator <= 2100
            and not p.words and not p.scale_word and p.precision is not None)


# nouns made of a number and "-er": "three-pointers", "a two-seater", "a 40-footer" (not "a 60-member council")
_NUMBER_NOUNS = frozenset("pointer seater wheeler footer pounder decker liner timer hander hitter master".split())


_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# a capitalised word (not opening a sentence or quote) right before: "Kestrel One", "Formula One"
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ $")


def _classify(text: str, p: Parsed, before: list[str] | None, sent: Sentence) -> Kind:
    """``before``: the three words before the figure's parse (None: not read yet, the parse is ``p``)."""
    kind = p.kind
    if kind == _K_MULTIPLE and not p.parts and p.value >= 1000 and not _COMPARED_AFTER.match(text, p.end):
        return _K_COUNT  # "was opened 84 million times in the year": a count of occasions, no multiplier (round 17)
    if kind == _K_DURATION and not p.parts and p.value is not None and p.value > 1 \
            and text[p.start:p.end].lower().endswith("century") and _LOWER_WORD_AFTER.match(text, p.end):
        return _K_COUNT  # (round 28) "four century breaks": centuries of a cue sport or cricket, no length of time
    if kind != _K_COUNT or p.parts:
        return kind
    raw = text[p.start:p.end]
    prev_char = text[p.start - 1] if p.start > 0 else " "
    next_char = text[p.end] if p.end < len(text) else " "
    # glued to letters or joined by "-" or "/" to a name: COVID-19, 4JP, 6617/23
    if prev_char.isalnum() or next_char.isalnum() or next_char in "/" or prev_char in "/#":
        return _K_CODE
    if prev_char in "-‑" and p.start > 1 and text[p.start - 2].isalpha():
        return _K_CODE
    if raw[:1] == "0" and len(raw) > 1 and raw[1].isdigit():
        return _K_CODE  # 0800 phone prefixes
    if len(raw) >= 3 and raw[-2] in "-‑" and raw[-1].isupper() and raw[:-2].isdigit():
        return _K_CODE  # (round 45) "the 4-H livestock show", "a 3-D film": a name, no count
    if before is None:
        before = _words_before(text, p.start, sent.start, 3)
    if before and before[-1].rstrip(".") in _NAME_PREFIXES and not p.hedge \
            and not text[max(0, p.start - 4):p.start].rstrip().endswith((",", ";", ":")) \
            and not (len(before) >= 2 and before[-2] in _MODAL_BEFORE_VERB) \
            and not (before[-1] == "number" and _number_as_verb(before, raw)) \
            and not _THOUSANDS_GROUPED.fullmatch(raw):  # "season, 288": no name
        return _K_CODE  # (round 59: nor a figure grouped in thousands, "the west terminal 121,300": a count)
    if before and len(before) >= 2 and before[-1] in _PERIOD_NAME_PREFIXES and before[-2] in _PERIOD_NAME_LEADS \
            and not p.hedge and p.value is not None and p.value <= 400 and "," not in raw \
            and _PERIOD_NAME_END.match(text, p.end) \
            and not text[max(0, p.start - 4):p.start].rstrip().endswith((",", ";", ":")):
        return _K_CODE  # (round 31) "A$6.1 million in week one, A$4.9 million in week two": a period's name, no count
    if p.words and p.value in (2, 4, 8) and before and before[-1] in _BOAT_CLASSES \
            and _BOAT_END.match(text, p.end):
        return _K_CODE  # (round 56) a rowing boat named by its seats: "the men's eight", "the coxless four", no count
    if p.words and raw[:1].isupper() and p.start > sent.start and _capitalised_word_follows(text, p.end):
        return _K_CODE  # "the Three Gorges dam": a name
    if p.words and raw[:1].isupper() and " " not in raw and p.start > sent.start and not sent.headline \
            and _CAPITALISED_WORD_BEFORE.search(text, max(sent.start, p.start - 30), p.start):
        return _K_CODE  # (round 45) "commissioned by Kestrel One", "Formula One": the end of a name
    if not sent.headline and _titled_name_before(text, p, raw):
        return _K_CODE  # "pupils in Year 6", "residents of Ward 7": a name
    if p.compound and p.compound_noun and p.compound_noun.rstrip("s") in _NUMBER_NOUNS and p.start > sent.start:
        return _K_CODE  # "five of them three-pointers", "a two-seater": a noun made with a number, no count
    if before and before[-1] in ("last", "final") and p.value in _DRAW_SIZES and _ROUND_NAME_AFTER.match(text, p.end):
        return _K_CODE  # "for 32 places in the last 64, where ...": a round of a draw, no count (round 17)
    if _year_like(p) and "," not in raw and not p.hedge:
        return _K_YEAR
    if _is_age_apposition(text, p, sent):
        return _K_AGE
    return kind


# the rounds of a knock-out draw, named by how many are left: "the last 16", "the final eight"
_DRAW_SIZES = frozenset({4, 8, 16, 32, 64, 128, 256})
_ROUND_NAME_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:where|when|in|of|on|at|for|against|and|with|tie|ties|match|"
                               r"matches|stage|round|draw|clash|fixture|fixtures)\b", re.I)


# what makes "N times" a multiplier: "1,000 times more", "10,000 times as", "a million times the", "... smaller"
_COMPARED_AFTER = re.compile(r"\s+(?:as|more|less|fewer|over|above|the|that|what|than|[a-z]+er)\b", re.I)


# "in Year 6", "the Ward 7 councillor", "the hospital's Ward 7 list": a lower-case function word or owner, then a
# capitalised word, one space and a short bare number
_TITLED_NAME = re.compile(r"(?:^|[\s(])(?:in|at|on|of|from|to|for|into|via|near|the|his|her|their|its|"
                          r"(?!(?:it|that|there|here|what|who|he|she|let|where|how)['’]s)[a-z]+['’]s)\s+([A-Z][a-z]+) $")
# (round 29) after an owner: "the state's Year 12 exam"; (review rv29-percent item 6) not a contraction ("it's
# Labour 34", "there's Ward 7")


_TALLY_GOES_ON = re.compile(r"\s*(?:,|and\b|;|[a-z]+s\b)")
_LAST_TALLY_BEFORE = re.compile(r"\d\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}$")


def _titled_name_before(text: str, p: Parsed, raw: str) -> bool:
    if p.words or p.hedge or p.scale_word or not raw.isdigit() or len(raw) > 3:
        return False
    m = _TITLED_NAME.search(text[max(0, p.start - 40):p.start])
    if m is None:
        return False
    from .transform import MONTHS, WEEKDAYS
    name = m.group(1)
    if name.endswith("s") and not name.endswith(("ss", "us", "is")) and (
            _TALLY_GOES_ON.match(text, p.end) or _LAST_TALLY_BEFORE.search(text, max(0, p.start - 50), p.start)):
        return False  # "the Social Democrats 22, the Greens 17 and ...": a party's tally in a list, no name; (round
        # 39) so is the last: "..., the Christian Democrats 19 and the Liberals 16 - leaving"
    return name not in MONTHS and name not in WEEKDAYS


def _capitalised_word_follows(text: str, pos: int) -> bool:
    nxt = text[pos:pos + 30].split()
    return bool(nxt) and nxt[0][:1].isupper()


def _is_age_apposition(text: str, p: Parsed, sent: Sentence) -> bool:
    """"Daniel Okafor, 24," -- a small bare number between commas after a name.  (Round 32) A number word up to
    twelve too, when the sentence gives another name's age in digits ("Grace Otieno, 34, her son Daniel, nine, and
    ..."): a young child's age, spelt out by house style."""
    if p.hedge or p.value is None or not (1 <= p.value < 120) or p.value.denominator != 1:
        return False
    if p.words and (p.value > 12 or not _DIGIT_AGE.search(text, sent.start, sent.end)):
        return False
    before = text[max(sent.start, p.start - 40):p.start].rstrip()
    after = text[p.end:p.end + 4]
    if before.endswith((", now", ", aged")):
        before = before.rsplit(" ", 1)[0]  # "The singer, now 62,", "Ann Roe, aged 31,"
    if not before.endswith(","):
        return False
    if not (after[:1] in (",", ";", ")") or after[:1] == "." or after == " of "):  # (round 27: not "Hull, 95 on the")
        return False
    word = before[:-1].rstrip().split(" ")[-1] if before[:-1].strip() else ""
    if _GAPPED_COUNT_ITEM.search(text, sent.start, p.start):
        return False  # (round 27) "Marchetti received 15 votes, Raman 13 and the housing member, Colin Ashby, 10."
    from .transform import WEEKDAYS
    if word.lower() in _PERSON_NOUNS:
        return True  # "A man, 34, was charged", "the driver, 19,"
    # "on Sunday, 22, have ...": a day of the week is not a person
    return bool(word) and word[:1].isupper() and not (word in WEEKDAYS and len(word) > 3)


# (round 32) an age in digits in apposition to a name: "Grace Otieno, 34,"
_DIGIT_AGE = re.compile(r"\b[A-Z][\w'’-]+,\s+\d{1,3}\s*(?:[,;)]|\.(?!\d))")
# an item of a list of counts told with its verb left out, a name then its figure: "..., Raman 13 and ..."
_GAPPED_COUNT_ITEM = re.compile(r"\b[A-Z][a-z'’-]+\s+\d[\d,]*\s+and\b")
# nouns of one person that take an age in apposition: "A man, 34,"; "the driver, 19,"
_PERSON_NOUNS = frozenset("""man woman boy girl teenager pensioner mother father son daughter wife husband
    driver motorist cyclist motorcyclist pedestrian passenger rider victim suspect defendant resident
    student pupil worker nurse doctor officer soldier farmer player jockey boxer golfer swimmer runner
    striker midfielder defender goalkeeper batsman bowler trainer teacher singer actor actress author writer
    artist presenter musician chef poet councillor minister
    captain pilot skipper manager chairman chairwoman director landlord tenant patient prisoner inmate
    climber walker hiker sailor fisherman firefighter footballer cricketer priest vicar surgeon""".split())


def _mark_code_runs(text: str, mentions: list[Mention]) -> None:
    """Numbers separated only by spaces ("0800 555 111") are one code."""
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        gap = text[a.end:b.start]
        if gap.strip() == "" and a.kind in (_K_COUNT, _K_CODE) and b.kind in (_K_COUNT, _K_CODE) \
                and not a.hedge and not b.hedge and a.noun is None:
            mentions[k] = replace(a, kind=_K_CODE, interval=None, noun=None)
            mentions[k + 1] = replace(b, kind=_K_CODE, interval=None, noun=None)


# the words between a rate and its base: "11.4 per 100,000", "3.2 for every 1,000"
_RATE_BASE_GAPS = frozenset({" per ", " for every ", " in every "})


def _mark_rate_bases(text: str, mentions: list[Mention]) -> None:
    """(round 27) The base of a rate ("11.4 per 100,000 people", "£6 per 1,000 litres") is part of the rate's unit,
    never a figure of its own: a round power of ten right after "per" behind another figure is marked like a
    reference, so that no relation takes it for a level ("up 28% from 8.9 per 100,000" is no rise to 100,000)."""
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if b.kind == _K_COUNT and a.kind.is_quantity and not b.hedge and b.value is not None \
                and b.value >= 100 and _power_of_ten(b.value) and text[a.end:b.start].lower() in _RATE_BASE_GAPS:
            mentions[k] = replace(b, kind=_K_CODE, interval=None)
        elif b.kind == _K_COUNT and a.kind == Kind.MONEY and b.noun is None and text[a.end:b.start] == " " \
                and b.text.lower() in _PRICED_BY:
            mentions[k] = replace(b, kind=_K_CODE, interval=None)  # (round 55) "$3.40 a dozen": the price's unit


# (round 56) a crew's class before its boat's seats, the boat's name ending there
_BOAT_CLASSES = frozenset("men's women's men’s women’s boys girls lightweight coxless coxed junior mixed".split())
_BOAT_END = re.compile(r"\s*(?:[,;.)]|\s(?:and|or|crew|crews|boat|boats|final|race|title|event)\b|$)")
_PRICED_BY = frozenset({"a dozen", "a hundred", "a thousand", "per dozen", "the dozen"})


def _power_of_ten(value: Fraction) -> bool:
    if value.denominator != 1:
        return False
    n = value.numerator
    while n % 10 == 0:
        n //= 10
    return n == 1


# "junctions 21 and 23", "platforms 4 or 5", "exits 12-14": a second reference
# joined to a first
_CODE_JOINS = frozenset({" and ", " or ", " to ", "-", "\u2013", " & "})


def _mark_code_pairs(text: str, mentions: list[Mention]) -> None:
    """A bare number joined by "and", "or", "to" or a dash to a reference
    number after a naming word ("between junctions 21 and 23") is a
    reference too, not a count."""
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.kind == _K_CODE and b.kind == _K_COUNT and not (b.noun or "").endswith("s") and not b.hedge \
                and text[a.end:b.start] in _CODE_JOINS and _named_reference(text, a) \
                and not ("," in b.text and "," not in a.text):  # (round 28) "in category 2 and 253,400 in ..."
            mentions[k] = replace(b, kind=_K_CODE, interval=None, noun=None)


def _named_reference(text: str, m: Mention) -> bool:
    words = text[max(0, m.start - 20):m.start].split()
    return bool(words) and words[-1].lower().rstrip(".") in _NAME_PREFIXES


def _resolve_metres(text: str, mentions: list[Mention]) -> None:
    """"m" is a million after money or before a count noun, but metres in
    "7,500m" beside "35,000ft", in "1.78m tall", before a race ("the 400m
    hurdles", "a 200m final"), after "the" or "a" when it is a
    standard race distance ("the 100m in 9.8 seconds"), written with four
    digits or more ("the 10,000m", "1500m": nobody writes billions so) and in
    a list with such a distance ("the 100m, 200m and 400m relay")."""
    for k, m in enumerate(mentions):
        if m.kind is not _K_COUNT or not _bare_m(m):  # (the kind first, in line: most mentions are no bare count)
            continue
        prev = mentions[k - 1] if k else None
        next_word = text[m.end:m.end + 14].strip().split(" ")[0].lower().strip(",.;)")
        beside_length = prev is not None and prev.kind == _K_MEASURE and prev.unit in _LENGTH_UNITS \
            and m.start - prev.end <= 3
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None  # "8,849m (29,032ft)"
        beside_length = beside_length or (nxt is not None and nxt.kind == _K_MEASURE and nxt.parenthetical
                                          and nxt.unit in _LENGTH_UNITS and nxt.start - m.end <= 3)
        if beside_length or next_word in _METRE_CONTEXT or next_word in _RACE_WORDS \
                or next_word in _METRE_THINGS and _words_before(text, m.start, max(0, m.start - 20), 1) in (["a"], ["the"]) \
                or (m.parenthetical and m.noun is None) or _LONG_M.fullmatch(m.text) or _M_HIGH.search(m.text) \
                or (_stated(m) in _RACE_DISTANCES and m.noun is None
                    and _words_before(text, m.start, max(0, m.start - 20), 1) in (["the"], ["a"])):
            mentions[k] = _as_metres(m)
    # a list of distances: "the 100m, 200m and 400m hurdles", from each resolved one
    # outwards: rightwards in one pass, then leftwards in another (linear, not a loop
    # to a fixpoint over the whole sentence)
    for k in range(len(mentions) - 1):
        if _is_metres(mentions[k]) and _metres_listed_beside(text, mentions[k], mentions[k + 1]):
            mentions[k + 1] = _as_metres(mentions[k + 1])
    for k in range(len(mentions) - 2, -1, -1):
        if _is_metres(mentions[k + 1]) and _metres_listed_beside(text, mentions[k + 1], mentions[k]):
            mentions[k] = _as_metres(mentions[k])


def _metres_after_metres(text: str, mentions: list[Mention]) -> None:
    """A bare "301m" ending its phrase ("At 301m, it is ...") in the sentence, or the one after
    the sentence, that gives a length in metres written out ("The tower is 310 metres tall");
    or the other end of a change of that length ("peaked at 5.42 metres, up from 3.9m on Saturday"); or (round 18)
    "the 8.5m mirror" after a length in metres of a mirror (``_metres_of_thing_sized``)."""
    for k, m in enumerate(mentions):
        if m.kind is not _K_COUNT or not _bare_m(m):  # (the kind first, in line: most mentions are no bare count)
            continue
        if _CHANGE_END_BEFORE.search(text, max(0, m.start - 12), m.start) and not (m.noun or "").endswith("s") \
                and any(o.kind == _K_MEASURE and o.unit in _METRE_WORDS and o.sentence == m.sentence
                        and _SIZED_AFTER.match(text, m.end, o.start) for o in mentions[k + 1:k + 3]):
            mentions[k] = _as_metres(m)  # "fell from 4.2m to 2.9m overnight, a drop of 1.3 metres"
            continue
        if _SIZE_COMPARED_AFTER.match(text, m.end) and any(
                o.kind == _K_MEASURE and (o.unit in _METRE_WORDS or o.unit == "m") and o.sentence == m.sentence
                for o in mentions):
            mentions[k] = _as_metres(m)  # (round 53) "At 7,412m, it stands 117m higher than Phukar (7,305m)"
            continue
        if m.noun is not None:
            if _metres_of_thing_sized(text, mentions, k):
                mentions[k] = _as_metres(m)
            continue
        if _PHRASE_END.match(text, m.end) and any(
                o.kind == _K_MEASURE and o.unit in _METRE_WORDS and 0 <= m.sentence - o.sentence <= 1
                for o in mentions[max(0, k - 8):k]):
            mentions[k] = _as_metres(m)
        elif _CHANGE_END_BEFORE.search(text, max(0, m.start - 12), m.start) and any(
                o.kind == _K_MEASURE and o.unit in _METRE_WORDS and o.sentence == m.sentence
                for o in mentions[max(0, k - 4):k]):
            mentions[k] = _as_metres(m)  # "peaked at 5.42 metres, up from 3.9m on Saturday": one length moving


# (round 53) a comparative of size right after a bare "Nm": a length compared ("117m higher than")
_SIZE_COMPARED_AFTER = re.compile(r"\s+(?:higher|taller|lower|deeper|longer|wider|shorter|further|farther)\b")


# round 18: "the 8.5m mirror" after "a 6.5-metre mirror": a bare "Nm" before a singular noun that a length
# written out in metres measures in that sentence or the one before is metres (no count of millions is
# told of one mirror)
_SINGULAR_AFTER_M = re.compile(r"[ \t]+([a-z]{3,})\b(?!-)")
_DETERMINER_BEFORE_M = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s)\s+$", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n")


def _metres_of_thing_sized(text: str, mentions: list[Mention], k: int) -> bool:
    """Is the bare "Nm" ``mentions[k]``, after a determiner and before a singular noun, the size of a thing that
    a length in metres written out measures in its sentence or the one before ("a 6.5-metre primary mirror ...
    the 8.5m mirror")?"""
    m = mentions[k]
    noun = _SINGULAR_AFTER_M.match(text, m.end)
    if noun is None or noun.group(1) != m.noun or m.noun.endswith("s") and not m.noun.endswith("ss"):
        return False
    if not _DETERMINER_BEFORE_M.search(text, max(0, m.start - 8), m.start):
        return False
    word = re.compile(r"\b" + re.escape(m.noun) + r"\b", re.I)
    for o in mentions[max(0, k - 6):k]:
        if o.kind != _K_MEASURE or o.unit not in _METRE_WORDS or not 0 <= m.sentence - o.sentence <= 1:
            continue
        breaks = list(_SENTENCE_BREAK.finditer(text, max(0, o.start - 200), o.start))
        start = breaks[-1].end() if breaks else max(0, o.start - 200)
        end = _SENTENCE_BREAK.search(text, o.end, min(len(text), o.end + 200))
        if word.search(text, start, min(m.start, end.start() if end else o.end + 200)):
            return True
    return False


# (round 54) a bare amount in millions listed after a sum in a currency: "28 million lari for the building, 12.3
# million for digitising and 4.2 million for training" (the joint: a comma or "and", no figure, clause end or bracket)
_SCALED = re.compile(r"(?:million|billion|trillion|bn|mn|m)\.?$", re.I)
_LIST_JOINT = re.compile(r"[^\d;:.!?()\n]{0,60}?(?:,|\band\b)\s*(?:(?:another|a\s+further|the\s+remaining|some|about|"
                         r"around|nearly|almost|just|over|under)\s+)?", re.I)


def _currency_carried(text: str, mentions: list[Mention]) -> None:
    """(round 54) A count in millions with no noun, next in a list after a sum of money in the same sentence, is a
    sum in that currency: the currency told once for the list."""
    for k in range(1, len(mentions)):
        m, prev = mentions[k], mentions[k - 1]
        if m.kind is not _K_COUNT or m.noun is not None or prev.kind is not _K_MONEY or m.sentence != prev.sentence \
                or m.is_range or m.hedge or not _SCALED.search(m.text) or not prev.unit \
                or not _LIST_JOINT.fullmatch(text, prev.end, m.start):
            continue
        mentions[k] = replace(m, kind=_K_MONEY, unit=prev.unit)


def _aged_lists(text: str, mentions: list[Mention]) -> None:
    """"aged 20, 24 and 31": the bare whole numbers listed after an age are ages too; so is a
    bound right after "aged" ("aged over 70", "aged under 16") or after a plural of people ("people over 75",
    "women under 50") or the young ("children under 10")."""
    for k, m in enumerate(mentions):
        if m.kind == _K_COUNT and m.hedge and m.noun is None and (
                _AGED_BEFORE.search(text, max(0, m.start - 8), m.start)
                or (m.hedge in ("over", "under") and m.value is not None and 10 <= m.value <= 110
                    and _PEOPLE_BEFORE.search(text, max(0, m.start - 12), m.start))
                or (m.hedge in ("over", "under") and m.value is not None and 1 <= m.value <= 18
                    and _YOUNG_BEFORE.search(text, max(0, m.start - 12), m.start))):
            mentions[k] = replace(m, kind=_K_AGE, unit="year")
            continue
        if m.kind != _K_AGE or not _AGED.match(m.text):
            continue
        prev, listed = m, []
        for j in range(k + 1, len(mentions)):
            o = mentions[j]
            gap = _AGE_LIST_GAP.fullmatch(text, prev.end, o.start)
            if o.kind != _K_COUNT or o.sentence != m.sentence or o.noun is not None or o.unit or o.is_range \
                    or o.value is None or o.value != int(o.value) or not 0 < o.value < 130 or gap is None:
                break
            listed.append(j)
            prev = o
            if gap.group(1) or gap.group(2):
                # the list closes on "and"/"or": its items are ages ("aged 19, 23 and 30")
                half = Fraction(1, 2)
                for i in listed:
                    n = mentions[i]
                    mentions[i] = replace(n, kind=_K_AGE, unit="year",
                                          interval=Interval(n.value - half, n.value + half))
                break


# "finished on 14-under 274": "under" joined to a number by a hyphen tells the score against par, no bound
_AGAINST_PAR = re.compile(r"^(?:under|over)\s+", re.I)


def _scores_against_par(text: str, mentions: list[Mention]) -> None:
    """"14-under 274", "three-over 75" (round 16): the figure after a hyphenated "N-under"/"N-over" is an
    exact score, its hedge dropped; a figure "under par" or "over par" is a score against par, no count."""
    for k, m in enumerate(mentions):
        lead = _AGAINST_PAR.match(m.text) if m.kind == _K_COUNT and m.hedge in ("under", "over") else None
        if lead and m.start > 1 and text[m.start - 1] == "-" and text[m.start - 2].isalnum():
            start = m.start + lead.end()
            mentions[k] = replace(m, start=start, text=text[start:m.end], hedge=None,
                                  interval=Interval(m.value, m.value))
        elif m.kind == _K_COUNT and m.noun is None and not m.hedge and _PAR_AFTER.match(text, m.end):
            mentions[k] = replace(m, kind=_K_SCORE, interval=None)  # (round 27) "finished on 13 under par": a score


_PAR_AFTER = re.compile(r"[\s-]+(?:under|over)[\s-]+par\b", re.I)


_AGED = re.compile(r"(?:aged|ages)\s", re.I)
_AGED_BEFORE = re.compile(r"\baged\s+$", re.I)
# "42 of them people over 75", "women under 50": a bound right after a plural of people is their age
_PEOPLE_BEFORE = re.compile(r"\b(?:people|those|adults|men|women|patients|residents|pensioners|drivers|voters|workers)\s+$",
                            re.I)
# (round 27) "29 in children under 10", "babies under one": a bound after the young is their age, however small
_YOUNG_BEFORE = re.compile(r"\b(?:children|kids|pupils|girls|boys|babies|infants|toddlers|youngsters|teenagers|"
                           r"juniors)\s+$", re.I)
_AGE_LIST_GAP = re.compile(r"\s*,\s*(?:(and|or)\s+)?|\s+(and|or)\s+")


# the end of a change, then its size in metres: "to 2.9m overnight, a drop of 1.3 metres" (another
# figure may stand between: "from 4.2m to 2.9m, a fall of ...")
_SIZED_AFTER = re.compile(r"(?:[^;.]|\.(?=\d)){0,40}?,\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:drop|fall|rise|increase|decrease|climb|"
                          r"jump|reduction|gain|decline)\s+of\s+(?:about\s+|almost\s+|nearly\s+|more\s+than\s+|"
                          r"just\s+over\s+|some\s+)?$", re.I)
_CHANGE_END_BEFORE = re.compile(r"\b(?:from|to|than)\s+$", re.I)
_PHRASE_END = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)")


def _is_metres(m: Mention) -> bool:
    return m.kind == _K_MEASURE and m.unit == "m"


def _metres_listed_beside(text: str, resolved: Mention, other: Mention) -> bool:
    """Is ``other`` a bare "Nm" with no noun, in a list right beside a distance in metres?"""
    a, b = (resolved, other) if resolved.start < other.start else (other, resolved)
    return _bare_m(other) and other.noun is None and _DISTANCE_LIST_GAP.fullmatch(text, a.end, b.start) is not None


def _bare_m(m: Mention) -> bool:
    """A count written with "m" and nothing else: "100m" (not "£100m")."""
    return m.kind == _K_COUNT and (m.text.rstrip().endswith("m") or _M_HIGH.search(m.text) is not None) \
        and not m.unit and not m.is_range


def _as_metres(m: Mention) -> Mention:
    scale = m.value / _stated(m)
    return replace(m, kind=_K_MEASURE, unit="m", value=m.value / scale, precision=m.precision / scale,
                   noun=None, interval=m.interval.scale(1 / scale) if m.interval else None)


def _stated(m: Mention) -> Fraction:
    digits = "".join(ch for ch in m.text if ch.isdigit() or ch == ".")
    try:
        return Fraction(digits) if digits else Fraction(1)
    except ValueError:
        return Fraction(1)


def _words_before(text: str, pos: int, floor: int, count: int) -> list[str]:
    """The last ``count`` words within 60 characters before ``pos``,
    lower-cased, punctuation around them stripped (words of punctuation only
    dropped); read from the end, as only the last few are wanted."""
    out = []
    for w in reversed(text[max(floor, pos - 60):pos].split()):
        w = w.strip(",;:()\"'“”‘’").lower()
        if w:
            out.append(w)
            if len(out) == count:
                break
    out.reverse()
    return out


def _noun_after(text, tokens, pos, stop, p: Parsed):
    """The noun a figure counts: the head of the words right after it
    ("906 children", "2,746 ISIS fighters"), or after "were" ("19 were men").
    (The extractor's tokens are plain ``(type, value, start, end)`` tuples, read by index here.)"""
    # the first token at or after pos
    j = bisect_left(tokens, pos, 0, stop, key=_TOKEN_START)
    words: list[tuple] = []
    if j < stop and tokens[j][1].lower() in _BE and j + 1 < stop and tokens[j + 1][0] == "WORD":
        j += 1
    while j < stop and len(words) < 4:
        tok = tokens[j]
        kind, value = tok[0], tok[1]
        low = value.lower()
        if kind == "WORD" or (kind.isupper() and value.isalpha() and low not in _STOP and kind not in ("A", "AN")):
            if not words and low.endswith("ly") and len(low) > 4 and j + 2 < stop and tokens[j + 1][0] == "WORD" \
                    and (tokens[j + 1][1].lower().endswith("ed") or tokens[j + 1][1].lower() in _IRREGULAR_PARTICIPLES):
                j += 2  # (round 45) an adverb and its participle before the noun: "2.3 tonnes of illegally harvested abalone"
                continue
            if low in _STOP or (low.endswith("ed") and low not in _NOUNS_IN_ED
                                and (words or low not in _PARTICIPLE_NOUNS)):
                break
            if j + 1 < stop and (low in _IRREGULAR_PARTICIPLES and tokens[j + 1][1].lower() in _PLACING_PREPOSITIONS
                                 or low == "bound" and tokens[j + 1][1].lower() in ("for", "to")):
                break  # (round 44: after the noun too) "820,000 TEU bound for China": the head is TEU
            words.append(tok)
            j += 1
            # hyphenated modifiers: "Syrian-led troops"
            if j + 1 < stop and tokens[j][1] in "-‑" and tokens[j][2] == tok[3]:
                j += 1
            continue
        break
    if not words or words[0][1].lower() in _PLACE_ADVERBS:
        return p.compound_noun, None  # (round 59) "... and 0.27 million elsewhere": no noun ("1,100 work abroad" keeps one)
    # the head is the first plural-looking word ("runners set off" ->
    # runners), else the last word ("2,337 men", "civilian dead")
    head = next((w for w in words if w[1].lower().endswith("s") and not w[1].lower().endswith("ss")
                 and len(w[1]) > 3), words[-1])
    noun = head[1].lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
    return noun, Span(words[0][2], head[3])


_TOKEN_START = itemgetter(2)


# ``hedges.interval_for`` per figure, keyed by the numerators and denominators (hashed in C): its own cache
# hashes two Fractions in Python at every look-up, and every figure of a text looks one up ("3,800" about)
_INTERVALS: dict[tuple, Interval] = {}


def _interval_for(value, precision, hedge, fraction_word: bool, exact: bool) -> Interval:
    if value.__class__ is not Fraction or precision is not None and precision.__class__ is not Fraction:
        return hedges.interval_for(value, precision, hedge, fraction_word=fraction_word, exact_count=exact)
    # (a Fraction's ``numerator`` is a Python property; its slots are read directly)
    key = (value._numerator, value._denominator,
           None if precision is None else (precision._numerator, precision._denominator), hedge, fraction_word, exact)
    found = _INTERVALS.get(key)
    if found is None:
        if len(_INTERVALS) > 50_000:
            _INTERVALS.clear()
        found = _INTERVALS[key] = hedges.interval_for(value, precision, hedge, fraction_word=fraction_word,
                                                      exact_count=exact)
    return found


def _mention(text: str, p: Parsed, kind: Kind, sentence: int, noun, noun_span) -> Mention:
    value = p.value
    interval = None
    range_hi = None
    precision = p.precision
    is_range = bool(p.parts) and kind.is_quantity
    if kind.is_quantity and value is not None:
        fraction_word = kind == _K_FRACTION
        exact = kind == _K_COUNT and precision == 1  # (the kind first: a Fraction's == is slow)
        if p.vague:
            interval = Interval(Fraction(p.vague[0]), Fraction(p.vague[1]))
        elif is_range:
            lo, hi = p.parts
            range_hi = hi.value
            lo_i = hedges.interval_for(lo.value, lo.precision, None)
            hi_i = hedges.interval_for(hi.value, hi.precision, None)
            interval = Interval(lo_i.lo, hi_i.hi)
        else:
            interval = _interval_for(value, precision, p.hedge, fraction_word, exact)
    # the last non-blank character before the figure; walking back keeps
    # this O(1) per mention (slicing the text before it made a long
    # document quadratic)
    k = p.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    parenthetical = k > 0 and text[k - 1] == "("
    # (round 32) a suspended hyphen makes the figure a modifier of the next word's noun: "two- or three-year
    # diplomas", "one- and two-bedroom flats"
    compound = p.compound or text.startswith("-", p.end) and _SUSPENDED_HYPHEN_AFTER.match(text, p.end) is not None
    # (every field, in order: see model.new_mention)
    # (round 54) "exactly half": an exact figure, no hedge to any reader of it (only its interval says so)
    hedge = None if p.hedge in _EXACT_HEDGES else p.hedge
    return new_mention(p.start, p.end, text[p.start:p.end], kind, value, precision, hedge, interval, p.unit, noun,
                       noun_span, sentence, is_range, range_hi, p.date, compound, parenthetical)


_SUSPENDED_HYPHEN_AFTER = re.compile(r"-\s+(?:or|and|to|&)\s+[\w.,]+-[a-z]", re.I)

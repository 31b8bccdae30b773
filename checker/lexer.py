"""A fast scanner built from the grammar's own terminal definitions.

Lark's basic lexer decides, for every plain word, whether it is one of the
grammar's keywords by running a regular expression over it; on news text
that is most of the time spent.  This scanner takes the same terminals from
the loaded grammar (``Lark.terminals``), in Lark's own order of precedence,
compiles them into one pattern for ``re.finditer``, and resolves keywords
with a dictionary.  The vocabulary therefore still lives only in
``grammars/*.lark``.

Anchors.  Every mention the grammar accepts contains at least one *anchor*
token: a digit, a number word, a month or weekday name, a time unit ("a
year"), an ordinal... ``anchor_terminals`` derives the set from the
grammar's rules, so it follows the grammar; the extractor starts a parse
only where an anchor lies close enough ahead.  (Skipping whole sentences
without an anchor was measured too: finding out whether a sentence holds
one costs about as much as lexing it with Python's ``re``.)
"""
from __future__ import annotations

import functools
import re
import unicodedata

from lark.grammar import Terminal

try:  # the regular-expression parser, to read a terminal's first characters
    from re import _constants as _sre_constants, _parser as _sre_parser
except ImportError:  # Python < 3.11
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

from .grammar import mention_parser
from .transform import ISO_CURRENCY_CODES, Tok

_FALLBACKS = ("WORD", "PUNCT")
_LETTER_RUN = re.compile(r"[a-z]+")
# the non-ASCII letters whose case-insensitive match is an ASCII letter
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
# terminals that are never anchors: any text at all lexes into them
_NEVER_ANCHORS = ("WORD", "PUNCT", "OTHER")


class Scanner:
    def __init__(self, terminals, ignore: tuple[str, ...], anchors: frozenset[str] = frozenset()):
        by_name = {t.name: t for t in terminals}
        fallbacks = [by_name[name] for name in _FALLBACKS]
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        scanners = []
        for term in terminals:
            if term.name in ignore:
                continue
            pattern = term.pattern
            if pattern.type == "str" and term.name not in _FALLBACKS:
                host = next((f for f in fallbacks if f.priority == term.priority
                             and re.fullmatch(f.pattern.to_regexp(), pattern.value)), None)
                if host is not None:
                    if "i" in pattern.flags:
                        self.folded.setdefault(pattern.value.lower(), str(term.name))
                    else:
                        self.exact.setdefault(pattern.value, str(term.name))
                    continue
            scanners.append(term)
        scanners.sort(key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
        scanners, guards = _word_first(scanners, by_name["WORD"])
        # plain str names: Lark's terminal names are Token objects, whose
        # __eq__ is a Python function -- slow in ``type in first_set`` tests
        self.names = [str(t.name) for t in scanners]
        # A leading \s* lets one finditer step skip the whitespace before a
        # token instead of failing every alternative at each blank; the
        # token is the matched group's span.  (No terminal starts with
        # whitespace: the grammar %ignores it.)
        alternatives = [f"({guards.get(str(t.name), '')}{t.pattern.to_regexp()})" for t in scanners]
        # The terminals tried before WORD also stand behind one guard of all
        # their first characters: a word that can start none of them (most
        # do not) skips them in one test instead of one each.
        k = self.names.index("WORD")
        # (round 30, speed) So do the terminals moved after WORD, up to the fallbacks (they start with a digit or
        # a dot: "12:30", "1990s", "3,804"): a punctuation mark, about a fifth of all tokens, skips them in one test
        stop = next((n for n in range(k + 1, len(scanners)) if self.names[n] in (*_FALLBACKS, *_NEVER_ANCHORS)),
                    len(scanners))
        after = [_first_chars(t.pattern.to_regexp()) for t in scanners[k + 1:stop]]
        if stop > k + 1 and all(f is not None and all(item[0] == "chr" or not item[1] for item in f) for f in after):
            alternatives[k + 1:stop] = [_guard(frozenset().union(*after)) + "(?:" + "|".join(alternatives[k + 1:stop])
                                        + ")"]
        from_word = alternatives[k:]  # (round 22, speed: the pattern from WORD on, see ``_scan_from_word``)
        firsts = [_first_chars(t.pattern.to_regexp()) for t in scanners[:k]]
        if k and all(f is not None and all(item[0] == "chr" for item in f) for f in firsts):
            alternatives[:k] = [_guard(frozenset().union(*firsts)) + "(?:" + "|".join(alternatives[:k]) + ")"]
        self.regex = re.compile(r"\s*(?:" + "|".join(alternatives) + ")")
        self._from_word = _from_word_regex(self.names, scanners, from_word, self.regex, k)
        self.anchors = anchors
        # what ``may_hold_anchor`` looks for: the keywords among the anchors,
        # and the digits and fraction characters of the anchor patterns
        self._anchor_words = frozenset(
            word.lower() for word, name in (*self.exact.items(), *self.folded.items()) if name in anchors)
        symbols = {c for t in scanners if str(t.name) in anchors and t.pattern.type == "re"
                   for c in t.pattern.value if unicodedata.category(c) == "No"}
        self._anchor_chars = re.compile("[0-9" + "".join(sorted(symbols)) + "]")
        # the terminal of each regex group (1-based), None for the groups whose
        # matches may be keywords (WORD, PUNCT: see ``_keyword``)
        self._group_names = [None] + [None if name in _FALLBACKS else name for name in self.names]
        self._fallback_names = [None] + self.names
        # keyword lookup per distinct word (see ``scan``); bounded
        self._kinds: dict[str, str] = {}
        # Lark tells a case-insensitive keyword with re.IGNORECASE, which
        # differs from str.lower() on a few non-ASCII letters ("İn" is IN):
        # non-ASCII words are looked up the same way
        folded = sorted(self.folded)
        self._folded_names = [self.folded[k] for k in folded]
        self._folded_regex = re.compile("|".join(f"({re.escape(k)})" for k in folded), re.IGNORECASE)

    def may_hold_anchor(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` can hold an anchor token: a cheap test
        (a C-level pass over its letters and one character class) that lets
        the extractor skip the sentences that cannot hold a mention without
        lexing them.  It may say yes too often, never no wrongly: every
        anchor keyword is an ASCII word that shows as a run of letters, and
        every anchor matched by a pattern holds a digit, a vulgar fraction
        or a number word (``tests/test_lexer.py`` checks both)."""
        if self._anchor_chars.search(text, start, end):
            return True
        chunk = text[start:end]
        if not self._anchor_words.isdisjoint(_LETTER_RUN.findall(chunk.lower())):
            return True
        # letters that re.IGNORECASE folds onto ASCII ("İn", the Kelvin sign)
        return not chunk.isascii() and any(c in chunk for c in _FOLDS_TO_ASCII)

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[Tok]:
        """Tokens of ``text[start:end]``, with offsets into ``text``."""
        new = tuple.__new__
        return [new(Tok, t) for t in self.scan_tuples(text, start, end)]

    def scan_tuples(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str, int, int]]:
        """``scan``'s tokens as plain ``(type, value, start, end)`` tuples.

        The extractor's form: it reads tokens by index and makes a ``Tok``
        only of a token it shifts into a parse.  Making a ``Tok`` (a tuple
        subclass) of every token took about a third of the lexing time."""
        if self._from_word is not None:
            return self._scan_from_word(text, start, len(text) if end is None else end)
        group_names = self._group_names
        fallbacks = self._fallback_names
        kinds = self._kinds
        if len(kinds) > 200_000:
            kinds.clear()
        out = []
        append = out.append
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            group = m.lastindex
            value = m[group]
            end = m.end()  # the token ends the match (the match opens on the blanks before it)
            name = group_names[group]
            if name is None:
                # A word's terminal depends only on its text, and news
                # repeats its words: one dictionary look-up per token
                # instead of two and a lower().
                name = kinds.get(value)
                if name is None:
                    name = kinds[value] = self._keyword(value, fallbacks[group])
            append((name, value, end - len(value), end))
        return out

    def _scan_from_word(self, text: str, start: int, stop: int) -> list[tuple[str, str, int, int]]:
        """``scan_tuples`` by the pattern without the terminals tried before WORD (round 22, speed).

        Those terminals ("and a half", "one-third", "twenty-one", "Monday's", "a.m.", "USD", "US$", "R" before
        a figure, "½") failed at every word that starts like one of them, about a third of the lexing.  Where
        one of them matches, the shorter pattern's token there is one of a few words or "-" (see
        ``_word_like_first``, keyed by the token's text and kept with the keywords): only there is the full
        pattern tried, from the same place; its token is the one the full pattern's scan makes, and the scan
        goes on from its end.  The tokens are the full pattern's, one for one."""
        tail, names, fallbacks, full, before_word, kinds = self._from_word
        if len(kinds) > 200_000:
            kinds.clear()
        out = []
        append = out.append
        pos = start
        while True:
            resume = None
            for m in tail.finditer(text, pos, stop):
                group = m.lastindex
                value = m[group]
                end = m.end()
                name = names[group]
                if name is None:
                    name = kinds.get(value)
                    if name is None:
                        name = kinds[value] = self._keyword_or_recheck(value, fallbacks[group])
                    if name.__class__ is tuple:  # a token where a terminal tried before WORD may start
                        follow, name = name
                        if follow is None or text[end:end + 1] in follow:
                            hit = full.match(text, m.start(), stop)
                            if hit.lastindex <= before_word:
                                value = hit[hit.lastindex]
                                if hit.end() != end:
                                    resume = end = hit.end()
                                append((self.names[hit.lastindex - 1], value, end - len(value), end))
                                if resume is not None:
                                    break
                                continue
                append((name, value, end - len(value), end))
            if resume is None:
                return out
            pos = resume

    def _keyword_or_recheck(self, value: str, fallback: str):
        """``_keyword``, or for a token where a terminal tried before WORD may start, a pair: the characters
        one of which must follow it for that (None: any), and its terminal otherwise."""
        name = self._keyword(value, fallback)
        follow = _word_like_first(value)
        return name if follow is False else (follow, name)

    def _keyword(self, value: str, fallback: str) -> str:
        """The terminal of a WORD or PUNCT match, as Lark's lexer decides it."""
        name = self.exact.get(value)
        if name is not None:
            return name
        if value.isascii():
            return self.folded.get(value.lower(), fallback)
        m = self._folded_regex.fullmatch(value)
        return self._folded_names[m.lastindex - 1] if m else fallback


# The terminals tried before WORD that ``_word_like_first`` knows, and a checksum of their patterns: another
# grammar (a terminal added, changed or gone) scans by the full pattern only (``_from_word_regex``)
_BEFORE_WORD = ("OF_A_SCALE", "AND_A_HALF", "FRACTION_HYPHEN", "TENS_ONES", "dates__WEEKDAY_POSSESSIVE", "MERIDIEM",
                "units__CURRENCY_CODE", "units__DOLLAR_PREFIXED", "units__RAND_SIGN", "VULGAR")
_BEFORE_WORD_CHECKSUM = 2037695256
_HYPHENED_NUMBERS = frozenset("one two three four five six seven eight nine twenty thirty forty fifty sixty seventy "
                              "eighty ninety".split())
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
# the codes the grammar's CURRENCY_CODE terminal takes: the ISO codes, and a few local ones
_CURRENCY_CODES = frozenset(ISO_CURRENCY_CODES) | frozenset("KSh Ksh USh TSh RM Rp Tk MK".split())
_DOLLAR_PREFIXES = frozenset("US CA C AU A NZ HK S EC J TT NT N R T F FJ WS SI".split())
_VULGARS = "¼½¾⅓⅔⅕⅛"
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_like_first(value: str):
    """Where one of ``_BEFORE_WORD`` matches, the token the pattern without them makes there (a WORD, or
    PUNCT "-") and what follows it: False where none of them can match at a token ``value``; else the
    characters one of which must follow the token for one to match ("a" + "." for "a.m.", "US" + "$"), or
    None (the token alone cannot tell: "and" before "a half", "one" before "-third").  It may say "perhaps"
    too often (the full pattern then decides), never False wrongly (``tests/test_lexer.py``)."""
    if not value.isascii():
        return None  # "thİrty-one": a letter the case-blind terminals fold to ASCII -- the full pattern decides
    low = value.lower()
    if low in ("and", "of") or low in _HYPHENED_NUMBERS or value.startswith(_WEEKDAY_STEMS) or value[:3] in _CURRENCY_CODES or value[:2] in _CURRENCY_CODES \
            or value[:1] == "R" and value[1:2].isdigit() or value[:1] in _VULGARS or value[:2] in ("Sh", "GH") \
            or low[:2] in ("am", "pm") and value[2:3] not in _ASCII_LETTERS:
        return None  # "and a half", "of a million", "one-third", "twenty-one", "Monday's", "USD 40", "R40m", "½", "am",
        # "pm", "GH₵ 2.3m"
    follow = ""
    if value == "-":
        follow += "aA"  # "-and-a-half"
    if low in ("a", "p"):
        follow += "."  # "a.m.", "p.m."
    if value in _DOLLAR_PREFIXES:
        follow += "$"  # "US$", "A$"
    return follow or False


def _from_word_regex(names: list[str], scanners: list, from_word: list[str], full: re.Pattern, k: int):
    """What ``Scanner._scan_from_word`` reads: the pattern of the terminals from WORD on, their names per group
    (None for the fallbacks), the fallbacks' names, the full pattern, how many terminals come before WORD
    (the full pattern's first groups), and its keyword cache; None where the terminals tried
    before WORD are not ``_BEFORE_WORD`` as this module knows them."""
    import zlib
    before = tuple(names[:k])
    checksum = zlib.crc32("\n".join(t.pattern.to_regexp() for t in scanners[:k]).encode())
    if before != _BEFORE_WORD or checksum != _BEFORE_WORD_CHECKSUM:
        return None
    tail = re.compile(r"\s*(?:" + "|".join(from_word) + ")")
    return (tail, [None] + [None if name in _FALLBACKS else name for name in names[k:]], [None] + names[k:], full,
            k, {})


def _word_first(scanners: list, word) -> tuple[list, dict[str, str]]:
    """The terminals in an order that tries WORD early, and a cheap
    look-ahead guard for each one tried before it.

    Most tokens are words, and the regular expression tries its
    alternatives in order: every terminal before WORD costs a failed
    attempt at every word.  A terminal that cannot start where WORD can
    (it starts with a digit or a dot) never competes with it, so it moves
    after WORD without changing any token; a terminal that can start a
    word stays before it, behind a look-ahead of its possible first
    characters ("one-third" behind ``(?i:[efnost])``).  A terminal whose
    first characters cannot be worked out keeps its place, unguarded.
    ``tests/test_lexer.py`` checks that the tokens are Lark's own."""
    word_first = _first_chars(word.pattern.to_regexp())
    fallbacks = [t for t in scanners if str(t.name) in (*_FALLBACKS, *_NEVER_ANCHORS)]
    before, after, guards = [], [], {}
    firsts = {}
    for t in scanners:
        if t in fallbacks:
            continue
        first = firsts[t] = _first_chars(t.pattern.to_regexp())
        if first is not None and word_first is not None and not _overlap(first, word_first):
            after.append(t)
            continue
        before.append(t)
        if first is not None and all(item[0] == "chr" for item in first):
            guards[str(t.name)] = _guard(first)
    # Moving a terminal past WORD changes its order against the ones that
    # stay before WORD: safe only if no two of them can start alike.
    for t in after:
        if any(firsts[b] is None or _overlap(firsts[t], firsts[b]) for b in before):
            return scanners, {}
    return before + [word] + after + [t for t in fallbacks if t is not word], guards


def _overlap(a: frozenset, b: frozenset) -> bool:
    """Whether two first-character sets (see ``_first_chars``) can share a
    character; when that is unclear, they are taken to."""
    return any(_items_meet(x, y) for x in a for y in b)


def _items_meet(x: tuple, y: tuple) -> bool:
    if x[0] == "chr" and y[0] == "chr":
        return x[1] == y[1] or ((x[2] or y[2]) and x[1].lower() == y[1].lower())
    if x[0] == "set" and y[0] == "set":
        # a plain set all of whose parts a negated set excludes: "\d" and "[^\W\d_]"
        for plain, negated in ((x, y), (y, x)):
            if not plain[1] and negated[1] and plain[2] <= negated[2]:
                return False
        return True
    (_, c, folded), (_, negated, parts) = (x, y) if x[0] == "chr" else (y, x)
    cls = re.compile("[" + ("^" if negated else "") + "".join(sorted(parts)) + "]")
    return any(cls.fullmatch(v) for v in ({c, c.lower(), c.upper()} if folded else {c}))


def _guard(first: frozenset) -> str:
    """A look-ahead for the first characters ``first`` (see ``_first_chars``): its ``chr`` items and the parts of
    its plain (not negated) character sets."""
    plain = "".join(sorted({re.escape(c) for kind, c, folded in first if kind == "chr" and not folded}
                           | {part for kind, negated, parts in first if kind == "set" for part in parts}))
    folded = "".join(sorted(re.escape(c) for kind, c, folded in first if kind == "chr" and folded))
    classes = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "(?=" + "|".join(classes) + ")"


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w",
               "CATEGORY_NOT_WORD": r"\W", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}


def _first_chars(regexp: str) -> frozenset | None:
    """What a match of ``regexp`` can start with: a set of ``("chr", c,
    case_insensitive)`` items and ``("set", negated, parts)`` items (a
    character set of categories and characters, like ``[^\\W\\d_]``), or
    None when that is not known (a pattern that may match empty, a range
    too wide to list)."""
    try:
        tree = _sre_parser.parse(regexp)
    except Exception:  # pragma: no cover - the patterns come from Lark
        return None
    return _first_of(list(tree), bool(tree.state.flags & re.IGNORECASE))


def _first_of(items: list, folded: bool) -> frozenset | None:
    c = _sre_constants
    optional: set = set()  # first characters of optional items passed so far
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width: the next item starts the match
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:
            first = _first_of(list(av[2]), folded)  # "(?:\d{2})?\d0s": either may start it
            if first is None:
                return None
            optional |= first
            continue
        if op is c.LITERAL:
            first = frozenset({("chr", chr(av), folded)})
        elif op is c.IN:
            first = _first_of_set(av, folded)
        elif op is c.SUBPATTERN:
            _, add, remove, sub = av
            first = _first_of(list(sub), (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif op is c.BRANCH:
            alts = [_first_of(list(alt), folded) for alt in av[1]]
            first = None if None in alts else frozenset().union(*alts)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            first = _first_of(list(av[2]), folded)
        else:
            first = None
        return None if first is None else first | optional
    return None  # may match the empty string


def _first_of_set(av: list, folded: bool) -> frozenset | None:
    c = _sre_constants
    negated = bool(av) and av[0][0] is c.NEGATE
    chars, parts = set(), set()
    for o, a in av[1:] if negated else av:
        if o is c.LITERAL:
            chars.add(chr(a))
        elif o is c.RANGE and a[1] - a[0] < 256:
            chars.update(chr(x) for x in range(a[0], a[1] + 1))
        elif o is c.CATEGORY and str(a) in _CATEGORIES:
            parts.add(_CATEGORIES[str(a)])
        else:
            return None
    if negated:
        if folded and any(ch.isalpha() for ch in chars):
            return None
        return frozenset({("set", True, frozenset(parts | {re.escape(ch) for ch in chars}))})
    return frozenset({("chr", ch, folded) for ch in chars} | ({("set", False, frozenset(parts))} if parts else set()))


@functools.lru_cache(maxsize=None)
def scanner() -> Scanner:
    lark = mention_parser()
    # whitespace is the grammar's only %ignore; finditer skips it by itself
    ignore = tuple(t.name for t in lark.terminals if re.fullmatch(t.pattern.to_regexp(), " \n"))
    return Scanner(lark.terminals, ignore, anchor_terminals())


@functools.lru_cache(maxsize=None)
def anchor_terminals() -> frozenset[str]:
    """Terminals of which every mention holds at least one.

    A set F of terminals is *too weak to make a mention* when the rule
    ``start`` cannot derive any string made only of F (the usual
    "productive symbols" fixpoint over the grammar's rules).  Starting from
    the terminals any text lexes into (WORD, PUNCT, OTHER), every other
    terminal joins F unless that would let ``start`` derive a string; the
    terminals left out are the anchors.  Terminals that glue many
    constructions ("a", "of", "to", hedges, units) are tried first, so they
    end up in F and the anchors are the rarer value-bearing words: digits,
    number words, months, weekdays, time units, ordinals."""
    lark = mention_parser()
    rules = [(("rule", str(r.origin.name)), {("terminal" if isinstance(s, Terminal) else "rule", str(s.name))
                                             for s in r.expansion}) for r in lark.rules]
    uses: dict[str, int] = {}
    for r in lark.rules:
        for s in r.expansion:
            if isinstance(s, Terminal):
                uses[str(s.name)] = uses.get(str(s.name), 0) + 1
    users: dict[tuple[str, str], list[int]] = {}
    for k, (_, symbols) in enumerate(rules):
        for symbol in symbols:
            users.setdefault(symbol, []).append(k)
    start = ("rule", "start")

    def grow(made: set, missing: list[int], new: list) -> tuple[set, list[int]]:
        """The productive fixpoint, grown from ``made`` by the symbols ``new``
        (worklist form: each rule counts the symbols it still lacks)."""
        made, missing, todo = set(made), list(missing), list(new)
        while todo:
            symbol = todo.pop()
            if symbol in made:
                continue
            made.add(symbol)
            for k in users.get(symbol, ()):
                missing[k] -= 1
                if missing[k] == 0 and rules[k][0] not in made:
                    todo.append(rules[k][0])
        return made, missing

    names = [str(t.name) for t in lark.terminals]
    fillers = {name for name in names if name in _NEVER_ANCHORS}
    made, missing = grow(set(), [len(symbols) for _, symbols in rules],
                         [origin for origin, symbols in rules if not symbols] + [("terminal", n) for n in fillers])
    assert start not in made, "the grammar accepts a mention without any anchor"
    for name in sorted(names, key=lambda n: (-uses.get(n, 0), n)):
        if name in fillers:
            continue
        grown = grow(made, missing, [("terminal", name)])
        if start not in grown[0]:
            fillers.add(name)
            made, missing = grown
    return frozenset(name for name in names if name not in fillers)

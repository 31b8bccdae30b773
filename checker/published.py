"""The publication date when the caller gives none.

Relative dates ("yesterday", "last year", a bare "Monday") and elapsed
times ("for 60 years") can only be checked against the day a story was
published.  A caller's explicit date always wins (``api.analyse`` only
calls :func:`infer_published` when it has none); otherwise it is read,
conservatively, from:

1. Markdown front matter: a ``date:`` or ``published:`` key in a leading
   ``---`` block;
2. a dateline in the first lines: "Published 14 March 2024", "Updated 8:42
   AM EDT, Fri September 30, 2016", or a line of page furniture or byline
   that carries a full date ("By Jane Smith | 14 March 2024");
3. a wire dateline: with its year ("WASHINGTON, Sept 30, 2016 (Reuters) -")
   it is the date; without one ("NEW YORK, March 3 -") it gives a date only
   when the page states the year elsewhere in its furniture ("© 2016").

A date inside the body text is never taken for the publication date.
"""
from __future__ import annotations

import datetime as _dt
import re

from .model import Kind

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RX = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
             r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_KEYWORD = re.compile(
    r"\b(?:(?:first\s+|last\s+)?published|(?:last\s+)?updated|posted|filed|issued|dated?|modified)\b\s*(?:on|at)?\s*:?",
    re.I)
# the keyword only counts within a line's first 40 characters: matching
# there (leftmost first, as ``search`` would) spares a scan of long lines
_EARLY_KEYWORD = re.compile(r"[\s\S]{0,40}?(" + _KEYWORD.pattern + ")", re.I)
_FRONT_KEYS = ("published", "date", "pubdate", "publish_date", "publishdate", "published_at",
               "date_published", "datepublished", "published_on", "created")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_RX + r")\.?,?\s+(\d{4})\b")
# what each of the three forms needs: four digits in a row (the year)
_YEAR_DIGITS = re.compile(r"\d{4}")
_MDY = re.compile(r"\b(" + _MONTH_RX + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_WIRE = re.compile(r"^(?:[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.'’ -]+){0,2},\s*)?(" + _MONTH_RX + r")\.?\s+(\d{1,2})\b"
                   r"(?:,?\s+(\d{4})\b)?"
                   r"(?:\s*\((?:Reuters|AP|AFP|Bloomberg|PA|UPI|dpa)\))?\s*(?:-|–|—)")
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|\bcopyright)\s*(\d{4})\b", re.I)
# lower-case words a dateline or byline may carry besides the date
# the words one of which every ``_KEYWORD`` match holds, and the non-ASCII
# letters IGNORECASE matches to ASCII letters of them ("ı" for "i", "ſ" for
# "s"): ``_may_match`` tests for them before the patterns run
_KEYWORD_CORES = ("published", "updated", "posted", "filed", "issued", "date", "modified")
_FOLDS_TO_LETTERS = ("\u0130", "\u0131", "\u017f")
_LINE_WORDS = frozenset("by and at on am pm a.m p.m min mins read minute minutes ago in of the".split())
DATELINE_LINES = 4


def infer_published(text: str, sentences=(), mentions=()) -> _dt.date | None:
    """The publication date stated in the page's own furniture, or None."""
    body_start = 0
    front = _front_matter(text)
    if front is not None:
        date, body_start = front
        if date is not None:
            return date
    lines = _first_lines(text, body_start, DATELINE_LINES)
    # the mentions a dateline can take its date from, picked once (round 23, speed: each line's test went
    # over every mention of the page)
    full_dates = _full_dates(mentions) if lines else ()
    keyed = []
    plain = []
    for start, end in lines:
        line = text[start:end]
        found = _dated_line(text, start, end, full_dates)
        if found is None:
            continue
        date, keyword = found
        (keyed if keyword else plain).append((date, keyword, line))
    for date, keyword, _ in keyed:
        if "publish" in keyword.lower():
            return date
    if keyed:
        return keyed[0][0]
    if plain:
        return plain[0][0]
    return _wire_date(text, lines)


# -------------------------------------------------------------- front matter
def _front_matter(text: str):
    """(date or None, offset after the block) when the text opens with a
    ``---`` block; None otherwise."""
    stripped = text.lstrip("\ufeff")
    offset = len(text) - len(stripped)
    if not re.match(r"---[ \t]*\r?\n", stripped):
        return None
    close = re.search(r"^(?:---|\.\.\.)[ \t]*$", stripped[3:], re.M)
    if close is None:
        return None
    block = stripped[3:3 + close.start()]
    end = offset + 3 + close.end()
    values = {}
    for line in block.splitlines():
        m = re.match(r"\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if m:
            values.setdefault(m.group(1).lower().replace("-", "_"), m.group(2).strip("'\" "))
    for key in _FRONT_KEYS:
        if key in values:
            date = parse_date(values[key])
            if date is not None:
                return date, end
    return None, end


def parse_date(value: str) -> _dt.date | None:
    """A full date written as ISO, "14 March 2024" or "March 14, 2024"."""
    if not _YEAR_DIGITS.search(value):
        return None  # each form holds a year of four digits: most lines have none (one test instead of three)
    for rx, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        m = rx.search(value)
        if not m:
            continue
        if order == "ymd":
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif order == "dmy":
            d, mo, y = int(m.group(1)), _month(m.group(2)), int(m.group(3))
        else:
            mo, d, y = _month(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return _dt.date(y, mo, d)
        except ValueError:
            return None
    return None


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


# ----------------------------------------------------------------- datelines
def _first_lines(text: str, start: int, count: int):
    out = []
    pos = start
    while len(out) < count and pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        line = text[pos:end]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        if nl == -1:
            break
        pos = nl + 1
    return out


def _full_dates(mentions) -> list:
    """The mentions that are dates with a year, a month and a day ("14 March 2024"), in their order."""
    date_kind = Kind.DATE  # (one look-up: ``Kind.DATE`` goes through EnumType's __getattr__ hook in Python 3.11)
    return [m for m in mentions if m.kind is date_kind and m.date is not None and m.date.year is not None
            and m.date.month is not None and m.date.day is not None]


def _dated_line(text: str, start: int, end: int, mentions):
    """(date, keyword) for a line that is a dateline; None otherwise."""
    line = text[start:end]
    kw = _EARLY_KEYWORD.match(line) if _may_match(line, _KEYWORD_CORES) else None
    if kw is not None:
        # "Published 14 March 2024 | 3 min read ...": the date right after the keyword
        tail = line[kw.end(1):kw.end(1) + 60]
        date = parse_date(_strip_time(tail))
        if date is not None and re.match(r"[\s,|:–—-]*(?:\d|[A-Z])", tail):
            return date, kw.group(1).strip()
    if len(line) > 160:
        return None
    dates = [m for m in mentions if m.kind is Kind.DATE and start <= m.start < end and m.date is not None
             and m.date.year is not None and m.date.month is not None and m.date.day is not None]
    if len(dates) != 1:
        date = parse_date(line) if not dates else None
        if date is None or len(_ISO.findall(line)) != 1:
            return None
        rest = _ISO.sub(" ", line)
    else:
        m = dates[0]
        try:
            date = _dt.date(m.date.year, m.date.month, m.date.day)
        except ValueError:
            return None
        rest = line[:m.start - start] + " " + line[m.end - start:]
    rest = _strip_time(rest)
    lower = [w for w in re.findall(r"[A-Za-z][A-Za-z.]*", rest) if w[0].islower()]
    if any(w.lower().rstrip(".") not in _LINE_WORDS for w in lower):
        return None
    if rest.strip().endswith((".", "!", "?")) and not re.search(r"\bby\b", rest, re.I):
        return None
    return date, ""


def _may_match(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of ``words`` (lower-case
    ASCII) can match ``text``: ``in`` on the lower-cased text, instead of
    searching it with an IGNORECASE pattern (slow: 17 to 100 us a line or page).
    Never no wrongly: only the letters of ``_FOLDS_TO_LETTERS`` match an ASCII
    letter case-insensitively without lower-casing to it."""
    low = text.lower()
    for w in words:  # (a loop, not any() over a generator: this runs on every line of every page's head)
        if w in low:
            return True
    return not text.isascii() and any(c in text for c in _FOLDS_TO_LETTERS)  # (those letters are not ASCII)


def _strip_time(text: str) -> str:
    text = re.sub(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b", " ", text, flags=re.I)
    return re.sub(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\b,?",
                  " ", text)


def _wire_date(text: str, lines):
    """A wire dateline's month and day, with the year from the furniture."""
    for start, end in lines[:3]:
        m = _WIRE.match(text[start:end])
        if not m:
            continue
        if m.group(3):  # "WASHINGTON, Sept 30, 2016 (Reuters) -"
            try:
                return _dt.date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
            except ValueError:
                return None
        if not re.match(r"[A-Z]{2}", text[start:end]):
            return None  # a bare "March 3 -" needs its city to be a dateline
        if "©" in text or "(c)" in text or "(C)" in text or _may_match(text, ("copyright",)):
            years = {int(y) for y in _COPYRIGHT.findall(text)}
        else:
            years = set()
        if len(years) != 1:
            return None
        try:
            return _dt.date(years.pop(), _month(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
    return None

"""HTML: the article text of a CMS export or a scraped page.

A small extractor on the standard library's ``html.parser`` (no download,
no network, nothing run): it keeps the text of the page's article and
leaves the page furniture out, and remembers where every character came
from, so findings are reported at the line and column of the HTML file.

What is kept
    When the page has ``<article>`` elements (or, failing that, ``<main>``
    or an element with ``itemprop="articleBody"``), only their text and
    the page's ``<h1>`` headline; otherwise the text of ``<body>``.

What is left out
    ``<head>``, ``script``, ``style``, ``noscript``, ``template``, ``svg``,
    ``nav``, ``aside``, ``figure``/``figcaption``, ``form``, ``button``,
    ``iframe``, media elements; ``header`` and ``footer`` outside an
    article, ``footer`` inside one; elements that are hidden (``hidden``,
    ``aria-hidden="true"``, ``display:none``), have a page-furniture
    ``role`` (navigation, banner, contentinfo, complementary), or whose
    ``class`` or ``id`` has a part that names furniture: related,
    now-playing, caption, byline, share, promo, video, advert, newsletter,
    social, comments, breadcrumb, sidebar, credit, ...

Block elements (``p``, ``div``, headings, ``li``, table rows, ...) become
paragraphs separated by a blank line, ``<br>`` a line break; runs of white
space become one space; entities are decoded.

The publication date is read from ``<meta property="article:published_time">``
(or ``name="date"``, ``pubdate``, ``publish-date``, ``dc.date``,
``itemprop="datePublished"``) or a ``<time pubdate>``/``itemprop="datePublished"``
element.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser

from ..suppress import Directive, parse_comment
from . import HTML, Draft, TextBuilder, parse_date

SKIP_TAGS = frozenset(
    "head script style noscript template svg math nav aside figure figcaption form button iframe "
    "select textarea video audio picture canvas object embed dialog menu".split()
)
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul "
    "caption title".split()
)
CELL_TAGS = frozenset({"td", "th"})
MAIN_TAGS = ("article", "main")
FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"})
FURNITURE_WORDS = (
    "related", "now-playing", "nowplaying", "caption", "byline", "share", "sharing", "promo", "video",
    "advert", "advertisement", "ad", "ads", "newsletter", "social", "comment", "comments", "breadcrumb",
    "breadcrumbs", "sidebar", "credit", "credits", "cookie", "subscribe", "recommended", "most-read",
    "mostread", "trending", "outbrain", "taboola", "sponsored", "author", "timestamp", "dateline-meta",
    "tags", "toolbar", "menu", "masthead", "signup", "paywall", "popup", "modal", "hidden", "sr-only",
)
_FURNITURE = re.compile(
    r"(?:^|[\s_\-])(?:" + "|".join(re.escape(w) for w in sorted(FURNITURE_WORDS, key=len, reverse=True)) + r")(?=$|[\s_\-])",
    re.IGNORECASE,
)
_DATE_META = frozenset({
    "article:published_time", "og:published_time", "date", "pubdate", "publish-date", "publish_date",
    "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "datepublished",
})
_SPACE = re.compile(r"\s+")


def is_furniture(attrs: dict[str, str | None]) -> bool:
    """Does this element's markup say it is page furniture?"""
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (attrs.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    names = " ".join(filter(None, (attrs.get("class"), attrs.get("id"))))
    return bool(names and _FURNITURE.search(names))


def _has_main(source: str) -> str | None:
    """Which element holds the article: 'article', 'main', 'articlebody' or None."""
    lower = source.lower()
    if re.search(r"<article[\s>]", lower):
        return "article"
    if re.search(r"itemprop\s*=\s*[\"']?articlebody", lower):
        return "articlebody"
    if re.search(r"<main[\s>]", lower):
        return "main"
    return None


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.out = TextBuilder()
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped here, main content here)
        self.skip_depth = 0
        self.main_depth = 0
        self.main_kind = _has_main(source)
        self.in_h1 = 0
        self.pending_space = False
        self.published: _dt.date | None = None
        self.directives: list[Directive] = []
        self.in_body = False

    # positions ------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col if line - 1 < len(self.line_starts) else len(self.source)

    # output ---------------------------------------------------------------
    @property
    def active(self) -> bool:
        if self.skip_depth:
            return False
        if self.main_kind is None:
            return True
        return self.main_depth > 0 or self.in_h1 > 0

    def brk(self, sep: str) -> None:
        if self.out.length == 0:
            self.pending_space = False
            return
        tail = self.out.tail(2)
        if sep == "\n\n":
            if tail.endswith("\n\n"):
                pass
            elif tail.endswith("\n"):
                self.out.insert("\n")
            else:
                self.out.insert("\n\n")
        elif not tail.endswith("\n"):
            self.out.insert("\n")
        self.pending_space = False

    def emit(self, piece: str, start: int, source_length: int | None = None) -> None:
        """Append ``piece`` (from ``source[start:]``), collapsing white space."""
        if not self.active:
            return
        slen = len(piece) if source_length is None else source_length
        if source_length is not None:  # a decoded entity
            if piece.isspace():
                self.pending_space = True
                return
            self._flush_space()
            self.out.copy(piece, start, slen)
            return
        pos = 0
        for m in _SPACE.finditer(piece):
            if m.start() > pos:
                self._flush_space()
                self.out.copy(piece[pos:m.start()], start + pos)
            self.pending_space = True
            self._space_at = start + m.start()
            pos = m.end()
        if pos < len(piece):
            self._flush_space()
            self.out.copy(piece[pos:], start + pos)

    def _flush_space(self) -> None:
        if self.pending_space and self.out.length and not self.out.tail(1).isspace():
            self.out.copy(" ", getattr(self, "_space_at", 0), 1)
        self.pending_space = False

    # parser events ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs_list) -> None:
        attrs = {k.lower(): (v if v is not None else "") for k, v in attrs_list}
        self._meta_date(tag, attrs)
        if tag in VOID_TAGS:
            if tag == "br" and self.active:
                self.brk("\n")
            elif tag == "hr" and self.active:
                self.brk("\n\n")
            return
        skip = tag in SKIP_TAGS or is_furniture(attrs)
        if tag == "header" and self.main_depth == 0 and self.main_kind is not None:
            skip = True
        if tag == "footer":
            skip = True
        if tag == "header" and self.main_kind is None and not self._inside("article"):
            skip = True
        main = self._is_main(tag, attrs)
        self.stack.append((tag, skip, main))
        if skip:
            self.skip_depth += 1
        if main:
            self.main_depth += 1
        if tag == "h1":
            self.in_h1 += 1
        if tag == "body":
            self.in_body = True
        if tag in BLOCK_TAGS:
            self.brk("\n\n")
        elif tag in CELL_TAGS:
            self.pending_space = True
        if tag in ("tr",):
            self.brk("\n")

    def handle_startendtag(self, tag, attrs_list) -> None:
        self.handle_starttag(tag, attrs_list)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def _inside(self, tag: str) -> bool:
        return any(t == tag for t, _, _ in self.stack)

    def _is_main(self, tag: str, attrs: dict) -> bool:
        kind = self.main_kind
        if kind == "article":
            return tag == "article"
        if kind == "articlebody":
            return (attrs.get("itemprop") or "").lower() == "articlebody"
        if kind == "main":
            return tag == "main"
        return False

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        if not any(t == tag for t, _, _ in self.stack):
            if tag in BLOCK_TAGS and self.active:  # a stray </p> still ends a block
                self.brk("\n\n")
            return
        while self.stack:
            t, skip, main = self.stack.pop()
            if skip:
                self.skip_depth -= 1
            if main:
                self.main_depth -= 1
            if t == "h1":
                self.in_h1 -= 1
            if t in BLOCK_TAGS or t == "tr":
                self.brk("\n\n" if t != "tr" else "\n")
            elif t in CELL_TAGS:
                self.pending_space = True
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if not data:
            return
        start = self._pos()
        if self.source.startswith(data, start):
            self.emit(data, start)
        else:  # should not happen; keep the text, map it to its start
            self.emit(_SPACE.sub(" ", data), start, len(data))

    def handle_entityref(self, name: str) -> None:
        start = self._pos()
        raw = f"&{name};" if self.source.startswith(f"&{name};", start) else f"&{name}"
        self._entity(raw, start)

    def handle_charref(self, name: str) -> None:
        start = self._pos()
        raw = f"&#{name};" if self.source.startswith(f"&#{name};", start) else f"&#{name}"
        self._entity(raw, start)

    def _entity(self, raw: str, start: int) -> None:
        value = unescape(raw).replace("\u00a0", " ")
        if value == raw:
            self.emit(raw, start)
        else:
            self.emit(value, start, len(raw))

    def handle_comment(self, data: str) -> None:
        start = self._pos()
        end = self.source.find("-->", start)
        end = end + 3 if end >= 0 else start + len(data) + 7
        d = parse_comment(data, self.out.length, self.out.length)
        if d is not None:
            # where it stands in the text (for "the next paragraph") and,
            # for reports, where it stands in the file
            self.directives.append(replace(d, source_span=(start, end)))

    # metadata ------------------------------------------------------------------
    def _meta_date(self, tag: str, attrs: dict) -> None:
        if self.published is not None:
            return
        value = None
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key in _DATE_META:
                value = attrs.get("content")
        elif tag == "time" and ("pubdate" in attrs or (attrs.get("itemprop") or "").lower() == "datepublished"):
            value = attrs.get("datetime")
        if value:
            self.published = parse_date(value)


def parse(source: str) -> Draft:
    ex = _Extractor(source)
    ex.feed(source)
    ex.close()
    text, offsets = ex.out.build(len(source))
    # trailing separators are not text
    stripped = text.rstrip()
    return Draft(
        source=source,
        text=stripped + ("\n" if stripped else ""),
        format=HTML,
        published=ex.published,
        offsets=offsets,
        directives=tuple(ex.directives),
    )

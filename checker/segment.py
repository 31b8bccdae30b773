"""Split a document into paragraphs and sentences, keeping offsets.

A paragraph is a run of non-blank lines; in drafts where every line is its
own paragraph (scraped pages, wire copy with one sentence a line) a single
newline also ends a paragraph when the line ends a sentence or has no
sentence punctuation at all.

Lines that look like page chrome -- a video duration, "Now playing", a
byline, a photo credit, a caption repeated twice -- are marked ``chrome``:
their figures are parsed but never related to the article's.
"""
from __future__ import annotations

import re

from .model import Sentence, new_sentence

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st prof gen col lt sgt rep reps sen sens gov govs b no nos vs v jan feb mar apr jun jul aug sep sept "
    "oct nov dec inc ltd co corp jr sr u.s u.k a.m p.m e.g i.e etc approx fig est mt ft".split()
)
_CLOSERS = "\"'”’)]"
_OPENERS = "\"'“‘(["


def segment(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    paragraphs = list(_paragraphs(text))
    seen_lines: dict[str, int] = {}
    for _, s, e in paragraphs:
        key = text[s:e].strip()
        seen_lines[key] = seen_lines.get(key, 0) + 1
    headline_done = False
    for p_index, (kind, start, end) in enumerate(paragraphs):
        body = text[start:end]
        is_chrome = _looks_like_chrome(body) or (seen_lines.get(body.strip(), 0) > 1 and len(body) > 40)
        is_headline = False
        if not headline_done:
            headline_done = True
            is_headline = not is_chrome and _looks_like_headline(body, alone=len(paragraphs) == 1)
        for s, e in _sentences(text, start, end):
            sentences.append(new_sentence(s, e, len(sentences), p_index, is_headline, is_chrome))
    return tuple(sentences)


def _paragraphs(text: str):
    """Yield (kind, start, end) for each non-blank line group."""
    pos = 0
    n = len(text)
    para_start = None
    para_end = None
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl == -1 else nl
        line = text[pos:line_end]
        if line.strip():
            stripped_end = pos + len(line.rstrip())
            if para_start is None:
                para_start = pos + (len(line) - len(line.lstrip()))
            elif _ends_paragraph(text[max(para_start, text.rfind("\n", para_start, para_end) + 1):para_end],
                                 line.strip()):
                yield "p", para_start, para_end
                para_start = pos + (len(line) - len(line.lstrip()))
            para_end = stripped_end
        elif para_start is not None:
            yield "p", para_start, para_end
            para_start = None
        if nl == -1:
            break
        pos = nl + 1
    if para_start is not None:
        yield "p", para_start, para_end


def _ends_paragraph(previous: str, next_line: str) -> bool:
    """A single newline ends a paragraph unless the text was hard-wrapped:
    the line breaks mid-sentence and the next line carries on in lower case,
    or a long line (typical of 70-column wrapping) stops without punctuation.
    ``previous`` is the paragraph's last line so far (passing the whole
    paragraph made a long hard-wrapped one quadratic)."""
    tail = previous.rstrip()
    if not tail or tail[-1] in ".!?:" + _CLOSERS:
        return True
    last_line = tail.rsplit("\n", 1)[-1]
    if next_line[:1].islower():
        return False
    # (round 24) a next line longer than the long line before it and its own first word (with slack) was not wrapped
    # at the width that broke the line before: a headline of 60 characters or more over an unwrapped paragraph
    return not (len(last_line) >= 60 and tail[-1] not in ".!?"
                and len(next_line) <= len(last_line) + len(next_line.split(None, 1)[0]) + 10)


def _looks_like_headline(body: str, alone: bool = False) -> bool:
    """A short first line without a closing stop or colon; in a text of one paragraph (``alone``) a stop inside
    closing quote marks is still a stop ('... and "Kinfolk."': a sentence, round 28; an article's first line that
    quotes a sentence, 'Council to cut 500 jobs: "This is a dark day."', stays a headline)."""
    words = body.split()
    end = body.rstrip().rstrip("\"'”’") if alone else body.rstrip()
    return 0 < len(words) <= 25 and end[-1:] not in ".:"


def _looks_like_chrome(body: str) -> bool:
    stripped = body.strip()
    lower = stripped.lower()
    if lower in ("now playing", "story highlights", "share this article", "advertisement"):
        return True
    first = stripped[:1]
    if (first.isdigit() or first in ":.") and all(ch.isdigit() or ch in ":." for ch in stripped):
        return True  # "01:50" (one word: no blank passes the test; the first character is tried alone first)
    if lower.startswith(("photo:", "image:", "video:", "watch:", "read more")):
        return True
    if "getty images" in lower or "/ap" in lower or "(photo" in lower or "photo credit" in lower:
        return True
    return False


MAX_SENTENCE = 2000  # characters; longer runs without a full stop are cut at a space


def _sentences(text: str, start: int, end: int):
    """Sentences of text[start:end], none longer than MAX_SENTENCE, so that
    the work done per sentence stays bounded and the whole stays linear."""
    for s, e in _natural_sentences(text, start, end):
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            yield s, cut
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            yield s, e


_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _natural_sentences(text: str, start: int, end: int):
    """Split text[start:end] into sentences at ., ! or ? followed by space and
    a capital, digit or opening quote, unless the dot ends an abbreviation."""
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        k = m.end()
        if k >= end:
            break
        nxt = text[k]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, s, dot):
            continue
        j = dot + 1
        while j < end and text[j] in _CLOSERS:
            j += 1
        yield s, j
        s = k
    if s < end:
        yield s, end


# (round 38) the nouns that take a capital letter as a label: "Group F", "Pool B", "Plan A", "Section C"
_LABELLED = re.compile(r"\b(?:Group|Pool|Plan|Section|Class|Grade|Division|Block|Wing|Ward|Zone|Category|Type|"
                       r"Level|Tier|Gate|Terminal|Stand|Platform|Row|Option|Appendix|Schedule|Part)\s+$")
# the longest abbreviation: a word before a dot that is longer is none (``_is_abbreviation`` walks back no further)
_LONGEST_ABBREVIATION = max(len(a) for a in _ABBREVIATIONS)


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    k = dot
    floor = max(sentence_start, dot - _LONGEST_ABBREVIATION - 1)
    while k > floor and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    if k == floor and k > sentence_start and (text[k - 1].isalpha() or text[k - 1] == "."):
        return False  # a longer word than any abbreviation (and no initial: it has more than one letter)
    word = text[k:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # single capital initials: "J. K. Rowling"; (round 38) not a label after its noun: "to top Group F. Hakimi ..."
    # (round 54) nor a unit's letter after its figure: "fell to minus 9C. By the afternoon ..."
    return len(word) == 1 and text[dot - 1].isupper() and not _LABELLED.search(text, max(sentence_start, k - 12), k) \
        and not (k > sentence_start and text[k - 1].isdigit())

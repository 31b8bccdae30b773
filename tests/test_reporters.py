"""Reporters, tested on hand-made findings (independent of the pipeline)."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.model import Finding, Related, Severity
from checker.reporters import json as json_reporter
from checker.reporters import text as text_reporter
from checker.reporters.lines import LineIndex


def finding(text: str, target: str, *, rule="FC101", severity=Severity.ERROR, nth=0, **kw) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(target, start + 1)
    return Finding(
        rule=rule,
        name=kw.pop("name", "parts-total-mismatch"),
        severity=severity,
        start=start,
        end=start + len(target),
        message=kw.pop("message", "The parts add up to 3,804, not 3,800."),
        **kw,
    )


def related(text: str, target: str) -> Related:
    i = text.index(target)
    return Related(i, i + len(target), target)


# -- LineIndex ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, offset, expected",
    [
        ("abc", 0, (1, 1)),
        ("abc", 2, (1, 3)),
        ("abc", 3, (1, 4)),  # just past the end
        ("ab\ncd", 3, (2, 1)),
        ("ab\ncd", 2, (1, 3)),  # the \n belongs to line 1
        ("ab\r\ncd", 2, (1, 3)),  # \r
        ("ab\r\ncd", 3, (1, 4)),  # \n of \r\n
        ("ab\r\ncd", 4, (2, 1)),
        ("ab\r\ncd\r\nef", 9, (3, 2)),
        ("ab\rcd", 3, (2, 1)),  # lone \r ends a line
        ("ab\n\ncd", 4, (3, 1)),
        ("café 906", 5, (1, 6)),  # é is one column
        ("naïve —\r\n中文 906", 12, (2, 4)),  # columns count characters
        ("😀 3,800", 2, (1, 3)),  # astral character: one column
    ],
)
def test_position(text, offset, expected):
    assert LineIndex(text).position(offset) == expected


def test_line_text_excludes_line_breaks():
    idx = LineIndex("one\r\ntwo\rthree\nfour")
    assert [idx.line_text(n) for n in range(1, len(idx) + 1)] == ["one", "two", "three", "four"]


def test_end_position_is_inclusive():
    text = "x\r\nAround 3,800 civilians"
    idx = LineIndex(text)
    start = text.index("3,800")
    assert idx.position(start) == (2, 8)
    assert idx.end_position(start, start + 5) == (2, 12)
    assert idx.end_position(start, start) == (2, 8)  # empty span


def _naive(text: str, offset: int) -> tuple[int, int]:
    line, col, i = 1, 1, 0
    while i < offset:
        ch = text[i]
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 < offset:
                line, col, i = line + 1, 1, i + 2
                continue
            col += 1
        elif ch in "\r\n":
            line, col = line + 1, 1
        else:
            col += 1
        i += 1
    return line, col


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab é中😀\r\n\t")), max_size=40), st.data())
def test_position_matches_naive_scan(text, data):
    offset = data.draw(st.integers(0, len(text)))
    assert LineIndex(text).position(offset) == _naive(text, offset)


# -- text ---------------------------------------------------------------------

ARTICLE = (
    "Headline: 3,800 killed\r\n"
    "\r\n"
    "Around 3,800 civilians were killed: 2,337 men, 1,906 children and 561 women.\r\n"
)


def test_text_first_line_format():
    f = finding(ARTICLE, "3,800", nth=1)
    lines = text_reporter.format_file("draft.txt", ARTICLE, [f], concise=True)
    assert lines == ["draft.txt:3:8: FC101 The parts add up to 3,804, not 3,800."]


def test_text_full_form_with_excerpt_and_details():
    f = finding(
        ARTICLE, "3,800", nth=1,
        arithmetic="2,337 + 1,906 + 561 = 4,804",
        tolerance="'around' allows ±5%: 3,610 to 3,990",
        related=(related(ARTICLE, "2,337"), related(ARTICLE, "561")),
    )
    lines = text_reporter.format_file("draft.txt", ARTICLE, [f])
    assert lines[0] == "draft.txt:3:8: FC101 The parts add up to 3,804, not 3,800."
    src, underline = lines[1], lines[2]
    assert src.startswith("    ") and src.endswith("Around 3,800 civilians were killed: 2,337 men, 1,906 children and 561 women.")
    assert "\r" not in src
    # the underline sits exactly under the span
    assert underline[src.index("3,800"):].startswith("^~~~~")
    assert underline.strip(" |").startswith("^~~~~") and underline.rstrip().endswith("^~~~~")
    assert lines[3] == "    arithmetic: 2,337 + 1,906 + 561 = 4,804"
    assert lines[4] == "    tolerance: 'around' allows ±5%: 3,610 to 3,990"
    col_2337 = ARTICLE.split("\r\n")[2].index("2,337") + 1
    col_561 = ARTICLE.split("\r\n")[2].index("561") + 1
    assert lines[5] == f'    related: "2,337" at 3:{col_2337}, "561" at 3:{col_561}'
    assert len(lines) == 6


def test_text_omits_empty_detail_lines():
    f = finding(ARTICLE, "561")
    lines = text_reporter.format_file("d.txt", ARTICLE, [f])
    assert len(lines) == 3
    assert not any(re.match(r"\s+(arithmetic|tolerance|related):", ln) for ln in lines)


def test_underline_aligned_after_wide_characters_and_tabs():
    text = "\t中文 906 x"
    f = finding(text, "906", severity=Severity.INFO)
    _, src, underline = text_reporter.format_file("d.txt", text, [f])
    assert "\t" not in src
    prefix = src.split("| ", 1)[1]
    caret = underline.split("| ", 1)[1]
    before = prefix[: prefix.index("906")]
    assert len(caret) - len(caret.lstrip()) == text_reporter.text_width(before)
    assert caret.strip() == "^~~"


def test_long_line_is_cut_around_the_span():
    text = "word " * 200 + "FIG 12 " + "tail " * 200
    f = finding(text, "FIG 12")
    _, src, underline = text_reporter.format_file("d.txt", text, [f])
    assert len(src) < 140
    assert "…" in src and "FIG 12" in src
    body, marks = src.split("| ", 1)[1], underline.split("| ", 1)[1]
    assert marks.index("^") == body.index("FIG 12")


def test_span_across_lines_is_underlined_to_end_of_line():
    text = "a 3,800\nmore"
    start = text.index("3,800")
    f = Finding("FC101", "n", Severity.ERROR, start, len(text), "m")
    _, src, underline = text_reporter.format_file("d.txt", text, [f])
    assert underline.endswith("^~~~~")


def test_message_stays_on_one_line():
    f = finding(ARTICLE, "561", message="two\nlines")
    col = ARTICLE.split("\r\n")[2].index("561") + 1
    assert text_reporter.format_file("d.txt", ARTICLE, [f], concise=True) == [f"d.txt:3:{col}: FC101 two lines"]


def test_no_colour_unless_asked():
    f = finding(ARTICLE, "561")
    plain = "\n".join(text_reporter.format_file("d.txt", ARTICLE, [f]))
    coloured = "\n".join(text_reporter.format_file("d.txt", ARTICLE, [f], color=True))
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


class _Stream:
    def __init__(self, tty):
        self.tty = tty

    def isatty(self):
        return self.tty


def test_use_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert text_reporter.use_color(_Stream(True))
    assert not text_reporter.use_color(_Stream(False))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not text_reporter.use_color(_Stream(True))


@pytest.mark.parametrize(
    "counts, expected",
    [
        ((0, 0, 0, 0), "0 errors, 0 warnings, 0 verified (info) in 0 files"),
        ((1, 1, 1, 1), "1 error, 1 warning, 1 verified (info) in 1 file"),
        ((2, 3, 4, 5), "2 errors, 3 warnings, 4 verified (info) in 5 files"),
    ],
)
def test_summary(counts, expected):
    assert text_reporter.format_summary(*counts) == expected


# -- json ---------------------------------------------------------------------


FINDING_KEYS = {
    "rule", "name", "severity", "start", "end", "line", "column", "end_line", "end_column",
    "message", "arithmetic", "tolerance", "related",
}


def test_json_schema_exact():
    f = finding(
        ARTICLE, "3,800", nth=1, arithmetic="a", tolerance="t",
        related=(related(ARTICLE, "2,337"),),
    )
    entries = [
        json_reporter.file_entry("draft.txt", ARTICLE, [f]),
        json_reporter.file_entry("missing.txt", None, error="no such file or folder"),
    ]
    doc = json.loads(json_reporter.render(entries, json_reporter.summary_dict(1, 0, 0, 1), "9.9"))
    assert set(doc) == {"schema_version", "figcheck_version", "files", "summary"}
    assert doc["schema_version"] == 1
    assert doc["figcheck_version"] == "9.9"
    assert doc["summary"] == {"errors": 1, "warnings": 0, "info": 0, "files": 1}
    good, bad = doc["files"]
    assert set(good) == set(bad) == {"path", "error", "findings"}
    assert bad == {"path": "missing.txt", "error": "no such file or folder", "findings": []}
    assert good["error"] is None
    [item] = good["findings"]
    assert set(item) == FINDING_KEYS
    start = f.start
    assert item["rule"] == "FC101"
    assert item["name"] == "parts-total-mismatch"
    assert item["severity"] == "error"
    assert (item["start"], item["end"]) == (start, start + 5)
    assert ARTICLE[item["start"]:item["end"]] == "3,800"
    assert (item["line"], item["column"]) == (3, 8)
    assert (item["end_line"], item["end_column"]) == (3, 12)  # last character, inclusive
    [rel] = item["related"]
    assert set(rel) == {"start", "end", "text", "line", "column"}
    assert ARTICLE[rel["start"]:rel["end"]] == rel["text"] == "2,337"
    assert rel["line"] == 3


@pytest.mark.parametrize("severity", list(Severity))
def test_json_severity_words(severity):
    f = finding(ARTICLE, "561", severity=severity)
    [item] = json_reporter.file_entry("d", ARTICLE, [f])["findings"]
    assert item["severity"] == {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}[severity]


def test_json_columns_count_characters_not_bytes():
    text = "Ré — naïve\r\n中文 906 ok"
    f = finding(text, "906")
    [item] = json_reporter.file_entry("d", text, [f])["findings"]
    assert (item["line"], item["column"], item["end_line"], item["end_column"]) == (2, 4, 2, 6)


def test_json_keeps_non_ascii_readable():
    f = finding("café 906", "906", message="906 is not “almost a quarter”")
    out = json_reporter.render([json_reporter.file_entry("d", "café 906", [f])], json_reporter.summary_dict(1, 0, 0, 1), "0")
    assert "“almost a quarter”" in out
    assert json.loads(out)["files"][0]["findings"][0]["message"] == "906 is not “almost a quarter”"

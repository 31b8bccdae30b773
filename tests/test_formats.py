"""Draft formats: Markdown, HTML and Word read so that findings point into
the original file (line:col), and the example article in four formats."""
from __future__ import annotations

import datetime as dt
import importlib.util
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from checker.formats import (
    DOCX, HTML, MARKDOWN, PLAIN, TextBuilder, check_draft, format_for, parse_text, read,
)
from checker.formats import docx as docx_format
from checker.formats import markdown as md_format
from checker.inputs import Input, InputError, read_draft
from checker.reporters.lines import LineIndex

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CLEAN = EXAMPLES / "airstrikes-toll.txt"
WRONG = EXAMPLES / "airstrikes-toll-wrong.txt"


def _load_make_examples():
    spec = importlib.util.spec_from_file_location("make_examples", ROOT / "tools" / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_examples = _load_make_examples()


def summary(draft, findings):
    """What a finding says, independent of where the file puts it."""
    return sorted(
        (f.rule, str(f.severity), f.message, draft.source[f.start:f.end], tuple(r.text for r in f.related))
        for f in findings
    )


def check_file(path: Path):
    draft = read(path.read_bytes(), path.name)
    return draft, check_draft(draft)


# -- format by extension -----------------------------------------------------


@pytest.mark.parametrize("name, fmt", [
    ("a.txt", PLAIN), ("a.TEXT", PLAIN), ("a.md", MARKDOWN), ("a.Markdown", MARKDOWN),
    ("a.html", HTML), ("a.HTM", HTML), ("a.docx", DOCX), ("README", PLAIN), (None, PLAIN),
])
def test_format_for(name, fmt):
    assert format_for(name) == fmt


def test_stdin_filename_picks_the_format():
    md = b"# Title\n\nThe `code 5` says **3,800**.\n"
    draft = read_draft(Input("-", "story.md"), stdin=io.BytesIO(md))
    assert draft.format == MARKDOWN and "code 5" not in draft.text and "3,800" in draft.text
    plain = read_draft(Input("-", "<stdin>"), stdin=io.BytesIO(md))
    assert plain.format == PLAIN and plain.text == md.decode()
    docx_bytes = make_examples.to_docx(CLEAN.read_text(encoding="utf-8"))
    word = read_draft(Input("-", "story.docx"), stdin=io.BytesIO(docx_bytes))
    assert word.format == DOCX and "Around 3,800 civilians" in word.text


# -- offset map ----------------------------------------------------------------


def test_offset_map_copies_replacements_and_gaps():
    b = TextBuilder()
    b.copy("ab", 10)  # text 0-2 <- source 10-12
    b.insert("\n\n")  # text 2-4: nothing
    b.copy("&", 20, 5)  # text 4 <- "&amp;" at 20-25
    b.copy("cd", 25)  # text 5-7 <- 25-27
    text, m = b.build(40)
    assert text == "ab\n\n&cd"
    assert m.span(0, 2) == (10, 12)
    assert m.span(4, 5) == (20, 25)
    assert m.span(4, 7) == (20, 27)
    assert m.span(5, 6) == (25, 26)
    assert m.start(2) == 20  # a separator maps to what follows it
    assert m.end(3) == 12  # ... or, as an end, to what came before
    assert m.span(7, 7) == (40, 40)


# -- Markdown ------------------------------------------------------------------

MD = """---
title: "Toll: 3,800"
date: 2016-09-30T08:42:00Z
---
# Strikes killed *3,800* people

Around 3,800 died, **2,337** men and 906 children, says the [group](https://example.org/2016/report-561).
Code `1,234 rows` and an image ![chart of 77 deaths](img/77.png) and <span>html 88</span>.
Escaped \\*stars\\* and AT&amp;T and <https://example.org/autolink/99>.

```
fenced 4,444
```

    indented 5,555

- item one: 12 buses
- item [two][ref]: 13 cars

> quoted 14 trains

| place | dead |
|-------|------|
| North | 15   |

[ref]: https://example.org/ref/16
"""


def test_markdown_keeps_length_lines_and_prose():
    d = parse_text(MD, MARKDOWN)
    assert len(d.text) == len(MD)
    assert d.text.count("\n") == MD.count("\n")
    for i, ch in enumerate(d.text):  # every kept character is the file's
        assert ch == MD[i] or ch == " "
    assert d.published == dt.date(2016, 9, 30)
    for kept in ("Strikes killed", "3,800", "2,337", "906 children", "group", "html 88", "AT&", "12 buses",
                 "two", "13 cars", "quoted 14 trains", "North", "15", "stars", "chart" if False else "Code"):
        assert kept in d.text, kept
    for gone in ("Toll", "title", "#", "*3,800*", "**", "https", "561", "1,234", "chart of 77", "77.png", "<span>",
                 "amp;", "autolink", "99", "4,444", "5,555", "ref/16", "|", "---", "\\*"):
        assert gone not in d.text, gone


def test_markdown_front_matter_date_keys():
    assert md_format.front_matter("---\npublished: '2020-01-02'\ndate: 2019-05-06\n---\n")[1] == dt.date(2020, 1, 2)
    assert md_format.front_matter("+++\ndate = 2021-03-04\n+++\nbody")[1] == dt.date(2021, 3, 4)
    assert md_format.front_matter("---\ntitle: x\n---\n") == (len("---\ntitle: x\n---\n"), None)
    assert md_format.front_matter("no front matter\n---\n") == (0, None)
    # a thematic break later in the file is not front matter
    assert parse_text("Text 5\n\n---\n\ndate: 2020-01-01\n", MARKDOWN).published is None


def test_markdown_crlf_and_unicode_columns():
    src = "# Tōll — 3,800\r\n\r\nAround 3,800 died: 2,337 men, 906 children and 561 women.\r\n"
    d = parse_text(src, MARKDOWN)
    assert len(d.text) == len(src) and "\r\n" in d.text
    assert d.text.index("2,337") == src.index("2,337")


# -- HTML ------------------------------------------------------------------------


def test_html_decodes_entities_and_maps_them_back():
    src = "<p>Tom &amp; Jerry counted 3,800&nbsp;dead &#8212; 2,337 men</p>"
    d = parse_text(src, HTML)
    assert d.text == "Tom & Jerry counted 3,800 dead — 2,337 men\n"
    start = d.text.index("& Jerry")
    s, e = d.to_source(start, start + len("& Jerry"))
    assert src[s:e] == "&amp; Jerry"
    s, e = d.to_source(d.text.index("—"), d.text.index("—") + 1)
    assert src[s:e] == "&#8212;"


def test_html_blocks_become_paragraphs_even_on_one_line():
    src = "<html><body><h1>Toll rises to 3,800</h1><p>First 5 things.</p><div>Second 6.<br>Line 7</div></body></html>"
    d = parse_text(src, HTML)
    assert d.text == "Toll rises to 3,800\n\nFirst 5 things.\n\nSecond 6.\nLine 7\n"


def test_html_leaves_page_furniture_out():
    src = """<html><head><title>Site 12</title><script>var a = 13;</script></head><body>
<nav>Menu 14</nav><header>Masthead 15</header>
<article><h2>Story</h2><p>Kept 16.</p>
<figure><img src="x"><figcaption>Caption 17</figcaption></figure>
<div class="related-links">Related 18</div><p class="photo-caption">Photo 19</p>
<div id="share-tools">Share 20</div><div class="byline">By 21</div><div class="promo">Promo 22</div>
<div class="now-playing">Now 23</div><div class="video_wrapper">Video 24</div>
<p hidden>Hidden 25</p><p aria-hidden="true">Hidden 26</p><p style="display: none">Hidden 27</p>
<aside>Aside 28</aside><div role="complementary">Box 29</div><p>Kept 30.</p>
<footer>Article footer 31</footer></article>
<div class="sidebar">Side 32</div><footer>Footer 33</footer></body></html>"""
    d = parse_text(src, HTML)
    assert re.findall(r"\d+", d.text) == ["16", "30"]


def test_html_without_article_keeps_body_text_but_not_chrome():
    src = "<body><header><nav>Home 1</nav></header><div><p>Body 2 text.</p></div><footer>3</footer></body>"
    assert parse_text(src, HTML).text == "Body 2 text.\n"


def test_html_article_page_keeps_an_h1_outside_the_article():
    src = "<body><div class='top'><h1>Headline 3,800</h1></div><p>Teaser 9</p><article><p>Body 2,337.</p></article></body>"
    assert parse_text(src, HTML).text == "Headline 3,800\n\nBody 2,337.\n"


@pytest.mark.parametrize("meta, date", [
    ('<meta property="article:published_time" content="2016-09-30T08:42:00Z">', dt.date(2016, 9, 30)),
    ('<meta name="date" content="2015-01-02">', dt.date(2015, 1, 2)),
    ('<meta itemprop="datePublished" content="2014-03-04">', dt.date(2014, 3, 4)),
    ('<meta name="description" content="2013-03-04">', None),
])
def test_html_publication_date(meta, date):
    assert parse_text(f"<html><head>{meta}</head><body><p>x</p></body></html>", HTML).published == date


def test_html_time_pubdate():
    src = '<article><time datetime="2012-07-08" pubdate>July 8</time><p>x</p></article>'
    assert parse_text(src, HTML).published == dt.date(2012, 7, 8)


def test_html_malformed_markup_does_not_crash():
    for src in ("<p>unclosed <b>bold 5", "</div></p>stray 6", "<p>a < b 7 &bogus; &#xZZ;</p>", "<!-- open", ""):
        d = parse_text(src, HTML)
        for m in re.finditer(r"\d", d.text):
            s, e = d.to_source(m.start(), m.end())
            assert src[s:e] == m.group()


# -- Word ---------------------------------------------------------------------------


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_lines_and_columns():
    data = _docx(["Toll rises", "", "Around 3,800 died: 2,337 men, 906 children and 561 women."])
    d = read(data, "x.docx")
    assert d.format == DOCX
    assert d.text == "Toll rises\n\nAround 3,800 died: 2,337 men, 906 children and 561 women."
    assert d.source == "Toll rises\n\nAround 3,800 died: 2,337 men, 906 children and 561 women."
    i = d.text.index("2,337")
    s, e = d.to_source(i, i + 5)
    assert LineIndex(d.source).position(s) == (3, d.source.splitlines()[2].index("2,337") + 1)


def test_docx_soft_line_break_is_a_space():
    d = docx_format.from_paragraphs(["One\nTwo 5", "Three 6"])
    assert d.source == "One Two 5\nThree 6"
    assert d.text == "One Two 5\n\nThree 6"


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04" + b"\x00" * 30, "not a Word document"),
    (b"plain text, not a zip", "not a Word document"),
])
def test_broken_docx(data, reason):
    with pytest.raises(InputError, match=reason):
        read(data, "draft.docx")


def test_zip_that_is_not_word(tmp_path):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="not a readable Word document"):
        read(buf.getvalue(), "draft.docx")


# -- the example article in four formats ---------------------------------------------


def test_committed_examples_are_made_from_the_txt():
    text = CLEAN.read_text(encoding="utf-8")
    assert (EXAMPLES / "airstrikes-toll.md").read_text(encoding="utf-8") == make_examples.to_markdown(text), \
        "run: python tools/make_examples.py"
    assert (EXAMPLES / "airstrikes-toll.html").read_text(encoding="utf-8") == make_examples.to_html(text), \
        "run: python tools/make_examples.py"
    committed = docx_format.paragraphs((EXAMPLES / "airstrikes-toll.docx").read_bytes())
    assert committed == docx_format.paragraphs(make_examples.to_docx(text)), "run: python tools/make_examples.py"


@pytest.mark.parametrize("ext", [".md", ".html", ".docx"])
def test_example_formats_find_what_the_txt_finds(ext):
    txt_draft, txt_findings = check_file(CLEAN)
    draft, findings = check_file(CLEAN.with_suffix(ext))
    assert summary(draft, findings) == summary(txt_draft, txt_findings)


@pytest.mark.parametrize("ext", [".txt", ".md", ".html", ".docx"])
def test_example_positions_point_into_the_original_file(ext):
    path = CLEAN.with_suffix(ext)
    draft, findings = check_file(path)
    assert findings, "the example has verified figures"
    if ext != ".docx":
        assert draft.source == path.read_text(encoding="utf-8")
    index = LineIndex(draft.source)
    for f in findings:
        line, col = index.position(f.start)
        figure = draft.source[f.start:f.end]
        assert index.line_text(line)[col - 1:].startswith(figure)
        assert figure and figure.strip() == figure


def test_example_docx_positions_are_paragraph_and_character():
    draft, findings = check_file(CLEAN.with_suffix(".docx"))
    paragraphs = docx_format.paragraphs(CLEAN.with_suffix(".docx").read_bytes())
    index = LineIndex(draft.source)
    for f in findings:
        line, col = index.position(f.start)
        assert paragraphs[line - 1][col - 1:].startswith(draft.source[f.start:f.end])


@pytest.mark.parametrize("maker, ext", [
    ("to_markdown", ".md"), ("to_html", ".html"), ("to_docx", ".docx"),
])
def test_wrong_example_is_flagged_alike_in_every_format(tmp_path, maker, ext):
    wrong = WRONG.read_text(encoding="utf-8")
    made = getattr(make_examples, maker)(wrong)
    path = tmp_path / f"wrong{ext}"
    path.write_bytes(made if isinstance(made, bytes) else made.encode("utf-8"))
    txt_draft, txt_findings = check_file(WRONG)
    draft, findings = check_file(path)
    assert summary(draft, findings) == summary(txt_draft, txt_findings)
    if not any(f.is_problem for f in txt_findings):
        pytest.skip("the sums/shares rules do not flag the wrong example yet")
    assert any(f.is_problem for f in findings)


def test_scraped_page_finds_what_its_article_text_finds():
    """The scraped HTML page has figures in its chrome (video, caption,
    promo, share counts, related links, footer); none may reach the rules."""
    page = (EXAMPLES / "airstrikes-toll.html").read_text(encoding="utf-8")
    draft = parse_text(page, HTML)
    article = CLEAN.read_text(encoding="utf-8")
    assert [" ".join(p.split()) for p in draft.text.split("\n\n")] == \
        [" ".join(p.split()) for p in article.strip().split("\n\n")]
    for chrome in ("01:50", "1,000 people", "12 people", "2,400", "4,100", "90,000", "120 countries", "100%"):
        assert chrome in page and chrome not in draft.text
    assert summary(draft, check_draft(draft)) == summary(*check_file(CLEAN))


# -- properties -----------------------------------------------------------------------------

_md_piece = st.sampled_from([
    "Around 3,800", " died", "**", "*", "_", "`", "[", "](", ")", "<b>", "</b>", "&amp;", "\\*", "# ", "- ",
    "> ", "\n", "\n\n", "```\n", "    ", "|", "2,337", " men", "![", "<http://x.y/1>", "---\n", "\r\n", "é", "—",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_md_piece, max_size=40).map("".join))
def test_markdown_blanking_never_moves_a_character(src):
    d = parse_text(src, MARKDOWN)
    assert len(d.text) == len(src)
    for i, ch in enumerate(d.text):
        assert ch == src[i] or (ch == " " and src[i] not in "\r\n")


_html_piece = st.sampled_from([
    "<p>", "</p>", "<div class='share'>", "</div>", "<br>", "Around 3,800", " died ", "&amp;", "&nbsp;", "&#8212;",
    "<script>x=1</script>", "<!-- c -->", "<article>", "</article>", "\n", "  ", "<b>", "</b>", "2,337", "&bogus;",
    "<h1>", "</h1>", "<figure>", "</figure>", "é",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_html_piece, max_size=40).map("".join))
def test_html_spans_map_back_to_the_same_figures(src):
    d = parse_text(src, HTML)
    for m in re.finditer(r"\d[\d,]*", d.text):
        s, e = d.to_source(m.start(), m.end())
        # the span starts and ends on the figure; inline markup inside a
        # figure ("2,3<b>37") is part of it
        assert src[s] == m.group()[0] and src[e - 1] == m.group()[-1]
        rest = iter(src[s:e])
        assert all(ch in rest for ch in m.group())
        if "<" not in src[s:e]:
            assert src[s:e] == m.group()


# -- the pre-commit hook ---------------------------------------------------------------------------


def test_pre_commit_hook_takes_every_draft_format():
    from checker.cli import build_parser
    from checker.inputs import CHECKABLE_EXTENSIONS

    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    files = re.search(r"^\s*files:\s*(\S+)\s*$", hook, re.M).group(1)
    entry = re.search(r"^\s*entry:\s*(.+?)\s*$", hook, re.M).group(1).split()
    assert re.search(r"^\s*- id: figcheck\s*$", hook, re.M)
    for ext in CHECKABLE_EXTENSIONS:
        assert re.search(files, f"drafts/story{ext}"), ext
    assert not re.search(files, "drafts/photo.png")
    assert entry[0] == "figcheck"
    args = build_parser().parse_args(entry[1:] + ["story.md"])
    assert args.command == "check" and args.paths == ["story.md"]


# -- through the command ---------------------------------------------------------------------------


@pytest.mark.parametrize("ext", [".md", ".html", ".docx"])
def test_cli_reads_formats_from_files_and_stdin(ext):
    import subprocess
    import sys

    path = CLEAN.with_suffix(ext)
    cmd = [sys.executable, "-m", "checker.cli", "check", "--concise"]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    by_file = subprocess.run(cmd + [str(path)], capture_output=True, env=env, timeout=600)
    by_stdin = subprocess.run(cmd + ["--stdin-filename", path.name, "-"], input=path.read_bytes(),
                              capture_output=True, env=env, timeout=600)
    assert by_file.returncode == by_stdin.returncode == 0, by_file.stderr
    file_lines = by_file.stdout.decode().splitlines()
    stdin_lines = by_stdin.stdout.decode().splitlines()
    assert [ln.split(":", 1)[1] for ln in file_lines[:-1]] == [ln.split(":", 1)[1] for ln in stdin_lines[:-1]]
    draft, findings = check_file(path)
    index = LineIndex(draft.source)
    assert len(file_lines) == len(findings) + 1  # and the summary
    for ln, f in zip(file_lines, findings):
        line, col = index.position(f.start)
        assert ln.startswith(f"{path}:{line}:{col}: {f.rule} ")

"""--format html: the editor's report, checked as markup (the browser test
drives it in Chromium)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import checker.api
from checker import cli
from checker.model import Finding, Related, Severity
from checker.reporters import FileResult, ReportRun, html as html_reporter

TEXT = (
    "Storm leaves 3,800 homes without power\n\n"
    "Around 3,800 homes, almost a quarter of them in the hills, lost power overnight.\r\n"
    "Crews restored 2,337 in the valley, 1,906 on the coast and 561 in town.\n\n"
    "The utility said 60 crews were at work.\n"
)


def span(target: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(target, start + 1)
    return start, start + len(target)


def rel(target: str, nth: int = 0, text: str = TEXT) -> Related:
    return Related(*span(target, nth, text), target)


def findings() -> list[Finding]:
    total = Finding("FC101", "parts-total-mismatch", Severity.ERROR, *span("3,800", 1),
                    "The parts add up to 4,804, not 'around 3,800'.",
                    arithmetic="2,337 + 1,906 + 561 = 4,804", tolerance="'around' allows ±5%: 3,610 to 3,990",
                    related=(rel("2,337"), rel("1,906"), rel("561")))
    share = Finding("FC201", "share-count-mismatch", Severity.WARNING, *span("almost a quarter"),
                    "1,906 is 50% of 3,800, not 'almost a quarter'.", arithmetic="1,906 / 3,800 = 50.2%",
                    related=(rel("1,906"), rel("3,800", 1)))
    same = Finding("FC401", "restatement", Severity.INFO, *span("3,800"),
                   "'3,800' agrees with 'around 3,800'.", arithmetic="3,800 = 3,800", related=(rel("3,800", 1),))
    return sorted([total, share, same], key=lambda f: (f.start, f.end, f.rule))


class Tree(HTMLParser):
    """Collects every element with its attributes and its text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self.stack: list[dict] = []
        self.scripts: list[str] = []

    VOID = {"meta", "br", "input", "link", "img", "hr"}

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(el)
        if tag not in self.VOID:
            self.stack.append(el)

    def handle_endtag(self, tag):
        while self.stack:
            el = self.stack.pop()
            if el["tag"] == tag:
                if tag == "script":
                    self.scripts.append(el["text"])
                break

    def handle_data(self, data):
        for el in self.stack:
            el["text"] += data

    def find(self, tag=None, cls=None, **attrs):
        out = []
        for el in self.elements:
            if tag and el["tag"] != tag:
                continue
            if cls and cls not in (el["attrs"].get("class") or "").split():
                continue
            if any(el["attrs"].get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            out.append(el)
        return out


def render(files) -> str:
    return html_reporter.render(ReportRun(files, version="1.2.3"))


def tree_of(page: str) -> Tree:
    t = Tree()
    t.feed(page)
    t.close()
    return t


def test_marks_have_severity_classes_and_icons():
    page = render([FileResult("storm.txt", TEXT, findings())])
    t = tree_of(page)
    marks = t.find("mark", "fc-mark")
    by_text = {m["text"].lstrip("✓⚠✗"): m for m in marks}
    # every figure of every relation is marked
    assert set(by_text) == {"3,800", "almost a quarter", "2,337", "1,906", "561"}
    # the headline's 3,800 is only verified; the body's is in an error and a warning
    headline = marks[0]
    assert "fc-info" in headline["attrs"]["class"].split() and headline["text"].startswith("✓")
    assert headline["attrs"]["data-findings"] == "1"
    body_total = marks[1]
    assert "fc-error" in body_total["attrs"]["class"].split() and body_total["text"].startswith("✗")
    assert sorted(body_total["attrs"]["data-findings"].split()) == ["1", "2", "3"]
    quarter = by_text["almost a quarter"]
    assert "fc-warning" in quarter["attrs"]["class"] and quarter["text"].startswith("⚠")
    # 1,906 belongs to the error and the warning: error wins, both are listed
    assert "fc-error" in by_text["1,906"]["attrs"]["class"]
    # the icon is a separate, hidden-from-readers element
    icons = [e for e in t.find("span", "fc-icon") if e["attrs"].get("aria-hidden") == "true"]
    assert len(icons) >= len(marks)


def test_findings_list_permalinks_and_details():
    t = tree_of(render([FileResult("storm.txt", TEXT, findings())]))
    items = t.find("li", "fc-finding")
    assert [i["attrs"]["id"] for i in items] == ["finding-1", "finding-2", "finding-3"]
    assert [i["attrs"]["data-severity"] for i in items] == ["info", "error", "warning"]
    error = items[1]
    assert "fc-error" in error["attrs"]["class"].split()
    assert "2,337 + 1,906 + 561 = 4,804" in error["text"]
    assert "'around' allows ±5%: 3,610 to 3,990" in error["text"]
    assert "line 3, column 8" in error["text"]
    links = [a["attrs"]["href"] for a in t.find("a", "fc-permalink")]
    assert links == ["#finding-1", "#finding-2", "#finding-3"]


def test_summary_by_rule():
    fs = findings() + [Finding("FC101", "parts-total-mismatch", Severity.INFO, *span("60"), "ok")]
    t = tree_of(render([FileResult("storm.txt", TEXT, fs)]))
    rows = {r["attrs"]["data-rule"]: r for r in t.find("tr") if "data-rule" in r["attrs"]}
    assert list(rows) == ["FC101", "FC201", "FC401"]
    cells = [c["text"].strip("✓⚠✗ ") for c in t.elements if c["tag"] == "td"]
    assert cells[:5] == ["FC101", "parts-total-mismatch", "1", "0", "1"]
    totals = t.find("p", "fc-totals")[0]["text"]
    assert "1 error" in totals and "1 warning" in totals and "2 verified" in totals


def test_prose_paragraphs_and_line_breaks():
    page = render([FileResult("storm.txt", TEXT, [])])
    t = tree_of(page)
    paras = t.find("p", "fc-p")
    assert len(paras) == 3
    assert "fc-headline" in paras[0]["attrs"]["class"]
    assert "<br>" in page  # the \r\n inside the second paragraph
    assert "No findings" in page


def test_article_text_is_escaped():
    evil = 'Draft <script>alert(1)</script> & "q" <img src=x onerror=alert(2)> with 12 cats.'
    f = Finding("FC101", "x<y>", Severity.ERROR, *span("12", text=evil), "12 <b>is</b> & wrong",
                arithmetic="<i>1</i>", tolerance="</script>")
    page = render([FileResult("<evil>.txt", evil, [f])])
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "<b>is</b>" not in page and "<i>1</i>" not in page
    assert "&lt;evil&gt;.txt" in page
    t = tree_of(page)
    assert len(t.scripts) == 1  # only the report's own script
    assert "alert(1)" not in t.scripts[0]
    # the text still reads as written
    article = t.find("article")[0]["text"]
    assert '<script>alert(1)</script> & "q" <img src=x onerror=alert(2)>' in article


def test_self_contained():
    page = render([FileResult("storm.txt", TEXT, findings())])
    assert not re.search(r"<(link|img|iframe|object)\b", page)
    assert not re.search(r"\bsrc\s*=", page)
    assert not re.search(r"@import|url\(", page)
    assert "http://" not in page and "https://" not in page
    assert "@media print" in page
    assert page.startswith("<!DOCTYPE html>")


def test_several_files_one_section_each_and_numbering_continues():
    other = "Only 12 of 10 boats returned."
    f = Finding("FC102", "parts-exceed-total", Severity.ERROR, *span("12", text=other), "12 of 10")
    t = tree_of(render([
        FileResult("storm.txt", TEXT, findings()),
        FileResult("gone.txt", None, error="no such file"),
        FileResult("boats.txt", other, [f]),
    ]))
    sections = t.find("section", "fc-file")
    assert [s["attrs"]["id"] for s in sections] == ["file-1", "file-2", "file-3"]
    assert [h["text"] for h in t.find("h2", "fc-path")] == ["storm.txt", "gone.txt", "boats.txt"]
    assert "fc-file-error" in sections[1]["attrs"]["class"] and "no such file" in sections[1]["text"]
    assert t.find("li", "fc-finding")[-1]["attrs"]["id"] == "finding-4"
    assert t.find("mark", "fc-mark")[-1]["attrs"]["data-findings"] == "4"


def test_overlapping_spans_do_not_nest_marks():
    text = "About 1,200 people, or 40 per cent of 3,000."
    a = Finding("FC201", "a", Severity.ERROR, *span("40 per cent", text=text), "m1",
                related=(Related(*span("1,200", text=text), "1,200"),))
    b = Finding("FC202", "b", Severity.INFO, *span("40", text=text), "m2",
                related=(Related(*span("3,000", text=text), "3,000"),))
    page = render([FileResult("o.txt", text, sorted([a, b], key=lambda f: (f.start, f.end)))])
    article = page[page.index("<article"):page.index("</article>")]
    assert article.count("<mark") == article.count("</mark>") == 4
    assert not re.search(r"<mark[^>]*>[^<]*(<span[^>]*>[^<]*</span>)?[^<]*<mark", article)
    t = tree_of(page)
    texts = [m["text"].lstrip("✓⚠✗") for m in t.find("mark")]
    assert texts == ["1,200", "40", " per cent", "3,000"]
    forty = t.find("mark")[1]
    assert sorted(forty["attrs"]["data-findings"].split()) == ["1", "2"]


def test_cli_html_to_file(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(checker.api, "check_text",
                        lambda text, published=None, *, path=None, rules=None: findings())
    story = tmp_path / "storm.txt"
    story.write_bytes(TEXT.encode())
    out = tmp_path / "report.html"
    assert cli.main(["check", "--format", "html", "-o", str(out), str(story)]) == 1
    assert capsys.readouterr().out == ""
    page = out.read_text(encoding="utf-8")
    assert page.count('<li class="fc-finding ') == 3


def _mark_texts(page: str) -> list[str]:
    return [m["text"].lstrip("✓⚠✗") for m in tree_of(page).find("mark", "fc-mark")]


def test_html_draft_is_shown_as_its_article_text():
    source = ("<html><head><title>x</title></head><body><article>\n"
              "<h1>Storm: 3,800 homes dark</h1>\n"
              "<p>Around <b>3,800</b> homes &amp; shops lost power; crews fixed 2,337.</p>\n"
              "</article></body></html>\n")
    f = Finding("FC101", "x", Severity.ERROR, *span("3,800", 1, source), "m",
                related=(rel("2,337", 0, source),))
    page = render([FileResult("story.html", source, [f], source="drafts/story.html")])
    article = tree_of(page).find("article")[0]["text"]
    assert "<b>" not in article and "&lt;b&gt;" not in page[page.index("<article"):]
    assert "homes & shops lost power" in article
    assert _mark_texts(page) == ["3,800", "2,337"]
    assert len(tree_of(page).find("p", "fc-p")) == 2
    # the position in the list is the file's own line and column
    item = tree_of(page).find("li", "fc-finding")[0]["text"]
    assert "line 3, column 14" in item


def test_word_draft_source_is_shown_as_paragraphs():
    source = "Storm leaves 3,800 homes dark\n\nAround 3,800 homes lost power.\nCrews fixed 2,337."
    f = Finding("FC101", "x", Severity.ERROR, *span("3,800", 1, source), "m", related=(rel("2,337", 0, source),))
    page = render([FileResult("d.docx", source, [f], source="d.docx")])
    paras = [p["text"] for p in tree_of(page).find("p", "fc-p")]
    assert len(paras) == 3 and paras[2].replace("✗", "") == "Crews fixed 2,337."
    assert _mark_texts(page) == ["3,800", "2,337"]
    assert "line 3, column 8" in tree_of(page).find("li", "fc-finding")[0]["text"]

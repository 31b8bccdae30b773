"""--format docx: a copy of the Word draft with a margin comment per finding."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

docx = pytest.importorskip("docx", reason="python-docx is not installed")

import checker.api  # noqa: E402
from checker import cli  # noqa: E402
from checker.formats import docx as docx_format  # noqa: E402
from checker.model import Finding, Related, Severity  # noqa: E402
from checker.reporters import FileResult, ReportRun  # noqa: E402
from checker.reporters import docx as docx_reporter  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REPO = Path(__file__).resolve().parent.parent


def make_docx(path: Path) -> list[str]:
    """A small draft: a title, an empty paragraph, a paragraph whose
    figures sit in differently formatted runs, a line break, a table."""
    d = docx.Document()
    d.add_paragraph("Storm leaves 3,800 homes dark")
    d.add_paragraph("")
    p = d.add_paragraph("Around 3,800 homes lost power. Crews restored ")
    p.add_run("2,337 in the valley").bold = True
    p.add_run(", 906 on the coast and ")
    p.add_run("561").italic = True
    p.add_run(" in town.")
    q = d.add_paragraph("Second line follows")
    q.add_run().add_break()
    q.add_run("a break with 12 crews.")
    d.add_table(rows=1, cols=1).cell(0, 0).text = "Table cell with 906 in it"
    d.add_paragraph("Last: 906 homes.")
    d.save(str(path))
    return [para.text for para in d.paragraphs]


def span(text: str, target: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(target, start + 1)
    return start, start + len(target)


def findings_for(text: str) -> list[Finding]:
    return [
        Finding("FC101", "parts-total-mismatch", Severity.ERROR, *span(text, "3,800", 1),
                "The parts add up to 3,804, not 3,800.", arithmetic="2,337 + 906 + 561 = 3,804",
                tolerance="'around' allows ±5%",
                related=(Related(*span(text, "2,337"), "2,337"), Related(*span(text, "561"), "561"))),
        Finding("FC201", "share-count-mismatch", Severity.WARNING, *span(text, "2,337"), "2,337 is too many."),
        Finding("FC401", "restatement", Severity.INFO, *span(text, "12"), "12 crews agree."),
        Finding("FC402", "restatement", Severity.INFO, *span(text, "906", 1), "last paragraph"),
    ]


def anchored(data: bytes) -> dict[int, str]:
    """The text each comment is anchored on, by comment id."""
    import zipfile
    from xml.etree import ElementTree as ET

    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    out: dict[int, str] = {}
    open_ids: list[int] = []
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            open_ids.append(int(el.get(W + "id")))
            out.setdefault(int(el.get(W + "id")), "")
        elif el.tag == W + "commentRangeEnd":
            open_ids.remove(int(el.get(W + "id")))
        elif el.tag == W + "t":
            for i in open_ids:
                out[i] += el.text or ""
        elif el.tag == W + "br":
            for i in open_ids:
                out[i] += "\n"
    return out


@pytest.mark.parametrize("which", ["text", "source"])
def test_comments_on_exactly_the_figures(tmp_path, which):
    path = tmp_path / "draft.docx"
    paragraphs = make_docx(path)
    before = path.read_bytes()
    draft = docx_format.from_paragraphs(paragraphs)
    text = draft.text if which == "text" else draft.source
    fs = findings_for(text)
    data = docx_reporter.render(ReportRun([FileResult("draft.docx", text, fs, source=str(path))]))
    assert path.read_bytes() == before  # the draft is never touched
    doc = docx.Document(io.BytesIO(data))
    comments = list(doc.comments)
    assert len(comments) == 4
    assert all(c.author == "figcheck" for c in comments)
    first = comments[0].text
    assert first.startswith("FC101 parts-total-mismatch (error)")
    assert "The parts add up to 3,804, not 3,800." in first
    assert "Arithmetic: 2,337 + 906 + 561 = 3,804" in first and "Tolerance: 'around' allows ±5%" in first
    assert "(warning)" in comments[1].text and "(verified)" in comments[2].text
    spans = anchored(data)
    assert [spans[c.comment_id] for c in comments] == ["3,800", "2,337", "12", "906"]
    # the text and its formatting are unchanged
    assert [p.text for p in doc.paragraphs] == paragraphs
    bold = [r.text for r in doc.paragraphs[2].runs if r.bold]
    assert bold == ["2,337", " in the valley"]


def test_unplaced_finding_is_listed_not_lost(tmp_path):
    path = tmp_path / "draft.docx"
    paragraphs = make_docx(path)
    text = docx_format.from_paragraphs(paragraphs).text
    stray = Finding("FC999", "nowhere", Severity.ERROR, len(text) + 5, len(text) + 8, "Out of range.")
    data = docx_reporter.render(ReportRun([FileResult("d.docx", text, [stray], source=str(path))]))
    [comment] = list(docx.Document(io.BytesIO(data)).comments)
    assert "could not be placed" in comment.text and "Out of range." in comment.text


def test_needs_a_docx_source(tmp_path):
    with pytest.raises(docx_reporter.DocxReportError):
        docx_reporter.render(ReportRun([FileResult("a.txt", "x", [], source=str(tmp_path / "a.txt"))]))


# -- command line ---------------------------------------------------------------


@pytest.fixture
def draft_file(tmp_path) -> Path:
    path = tmp_path / "draft.docx"
    make_docx(path)
    return path


@pytest.mark.parametrize("args, needle", [
    (["--format", "docx", "{docx}"], "-o"),
    (["--format", "docx", "-o", "{out}", "{txt}"], ".docx"),
    (["--format", "docx", "-o", "{out}", "{docx}", "{docx2}"], "exactly one"),
    (["--format", "docx", "-o", "{docx}", "{docx}"], "never overwrites"),
    (["--format", "html", "-o", "{txt}", "{txt}"], "never overwrites"),
])
def test_cli_usage_errors(draft_file, tmp_path, capsys, args, needle):
    txt = tmp_path / "story.txt"
    txt.write_text("Around 3,800 homes.")
    other = tmp_path / "other.docx"
    shutil.copy(draft_file, other)
    values = {"docx": str(draft_file), "docx2": str(other), "txt": str(txt), "out": str(tmp_path / "o.docx")}
    before = draft_file.read_bytes(), txt.read_bytes()
    assert cli.main(["check", *[a.format(**values) for a in args]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("figcheck: error: ") and needle in err and "Traceback" not in err
    assert (draft_file.read_bytes(), txt.read_bytes()) == before
    assert not (tmp_path / "o.docx").exists()


def test_cli_writes_annotated_copy(draft_file, tmp_path, monkeypatch, capsys):
    seen = {}

    def check_text(text, published=None, *, path=None, rules=None):
        seen["text"] = text
        return findings_for(text)

    monkeypatch.setattr(checker.api, "check_text", check_text)
    before = draft_file.read_bytes()
    out = tmp_path / "checked.docx"
    assert cli.main(["check", "--format", "docx", "-o", str(out), str(draft_file)]) == 1
    assert capsys.readouterr().out == ""
    assert draft_file.read_bytes() == before
    data = out.read_bytes()
    spans = anchored(data)
    assert sorted(spans.values()) == sorted(["3,800", "2,337", "12", "906"])


def test_cli_real_pipeline_on_the_example(tmp_path, capsys):
    example = REPO / "examples" / "airstrikes-toll.docx"
    if not example.exists():
        pytest.skip("examples/airstrikes-toll.docx is not in this checkout")
    wrong = tmp_path / "wrong.docx"
    d = docx.Document(str(example))
    changed = False
    for p in d.paragraphs:
        for r in p.runs:
            if "906 children" in r.text:
                r.text = r.text.replace("906 children", "1,906 children")
                changed = True
    if not changed:
        pytest.skip("the example no longer has the figure this test alters")
    d.save(str(wrong))
    assert cli.main(["check", "--format", "json", str(wrong)]) in (0, 1)
    report = json.loads(capsys.readouterr().out)
    expected = len(report["files"][0]["findings"])
    out = tmp_path / "checked.docx"
    assert cli.main(["check", "--format", "docx", "-o", str(out), str(wrong)]) in (0, 1)
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == expected
    assert not any("could not be placed" in c.text for c in comments)
    assert expected > 0

"""tools/evaluate.py and bench/bench.py: the measuring tools themselves.

They run on ../shared, which tests must not need: these tests build a tiny
shared folder of their own (sentences written for the tests) and check the
reports, the excerpts' length, the coverage counts and the verdicts file.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from checker.model import Finding, Related, Severity

REPO = Path(__file__).resolve().parent.parent


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


evaluate = load("figcheck_evaluate", REPO / "tools" / "evaluate.py")
bench = load("figcheck_bench", REPO / "bench" / "bench.py")


@pytest.fixture(autouse=True)
def _small_own_sets(tmp_path_factory, monkeypatch):
    """``evaluate.main`` also scores all of tests/labelled (test_labelled.py does that, file by file): here it reads
    one case file and one article set, so that each run takes a second, not a minute and a half."""
    own = tmp_path_factory.mktemp("own")
    (own / "own-a.jsonl").write_text((REPO / "tests" / "labelled" / "own-a.jsonl").read_text())
    articles = own / "articles"
    for f in (REPO / "tests" / "labelled" / "articles" / "art01").iterdir():
        (articles / "art01").mkdir(parents=True, exist_ok=True)
        (articles / "art01" / f.name).write_text(f.read_text())
    cases, arts = evaluate.eval_own_cases, evaluate.eval_own_articles
    monkeypatch.setattr(evaluate, "eval_own_cases", lambda folder=own: cases(folder))
    monkeypatch.setattr(evaluate, "eval_own_articles", lambda folder=articles: arts(folder))

WRONG = ("Harbour count\n\nSome 120 boats were moored in the harbour on Sunday. "
         "Of them, 70 were yachts, 30 were ferries and 40 were trawlers, the harbour master said.\n")
RIGHT = ("Library figures\n\nThe library lent 4,210 books last year, of which 2,100 were novels, "
         "1,610 were children's books and 500 were atlases. One of the rooms was closed for a week.\n")


def make_shared(root: Path) -> Path:
    shared = root / "shared"
    (shared / "eval" / "articles").mkdir(parents=True)
    (shared / "corpus" / "news").mkdir(parents=True)
    cases = [
        {"id": "sum-1", "rule": "sum", "text": WRONG, "published": None, "expect": "flag", "target": "120", "why": ""},
        {"id": "sum-2", "rule": "sum", "text": RIGHT, "published": None, "expect": "clean", "target": "", "why": ""},
    ]
    (shared / "eval" / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n")
    (shared / "eval" / "articles" / "01-clean.txt").write_text(RIGHT)
    (shared / "eval" / "articles" / "manifest.jsonl").write_text(
        json.dumps({"file": "01-clean.txt", "published": None, "expect": "clean", "target": "", "why": ""}) + "\n")
    (shared / "corpus" / "news" / "a.txt").write_text(WRONG)
    (shared / "corpus" / "news" / "b.txt").write_text(RIGHT)
    (shared / "corpus" / "manifest.tsv").write_text(
        "file\tsource\tcategory\tdate\twords\ttitle\n"
        "news/a.txt\ttest\tx\t03-MAR-1987\t30\tHarbour count\n"
        "news/b.txt\ttest\tx\t\t35\tLibrary figures\n")
    return shared


def test_skips_the_shared_parts_without_shared(tmp_path, capsys):
    # the project's own labelled sets ship with it and are still scored
    assert evaluate.main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 0
    assert "skipped" in capsys.readouterr().out
    report = (tmp_path / "out" / "eval.md").read_text(encoding="utf-8")
    assert "Skipped: cases.jsonl not found." in report
    assert "| **own-a.jsonl** | **all** |" in report
    assert not (tmp_path / "out" / "corpus-findings.md").exists()


def test_bench_skips_without_shared(tmp_path, capsys):
    assert bench.main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_end_to_end_on_a_small_shared_folder(tmp_path, capsys):
    shared = make_shared(tmp_path)
    out = tmp_path / "reports"
    assert evaluate.main(["--shared", str(shared), "--out", str(out), "--jobs", "1"]) == 0
    md = (out / "eval.md").read_text()
    data = json.loads((out / "eval.json").read_text())
    corpus = data["corpus"]
    assert corpus["articles"] == 2
    assert set(data["cases"]) == {"sum"}
    assert data["cases"]["sum"]["flag"] == 1 and data["cases"]["sum"]["clean"] == 1
    assert [a["file"] for a in data["articles"]] == ["01-clean.txt"]
    # every finding listed with an excerpt and "unreviewed"
    assert corpus["per_100"] == round(100 * len(corpus["findings"]) / 2, 2)
    for f in corpus["findings"]:
        assert f["verdict"] == "unreviewed"
        assert len(f["excerpt"]) <= evaluate.EXCERPT_WIDTH
        assert f["file"] in md
    # coverage: the digit tokens of both texts are counted, all inside mentions
    digits = sum(1 for t in (WRONG, RIGHT) for tok in evaluate.scanner().scan(t) if tok.type in evaluate.DIGIT_TYPES)
    row = next(r for r in corpus["coverage_table"] if r["tokens"] == "digit tokens")
    assert row["count"] == digits
    assert 0 < row["in_quantity"] <= row["in_mention"] <= digits
    assert "## 5. Most frequent unparsed forms" in md
    # the verdicts file got one unreviewed row per finding
    rows = list(csv.DictReader((ln for ln in open(out / "corpus-classification.tsv") if not ln.startswith("#")),
                               delimiter="\t"))
    assert len(rows) == len(corpus["findings"])
    assert (out / "corpus-findings.md").is_file()


@pytest.fixture
def fake_rule(monkeypatch):
    """A finding on every '120', whatever the real rules do today."""
    real = evaluate.check_document

    def check(doc):
        found = list(real(doc))
        at = doc.text.find("120 boats")
        if at >= 0:
            found.append(Finding("FC999", "test-rule", Severity.WARNING, at, at + 3, "120 is not 140.",
                                 related=(Related(at + 100, at + 102, "70"),)))
        return found

    monkeypatch.setattr(evaluate, "check_document", check)


def test_findings_are_listed_with_short_excerpts(tmp_path, fake_rule):
    shared = make_shared(tmp_path)
    out = tmp_path / "reports"
    evaluate.main(["--shared", str(shared), "--out", str(out), "--jobs", "1"])
    data = json.loads((out / "eval.json").read_text())["corpus"]
    mine = [f for f in data["findings"] if f["rule"] == "FC999"]
    assert len(mine) == 1
    f = mine[0]
    assert f["file"] == "news/a.txt" and f["figures"] == "120 | 70" and f["verdict"] == "unreviewed"
    assert "120 boats" in f["excerpt"] and len(f["excerpt"]) <= evaluate.EXCERPT_WIDTH
    assert data["by_rule"]["FC999"]["warning"] == 1
    md = (out / "eval.md").read_text()
    assert "| news/a.txt | FC999 | warning | 120 is not 140. |" in md
    assert "FC999 test-rule" in (out / "corpus-findings.md").read_text()


def test_verdicts_are_merged_by_file_rule_and_figures(tmp_path, fake_rule):
    shared = make_shared(tmp_path)
    out = tmp_path / "reports"
    evaluate.main(["--shared", str(shared), "--out", str(out), "--jobs", "1"])
    findings = json.loads((out / "eval.json").read_text())["corpus"]["findings"]
    f = next(f for f in findings if f["rule"] == "FC999")
    cls = out / "corpus-classification.tsv"
    text = cls.read_text().replace(f"{f['figures']}\tunreviewed\t", f"{f['figures']}\tfalse alarm\tboats are not yachts\t")
    # a stale row for a finding that does not exist
    text += "news/b.txt\tFC999\t1 | 2\treal error\tgone\n"
    cls.write_text(text)
    evaluate.main(["--shared", str(shared), "--out", str(out), "--jobs", "1"])
    data = json.loads((out / "eval.json").read_text())["corpus"]
    mine = next(x for x in data["findings"] if x["rule"] == "FC999")
    assert mine["verdict"] == "false alarm"
    assert mine["note"] == "boats are not yachts"
    assert ["news/b.txt", "FC999", "1 | 2"] in data["stale_classifications"]
    assert "false alarm (boats are not yachts)" in (out / "eval.md").read_text()
    # reviewed rows are kept, no duplicate rows are added
    assert cls.read_text().count(f"\t{f['figures']}\t") == 1


def test_excerpt_is_short_and_holds_the_figure():
    text = ("word " * 40) + "the total of 1,234 tonnes was shipped " + ("word " * 40)
    start = text.index("1,234")
    ex = evaluate.excerpt(text, start, start + 5)
    assert "1,234" in ex and len(ex) <= evaluate.EXCERPT_WIDTH
    assert ex.startswith("…") and ex.endswith("…")
    assert evaluate.excerpt("Only 3 left.", 5, 6) == "Only 3 left."
    long = "x" * 200
    assert len(evaluate.excerpt(long, 0, 200)) <= evaluate.EXCERPT_WIDTH
    assert "\n" not in evaluate.excerpt("a\n\nb 12\n\nc", 5, 7)


def test_shape_and_categories():
    assert evaluate.shape("1,234.5") == "N,N.N"
    assert evaluate.shape("12th") == "Nth"
    assert evaluate.shape("Seven") == "seven"
    from checker.api import analyse

    doc = analyse("He scored 12 and then 7 goals, and one of them was about 40 metres out.")
    cats = {m.text: evaluate.form_category(m) for m in doc.mentions}
    assert cats.get("7") is None or cats.get("7 goals") is None
    assert evaluate.form_category(None) == "none"


def test_wire_date():
    assert evaluate.wire_date("26-FEB-1987") == "1987-02-26"
    assert evaluate.wire_date("") is None


def test_bench_builds_documents_of_the_asked_size(tmp_path):
    shared = make_shared(tmp_path)
    doc = bench.build_document(shared, 2000)
    assert 1000 < len(doc.encode()) <= 2000
    assert "Harbour count" in doc


def test_bench_targets_are_judged_from_the_numbers():
    tp = {"figcheck/sample": {"kb_per_s": 500}, "quantulum3/sample": {"kb_per_s": 10}, "regex/sample": {"kb_per_s": 9000},
          "figcheck/full": {"kb_per_s": 1100, "mb_per_s": 1.1}, "regex/full": {"kb_per_s": 30000}}
    data = {"throughput": tp, "scaling": {"rows": [{"kb": 10000, "seconds": 9.0}]},
            "jobs": {"speedup": 1.5, "cores": 2}}
    verdicts = [ok for _, _, ok in bench.evaluate_targets(data)]
    assert verdicts == [True, False, True, True, False]

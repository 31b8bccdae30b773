"""--format sarif: SARIF 2.1.0 structure, regions, fingerprints (hand-made findings)."""
from __future__ import annotations

import json
import os

import pytest

import checker.api
from checker import cli
from checker.model import Finding, Related, Severity
from checker.reporters import FileResult, ReportRun, sarif
from checker.rules import RULES

TEXT = "Around 3,800 civilians were killed.\nOf them 2,337 were men, 906 children and 561 women.\n"


def span(text: str, target: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(target, start + 1)
    return start, start + len(target)


def finding(text, target, *, rule="FC101", severity=Severity.ERROR, related=(), nth=0, **kw) -> Finding:
    s, e = span(text, target, nth)
    rel = tuple(Related(*span(text, r), r) for r in related)
    return Finding(rule, kw.pop("name", "parts-total-mismatch"), severity, s, e,
                   kw.pop("message", "The parts add up to 3,804, not 3,800."), related=rel, **kw)


def render(files, cwd) -> dict:
    return json.loads(sarif.render(ReportRun(files, version="9.9.9", cwd=str(cwd))))


# -- a structural check of the SARIF 2.1.0 schema's requirements ------------------

LEVELS = {"none", "note", "warning", "error"}


def check_message(msg):
    assert isinstance(msg, dict) and ("text" in msg or "id" in msg)
    if "text" in msg:
        assert isinstance(msg["text"], str) and msg["text"]


def check_region(region, text_lines=None):
    for key in ("startLine", "startColumn", "endLine", "endColumn"):
        assert isinstance(region[key], int) and region[key] >= 1, key
    assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])


def check_location(loc):
    phys = loc["physicalLocation"]
    art = phys["artifactLocation"]
    assert isinstance(art["uri"], str) and art["uri"]
    assert "\\" not in art["uri"]
    if "uriBaseId" in art:
        assert not art["uri"].startswith("/")
    if "region" in phys:
        check_region(phys["region"])


def check_sarif(doc: dict) -> None:
    """The properties the 2.1.0 schema requires, with their types, for the
    objects figcheck writes."""
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-schema-2.1.0.json")
    assert isinstance(doc["runs"], list) and len(doc["runs"]) == 1
    for run in doc["runs"]:
        driver = run["tool"]["driver"]
        assert driver["name"] == "figcheck"
        ids = []
        for rule in driver.get("rules", []):
            assert isinstance(rule["id"], str) and rule["id"]
            for key in ("shortDescription", "fullDescription", "help"):
                if key in rule:
                    check_message(rule[key])
            if "defaultConfiguration" in rule:
                assert rule["defaultConfiguration"]["level"] in LEVELS
            ids.append(rule["id"])
        assert len(ids) == len(set(ids)), "rule ids must be unique"
        for base in run.get("originalUriBaseIds", {}).values():
            assert base["uri"].endswith("/")
        for res in run["results"]:
            check_message(res["message"])
            assert res["ruleId"] in ids
            if "ruleIndex" in res:
                assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
            assert res["level"] in LEVELS
            assert res["locations"]
            for loc in res["locations"]:
                check_location(loc)
            rel_ids = []
            for loc in res.get("relatedLocations", []):
                check_location(loc)
                assert isinstance(loc["id"], int) and loc["id"] >= 0
                rel_ids.append(loc["id"])
            assert len(rel_ids) == len(set(rel_ids))
            for key, value in res.get("partialFingerprints", {}).items():
                assert isinstance(key, str) and isinstance(value, str) and value
        for inv in run.get("invocations", []):
            assert isinstance(inv["executionSuccessful"], bool)
            for note in inv.get("toolExecutionNotifications", []):
                check_message(note["message"])


# -- tests ----------------------------------------------------------------------


def test_structure_rules_and_levels(tmp_path):
    f1 = finding(TEXT, "3,800", related=("2,337", "906", "561"), arithmetic="2,337 + 906 + 561 = 3,804",
                 tolerance="'around' allows ±5%")
    f2 = finding(TEXT, "906", rule="FC201", name="share-mismatch", severity=Severity.WARNING)
    f3 = finding(TEXT, "561", rule="FC401", name="restatement", severity=Severity.INFO)
    doc = render([FileResult("story.txt", TEXT, [f1, f2, f3], source=str(tmp_path / "story.txt"))], tmp_path)
    check_sarif(doc)
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["version"] == "9.9.9"
    # every registered rule is described, with its docstring
    by_id = {r["id"]: r for r in driver["rules"]}
    for rule in RULES:
        d = by_id[rule.code]
        assert d["name"] == rule.name
        assert d["shortDescription"]["text"] == rule.summary()
        assert rule.summary() in d["fullDescription"]["text"]
        assert d["help"]["text"] == d["fullDescription"]["text"]
    # and rules that are not registered still get a descriptor
    assert {"FC101", "FC201", "FC401"} <= set(by_id)
    levels = [(r["ruleId"], r["level"]) for r in run["results"]]
    assert levels == [("FC101", "error"), ("FC201", "warning"), ("FC401", "note")]
    first = run["results"][0]
    assert first["message"]["text"].startswith("The parts add up to 3,804, not 3,800.")
    assert "Arithmetic: 2,337 + 906 + 561 = 3,804" in first["message"]["text"]
    assert first["properties"]["tolerance"] == "'around' allows ±5%"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")


def test_region_columns_are_one_based_and_end_exclusive(tmp_path):
    f = finding(TEXT, "2,337", related=("3,800",))
    doc = render([FileResult("story.txt", TEXT, [f], source="story.txt")], tmp_path)
    res = doc["runs"][0]["results"][0]
    region = res["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 9, "endLine": 2, "endColumn": 14, "snippet": {"text": "2,337"}}
    line = TEXT.splitlines()[1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "2,337"
    [rel] = res["relatedLocations"]
    assert rel["physicalLocation"]["region"]["startLine"] == 1
    assert rel["physicalLocation"]["region"]["startColumn"] == 8
    assert rel["physicalLocation"]["region"]["endColumn"] == 13
    assert "3,800" in rel["message"]["text"]


def test_region_counts_code_points_and_spans_lines(tmp_path):
    text = "😀 naïve — 3,800\r\nthousand people"
    s = text.index("3,800")
    e = text.index("thousand") + len("thousand")
    f = Finding("FC101", "x", Severity.ERROR, s, e, "m")
    doc = render([FileResult("a.txt", text, [f], source="a.txt")], tmp_path)
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 11)
    assert (region["endLine"], region["endColumn"]) == (2, 9)


def test_paths_are_relative_with_forward_slashes(tmp_path):
    sub = tmp_path / "drafts" / "news"
    sub.mkdir(parents=True)
    f = finding(TEXT, "3,800")
    doc = render([FileResult(str(sub / "a b.txt"), TEXT, [f], source=str(sub / "a b.txt"))], tmp_path)
    art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": "drafts/news/a%20b.txt", "uriBaseId": "%SRCROOT%"}
    assert doc["runs"][0]["artifacts"][0]["location"] == art
    # a relative source path is taken relative to cwd as well
    doc = render([FileResult("x", TEXT, [f], source=os.path.join("drafts", "news", "c.txt"))], tmp_path)
    art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art["uri"] == "drafts/news/c.txt"


def test_file_outside_cwd_gets_an_absolute_uri(tmp_path):
    inside = tmp_path / "repo"
    inside.mkdir()
    outside = tmp_path / "elsewhere.txt"
    doc = render([FileResult(str(outside), TEXT, [finding(TEXT, "906")], source=str(outside))], inside)
    art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art["uri"].startswith("file:///") and art["uri"].endswith("/elsewhere.txt")
    assert "uriBaseId" not in art
    check_sarif(doc)


def test_stdin_uses_its_display_name(tmp_path):
    doc = render([FileResult("drafts/piece.md", TEXT, [finding(TEXT, "906")], source=None)], tmp_path)
    art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": "drafts/piece.md", "uriBaseId": "%SRCROOT%"}


def _fingerprints(doc):
    return [r["partialFingerprints"]["figcheck/v1"] for r in doc["runs"][0]["results"]]


def test_fingerprints_survive_edits_elsewhere(tmp_path):
    f = finding(TEXT, "3,800", related=("2,337", "906", "561"))
    before = _fingerprints(render([FileResult("a.txt", TEXT, [f], source="a.txt")], tmp_path))
    moved = "A new first paragraph, added later.\n\n" + TEXT
    g = finding(moved, "3,800", related=("2,337", "906", "561"))
    after_doc = render([FileResult("a.txt", moved, [g], source="a.txt")], tmp_path)
    assert after_doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert _fingerprints(after_doc) == before


def test_fingerprints_differ_by_rule_figure_and_path(tmp_path):
    base = finding(TEXT, "3,800", related=("2,337",))
    variants = [
        [FileResult("a.txt", TEXT, [base], source="a.txt")],
        [FileResult("b.txt", TEXT, [base], source="b.txt")],
        [FileResult("a.txt", TEXT, [finding(TEXT, "3,800", rule="FC102", related=("2,337",))], source="a.txt")],
        [FileResult("a.txt", TEXT, [finding(TEXT, "3,800", related=("906",))], source="a.txt")],
        [FileResult("a.txt", TEXT, [finding(TEXT, "561", related=("2,337",))], source="a.txt")],
    ]
    prints = [_fingerprints(render(v, tmp_path))[0] for v in variants]
    assert len(set(prints)) == len(prints)


def test_repeated_key_gets_an_occurrence_number(tmp_path):
    text = "We counted 12 boats. Later 12 boats again."
    f1 = finding(text, "12")
    f2 = finding(text, "12", nth=1)
    prints = _fingerprints(render([FileResult("a.txt", text, [f1, f2], source="a.txt")], tmp_path))
    assert prints[1] == prints[0] + ":2"


def test_unreadable_file_is_a_notification(tmp_path):
    doc = render([
        FileResult("gone.txt", None, [], error="no such file", source="gone.txt"),
        FileResult("a.txt", TEXT, [finding(TEXT, "906")], source="a.txt"),
    ], tmp_path)
    check_sarif(doc)
    inv = doc["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    [note] = inv["toolExecutionNotifications"]
    assert note["level"] == "error" and "no such file" in note["message"]["text"]
    assert len(doc["runs"][0]["results"]) == 1


def test_no_findings_is_still_valid(tmp_path):
    doc = render([FileResult("a.txt", TEXT, [], source="a.txt")], tmp_path)
    check_sarif(doc)
    assert doc["runs"][0]["results"] == []


# -- through the command line -----------------------------------------------------


@pytest.fixture
def fake_findings(monkeypatch):
    state = {"findings": []}

    def check_text(text, published=None, *, path=None, rules=None):
        return [f for f in state["findings"] if f.end <= len(text)]

    monkeypatch.setattr(checker.api, "check_text", check_text)
    return state


def test_cli_sarif_to_file(fake_findings, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "story.txt").write_text(TEXT)
    fake_findings["findings"] = [finding(TEXT, "3,800", related=("2,337",))]
    code = cli.main(["check", "--format", "sarif", "-o", "out.sarif", "drafts"])
    assert code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    doc = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    check_sarif(doc)
    res = doc["runs"][0]["results"][0]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/story.txt"


def test_cli_sarif_to_stdout(fake_findings, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(TEXT)
    fake_findings["findings"] = [finding(TEXT, "906", severity=Severity.WARNING)]
    assert cli.main(["check", "--format", "sarif", "story.txt"]) == 0
    doc = json.loads(capsys.readouterr().out)
    check_sarif(doc)
    assert doc["runs"][0]["results"][0]["level"] == "warning"


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "github", "junit", "html"])
def test_output_file_holds_what_stdout_would(fake_findings, tmp_path, monkeypatch, capsys, fmt):
    from checker.reporters import FORMATS

    assert fmt in FORMATS
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(TEXT)
    fake_findings["findings"] = [finding(TEXT, "3,800", related=("2,337",)),
                                 finding(TEXT, "906", severity=Severity.INFO, rule="FC401")]
    assert cli.main(["check", "--format", fmt, "story.txt"]) == 1
    expected = capsys.readouterr().out
    assert expected
    assert cli.main(["check", "--format", fmt, "-o", "report.out", "story.txt"]) == 1
    assert capsys.readouterr().out == ""
    assert (tmp_path / "report.out").read_text(encoding="utf-8") == expected


def test_unwritable_output_is_an_input_error(fake_findings, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(TEXT)
    code = cli.main(["check", "--format", "sarif", "-o", str(tmp_path / "no" / "such" / "dir.sarif"), "story.txt"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("figcheck: error: cannot write ") and "Traceback" not in err


def test_real_pipeline_on_the_example_is_valid_sarif(tmp_path, monkeypatch, capsys):
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(repo)
    example = "examples/airstrikes-toll-wrong.txt"
    cli.main(["check", "--format", "json", example])
    expected = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    cli.main(["check", "--format", "sarif", example])
    doc = json.loads(capsys.readouterr().out)
    check_sarif(doc)
    results = doc["runs"][0]["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == \
        [(f["rule"], f["line"]) for f in expected]
    for r in results:
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == example
    prints = [r["partialFingerprints"]["figcheck/v1"] for r in results]
    assert len(set(prints)) == len(prints)

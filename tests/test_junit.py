"""--format junit: one testsuite, one testcase per file, failures with the concise lines."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import checker.api
from checker import cli
from checker.model import Finding, Severity
from checker.reporters import FileResult, ReportRun, junit

TEXT = "Around 3,800 civilians were killed.\nOf them 2,337 were men, 906 children and 561 women.\n"


def finding(target, severity=Severity.ERROR, rule="FC101", message="The parts add up to 3,804, not 3,800."):
    s = TEXT.index(target)
    return Finding(rule, "parts-total-mismatch", severity, s, s + len(target), message)


def render(files, fail_level=Severity.ERROR) -> ET.Element:
    xml = junit.render(ReportRun(files, fail_level=fail_level))
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(xml.split("\n", 1)[1])


def test_suite_cases_and_failures():
    root = render([
        FileResult("a.txt", TEXT, [finding("3,800"), finding("906", Severity.ERROR, "FC201"),
                                   finding("561", Severity.WARNING, "FC301")]),
        FileResult("b.txt", TEXT, [finding("561", Severity.INFO, "FC401")]),
        FileResult("c.txt", TEXT, []),
        FileResult("gone.txt", None, error="no such file"),
    ])
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "figcheck"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "1", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["a.txt", "b.txt", "c.txt", "gone.txt"]
    [failure] = cases[0].findall("failure")
    assert failure.get("message") == "2 errors in a.txt"
    assert failure.text.splitlines() == [
        "a.txt:1:8: FC101 The parts add up to 3,804, not 3,800.",
        "a.txt:2:25: FC201 The parts add up to 3,804, not 3,800.",
    ]
    assert cases[0].find("system-out").text == "a.txt:2:42: FC301 The parts add up to 3,804, not 3,800."
    assert cases[1].find("failure") is None and "FC401" in cases[1].find("system-out").text
    assert list(cases[2]) == []
    err = cases[3].find("error")
    assert err is not None and err.get("message") == "no such file"


def test_fail_level_warning_makes_warnings_failures():
    root = render([FileResult("a.txt", TEXT, [finding("561", Severity.WARNING, "FC301")])], Severity.WARNING)
    case = root.find("testsuite/testcase")
    assert case.find("failure").get("message") == "1 warning in a.txt"


def test_markup_and_control_characters_are_safe():
    f = finding("906", message='<b>&"bad"</b>\x00\x1b end')
    root = render([FileResult("a&b<c>.txt", TEXT, [f])])
    case = root.find("testsuite/testcase")
    assert case.get("name") == "a&b<c>.txt"
    assert '<b>&"bad"</b>' in case.find("failure").text
    assert "\x00" not in case.find("failure").text


def test_cli_junit(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(checker.api, "check_text", lambda text, published=None, *, path=None, rules=None:
                        [finding("3,800")])
    story = tmp_path / "s.txt"
    story.write_text(TEXT)
    out = tmp_path / "report.xml"
    assert cli.main(["check", "--format", "junit", "-o", str(out), str(story)]) == 1
    root = ET.parse(out).getroot()
    assert root.find("testsuite/testcase").get("name") == str(story)
    assert root.find("testsuite/testcase/failure") is not None

"""--format github: workflow commands and GitHub's escaping rules."""
from __future__ import annotations

import re

import pytest

import checker.api
from checker import cli
from checker.model import Finding, Related, Severity
from checker.reporters import FileResult, ReportRun, github

TEXT = "Around 3,800 civilians were killed.\nOf them 2,337 were men, 906 children and 561 women.\n"


def finding(target, *, rule="FC101", name="parts-total-mismatch", severity=Severity.ERROR, text=TEXT, **kw):
    s = text.index(target)
    return Finding(rule, name, severity, s, s + len(target), kw.pop("message", "The parts add up to 3,804."), **kw)


def render(files, cwd) -> list[str]:
    return github.render(ReportRun(files, cwd=str(cwd))).splitlines()


def unescape(value: str) -> str:
    return (value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def parse(line: str):
    m = COMMAND.match(line)
    assert m, line
    props = {}
    if m.group(2):
        for part in m.group(2).split(","):
            key, _, value = part.partition("=")
            props[key] = unescape(value)
    return m.group(1), props, unescape(m.group(3))


def test_one_command_per_finding_with_positions(tmp_path):
    f = finding("2,337", related=(Related(7, 12, "3,800"),), arithmetic="2,337 + 906 + 561 = 3,804",
                tolerance="'around' allows ±5%")
    lines = render([FileResult("story.txt", TEXT, [f], source=str(tmp_path / "story.txt"))], tmp_path)
    assert len(lines) == 2  # the command and the summary
    assert lines[0].startswith("::error file=story.txt,line=2,col=9,endLine=2,endColumn=13,title=FC101 parts-total-mismatch::")
    kind, props, message = parse(lines[0])
    assert kind == "error"
    assert props == {"file": "story.txt", "line": "2", "col": "9", "endLine": "2", "endColumn": "13",
                     "title": "FC101 parts-total-mismatch"}
    assert message.splitlines() == [
        "The parts add up to 3,804.",
        "Arithmetic: 2,337 + 906 + 561 = 3,804",
        "Tolerance: 'around' allows ±5%",
        "Related: '3,800'",
    ]
    assert lines[1] == "1 error, 0 warnings, 0 verified (info) in 1 file"


@pytest.mark.parametrize("severity, command", [
    (Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "notice"),
])
def test_severity_to_command(tmp_path, severity, command):
    lines = render([FileResult("a.txt", TEXT, [finding("906", severity=severity)], source="a.txt")], tmp_path)
    assert lines[0].startswith(f"::{command} file=a.txt,")


def test_escaping_message_and_properties(tmp_path):
    f = finding("906", name="odd:name,with", message="100% wrong,\r\nsee: here")
    sub = tmp_path / "a,b:c"
    sub.mkdir()
    lines = render([FileResult("x", TEXT, [f], source=str(sub / "d%e.txt"))], tmp_path)
    line = lines[0]
    assert "file=a%2Cb%3Ac/d%25e.txt," in line
    assert "title=FC101 odd%3Aname%2Cwith::" in line
    assert line.endswith("::100%25 wrong,%0D%0Asee: here")  # , and : stay in the message
    assert "\n" not in line and "\r" not in line
    kind, props, message = parse(line)
    assert props["file"] == "a,b:c/d%e.txt"
    assert message == "100% wrong,\r\nsee: here"


def test_escape_functions():
    assert github.escape_data("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f"
    assert github.escape_property("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf"


def test_unreadable_file_and_stdin(tmp_path):
    lines = render([
        FileResult("gone.txt", None, error="no such file", source="gone.txt"),
        FileResult("piece.txt", TEXT, [finding("561", severity=Severity.WARNING)], source=None),
    ], tmp_path)
    assert lines[0] == "::error file=gone.txt,title=figcheck::no such file"
    assert lines[1].startswith("::warning file=piece.txt,line=2,")


def test_cli_github_format(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(checker.api, "check_text", lambda text, published=None, *, path=None, rules=None:
                        [finding("3,800", severity=Severity.WARNING)])
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.txt").write_text(TEXT)
    assert cli.main(["check", "--format", "github", "s.txt"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("::warning file=s.txt,line=1,col=8,endLine=1,endColumn=12,title=FC101 ")
    assert cli.main(["check", "--format", "github", "-o", "ann.txt", "s.txt"]) == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "ann.txt").read_text().splitlines()[0] == out[0]

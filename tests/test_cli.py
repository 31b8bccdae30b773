"""The figcheck command: exit codes, errors without tracebacks, output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import checker
import checker.api
from checker import cli
from checker.model import Finding, Severity
from checker.rules import RULES

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
STORY = "Around 3,800 civilians were killed.\r\nOf them 2,337 were men, 906 children and 561 women.\r\n"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None):
    """Run ``python -m checker.cli`` in a subprocess; return (code, stdout, stderr)."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), full_env.get("PYTHONPATH")]))
    full_env.pop("NO_COLOR", None)
    full_env.pop("FIGCHECK_DEBUG", None)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "checker.cli", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=600,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def assert_clean_error(stderr: str, *needles: str) -> None:
    assert "Traceback" not in stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert lines, "expected a message on stderr"
    for ln in lines:
        assert ln.startswith("figcheck: "), ln
    for needle in needles:
        assert needle in stderr


@pytest.fixture
def story(tmp_path) -> Path:
    p = tmp_path / "story.txt"
    p.write_bytes(STORY.encode())
    return p


# -- subprocess: inputs -------------------------------------------------------


def test_clean_file_exits_zero(story):
    code, out, err = run("check", str(story))
    assert code == 0, err
    assert "Traceback" not in err
    assert out.splitlines()[-1].endswith("in 1 file")


def test_missing_path(tmp_path):
    code, out, err = run("check", str(tmp_path / "nope.txt"))
    assert code == 2
    assert_clean_error(err, "nope.txt", "no such file")
    assert len(err.strip().splitlines()) == 1


def test_folder_with_binary_and_png_is_checked_quietly(tmp_path, story):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02\xff")
    code, out, err = run("check", str(tmp_path))
    assert code == 0, err
    assert err == ""
    assert "in 1 file" in out


def test_folder_with_binary_text_file_reports_it(tmp_path, story):
    (tmp_path / "broken.txt").write_bytes(b"abc\x00def")
    code, out, err = run("check", str(tmp_path))
    assert code == 2
    assert_clean_error(err, "broken.txt", "binary")
    assert "in 1 file" in out  # story.txt was still checked


def test_binary_file_named_explicitly(tmp_path):
    p = tmp_path / "photo.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run("check", str(p))
    assert code == 2
    assert_clean_error(err, "photo.png", "binary")


def test_invalid_utf8(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le café a coûté 3,80 euros".encode("latin-1"))
    code, _, err = run("check", str(p))
    assert code == 2
    assert_clean_error(err, "latin1.txt", "invalid UTF-8", "byte 6")
    assert len(err.strip().splitlines()) == 1


def test_empty_file_is_fine(tmp_path):
    p = tmp_path / "empty.md"
    p.write_bytes(b"")
    code, out, err = run("check", str(p))
    assert code == 0
    assert "Traceback" not in err
    assert "0 errors" in out


def test_empty_folder(tmp_path):
    code, _, err = run("check", str(tmp_path))
    assert code == 2
    assert_clean_error(err, "no checkable files")


def test_one_bad_file_does_not_stop_the_others(tmp_path, story):
    code, out, err = run("check", str(tmp_path / "missing.txt"), str(story), "--format", "json")
    assert code == 2
    assert_clean_error(err, "missing.txt")
    doc = json.loads(out)
    assert [f["path"] for f in doc["files"]] == [str(tmp_path / "missing.txt"), str(story)]
    assert doc["files"][0]["error"] and doc["files"][1]["error"] is None
    assert doc["summary"]["files"] == 1


def test_ten_megabyte_file(tmp_path):
    p = tmp_path / "big.txt"
    paragraph = STORY * 20 + "\r\n"
    with open(p, "w", encoding="utf-8", newline="") as fh:
        while fh.tell() < 10 * 1024 * 1024:
            fh.write(paragraph)
    code, out, err = run("check", "--concise", str(p))
    assert code in (0, 1), err
    assert "Traceback" not in err


def test_stdin(tmp_path):
    code, out, err = run("check", "-", stdin=STORY.encode())
    assert code == 0, err
    assert "in 1 file" in out


def test_stdin_filename_in_json(tmp_path):
    code, out, err = run("check", "-", "--stdin-filename", "draft.md", "--format", "json", stdin=STORY.encode())
    assert code == 0, err
    assert json.loads(out)["files"][0]["path"] == "draft.md"


def test_stdin_invalid_utf8():
    code, _, err = run("check", "-", stdin=b"ok \xc3 oops")
    assert code == 2
    assert_clean_error(err, "<stdin>", "invalid UTF-8", "byte 3")


def test_stdin_odd_utf16():
    code, _, err = run("check", "-", stdin=b"\xff\xfeabc")  # UTF-16 BOM, odd length
    assert code == 2
    assert_clean_error(err, "<stdin>", "invalid UTF-16")


def test_files_are_never_modified(tmp_path):
    files = {
        "a.txt": STORY.encode(),
        "b.md": b"\xef\xbb\xbf" + STORY.encode(),
        "c.txt": b"bad \xff",
        "d.txt": b"",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    before = {n: ((tmp_path / n).read_bytes(), os.stat(tmp_path / n).st_mtime_ns) for n in files}
    listing = sorted(os.listdir(tmp_path))
    run("check", str(tmp_path))
    run("check", "--format", "json", str(tmp_path))
    after = {n: ((tmp_path / n).read_bytes(), os.stat(tmp_path / n).st_mtime_ns) for n in files}
    assert after == before
    assert sorted(os.listdir(tmp_path)) == listing


def test_json_output(story):
    code, out, err = run("check", "--format", "json", str(story))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema_version"] == 1
    assert doc["figcheck_version"] == checker.__version__
    assert set(doc["summary"]) == {"errors", "warnings", "info", "files"}
    assert doc["files"][0]["path"] == str(story)


def test_no_colour_when_not_a_terminal(story):
    _, out, _ = run("check", str(story))
    assert "\x1b[" not in out


# -- subprocess: options ------------------------------------------------------


@pytest.mark.parametrize("value", ["30/09/2016", "2016-13-01", "2016-02-30", "yesterday", "20160930"])
def test_bad_published_date(story, value):
    code, out, err = run("check", "--published", value, str(story))
    assert code == 2
    assert_clean_error(err, "--published", "YYYY-MM-DD" if not value.startswith("2016-") else value)
    assert len(err.strip().splitlines()) == 1
    assert out == ""


def test_good_published_date(story):
    code, _, err = run("check", "--published", "2016-09-30", str(story))
    assert code == 0, err


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--format", "xml", "x.txt"],
        ["check", "--fail-level", "info", "x.txt"],
        ["frobnicate"],
        ["check", "--select", "FC999", "x.txt"],
        ["check", "--ignore", "no-such-rule", "x.txt"],
    ],
)
def test_usage_errors(args):
    code, out, err = run(*args)
    assert code == 2
    assert_clean_error(err)
    assert len(err.strip().splitlines()) == 1


def test_no_command_prints_help():
    code, _, err = run()
    assert code == 2
    assert "usage: figcheck" in err
    assert "Traceback" not in err


def test_version():
    code, out, _ = run("--version")
    assert code == 0
    assert out.strip() == f"figcheck {checker.__version__}"


def test_help():
    code, out, _ = run("check", "--help")
    assert code == 0
    for flag in ("--format", "--published", "--select", "--ignore", "--fail-level", "--exit-zero",
                 "--quiet", "--concise", "--stdin-filename"):
        assert flag in out


def test_python_dash_m_checker(story):
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "check", str(story)],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 0, proc.stderr


# -- rules --------------------------------------------------------------------


def test_rules_lists_every_rule():
    code, out, err = run("rules")
    assert code == 0, err
    for rule in RULES:
        line = next(ln for ln in out.splitlines() if ln.startswith(rule.code))
        assert rule.name in line and str(rule.severity) in line
    if not RULES:
        assert out.strip() == "no rules registered"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_explains_itself(rule):
    code, out, err = run("rule", rule.code)
    assert code == 0, err
    assert out.startswith(f"{rule.code} {rule.name} ({rule.severity})")
    for section in ("What it checks", "Why it matters", "Example", "Use instead"):
        assert section in out
    for example in rule.fail + rule.ok:
        assert example.text.strip().splitlines()[0].strip() in out
    # names and lower-case codes work too
    assert run("rule", rule.name)[1] == out
    assert run("rule", rule.code.lower())[1] == out


@pytest.mark.parametrize("code", ["FC999", "nonsense", ""])
def test_rule_unknown_code(code):
    status, out, err = run("rule", code)
    assert status == 2
    assert out == ""
    assert_clean_error(err, "unknown rule")


# -- in-process: exit-code policy with fake findings --------------------------


def fake(severity: Severity, rule: str = "FC101", start: int = 7, end: int = 12) -> Finding:
    return Finding(rule, "parts-total-mismatch", severity, start, end, f"a {severity} finding")


@pytest.fixture
def findings(monkeypatch):
    """Make check_text return a chosen list and record the rules it got."""
    state = {"findings": [], "calls": []}

    def check_text(text, published=None, *, path=None, rules=None):
        state["calls"].append({"text": text, "published": published, "path": path, "rules": rules})
        return list(state["findings"])

    monkeypatch.setattr(checker.api, "check_text", check_text)
    return state


@pytest.mark.parametrize(
    "severities, options, expected",
    [
        ([], [], 0),
        ([Severity.INFO], [], 0),
        ([Severity.WARNING], [], 0),
        ([Severity.WARNING], ["--fail-level", "warning"], 1),
        ([Severity.INFO], ["--fail-level", "warning"], 0),
        ([Severity.ERROR], [], 1),
        ([Severity.ERROR], ["--exit-zero"], 0),
        ([Severity.ERROR, Severity.INFO], ["--quiet"], 1),
        ([Severity.ERROR], ["--format", "json"], 1),
    ],
)
def test_exit_codes(findings, story, capsys, severities, options, expected):
    findings["findings"] = [fake(s) for s in severities]
    assert cli.main(["check", str(story), *options]) == expected


def test_input_error_beats_findings(findings, story, tmp_path, capsys):
    findings["findings"] = [fake(Severity.ERROR)]
    assert cli.main(["check", str(story), str(tmp_path / "gone.txt")]) == 2
    assert cli.main(["check", "--exit-zero", str(story), str(tmp_path / "gone.txt")]) == 2


def test_text_report_in_process(findings, story, capsys):
    findings["findings"] = [fake(Severity.ERROR), fake(Severity.INFO, "FC201", 46, 51)]
    assert cli.main(["check", str(story)]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"{story}:1:8: FC101 a error finding"
    assert lines[2].endswith("^~~~~")
    assert any(ln.startswith(f"{story}:2:") and "FC201" in ln for ln in lines)
    assert lines[-1] == "1 error, 0 warnings, 1 verified (info) in 1 file"


def test_quiet_hides_info_but_counts_it(findings, story, capsys):
    findings["findings"] = [fake(Severity.INFO), fake(Severity.WARNING, "FC301")]
    assert cli.main(["check", "--quiet", "--concise", str(story)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{story}:1:8: FC301 a warning finding", "0 errors, 1 warning, 1 verified (info) in 1 file"]


def test_json_report_in_process(findings, story, capsys):
    findings["findings"] = [fake(Severity.WARNING)]
    assert cli.main(["check", "--format", "json", "--published", "2016-09-30", str(story)]) == 0
    doc = json.loads(capsys.readouterr().out)
    [item] = doc["files"][0]["findings"]
    assert (item["rule"], item["severity"], item["line"], item["column"], item["end_column"]) == ("FC101", "warning", 1, 8, 12)
    assert STORY[item["start"]:item["end"]] == "3,800"
    assert doc["summary"] == {"errors": 0, "warnings": 1, "info": 0, "files": 1}
    import datetime
    assert findings["calls"][0]["published"] == datetime.date(2016, 9, 30)
    assert findings["calls"][0]["text"] == STORY  # \r\n kept


def test_select_and_ignore_pass_rules(findings, story, capsys):
    assert cli.main(["check", str(story)]) == 0
    assert findings["calls"][-1]["rules"] is None
    assert cli.main(["check", "--select", "FC", str(story)]) == 0
    assert findings["calls"][-1]["rules"] == list(RULES)
    assert cli.main(["check", "--ignore", "FC", str(story)]) == 0
    assert findings["calls"][-1]["rules"] == []
    if RULES:
        first = RULES[0]
        assert cli.main(["check", "--select", f"{first.code.lower()}, FC9", str(story)]) == 0
        assert first in findings["calls"][-1]["rules"]
        assert cli.main(["check", "--ignore", first.name, str(story)]) == 0
        assert first not in findings["calls"][-1]["rules"]


def test_crash_in_pipeline_is_contained(monkeypatch, story, tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text("fine")
    seen = []

    def boom(text, published=None, *, path=None, rules=None):
        seen.append(path)
        if path == str(story):
            raise ValueError("kaboom\nsecond line")
        return []

    monkeypatch.setattr(checker.api, "check_text", boom)
    assert cli.main(["check", str(story), str(other)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "internal error" in err and "ValueError" in err and "kaboom second line" in err
    assert seen == [str(story), str(other)]


def test_keyboard_interrupt(monkeypatch, story, capsys):
    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(checker.api, "check_text", interrupted)
    assert cli.main(["check", str(story)]) == 130


def test_unexpected_error_outside_checking(monkeypatch, story, capsys):
    def broken(*a, **k):
        raise RuntimeError("no parser")

    monkeypatch.setattr(cli, "collect", broken)
    assert cli.main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("figcheck: error: internal error: RuntimeError: no parser")
    assert "Traceback" not in err


def test_main_never_raises_on_help(capsys):
    assert cli.main(["--help"]) == 0
    assert cli.main(["check", "--help"]) == 0


# -- the examples -------------------------------------------------------------


def test_examples_exist_and_differ_by_one_figure():
    clean = (EXAMPLES / "airstrikes-toll.txt").read_text(encoding="utf-8")
    wrong = (EXAMPLES / "airstrikes-toll-wrong.txt").read_text(encoding="utf-8")
    assert clean.replace(" 906 children", " 1,906 children") == wrong
    for figure in ("3,800", "2,337", "906", "561", "2,746", "2,814", "100,000", "10,000",
                   "Updated 8:42 AM EDT, Fri September 30, 2016"):
        assert figure in clean


def test_clean_example_passes():
    code, out, err = run("check", str(EXAMPLES / "airstrikes-toll.txt"))
    assert code == 0, out + err


def test_wrong_example_does_not_crash():
    code, out, err = run("check", str(EXAMPLES / "airstrikes-toll-wrong.txt"))
    assert code in (0, 1), err
    assert "Traceback" not in err


# -- rules, in-process, with a stand-in rule (works before real rules land) ---


class _FakeRule(checker.rules.Rule):
    """Parts that do not add up to the stated total.

    What it checks
        That listed parts sum to the total they are said to make up.

    Why it matters
        Readers add the parts up.

    Example
        "3,800 dead: 2,337 men, 1,906 children and 561 women."

    Use instead
        Figures that agree, or a note that the parts are incomplete.
    """

    code = "FC901"
    name = "fake-parts-total"
    severity = Severity.WARNING
    fail = (checker.rules.Example("3,800 dead: 2,337 men,\n1,906 children and 561 women.", target="3,800"),)
    ok = (checker.rules.Example("3,800 dead: 2,337 men, 906 children and 561 women."),)


@pytest.fixture
def fake_rules(monkeypatch):
    monkeypatch.setattr(checker.rules, "RULES", (_FakeRule,))
    return _FakeRule


def test_rules_command_in_process(fake_rules, capsys):
    assert cli.main(["rules"]) == 0
    out = capsys.readouterr().out
    assert out.split() == ["FC901", "fake-parts-total", "warning", "Parts", "that", "do", "not", "add", "up",
                           "to", "the", "stated", "total."]


@pytest.mark.parametrize("code", ["FC901", "fc901", "fake-parts-total"])
def test_rule_command_in_process(fake_rules, capsys, code):
    assert cli.main(["rule", code]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FC901 fake-parts-total (warning)\n\nParts that do not add up to the stated total.\n")
    for section in ("What it checks", "Why it matters", "Example", "Use instead",
                    "Examples that are reported:", "Examples that pass:"):
        assert section in out
    assert "  - 3,800 dead: 2,337 men,\n    1,906 children and 561 women.\n    (points at '3,800')" in out
    assert "  - 3,800 dead: 2,337 men, 906 children and 561 women." in out


def test_selectors_with_a_rule(fake_rules, findings, story, capsys):
    assert cli.main(["check", "--select", "FC901", str(story)]) == 0
    assert findings["calls"][-1]["rules"] == [_FakeRule]
    assert cli.main(["check", "--select", "FC9", "--ignore", "fake-parts-total", str(story)]) == 0
    assert findings["calls"][-1]["rules"] == []
    assert cli.main(["check", "--select", "FC902", str(story)]) == 2
    assert "unknown rule code 'FC902'" in capsys.readouterr().err

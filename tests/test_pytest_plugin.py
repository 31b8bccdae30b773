"""The pytest plugin (``pytest --figcheck``) in fresh projects, with pytester,
and ``checker.assert_consistent``."""
from __future__ import annotations

import importlib.metadata
import re
import shutil
from pathlib import Path

import pytest

import checker
import checker.api
import checker.rules
from checker.model import Finding, Severity
from checker.rules import Rule

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def plugin_args() -> list[str]:
    """Load the plugin explicitly unless figcheck is installed (then its
    entry point already loads it, and loading it twice is an error)."""
    for ep in importlib.metadata.entry_points(group="pytest11"):
        if ep.value == "checker.pytest_plugin":
            return []
    return ["-p", "checker.pytest_plugin"]


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest(*plugin_args(), *args)


class _Sum(Rule):
    code = "FC101"
    name = "parts-total-mismatch"


@pytest.fixture
def stand_in(monkeypatch):
    """A stand-in rule: every "X<n>" is an FC101 error, "Y<n>" a warning."""
    monkeypatch.setattr(checker.rules, "RULES", (_Sum,))

    def check_text(text, published=None, *, path=None, rules=None):
        out = []
        for m in re.finditer(r"\b([XY])\d+\b", text):
            sev = Severity.ERROR if m.group(1) == "X" else Severity.WARNING
            out.append(Finding("FC101", _Sum.name, sev, m.start(), m.end(), f"{m.group()} is wrong"))
        return out

    monkeypatch.setattr(checker.api, "check_text", check_text)


# -- opt-in ----------------------------------------------------------------------------


def test_nothing_is_collected_without_the_option(pytester):
    pytester.makepyfile(test_one="def test_one():\n    assert True\n")
    for name in ("draft.txt", "draft.md", "page.html", "notes.markdown"):
        (pytester.path / name).write_text("X1 is wrong\n")
    result = run(pytester, "-v")
    result.assert_outcomes(passed=1)
    out = result.stdout.str()
    assert "collected 1 item" in out and "::figcheck" not in out


def test_other_files_are_never_collected(pytester, stand_in):
    (pytester.path / "data.csv").write_text("X1\n")
    (pytester.path / "draft.rst").write_text("X1\n")
    result = run(pytester, "--figcheck", ".")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


# -- the example article, end to end (the real rules) ----------------------------------------


def test_examples_in_a_fresh_project(pytester):
    dest = pytester.path / "examples"
    shutil.copytree(EXAMPLES, dest)
    drafts = sorted(p.name for p in dest.iterdir() if p.suffix in (".txt", ".md", ".html", ".docx"))
    result = run(pytester, "--figcheck", "examples", "-v")
    out = result.stdout.str()
    for name in drafts:
        assert f"examples/{name}::figcheck" in out, name
    result.assert_outcomes(passed=len(drafts) - 1, failed=1)
    assert re.search(r"examples/airstrikes-toll-wrong\.txt::figcheck FAILED", out)
    # the failure is the concise report: path:line:col: CODE message
    assert re.search(r"^examples/airstrikes-toll-wrong\.txt:\d+:\d+: FC101 The parts add up to 4,804", out, re.M)
    assert "Traceback" not in out


# -- with a stand-in rule -----------------------------------------------------------------------


def test_fails_on_errors_with_concise_lines(pytester, stand_in):
    (pytester.path / "clean.md").write_text("# Fine\n\nNothing wrong, `X1` is code.\n")
    (pytester.path / "warn.txt").write_text("Only Y2 here.\n")
    (pytester.path / "bad.txt").write_text("Lead.\n\nThen X1 and X22.\n")
    result = run(pytester, "--figcheck", "-v", ".")
    result.assert_outcomes(passed=2, failed=1)
    out = result.stdout.str()
    assert "bad.txt:3:6: FC101 X1 is wrong" in out
    assert "bad.txt:3:13: FC101 X22 is wrong" in out
    assert "Y2" not in out.split("FAILURES")[-1]


def test_items_are_marked_figcheck(pytester, stand_in):
    pytester.makepyfile(test_one="def test_one():\n    assert True\n")
    (pytester.path / "bad.txt").write_text("X1\n")
    run(pytester, "--figcheck", "-m", "not figcheck").assert_outcomes(passed=1)
    run(pytester, "--figcheck", "-m", "figcheck").assert_outcomes(failed=1)
    result = run(pytester, "--markers")
    assert "@pytest.mark.figcheck" in result.stdout.str()


def test_configuration_is_read(pytester, stand_in):
    (pytester.path / "warn.txt").write_text("Only Y2 here.\n")
    (pytester.path / "figcheck.toml").write_text('fail-level = "warning"\n')
    result = run(pytester, "--figcheck", ".")
    result.assert_outcomes(failed=1)
    assert "warn.txt:1:6: FC101 Y2 is wrong" in result.stdout.str()
    (pytester.path / "figcheck.toml").write_text("fail-levl = 1\n")
    result = run(pytester, "--figcheck", ".")
    result.assert_outcomes(failed=1)
    assert "unknown key 'fail-levl'" in result.stdout.str()


def test_unreadable_draft_fails_readably(pytester, stand_in):
    (pytester.path / "latin1.txt").write_bytes("caf\xe9 X1\n".encode("latin-1"))
    (pytester.path / "broken.docx").write_bytes(b"not a zip")
    result = run(pytester, "--figcheck", ".")
    result.assert_outcomes(failed=2)
    out = result.stdout.str()
    assert "latin1.txt: cannot be checked: invalid UTF-8" in out
    assert "broken.docx: cannot be checked: not a Word document" in out


def test_unchanged_clean_files_are_skipped(pytester, stand_in):
    clean = pytester.path / "clean.txt"
    clean.write_text("All fine.\n")
    (pytester.path / "bad.txt").write_text("X1\n")
    run(pytester, "--figcheck", ".").assert_outcomes(passed=1, failed=1)
    second = run(pytester, "--figcheck", "-rs", ".")
    second.assert_outcomes(skipped=1, failed=1)  # a failing file is always checked again
    assert "unchanged since it last passed" in second.stdout.str()
    clean.write_text("All fine, edited.\n")
    run(pytester, "--figcheck", ".").assert_outcomes(passed=1, failed=1)
    # other settings: checked again
    (pytester.path / "figcheck.toml").write_text('fail-level = "warning"\n')
    run(pytester, "--figcheck", ".").assert_outcomes(passed=1, failed=1)
    run(pytester, "--figcheck", ".").assert_outcomes(skipped=1, failed=1)
    run(pytester, "--figcheck", "--cache-clear", ".").assert_outcomes(passed=1, failed=1)


# -- assert_consistent ----------------------------------------------------------------------------


def test_assert_consistent_with_a_stand_in(stand_in):
    checker.assert_consistent("Nothing to see, Z1.")
    checker.assert_consistent("Only a warning: Y1.", published="2016-09-30")
    with pytest.raises(AssertionError, match="Y1 is wrong"):
        checker.assert_consistent("Only a warning: Y1.", fail_level="warning")
    with pytest.raises(AssertionError) as info:
        checker.assert_consistent("Lead.\nThen X1.")
    assert "<text>:2:6: FC101 X1 is wrong" in str(info.value)
    with pytest.raises(AssertionError, match="X1 is wrong"):
        checker.assert_consistent("# Title\n\nThen X1 and `X2`.", fmt="markdown")


def test_assert_consistent_on_the_examples():
    checker.assert_consistent((EXAMPLES / "airstrikes-toll.txt").read_text(encoding="utf-8"))
    with pytest.raises(AssertionError) as info:
        checker.assert_consistent((EXAMPLES / "airstrikes-toll-wrong.txt").read_text(encoding="utf-8"))
    message = str(info.value)
    assert message.startswith("figcheck found ")
    assert "FC101" in message and "4,804" in message

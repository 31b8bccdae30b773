"""Configuration: discovery, validation, selection, severities, tolerances,
and the command line on top."""
from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

import checker.api
import checker.rules
from checker import cli
from checker.api import analyse
from checker.config import ConfigError, Resolver, Settings, find, load, render, retolerance
from checker.formats import check_draft, parse_text
from checker.hedges import Tolerances
from checker.model import Finding, Severity
from checker.rules import Rule


class _Sum(Rule):
    code = "FC101"
    name = "parts-total-mismatch"


class _Share(Rule):
    code = "FC201"
    name = "share-count-mismatch"


class _Date(Rule):
    code = "FC501"
    name = "weekday-date-mismatch"


@pytest.fixture
def stand_in(monkeypatch):
    """Stand-in rules: "X<n>" is an FC101 error, "Y<n>" an FC201 warning,
    "W<n>" an FC501 error."""
    monkeypatch.setattr(checker.rules, "RULES", (_Sum, _Share, _Date))

    def check_text(text, published=None, *, path=None, rules=None):
        table = {"X": _Sum, "Y": _Share, "W": _Date}
        sev = {"X": Severity.ERROR, "Y": Severity.WARNING, "W": Severity.ERROR}
        out = []
        for m in re.finditer(r"\b([XYW])\d+\b", text):
            rule = table[m.group(1)]
            if rules is None or rule in rules:
                out.append(Finding(rule.code, rule.name, sev[m.group(1)], m.start(), m.end(), f"{m.group()} is wrong"))
        return out

    monkeypatch.setattr(checker.api, "check_text", check_text)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- discovery -------------------------------------------------------------------


def test_nearest_config_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.figcheck]\nfail-level = \"warning\"\n")
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no table: passed over
    write(tmp_path / "a" / "b" / "figcheck.toml", "ignore = [\"FC5\"]\n")
    write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.figcheck]\nignore = [\"FC1\"]\n")
    assert find(str(tmp_path / "a" / "b" / "c")) == str(tmp_path / "a" / "b" / "figcheck.toml")
    assert find(str(tmp_path / "a")) == str(tmp_path / "pyproject.toml")
    r = Resolver()
    assert r.for_path(str(tmp_path / "a" / "b" / "story.md")).ignore == ("FC5",)
    assert r.for_path(str(tmp_path / "a" / "story.md")).fail_level == Severity.WARNING


def test_config_file_option_and_isolated(tmp_path):
    write(tmp_path / "figcheck.toml", "fail-level = \"warning\"\n")
    other = write(tmp_path / "elsewhere" / "custom.toml", "[tool.figcheck]\nignore = [\"FC2\"]\n")
    story = str(tmp_path / "s.txt")
    assert Resolver().for_path(story).fail_level == Severity.WARNING
    assert Resolver(isolated=True).for_path(story) == Settings()
    fixed = Resolver(config=str(other)).for_path(story)
    assert fixed.ignore == ("FC2",) and fixed.fail_level == Severity.ERROR
    with pytest.raises(ConfigError, match="not found"):
        Resolver(config=str(tmp_path / "nope.toml"))


# -- validation ------------------------------------------------------------------------


@pytest.mark.parametrize("body, message", [
    ("selec = [\"FC1\"]", "unknown key 'selec' (did you mean 'select'?)"),
    ("colour = 1", "unknown key 'colour'"),
    ("fail-level = \"info\"", "fail-level: expected \"error\" or \"warning\""),
    ("select = \"FC999\"", "unknown rule code 'FC999'"),
    ("select = [3]", "expected a rule code"),
    ("ignore = {a = 1}", "expected a list of rule codes"),
    ("select = [\"parts-totl-mismatch\"]", "did you mean 'parts-total-mismatch'"),
    ("[severity]\nFC101 = \"fatal\"", "expected \"error\", \"warning\" or \"info\""),
    ("[severity]\nFC1 = \"warning\"", "is a prefix"),
    ("severity = 3", "expected a table"),
    ("[tolerances]\napprox-share = 1.5", "below 1"),
    ("[tolerances]\napprox-share = \"lots\"", "expected a share"),
    ("[tolerances]\napprox_share = 0.1", "unknown key 'approx_share' (did you mean 'approx-share'?)"),
    ("select = [", "invalid TOML"),
])
def test_bad_configuration_is_a_clear_error(stand_in, tmp_path, body, message):
    path = write(tmp_path / "figcheck.toml", body + "\n")
    with pytest.raises(ConfigError) as info:
        load(str(path))
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_bad_pyproject_table_names_the_table(stand_in, tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.figcheck]\nbogus = true\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.figcheck\]: unknown key 'bogus'"):
        load(str(path))


def test_bad_configuration_exits_2_before_checking(stand_in, tmp_path, capsys):
    write(tmp_path / "figcheck.toml", "fail-level = 3\n")
    story = write(tmp_path / "s.txt", "X1\n")
    assert cli.main(["check", str(story)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("figcheck: error: ") and "fail-level" in captured.err
    assert len(captured.err.splitlines()) == 1


@pytest.mark.parametrize("value, share", [(0.1, Fraction(1, 10)), ("7.5%", Fraction(75, 1000)), (0, Fraction(0))])
def test_tolerance_values(tmp_path, value, share):
    text = f"[tolerances]\napprox-share = {value!r}\n".replace("'", '"')
    s = load(str(write(tmp_path / "figcheck.toml", text)))
    assert s.tolerances.approx_share == share
    assert s.tolerances.fraction_word_share == Tolerances().fraction_word_share


# -- selection and severity ------------------------------------------------------------------


def test_select_extend_select_ignore(stand_in):
    s = Settings(select=("FC1",), extend_select=("FC501",), ignore=("parts-total-mismatch",))
    assert not s.enabled("FC101", "parts-total-mismatch")
    assert not s.enabled("FC201", "share-count-mismatch")
    assert s.enabled("FC501", "weekday-date-mismatch")
    assert s.rules() == [_Date]
    assert Settings().rules() is None
    assert Settings(extend_select=("FC5",)).enabled("FC101", "x")


def test_configured_selection_and_severity_reach_the_findings(stand_in, tmp_path, capsys):
    write(tmp_path / "pyproject.toml", "\n".join([
        "[tool.figcheck]",
        "ignore = [\"FC2\"]",
        "[tool.figcheck.severity]",
        "FC101 = \"warning\"",
        "weekday-date-mismatch = \"info\"",
    ]) + "\n")
    story = write(tmp_path / "s.txt", "X1 Y2 W3\n")
    assert cli.main(["check", "--concise", str(story)]) == 0  # no error left
    out = capsys.readouterr().out.splitlines()
    assert [ln.split(": ", 1)[1] for ln in out[:-1]] == ["FC101 X1 is wrong", "FC501 W3 is wrong"]
    assert out[-1] == "0 errors, 1 warning, 1 verified (info) in 1 file"
    # fail-level from the command line, on top of the configuration
    assert cli.main(["check", "--fail-level", "warning", str(story)]) == 1
    # --select replaces the configured selection, --ignore adds to it
    assert cli.main(["check", "--concise", "--select", "FC2", str(story)]) == 0
    assert "FC201 Y2" in capsys.readouterr().out
    assert cli.main(["check", "--concise", "--ignore", "FC1", "--isolated", str(story)]) == 1
    out = capsys.readouterr().out
    assert "FC101" not in out and "FC201 Y2" in out and "FC501 W3" in out


def test_fail_level_from_configuration(stand_in, tmp_path):
    write(tmp_path / "figcheck.toml", "fail-level = \"warning\"\n")
    story = write(tmp_path / "s.txt", "Y2\n")
    assert cli.main(["check", str(story)]) == 1
    assert cli.main(["check", "--isolated", str(story)]) == 0
    assert cli.main(["check", "--fail-level", "error", str(story)]) == 0


def test_config_command_prints_settings(stand_in, tmp_path, capsys, monkeypatch):
    write(tmp_path / "figcheck.toml", "select = [\"FC1\", \"FC5\"]\nignore = [\"FC501\"]\n[tolerances]\napprox-share = 0.08\n")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["config"]) == 0
    out = capsys.readouterr().out
    assert f"# read from {tmp_path / 'figcheck.toml'}" in out
    assert 'select = ["FC1", "FC5"]' in out and 'ignore = ["FC501"]' in out
    assert "approx-share = 0.08  # 8%" in out
    assert "#   FC101 parts-total-mismatch" in out and "FC501 weekday" not in out
    assert cli.main(["config", "--isolated"]) == 0
    assert "no configuration file" in capsys.readouterr().out
    write(tmp_path / "figcheck.toml", "nope = 1\n")
    assert cli.main(["config"]) == 2
    assert "unknown key 'nope'" in capsys.readouterr().err


def test_render_is_valid_toml_that_loads_back(stand_in, tmp_path):
    import tomllib

    s = Settings(select=("FC1",), ignore=("FC201",), fail_level=Severity.WARNING,
                 severity=(("FC101", Severity.WARNING),), tolerances=Tolerances(approx_share=Fraction(1, 10)))
    text = render(s)
    data = tomllib.loads(text)["tool"]["figcheck"]
    again = load(str(write(tmp_path / "pyproject.toml", text)))
    assert data["select"] == ["FC1"]
    assert (again.select, again.ignore, again.fail_level, again.severity) == (s.select, s.ignore, s.fail_level, s.severity)
    assert again.tolerances == s.tolerances


# -- tolerances reach the intervals and the rules ----------------------------------------------


def test_retolerance_widens_hedged_figures_only():
    doc = analyse("About 3,850 people came, 12 left and a third stayed; hundreds watched.")
    wide = retolerance(doc, Tolerances(approx_share=Fraction(1, 10), fraction_word_share=Fraction(1, 5)))
    by_text = {m.text: (m, w) for m, w in zip(doc.mentions, wide.mentions)}
    about, about_wide = next(v for k, v in by_text.items() if "3,850" in k)
    assert (about.interval.lo, about.interval.hi) == (3850 - Fraction(385, 2), 3850 + Fraction(385, 2))
    assert (about_wide.interval.lo, about_wide.interval.hi) == (3850 - 385, 3850 + 385)
    twelve, twelve_wide = by_text["12"]
    assert twelve.interval == twelve_wide.interval
    third, third_wide = next(v for k, v in by_text.items() if "third" in k)
    assert third_wide.interval.hi - third_wide.interval.lo == 2 * third.interval.hi - 2 * third.interval.lo
    for k, (m, w) in by_text.items():
        if "hundreds" in k:
            assert m.interval == w.interval


def test_approx_share_setting_changes_a_sum_verdict():
    # 2,337 + 1,106 + 561 = 4,004: 5.4% above "around 3,800"
    text = "Around 3,800 civilians were killed, according to the monitor: 2,337 men, 1,106 children and 561 women."
    draft = parse_text(text)
    strict = [f for f in check_draft(draft) if f.is_problem]
    if not strict:
        pytest.skip("the sums rule does not flag this breakdown")
    loose = Settings(tolerances=Tolerances(approx_share=Fraction(10, 100)))
    assert not [f for f in check_draft(draft, loose) if f.is_problem and f.rule == strict[0].rule]

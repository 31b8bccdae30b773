"""Suppression comments in every format, unused/invalid ones, and baselines."""
from __future__ import annotations

import json
import re

import pytest

import checker.api
import checker.rules
from checker import cli
from checker.baseline import Baseline, BaselineError, BaselineWriter
from checker.config import Settings
from checker.formats import HTML, MARKDOWN, PLAIN, check_draft, parse_text
from checker.formats import docx as docx_format
from checker.model import Finding, Related, Severity
from checker.rules import Rule
from checker.suppress import parse_comment


class _Sum(Rule):
    code = "FC101"
    name = "parts-total-mismatch"


class _Share(Rule):
    code = "FC201"
    name = "share-count-mismatch"


@pytest.fixture
def stand_in(monkeypatch):
    """Stand-in rules: every "X<n>" in the checked text is an FC101 error,
    every "Y<n>" an FC201 warning, every "Z<n>" an FC101 info; the real
    pipeline (segmentation, suppression, offsets) runs around them."""
    monkeypatch.setattr(checker.rules, "RULES", (_Sum, _Share))

    def check_text(text, published=None, *, path=None, rules=None):
        out = []
        for m in re.finditer(r"\b([XYZ])\d+\b", text):
            code, name, sev = {"X": ("FC101", _Sum.name, Severity.ERROR),
                               "Y": ("FC201", _Share.name, Severity.WARNING),
                               "Z": ("FC101", _Sum.name, Severity.INFO)}[m.group(1)]
            if rules is None or any(r.code == code for r in rules):
                out.append(Finding(code, name, sev, m.start(), m.end(), f"{m.group()} is wrong",
                                   related=(Related(m.start(), m.end(), m.group()),)))
        return out

    monkeypatch.setattr(checker.api, "check_text", check_text)


def found(src: str, fmt: str = PLAIN, settings: Settings | None = None):
    draft = parse_text(src, fmt)
    return [(f.rule, draft.source[f.start:f.end]) for f in check_draft(draft, settings)]


# -- reading comments ---------------------------------------------------------------


@pytest.mark.parametrize("body, action, codes, error", [
    (" figcheck: ignore FC101 ", "ignore", ("FC101",), None),
    ("figcheck:ignore fc101,FC2  parts-total-mismatch", "ignore", ("FC101", "FC2", "parts-total-mismatch"), None),
    (" FIGCHECK: off ", "off", (), None),
    (" figcheck: on FC101", "on", ("FC101",), None),
    (" figcheck: ignore ", "ignore", (), "must name the rule"),
    (" figcheck: disable FC101", "", ("FC101",), "unknown figcheck directive"),
    (" figcheck: ", "", (), "empty figcheck comment"),
    (" figcheck: ignore 101", "ignore", ("101",), "not a rule code"),
])
def test_parse_comment(body, action, codes, error):
    d = parse_comment(body, 0, 10)
    assert (d.action, d.codes) == (action, codes)
    assert (d.error is None) if error is None else (error in d.error)


def test_other_comments_are_not_directives():
    assert parse_comment(" a note about figcheck: ignore ", 0, 1) is None
    assert parse_comment("TODO", 0, 1) is None


# -- applying, per format --------------------------------------------------------------

PLAIN_DRAFT = """Headline X1

<!-- figcheck: ignore FC101 -->
First X2 and Y3 and
still the first paragraph X4.

Second X5.
"""


def test_plain_ignore_covers_the_next_paragraph_only(stand_in):
    assert found(PLAIN_DRAFT) == [("FC101", "X1"), ("FC201", "Y3"), ("FC101", "X5")]


def test_plain_comment_must_stand_on_its_own_line(stand_in):
    src = "Text <!-- figcheck: ignore FC101 --> X1.\n"
    assert found(src) == [("FC101", "X1")]


def test_ignore_by_prefix_and_name(stand_in):
    src = "<!-- figcheck: ignore FC1, share-count-mismatch -->\nX1 and Y2.\n\nX3 Y4.\n"
    assert found(src) == [("FC101", "X3"), ("FC201", "Y4")]


def test_off_on_region(stand_in):
    src = "X1\n\n<!-- figcheck: off FC101 -->\nX2 Y3\n\nX4\n<!-- figcheck: on FC101 -->\nX5\n\n<!-- figcheck: off -->\nX6 Y7\n"
    assert found(src) == [("FC101", "X1"), ("FC201", "Y3"), ("FC101", "X5")]


def test_markdown_comments(stand_in):
    src = "# Title X1\n\n<!-- figcheck: ignore FC101 -->\nPara X2 and `X9` code.\n\nNext X3.\n\n```\n<!-- figcheck: off -->\n```\n\nLast X4.\n"
    assert found(src, MARKDOWN) == [("FC101", "X1"), ("FC101", "X3"), ("FC101", "X4")]


def test_html_comments(stand_in):
    src = ("<article><p>Lead X1</p><!-- figcheck: ignore FC101 --><p>Body X2 Y3</p><p>More X4</p>"
           "<!-- figcheck: off --><p>X5</p><!-- figcheck: on --><p>X6</p></article>")
    assert found(src, HTML) == [("FC101", "X1"), ("FC201", "Y3"), ("FC101", "X4"), ("FC101", "X6")]


def test_docx_comment_paragraph(stand_in):
    draft = docx_format.from_paragraphs(["Lead X1", "<!-- figcheck: ignore FC101 -->", "Body X2", "More X3"])
    got = [(f.rule, draft.source[f.start:f.end]) for f in check_draft(draft)]
    assert got == [("FC101", "X1"), ("FC101", "X3")]


def test_info_findings_are_hidden_but_do_not_use_the_suppression(stand_in):
    src = "<!-- figcheck: ignore FC101 -->\nOnly Z1 here.\n"
    draft = parse_text(src, PLAIN)
    got = check_draft(draft)
    assert [(f.rule, f.name) for f in got] == [("FC001", "unused-suppression")]


# -- unused and invalid ---------------------------------------------------------------------


def test_unused_suppression_is_a_warning_at_the_comment(stand_in):
    src = "Lead X1\n\n<!-- figcheck: ignore FC101, FC201 -->\nBody X2.\n"
    draft = parse_text(src, PLAIN)
    [meta] = [f for f in check_draft(draft) if f.rule == "FC001"]
    assert meta.severity == Severity.WARNING and meta.name == "unused-suppression"
    assert draft.source[meta.start:meta.end] == "<!-- figcheck: ignore FC101, FC201 -->"
    assert "FC201" in meta.message and "FC101" not in meta.message


def test_unused_suppression_in_html_points_at_the_comment(stand_in):
    src = "<p>Lead</p>\n<!-- figcheck: ignore FC101 -->\n<p>Body X2</p>\n<p>Nothing</p>\n<!-- figcheck: ignore FC201 -->\n<p>Clean</p>"
    draft = parse_text(src, HTML)
    [meta] = [f for f in check_draft(draft) if f.rule == "FC001"]
    assert draft.source[meta.start:meta.end] == "<!-- figcheck: ignore FC201 -->"


def test_on_without_off_and_off_without_findings(stand_in):
    src = "<!-- figcheck: on -->\nX1\n\n<!-- figcheck: off FC201 -->\nX2\n"
    got = [(f.rule, f.message) for f in check_draft(parse_text(src))]
    assert ("FC101", "X1 is wrong") in got and ("FC101", "X2 is wrong") in got
    assert sum(r == "FC001" for r, _ in got) == 2


def test_invalid_comment_is_reported(stand_in):
    src = "<!-- figcheck: ignore -->\nX1\n\n<!-- figcheck: ignore FC999 -->\nX2\n"
    got = [(f.rule, f.name, f.message) for f in check_draft(parse_text(src))]
    invalid = [g for g in got if g[0] == "FC002"]
    assert len(invalid) == 2 and all(name == "invalid-suppression" for _, name, _ in invalid)
    assert "must name the rule" in invalid[0][2] and "FC999" in invalid[1][2]
    assert ("FC101", "X1") in [(r, m.split()[0]) for r, _, m in got]


def test_meta_rules_can_be_ignored(stand_in):
    src = "<!-- figcheck: ignore FC201 -->\nX1\n\n<!-- figcheck: nonsense -->\n"
    settings = Settings(ignore=("FC0",))
    assert [f.rule for f in check_draft(parse_text(src), settings)] == ["FC101"]


def test_unused_check_skips_rules_that_do_not_run(stand_in):
    src = "<!-- figcheck: ignore FC201 -->\nX1\n"
    assert [f.rule for f in check_draft(parse_text(src), Settings(ignore=("FC201",)))] == ["FC101"]


# -- baselines -------------------------------------------------------------------------------


def test_baseline_roundtrip_keyed_by_figures_not_lines(stand_in, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft_path = tmp_path / "drafts" / "story.txt"
    draft_path.parent.mkdir()
    draft_path.write_text("Lead X1 and X1 again.\n\nBody Y2.\n")
    base = tmp_path / "figcheck-baseline.json"
    assert cli.main(["check", "--concise", "--write-baseline", str(base), str(draft_path)]) == 1
    data = json.loads(base.read_text())
    assert data["figcheck-baseline"] == 1
    entries = {(e["path"], e["rule"], tuple(e["figures"]), e["count"]) for e in data["findings"]}
    assert entries == {("drafts/story.txt", "FC101", ("X1", "X1"), 2), ("drafts/story.txt", "FC201", ("Y2", "Y2"), 1)}

    # lines added above: still known
    draft_path.write_text("New first paragraph.\n\nLead X1 and X1 again.\n\nBody Y2.\n")
    assert cli.main(["check", "--concise", "--baseline", str(base), str(draft_path)]) == 0
    # a changed figure is new; a third X1 is over the count
    draft_path.write_text("Lead X1 and X1 and X1.\n\nBody Y3.\n")
    assert cli.main(["check", "--concise", "--baseline", str(base), str(draft_path)]) == 1


def test_baseline_paths_are_relative_to_the_baseline_file(stand_in, tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    story = tmp_path / "sub" / "a.txt"
    story.write_text("X1\n")
    base = tmp_path / "base.json"
    monkeypatch.chdir(tmp_path)
    cli.main(["check", "--write-baseline", str(base), "sub/a.txt"])
    monkeypatch.chdir(tmp_path / "sub")
    assert cli.main(["check", "--baseline", str(base), "a.txt"]) == 0


def test_baseline_writer_and_filter_directly(tmp_path):
    src = "Around 3,800 dead: 2,337 men"
    f = Finding("FC101", "parts-total-mismatch", Severity.ERROR, 0, 12, "m", related=(Related(19, 24, "2,337"),))
    info = Finding("FC101", "parts-total-mismatch", Severity.INFO, 0, 12, "ok")
    w = BaselineWriter(str(tmp_path / "b.json"))
    w.add(str(tmp_path / "s.txt"), src, [f, info])
    assert len(w) == 1
    w.write()
    b = Baseline.load(str(tmp_path / "b.json"))
    kept, hidden = b.filter(str(tmp_path / "s.txt"), src, [f, info])
    assert (kept, hidden) == ([info], 1)
    kept, hidden = Baseline.load(str(tmp_path / "b.json")).filter(str(tmp_path / "other.txt"), src, [f])
    assert (kept, hidden) == ([f], 0)


@pytest.mark.parametrize("content, message", [
    (None, "not found"),
    ("{", "invalid JSON"),
    ("[]", "not a figcheck baseline"),
    ('{"figcheck-baseline": 1, "findings": [{"rule": "FC101"}]}', "needs"),
])
def test_bad_baseline_files(tmp_path, content, message):
    p = tmp_path / "b.json"
    if content is not None:
        p.write_text(content)
    with pytest.raises(BaselineError, match=message):
        Baseline.load(str(p))


def test_bad_baseline_is_exit_2(stand_in, tmp_path, capsys):
    story = tmp_path / "s.txt"
    story.write_text("X1\n")
    (tmp_path / "b.json").write_text("{")
    assert cli.main(["check", "--baseline", str(tmp_path / "b.json"), str(story)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("figcheck: error:") and "invalid JSON" in err

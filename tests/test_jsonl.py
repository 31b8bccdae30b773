"""--format jsonl: one JSON object per file, streamed; bad files are lines
with an "error" and never stop the run; a progress bar only on a terminal."""
from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from checker import cli
from checker.parallel import Progress

REPO = Path(__file__).resolve().parent.parent
STORY = "Some 120 boats were counted.\nOf them 70 were yachts, 30 ferries and 40 trawlers.\n"
OK = "The museum opened in 1998 and had 12 rooms.\n"


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), e.get("PYTHONPATH")]))
    e.pop("FIGCHECK_DEBUG", None)
    return e


def run(*args: str):
    proc = subprocess.run([sys.executable, "-m", "checker.cli", *args], input=b"",
                          capture_output=True, env=env(), timeout=600)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


@pytest.fixture
def folder(tmp_path) -> Path:
    for i in range(12):
        (tmp_path / f"a{i:02d}.txt").write_text(STORY if i % 3 == 0 else OK, encoding="utf-8")
    (tmp_path / "a05x.txt").write_bytes(b"PK\x03\x04\x00\x00binary\x00\xff" * 30)
    (tmp_path / "a07x.txt").write_bytes(b"bad \xff\xfe utf-8 and 12 figures\n")
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_line_per_file_in_order(folder, jobs):
    code, out, err = run("check", "--format", "jsonl", "--jobs", jobs, str(folder))
    lines = out.splitlines()
    names = sorted(p.name for p in folder.iterdir())
    assert len(lines) == len(names) == 14
    rows = [json.loads(line) for line in lines]
    assert [Path(r["path"]).name for r in rows] == names
    assert all(r["schema_version"] == 1 for r in rows)
    # a bad file is its own line with an error, and the run went on after it
    bad = {Path(r["path"]).name: r for r in rows if r["error"]}
    assert set(bad) == {"a05x.txt", "a07x.txt"}
    assert "binary" in bad["a05x.txt"]["error"] and bad["a05x.txt"]["findings"] == []
    assert "UTF-8" in bad["a07x.txt"]["error"]
    assert [Path(r["path"]).name for r in rows].index("a11.txt") > [Path(r["path"]).name for r in rows].index("a05x.txt")
    assert code == 2  # as for the serial run, at the end
    assert "a05x.txt" in err and "Traceback" not in err
    assert "\r" not in err  # stderr is piped: no progress bar


def test_line_is_the_json_files_entry(folder):
    _, out_json, _ = run("check", "--format", "json", str(folder))
    _, out_jsonl, _ = run("check", "--format", "jsonl", str(folder))
    files = json.loads(out_json)["files"]
    rows = [json.loads(line) for line in out_jsonl.splitlines()]
    for row in rows:
        assert row.pop("schema_version") == json.loads(out_json)["schema_version"]
    assert rows == files


def test_each_line_is_compact_json(folder):
    _, out, _ = run("check", "--format", "jsonl", str(folder / "a00.txt"), str(folder / "a01.txt"))
    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) == 3
    for line in lines[:-1]:
        assert isinstance(json.loads(line), dict)


def test_quiet_drops_info_findings(folder):
    _, out, _ = run("check", "--format", "jsonl", "--quiet", str(folder))
    for row in map(json.loads, out.splitlines()):
        assert all(f["severity"] != "info" for f in row["findings"])


def test_streams_while_checking(folder, monkeypatch):
    """Each line is written (and flushed) before the next file is checked."""
    import checker.api

    seen_at_check: list[int] = []
    real = checker.api.check_text
    buf = io.StringIO()

    def spy(text, *a, **k):
        seen_at_check.append(buf.getvalue().count("\n"))
        return real(text, *a, **k)

    monkeypatch.setattr(checker.api, "check_text", spy)
    monkeypatch.setattr(sys, "stdout", buf)
    cli.main(["check", "--format", "jsonl", str(folder / "a00.txt"), str(folder / "a01.txt"), str(folder / "a02.txt")])
    assert seen_at_check == [0, 1, 2]


def test_progress_bar_on_a_terminal(folder):
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "checker.cli", "check", "--format", "jsonl", str(folder)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env())
        os.close(slave)
        out = proc.stdout.read().decode()
        proc.wait(timeout=600)
        chunks = []
        while select.select([master], [], [], 0.5)[0]:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        err = b"".join(chunks).decode()
    finally:
        os.close(master)
    assert "files" in err and "14/14" in err
    assert "\r" in err
    assert len(out.splitlines()) == 14  # stdout untouched by the bar


def test_progress_class_draws_and_clears():
    stream = io.StringIO()
    p = Progress(4, stream)
    for _ in range(4):
        p.tick()
    assert "4/4" in stream.getvalue()
    p.close()
    assert stream.getvalue().endswith("\r\x1b[K")
    assert not Progress.wanted(io.StringIO())

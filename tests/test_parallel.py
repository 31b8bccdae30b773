"""figcheck check --jobs N: same output as the serial run, files in order,
bad files reported in place without stopping the run."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from checker import parallel
from checker.inputs import collect

REPO = Path(__file__).resolve().parent.parent

WORDS = "council budget school road hospital farm station club market bridge".split()


def article(rng: random.Random) -> str:
    """A small generated story with parts and totals, some of them wrong."""
    lines = [f"{rng.choice(WORDS).title()} plan approved"]
    for _ in range(rng.randint(2, 6)):
        a, b, c = rng.randint(2, 900), rng.randint(2, 900), rng.randint(2, 900)
        total = a + b + c + rng.choice([0, 0, 0, 10, -3])
        noun = rng.choice(["people", "pupils", "homes", "jobs", "beds"])
        lines.append(
            f"Some {total:,} {noun} were counted in {rng.randint(2001, 2019)}: "
            f"{a:,} in the north, {b:,} in the south and {c:,} in the west."
        )
        share = rng.randint(5, 95)
        lines.append(f"About {share}% of the {rng.choice(WORDS)}s, or {rng.choice(['a third', 'half', 'one in four'])}, agreed.")
    return "\n\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    rng = random.Random(20240501)
    for i in range(60):
        sub = root / f"part{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"story-{i:03d}.txt").write_text(article(rng), encoding="utf-8")
    # bad files in the middle of the walk order
    (root / "part1" / "story-030b.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    (root / "part1" / "story-031b.txt").write_bytes(b"caf\xe9 au lait 12 cups\n")
    (root / "part2" / "story-040b.txt").write_text("", encoding="utf-8")
    return root


def run(*args: str, stdin: bytes = b""):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("FIGCHECK_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "checker.cli", *args], input=stdin,
                          capture_output=True, env=env, timeout=600)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_jobs_2_gives_the_serial_output(folder, fmt):
    serial = run("check", "--format", fmt, str(folder))
    pooled = run("check", "--format", fmt, "--jobs", "2", str(folder))
    assert serial[0] == 2  # the binary and the non-UTF-8 file
    assert pooled == serial


def test_jobs_0_means_all_cores(folder):
    assert run("check", "--format", "jsonl", "--jobs", "0", str(folder)) == run("check", "--format", "jsonl", str(folder))


def test_stdin_among_files_keeps_its_place(folder):
    files = sorted(str(p) for p in (folder / "part0").glob("*.txt"))[:4]
    args = ["check", "--format", "jsonl", files[0], "-", files[1], files[2], files[3]]
    story = b"Of the 40 staff, 25 were nurses and 20 doctors.\n"
    code, out, _ = run(*args, "--jobs", "2", stdin=story)
    serial = run(*args, stdin=story)
    assert (code, out) == serial[:2]
    paths = [json.loads(line)["path"] for line in out.splitlines()]
    assert paths == [files[0], "<stdin>", *files[1:]]


def test_bad_jobs_value_is_a_usage_error():
    code, out, err = run("check", "--jobs", "-1", "x.txt")
    assert code == 2 and "jobs" in err and "Traceback" not in err
    code, out, err = run("check", "--jobs", "many", "x.txt")
    assert code == 2 and "jobs" in err


def test_check_inputs_preserves_order_and_errors_in_process(folder):
    inputs = collect([str(folder)])
    serial = list(parallel.check_inputs(inputs, jobs=1))
    pooled = list(parallel.check_inputs(inputs, jobs=2))
    assert [r.item for r in pooled] == [r.item for r in serial] == inputs
    assert [r.findings for r in pooled] == [r.findings for r in serial]
    assert [r.input_error for r in pooled] == [r.input_error for r in serial]
    assert sum(r.input_error is not None for r in pooled) == 2


def test_missing_file_is_reported_in_place(folder, tmp_path):
    files = sorted(str(p) for p in (folder / "part0").glob("*.txt"))[:3]
    gone = str(tmp_path / "gone.txt")
    items = collect([files[0], gone, files[1], files[2]])
    results = list(parallel.check_inputs(items, jobs=2))
    assert [r.item.path for r in results] == [files[0], gone, files[1], files[2]]
    assert results[1].input_error and results[1].findings is None
    assert all(r.findings is not None for r in results[:1] + results[2:])


def test_internal_error_in_a_worker_is_contained(folder, monkeypatch):
    # with fork, workers inherit the patched pipeline
    import checker.api

    real = checker.api.check_text

    def flaky(text, *a, **k):
        if "north" in text and len(text) % 5 == 0:
            raise RuntimeError("boom")
        return real(text, *a, **k)

    monkeypatch.setattr(checker.api, "check_text", flaky)
    inputs = collect([str(folder)])
    serial = list(parallel.check_inputs(inputs, jobs=1))
    pooled = list(parallel.check_inputs(inputs, jobs=2))
    assert any(r.internal_error for r in serial)
    assert [r.internal_error for r in pooled] == [r.internal_error for r in serial]
    assert all("boom" in r.internal_error for r in pooled if r.internal_error)


def test_chunk_size_is_bounded():
    assert parallel.chunk_size(1, 2) == 1
    assert parallel.chunk_size(10, 2) == 1
    assert parallel.chunk_size(100, 2) == 12
    assert parallel.chunk_size(10**6, 2) == parallel.CHUNK_MAX


def test_resolve_jobs():
    assert parallel.resolve_jobs(0) == parallel.cpu_count() >= 1
    assert parallel.resolve_jobs(3) == 3
    assert parallel.resolve_jobs(None) == 1

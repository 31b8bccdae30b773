"""figcheck's speed on real news text: ``make bench`` -> reports/bench.md and reports/bench.png.

    .venv-bench/bin/python bench/bench.py [--shared DIR] [--out DIR] [--runs N]
        [--quantulum-every K] [--max-mb 10] [--timeout S] [--quick]

A script, never a test: it measures and reports; it does not judge by its
exit status (0 unless it crashes; 0 with a message when ../shared is absent).

Measured on ../shared/corpus (2,116 BBC and Reuters articles), each tool in
its own fresh process so that start-up and peak memory are its own:

* figcheck: ``check_text`` on each article (the full check);
* quantulum3: ``quantulum3.parser.parse`` on each article (extraction only);
  it is ~50x slower, so it runs on every K-th article (``--quantulum-every``),
  and figcheck and the floor are timed on that same sample too;
* the floor: one regular-expression pass collecting the digit tokens.

Reported: KB/s and articles/s (median of ``--runs`` passes, each in a fresh
process after a warm-up call on one sentence, so that no pass finds the
parses and look-ups of an earlier pass over the same texts cached),
start-up time, peak RSS and peak traced Python allocations during one pass;
figcheck's time per stage (reading, segmenting, extracting, publication date,
relating, rules, reporting); time per MB for one document of 1 KB to 10 MB
made by concatenating corpus articles (each size in a subprocess with a
timeout, so a superlinear stage shows up as a time-out, not a hang; the
largest size that finished is profiled with cProfile); and ``figcheck check
--jobs 1`` against ``--jobs 2`` over the corpus folder.
"""
from __future__ import annotations

import argparse
import cProfile
import csv
import json
import os
import platform
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
SIZES_KB = (1, 10, 100, 300, 1000, 3000, 10000)
# a warm-up call loads what a first call would: the grammar, pint's unit registry
WARM_UP = "It was 41C (106F) on Monday. Of the 50 ships, 30 were tankers and 20 ferries, up 4% on 2.5m in 1999."

TARGETS = {
    "vs_quantulum": "figcheck >= 10x quantulum3's throughput",
    "vs_floor": "figcheck within 20x of the regex floor",
    "mb_per_s": "figcheck >= 1 MB/s in one process",
    "ten_mb": "a 10 MB file in under 15 s",
    "jobs": "--jobs 2 >= 1.7x faster than --jobs 1",
}


# --------------------------------------------------------------------------
# corpus


def corpus_files(shared: Path, every: int = 1) -> list[str]:
    corpus = shared / "corpus"
    with open(corpus / "manifest.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [str(corpus / r["file"]) for r in rows][::every]


def load(paths: list[str]) -> list[str]:
    return [Path(p).read_text(encoding="utf-8") for p in paths]


def mb(n_bytes: int) -> float:
    return n_bytes / 1e6


# --------------------------------------------------------------------------
# workers: each runs in its own process


def tool_function(tool: str):
    if tool == "figcheck":
        from checker import check_text

        return lambda text: check_text(text)
    if tool == "quantulum3":
        warnings.simplefilter("ignore")  # "classifier dependencies not installed"
        from quantulum3 import parser

        return parser.parse
    if tool == "regex":
        return lambda text: [m.group() for m in DIGITS.finditer(text)]
    raise SystemExit(f"unknown tool {tool}")


def worker_throughput(tool: str, paths: list[str], runs: int) -> dict:
    t0 = time.process_time()
    fn = tool_function(tool)
    texts = load(paths)
    fn(WARM_UP)  # grammars, unit tables
    startup = time.process_time() - t0
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    times, walls = [], []
    for _ in range(runs):
        w, t = time.perf_counter(), time.process_time()
        for text in texts:
            fn(text)
        times.append(time.process_time() - t)
        walls.append(time.perf_counter() - w)
    # one more pass under tracemalloc: the peak of Python allocations
    tracemalloc.start()
    tracemalloc.reset_peak()
    for text in texts:
        fn(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    med = statistics.median(times)
    return {
        "tool": tool, "articles": len(texts), "bytes": n_bytes, "runs": times, "median_s": med,
        "wall_runs": walls, "median_wall_s": statistics.median(walls),
        "kb_per_s": n_bytes / 1024 / med, "mb_per_s": mb(n_bytes) / med, "articles_per_s": len(texts) / med,
        "startup_s": startup, "peak_rss_mb": rss_kb / 1024, "peak_traced_mb": peak / 1e6,
    }


def worker_stages(paths: list[str], runs: int) -> dict:
    """figcheck's pipeline, stage by stage, as checker.api runs it."""
    from checker import api
    from checker.echoes import with_headline_echoes
    from checker.extract import extract
    from checker.model import Document
    from checker.published import infer_published
    from checker.relate import relate
    from checker.reporters import json as json_reporter
    from checker.reporters import text as text_reporter
    from checker.reporters.lines import LineIndex
    from checker.rules import RULES
    from checker.segment import segment

    api.check_text(WARM_UP)
    stages = ["reading", "segmenting", "extracting", "publication date", "relating", "rules", "reporting"]
    totals = {s: [] for s in stages}
    n_bytes = 0
    for _ in range(runs):
        acc = dict.fromkeys(stages, 0.0)
        n_bytes = 0
        clock = time.process_time
        for path in paths:
            t = clock()
            with open(path, "rb") as fh:
                text = fh.read().decode("utf-8")
            t1 = clock(); acc["reading"] += t1 - t
            sentences = segment(text)
            t2 = clock(); acc["segmenting"] += t2 - t1
            mentions = extract(text, sentences)
            t3 = clock(); acc["extracting"] += t3 - t2
            published = infer_published(text, sentences, mentions)
            doc = Document(text=text, path=path, published=published, sentences=sentences, mentions=mentions)
            t4 = clock(); acc["publication date"] += t4 - t3
            relations = relate(doc)
            t5 = clock(); acc["relating"] += t5 - t4
            active = [r() for r in RULES]
            findings = []
            for relation in relations:
                for rule in active:
                    if isinstance(relation, rule.relations):
                        findings.extend(rule.check(relation, doc))
            findings = api.sort_findings(with_headline_echoes(findings, text))  # (as ``api.check_document``)
            t6 = clock(); acc["rules"] += t6 - t5
            index = LineIndex(text)
            json_reporter.file_entry(path, text, findings)
            text_reporter.format_file(path, text, findings, concise=False, color=False, index=index)
            t7 = clock(); acc["reporting"] += t7 - t6
            n_bytes += len(text.encode("utf-8"))
        for s in stages:
            totals[s].append(acc[s])
    med = {s: statistics.median(v) for s, v in totals.items()}
    return {"stages": med, "bytes": n_bytes, "articles": len(paths), "total_s": sum(med.values())}


def measure_stages(shared: Path, runs: int) -> dict:
    """The stage profile, one pass per fresh process (cold caches, as ``merge_passes``), stage by stage medians."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(corpus_files(shared), fh)
        lists = fh.name
    try:
        passes = [run_worker(["stages", lists]) for _ in range(runs)]
    finally:
        os.unlink(lists)
    med = {s: statistics.median(p["stages"][s] for p in passes) for s in passes[0]["stages"]}
    return dict(passes[0], stages=med, total_s=sum(med.values()))


def worker_size(path: str, profile_out: str | None) -> dict:
    from checker import check_text

    check_text(WARM_UP)
    text = Path(path).read_text(encoding="utf-8")
    n_bytes = len(text.encode("utf-8"))
    reps = max(1, min(200, int(200_000 // max(n_bytes, 1))))  # small sizes: repeat for a stable time
    prof = cProfile.Profile() if profile_out else None
    w, t = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    for _ in range(reps):
        check_text(text)
    if prof:
        prof.disable()
    el = (time.process_time() - t) / reps
    wall = (time.perf_counter() - w) / reps
    if prof:
        prof.dump_stats(profile_out)
    return {"bytes": n_bytes, "seconds": el, "wall_seconds": wall, "s_per_mb": el / mb(n_bytes), "reps": reps}


def run_worker(args: list[str], timeout: float | None = None) -> dict | None:
    """Run this script as a worker in a fresh interpreter; its last stdout line is JSON."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    try:
        proc = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True, text=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise SystemExit(f"worker {args[:1]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------
# the measurements


def merge_passes(passes: list[dict]) -> dict:
    """One pass per fresh process, merged: the median of their times. Each pass starts with cold caches (a
    second pass over the same texts in one process would find every parse and look-up cached, faster than a
    user's one run over an archive); start-up is the median, peak memory the largest."""
    first = passes[0]
    times = [p["runs"][0] for p in passes]
    walls = [p["wall_runs"][0] for p in passes]
    med = statistics.median(times)
    n_bytes = first["bytes"]
    return dict(first, runs=times, median_s=med, wall_runs=walls, median_wall_s=statistics.median(walls),
                kb_per_s=n_bytes / 1024 / med, mb_per_s=mb(n_bytes) / med, articles_per_s=first["articles"] / med,
                startup_s=statistics.median(p["startup_s"] for p in passes),
                peak_rss_mb=max(p["peak_rss_mb"] for p in passes),
                peak_traced_mb=max(p["peak_traced_mb"] for p in passes))


def measure_throughput(shared: Path, runs: int, every: int, log) -> dict:
    out = {}
    full = corpus_files(shared)
    sample = corpus_files(shared, every)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump({"full": full, "sample": sample}, fh)
        lists = fh.name
    try:
        for tool, which in (("regex", "full"), ("figcheck", "full"), ("regex", "sample"),
                            ("figcheck", "sample"), ("quantulum3", "sample")):
            log(f"throughput: {tool} on the {which} corpus ({len(full if which == 'full' else sample)} articles)")
            out[f"{tool}/{which}"] = merge_passes([run_worker(["throughput", tool, lists, which, "1"])
                                                   for _ in range(runs)])
    finally:
        os.unlink(lists)
    return out


_COPY_NAMES = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa")


def build_document(shared: Path, size: int) -> str:
    """Corpus articles, one after another, to ``size`` bytes (cut at a line end)."""
    parts, total = [], 0
    for path in corpus_files(shared):
        text = Path(path).read_text(encoding="utf-8").strip() + "\n\n"
        parts.append(text)
        total += len(text.encode("utf-8"))
        if total >= size:
            break
    rounds = 1
    base = list(parts)
    while total < size:  # more than the corpus: go round again, each paragraph made unique
        rounds += 1  # (a paragraph seen twice is taken for page chrome and never related)
        # a tag of letters: a digit or a number word would add a figure to every paragraph
        tag = f" (copy {_COPY_NAMES[rounds % len(_COPY_NAMES)]})"
        again = ["\n\n".join(p + tag for p in text.strip().split("\n\n")) + "\n\n" for text in base]
        parts.extend(again)
        total += sum(len(t.encode("utf-8")) for t in again)
    doc = "".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
    cut = doc.rfind("\n")
    return doc[: cut + 1] if cut > size // 2 else doc


def measure_scaling(shared: Path, max_kb: int, timeout: float, log) -> dict:
    rows = []
    profiled = None
    with tempfile.TemporaryDirectory() as tmp:
        last_ok = None
        for kb in SIZES_KB:
            if kb > max_kb:
                break
            path = Path(tmp) / f"doc-{kb}kb.txt"
            path.write_text(build_document(shared, kb * 1000), encoding="utf-8")
            log(f"scaling: {kb:,} KB")
            r = run_worker(["size", str(path)], timeout=timeout)
            if r is None:
                rows.append({"kb": kb, "timeout": timeout})
                log(f"  timed out after {timeout:.0f} s")
                break
            r["kb"] = kb
            rows.append(r)
            log(f"  {r['seconds']:.3f} CPU s, {r['s_per_mb']:.2f} s per MB")
            last_ok = path
        if last_ok is not None:
            prof = Path(tmp) / "profile.out"
            log(f"profiling the largest size that finished ({last_ok.name})")
            run_worker(["size", str(last_ok), str(prof)], timeout=timeout * 3)
            profiled = {"file": last_ok.name, "top": top_functions(str(prof), 15)}
    return {"rows": rows, "profile": profiled, "timeout": timeout}


def top_functions(profile_path: str, n: int) -> list[dict]:
    stats = pstats.Stats(profile_path)
    total = stats.total_tt
    rows = []
    for (filename, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():
        rows.append({"function": f"{short_path(filename)}:{line}({func})", "calls": nc, "tottime": tt,
                     "cumtime": ct, "share": tt / total if total else 0})
    rows.sort(key=lambda r: -r["tottime"])
    return rows[:n]


def short_path(filename: str) -> str:
    for marker in ("/checker/", "/site-packages/", "/lib/python"):
        if marker in filename:
            return marker.strip("/") + "/" + filename.split(marker, 1)[1]
    return filename


def profile_corpus(shared: Path, every: int) -> list[dict]:
    """cProfile of the full check over a sample of the corpus (in this process)."""
    from checker import check_text

    texts = load(corpus_files(shared, every))
    check_text(WARM_UP)
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        check_text(t)
    prof.disable()
    with tempfile.NamedTemporaryFile(suffix=".prof", delete=False) as fh:
        name = fh.name
    prof.dump_stats(name)
    try:
        return top_functions(name, 20)
    finally:
        os.unlink(name)


def measure_jobs(shared: Path, runs: int, log) -> dict:
    corpus = shared / "corpus"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    times: dict[str, list[float]] = {"1": [], "2": []}
    cpu: dict[str, list[float]] = {"1": [], "2": []}
    loads = []
    # the two settings alternate, run by run: other work on the shared
    # machine then weighs on both alike instead of on whichever ran later
    for _ in range(runs):
        for jobs in ("1", "2"):
            loads.append(os.getloadavg()[0])
            log(f"--jobs {jobs}: figcheck check --format jsonl over the corpus folder (load {loads[-1]:.1f})")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "checker.cli", "check", "--format", "jsonl", "--jobs", jobs,
                                   "--exit-zero", str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  env=env)
            times[jobs].append(time.perf_counter() - t)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[jobs].append((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
            if proc.returncode not in (0, 1):
                raise SystemExit(f"figcheck check --jobs {jobs} failed: {proc.stderr[-2000:]}")
    out = {jobs: {"runs": times[jobs], "median_s": statistics.median(times[jobs]), "cpu_s": statistics.median(cpu[jobs])}
           for jobs in ("1", "2")}
    out["load_during"] = (min(loads), max(loads))
    out["speedup"] = out["1"]["median_s"] / out["2"]["median_s"]
    # what 2 idle cores would give: the serial CPU time over the parallel
    # run's CPU time spread over 2 processes (pool overhead included)
    out["cpu_bound_speedup"] = 2 * out["1"]["cpu_s"] / out["2"]["cpu_s"]
    out["cores"] = os.cpu_count()
    out["load"] = os.getloadavg()
    return out


# --------------------------------------------------------------------------
# the report


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def evaluate_targets(data: dict) -> list[tuple[str, str, bool | None]]:
    tp = data["throughput"]
    fig_s, q_s = tp["figcheck/sample"], tp["quantulum3/sample"]
    fig, rx = tp["figcheck/full"], tp["regex/full"]
    rows = []
    ratio_q = fig_s["kb_per_s"] / q_s["kb_per_s"] if q_s else None
    rows.append((TARGETS["vs_quantulum"], f"{ratio_q:.0f}x (same sample)" if ratio_q else "not measured",
                 ratio_q >= 10 if ratio_q else None))
    ratio_f = rx["kb_per_s"] / fig["kb_per_s"]
    rows.append((TARGETS["vs_floor"], f"the floor is {ratio_f:.0f}x faster", ratio_f <= 20))
    rows.append((TARGETS["mb_per_s"], f"{fig['mb_per_s']:.2f} MB/s", fig["mb_per_s"] >= 1))
    ten = next((r for r in data["scaling"]["rows"] if r["kb"] == 10000), None)
    if ten is None:
        last = data["scaling"]["rows"][-1] if data["scaling"]["rows"] else None
        if last and "timeout" in last:
            rows.append((TARGETS["ten_mb"], f"{last['kb']:,} KB already took over {last['timeout']:.0f} s", False))
        else:
            rows.append((TARGETS["ten_mb"], "not measured", None))
    elif "timeout" in ten:
        rows.append((TARGETS["ten_mb"], f"over {ten['timeout']:.0f} s (timed out)", False))
    else:
        rows.append((TARGETS["ten_mb"], f"{ten['seconds']:.1f} s", ten["seconds"] < 15))
    jobs = data.get("jobs")
    if jobs:
        rows.append((TARGETS["jobs"], f"{jobs['speedup']:.2f}x on {jobs['cores']} cores", jobs["speedup"] >= 1.7))
    else:
        rows.append((TARGETS["jobs"], "not measured", None))
    return rows


def render(data: dict) -> str:
    L = []
    add = L.append
    m = data["meta"]
    add("# figcheck benchmark")
    add("")
    add(f"`make bench` (bench/bench.py) on {m['date']}, figcheck {m['version']} at commit {m['commit']}; "
        f"{m['machine']}; Python {m['python']}; quantulum3 {m['quantulum3']}. Corpus: ../shared/corpus "
        "(BBC News 2004-05 and Reuters-21578, Distribution 1.0). Medians of "
        f"{m['runs']} pass{'es' if m['runs'] != 1 else ''}, each in a fresh process after a warm-up call on one sentence (so no pass finds "
        f"an earlier pass's parses and look-ups cached, as a user's one run over an archive would not); total "
        f"bench time {m['seconds']:.0f} s.")
    add("")
    add("![throughput, scaling and stages](bench.png)")
    add("")
    add("## Targets")
    add("")
    add("| target | measured | |")
    add("|---|---|---|")
    for target, measured, ok in evaluate_targets(data):
        add(f"| {target} | {measured} | {verdict(ok)} |")
    add("")
    add("## Throughput, one process")
    add("")
    add("| tool | input | articles | MB | median CPU s | KB/s | articles/s | wall s | start-up s | peak RSS MB | peak traced MB |")
    add("|---|---|---|---|---|---|---|---|---|---|---|")
    for key, r in data["throughput"].items():
        if not r:
            continue
        tool, which = key.split("/")
        label = {"figcheck": "figcheck full check", "quantulum3": "quantulum3 parse (extraction only)",
                 "regex": "floor: one regex pass for digits"}[tool]
        which = "corpus" if which == "full" else f"every {m['quantulum_every']}th article"
        add(f"| {label} | {which} | {r['articles']:,} | {mb(r['bytes']):.2f} | {r['median_s']:.2f} | "
            f"{r['kb_per_s']:,.0f} | {r['articles_per_s']:,.0f} | {r['median_wall_s']:.2f} | {r['startup_s']:.2f} | "
            f"{r['peak_rss_mb']:.0f} | "
            f"{r['peak_traced_mb']:.1f} |")
    add("")
    add("Times are CPU seconds of the measuring process (`time.process_time`): the machine is shared with other "
        "work, and CPU time is what one free core would take; wall-clock medians are shown beside them. "
        "figcheck's throughput and scaling runs use the garbage-collector settings of its command line "
        "(`checker.cli.tune_gc`: the first threshold at 50,000 allocations, start-up objects frozen), and so "
        "does the stage profile below (round 32: it ran with Python's defaults, whose collections cost it about "
        "0.2 s more on the corpus; its total and the throughput run's time differ only by the load of the "
        "moment each was taken at).")
    add("")
    add("quantulum3 is installed from PyPI without its `classifier` extra (scikit-learn): it then warns "
        "\"Classifier dependencies not installed\" and disambiguates units by its rules only; it needs no "
        "download at run time. Start-up = import, loading the corpus and one warm-up call. Peak RSS is the whole "
        "process (interpreter, libraries, corpus text); peak traced = Python allocations during one pass.")
    add("")
    st = data["stages"]
    add("## figcheck by stage")
    add("")
    add(f"The pipeline of `checker.api.check_text`, stage by stage, over the corpus ({st['articles']:,} articles, "
        f"{mb(st['bytes']):.2f} MB; reading and reporting added as the CLI does them).")
    add("")
    add("| stage | seconds | share | MB/s of that stage alone |")
    add("|---|---|---|---|")
    for name, sec in st["stages"].items():
        add(f"| {name} | {sec:.2f} | {100 * sec / st['total_s']:.0f}% | {mb(st['bytes']) / sec if sec else float('inf'):,.1f} |")
    add(f"| **total** | **{st['total_s']:.2f}** | | **{mb(st['bytes']) / st['total_s']:.2f}** |")
    add("")
    add("Hot spots over a sample of the corpus (cProfile, full check, by own time):")
    add("")
    add("| function | calls | own s | cumulative s | share of own time |")
    add("|---|---|---|---|---|")
    for r in data["profile"]:
        add(f"| `{r['function']}` | {r['calls']:,} | {r['tottime']:.2f} | {r['cumtime']:.2f} | {100 * r['share']:.0f}% |")
    add("")
    sc = data["scaling"]
    add("## Scaling: one document of 1 KB to 10 MB")
    add("")
    add(f"Corpus articles concatenated into one file (past the corpus's own size every paragraph of a repeated "
        f"article carries a tag of letters, adding no figure: a paragraph seen twice would be taken for page chrome and never "
        f"related), checked with `check_text` in a fresh process (time-out "
        f"{sc['timeout']:.0f} s per size). Linear growth means a flat time per MB.")
    add("")
    add("| size | CPU seconds | seconds per MB | wall seconds |")
    add("|---|---|---|---|")
    for r in sc["rows"]:
        if "timeout" in r:
            add(f"| {r['kb']:,} KB | > {r['timeout']:.0f} wall (timed out) | - | - |")
        else:
            add(f"| {r['kb']:,} KB | {r['seconds']:.3f} | {r['s_per_mb']:.2f} | {r['wall_seconds']:.3f} |")
    add("")
    if sc.get("profile"):
        add(f"Where the time goes at the largest size that finished ({sc['profile']['file']}):")
        add("")
        add("| function | calls | own s | cumulative s | share of own time |")
        add("|---|---|---|---|---|")
        for r in sc["profile"]["top"][:10]:
            add(f"| `{r['function']}` | {r['calls']:,} | {r['tottime']:.2f} | {r['cumtime']:.2f} | {100 * r['share']:.0f}% |")
        add("")
    jobs = data.get("jobs")
    if jobs:
        add("## Parallel: `figcheck check --format jsonl --jobs N` over the corpus folder")
        add("")
        add("| jobs | median wall-clock s (whole command, start-up included) | CPU s, all processes |")
        add("|---|---|---|")
        add(f"| 1 | {jobs['1']['median_s']:.2f} | {jobs['1']['cpu_s']:.2f} |")
        add(f"| 2 | {jobs['2']['median_s']:.2f} | {jobs['2']['cpu_s']:.2f} |")
        add(f"| speed-up | **{jobs['speedup']:.2f}x** wall-clock ({jobs['cores']} cores) | "
            f"{jobs['cpu_bound_speedup']:.2f}x if both cores were free (2 x serial CPU / parallel CPU) |")
        add("")
        during = jobs.get("load_during")
        add((f"Load average (1 min) before the runs: {during[0]:.1f} to {during[1]:.1f}; " if during else "")
            + f"at the end of this measurement: {', '.join(f'{x:.1f}' for x in jobs['load'])} "
            "(the runs of --jobs 1 and 2 alternate; the wall-clock speed-up needs two idle cores, other work on the "
            "machine lowers it).")
        add("")
    add("Rerun with `make bench`; `make bench BENCH_ARGS=--quick` for a short look (1 run, quantulum3 on every "
        "40th article, sizes up to 1 MB).")
    return "\n".join(L) + "\n"


def plot(data: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6))
    tp = data["throughput"]
    names, values = [], []
    for key, label in (("regex/sample", "regex floor"), ("figcheck/sample", "figcheck"),
                       ("quantulum3/sample", "quantulum3")):
        if tp.get(key):
            names.append(label)
            values.append(tp[key]["kb_per_s"])
    ax = axes[0]
    bars = ax.bar(names, values, color=["#999999", "#1f77b4", "#ff7f0e"][: len(values)])
    ax.set_yscale("log")
    ax.set_ylabel("KB/s (log scale)")
    ax.set_title("Throughput on the same corpus sample")
    for b, v in zip(bars, values):
        ax.text(b.get_x() + b.get_width() / 2, v, f"{v:,.0f}", ha="center", va="bottom")

    ax = axes[1]
    rows = [r for r in data["scaling"]["rows"] if "timeout" not in r]
    if rows:
        xs = [r["bytes"] / 1e6 for r in rows]
        ys = [r["seconds"] for r in rows]
        ax.loglog(xs, ys, "o-", label="figcheck check_text")
        k = ys[0] / xs[0]
        ax.loglog(xs, [k * x for x in xs], "--", color="#999999", label="linear (from the smallest)")
        timed_out = [r for r in data["scaling"]["rows"] if "timeout" in r]
        for r in timed_out:
            ax.plot([r["kb"] / 1000], [r["timeout"]], "rx", markersize=10, label=f"timed out ({r['kb']:,} KB)")
        ax.axhline(15, color="red", linewidth=0.8, linestyle=":", label="15 s")
        ax.set_xlabel("document size, MB")
        ax.set_ylabel("seconds")
        ax.legend(fontsize=8)
    ax.set_title("Scaling: one document")

    ax = axes[2]
    st = data["stages"]["stages"]
    ax.barh(list(st)[::-1], list(st.values())[::-1], color="#1f77b4")
    ax.set_xlabel("seconds over the corpus")
    ax.set_title("figcheck by stage")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10)
        return out.stdout.strip() + ("+uncommitted changes" if dirty.stdout.strip() else "")
    except Exception:
        return "unknown"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "reports"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quantulum-every", type=int, default=16, help="quantulum3 on every K-th article")
    ap.add_argument("--max-mb", type=float, default=10)
    ap.add_argument("--timeout", type=float, default=120, help="seconds allowed for one size of the scaling run")
    ap.add_argument("--quick", action="store_true", help="1 run, quantulum3 on every 40th article, sizes up to 1 MB")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        kind, *rest = args.worker
        if kind in ("size", "stages") or (kind == "throughput" and rest[0] == "figcheck"):
            from checker.cli import tune_gc

            tune_gc()  # figcheck runs with the collector settings of its command line
        if kind == "throughput":
            tool, lists, which, runs = rest
            paths = json.loads(Path(lists).read_text())[which]
            print(json.dumps(worker_throughput(tool, paths, int(runs))))
        elif kind == "stages":
            print(json.dumps(worker_stages(json.loads(Path(rest[0]).read_text()), 1)))
        elif kind == "size":
            print(json.dumps(worker_size(rest[0], rest[1] if len(rest) > 1 else None)))
        return 0

    shared = Path(args.shared)
    if not (shared / "corpus" / "manifest.tsv").is_file():
        print(f"skipped: {shared / 'corpus'} not found (the benchmark runs on the shared corpus)")
        return 0
    if args.quick:
        args.runs, args.quantulum_every, args.max_mb = 1, 40, 1
    try:
        import quantulum3  # noqa: F401
        import matplotlib  # noqa: F401
    except ImportError as exc:
        print(f"bench: {exc.name} is missing: run it with the bench venv (make bench)", file=sys.stderr)
        return 2

    t0 = time.time()

    def log(msg: str) -> None:
        print(f"[{time.time() - t0:6.1f}s] {msg}", flush=True)

    from importlib.metadata import version

    from checker import __version__

    data = {}
    data["throughput"] = measure_throughput(shared, args.runs, args.quantulum_every, log)
    log("stages")
    data["stages"] = measure_stages(shared, args.runs)
    log("cProfile of the full check")
    data["profile"] = profile_corpus(shared, 4)
    data["scaling"] = measure_scaling(shared, int(args.max_mb * 1000), args.timeout, log)
    data["jobs"] = measure_jobs(shared, args.runs, log)
    data["meta"] = {
        "date": time.strftime("%Y-%m-%d"), "version": __version__, "commit": git_commit(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores", "python": platform.python_version(),
        "quantulum3": version("quantulum3"), "runs": args.runs, "quantulum_every": args.quantulum_every,
        "seconds": time.time() - t0,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.md").write_text(render(data), encoding="utf-8")
    plot(data, out / "bench.png")
    for target, measured, ok in evaluate_targets(data):
        print(f"{'met   ' if ok else 'MISSED' if ok is not None else 'n/a   '}  {target}: {measured}")
    print(f"wrote {out / 'bench.md'} and {out / 'bench.png'} in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

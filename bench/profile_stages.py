"""Throughput of figcheck's full check on a folder of texts, stage by stage.

    python bench/profile_stages.py [--repeat N] [--profile] [GLOB]

Reads every file matching GLOB (default ../shared/corpus/*/*.txt), warms
up (grammar and pint registry load are excluded), then times
``checker.check_text`` over all files REPEAT times and prints the best
MB/s (characters / wall time), plus the time spent in each stage
(segment, lex, extract, relate+rules) on the best run.  ``--profile``
prints a cProfile of one full pass instead.
"""
from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import api  # noqa: E402
from checker.extract import extract, lex  # noqa: E402
from checker.segment import segment  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "*" / "*.txt"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    texts = [Path(f).read_text(encoding="utf-8") for f in sorted(glob.glob(args.pattern))]
    if not texts:
        print(f"no files match {args.pattern}", file=sys.stderr)
        return 1
    chars = sum(map(len, texts))
    for text in texts[:50]:  # warm-up: grammar, scanner, pint registry
        api.check_text(text)
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            api.check_text(text)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return 0
    best = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for text in texts:
            api.check_text(text)
        wall = time.perf_counter() - t0
        best = wall if best is None else min(best, wall)
    stages = {"segment": 0.0, "lex": 0.0, "segment+extract": 0.0}
    for text in texts:
        t0 = time.perf_counter()
        sentences = segment(text)
        t1 = time.perf_counter()
        lex(text)
        t2 = time.perf_counter()
        extract(text, sentences)
        t3 = time.perf_counter()
        stages["segment"] += t1 - t0
        stages["lex"] += t2 - t1
        stages["segment+extract"] += t3 - t2 + (t1 - t0)
    print(f"{len(texts)} files, {chars / 1e6:.2f} M chars")
    print(f"check_text: best of {args.repeat}: {best:.2f} s = {chars / best / 1e6:.3f} MB/s")
    for name, secs in stages.items():
        print(f"  {name:16} {secs:.2f} s")
    print(f"  relate+rules     ~{best - stages['segment+extract']:.2f} s (rest)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

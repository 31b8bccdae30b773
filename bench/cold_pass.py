"""One cold pass of figcheck's full check over the corpus, in this process: a quick throughput figure.

    python bench/cold_pass.py [--shared DIR]

Loads the corpus, warms up on one sentence (grammars, unit tables), applies the command line's collector
settings, then times ``check_text`` over every article once (CPU seconds) and prints MB/s.  Each run is a
fresh process, so no parse or look-up of an earlier pass is cached.  ``make bench`` is the full benchmark;
this is the figure to compare two commits quickly (run it three times and take the median).
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
from checker.cli import tune_gc  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    paths = sorted(glob.glob(str(Path(args.shared) / "corpus" / "*" / "*.txt")))
    if not paths:
        print(f"skipped: no corpus under {args.shared}")
        return 0
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    api.check_text("The council spent £4.2m, 12% more than the £3.75m of 2019.")
    tune_gc()
    start = time.process_time()
    for text in texts:
        api.check_text(text)
    seconds = time.process_time() - start
    print(f"{len(texts)} articles, {n_bytes / 1e6:.2f} MB, {seconds:.2f} CPU s, {n_bytes / 1e6 / seconds:.3f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Instructions figcheck's full check executes over a sample of the corpus, start-up subtracted.

    python bench/instructions.py [--every 8] [--shared DIR]

A measure of the code's own cost that does not move with the machine's load: valgrind's callgrind counts the
instructions a process executes (for the same code, input and environment the count repeats to within 0.5%), where
timings on a shared machine vary by 20% or more from one run to the next.  Two processes run under valgrind with
PYTHONHASHSEED=0: one that only starts up (imports, grammar, one warm-up sentence) and one that also checks every
``--every``-th corpus article; the difference is the check's.  Compare two versions of the code by running this in
each checkout (each compiled to bytecode first: a module compiled at import adds its compilation to the count).
About a minute for every 8th article; valgrind must be installed (Debian: valgrind).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]  # bench/bench.py, and the checker


def worker(shared: Path, every: int) -> None:
    from bench import WARM_UP, corpus_files, load  # (bench/bench.py: the same sample and warm-up as ``make bench``)
    from checker import api
    from checker.cli import tune_gc

    tune_gc()
    texts = load(corpus_files(shared, every)) if every else []
    api.check_text(WARM_UP)
    for text in texts:
        api.check_text(text)


def counted(shared: Path, every: int) -> int:
    """Instructions of one worker process under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONHASHSEED="0")
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", sys.executable,
                               __file__, "--worker", str(every), "--shared", str(shared)],
                              capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        raise SystemExit(f"valgrind failed:\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=8, help="check every N-th corpus article (default 8)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker is not None:
        worker(args.shared, args.worker)
        return 0
    if not (args.shared / "corpus" / "manifest.tsv").is_file():
        print(f"no corpus at {args.shared / 'corpus'}: nothing measured")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind): nothing measured")
        return 0
    start_up = counted(args.shared, 0)
    total = counted(args.shared, args.every)
    print(f"start-up {start_up:,} instructions; with every {args.every}th corpus article {total:,}; "
          f"the check: {total - start_up:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CPU time of each relation finder on a folder of texts (the relating stage, finder by finder).

    python bench/profile_finders.py [--top N] [GLOB]

Reads every file matching GLOB (default ../shared/corpus/*/*.txt) and
analyses each once (segments and mentions: not timed).  Then, on fresh
copies of the documents (an empty ``memo``), it replays ``relate``'s loop
in its order -- the document's profile, each finder's declared needs
(``needs.needs``), the finder -- and prints, per finder, its CPU time, how
many documents it ran on and in how many it found a relation.  A finder
pays for the shared results it is the first to ask for (``quantities``,
the sums pool, the frames ...), as it does inside ``relate``.  The time spent
deciding which finders run (the documents' profiles and the finders' needs)
is read in a pass of its own and shown as "(needs)".

The garbage collector is set as the command line sets it (``tune_gc``).
A profile, not a timing test: read the shares, not the seconds, on a busy
machine.
"""
from __future__ import annotations

import argparse
import dataclasses
import glob
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import api  # noqa: E402
from checker.cli import tune_gc  # noqa: E402
from checker.relate import _DECLARED  # noqa: E402
from checker.relate.needs import Profile  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "*" / "*.txt"))
    ap.add_argument("--top", type=int, default=40, help="finders listed (the costliest first)")
    args = ap.parse_args()
    texts = [Path(f).read_text(encoding="utf-8") for f in sorted(glob.glob(args.pattern))]
    if not texts:
        print(f"no files match {args.pattern}", file=sys.stderr)
        return 1
    docs = [api.analyse(text) for text in texts]
    tune_gc()
    clock = time.process_time
    spent: dict = {}
    ran: dict = {}
    found_in: dict = {}
    for doc in docs:
        doc = dataclasses.replace(doc)  # a fresh memo
        profile = Profile(doc)
        for finder, needs in _DECLARED:
            if needs and not profile.allows(needs):
                continue
            start = clock()
            relations = list(finder(doc))
            spent[finder] = spent.get(finder, 0.0) + clock() - start
            ran[finder] = ran.get(finder, 0) + 1
            if relations:
                found_in[finder] = found_in.get(finder, 0) + 1
    # the profiles and the needs read on their own (what they find does not hang on the finders' work)
    start = clock()
    for doc in docs:
        profile = Profile(doc)
        for _, needs in _DECLARED:
            if needs:
                profile.allows(needs)
    needs_time = clock() - start
    total = sum(spent.values()) + needs_time
    print(f"{len(docs)} documents: relating {total:.2f} s CPU ({needs_time:.2f} s deciding which finders run)")
    print(f"{'CPU':>9} {'share':>6} {'ran':>5} {'found':>5}  finder")
    rows = sorted(spent.items(), key=lambda item: -item[1])[:args.top]
    for finder, secs in rows:
        name = f"{finder.__module__.rsplit('.', 1)[-1]}.{finder.__name__}"
        print(f"{secs * 1000:7.1f}ms {100 * secs / total:5.1f}% {ran[finder]:5d} {found_in.get(finder, 0):5d}  {name}")
    print(f"{needs_time * 1000:7.1f}ms {100 * needs_time / total:5.1f}%              (needs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

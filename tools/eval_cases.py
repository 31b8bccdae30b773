"""Score figcheck on the labelled development set in ../shared/eval.

    python tools/eval_cases.py [--shared DIR | --cases FILE] [--rule GROUP] [--verbose]

Detection: flag cases with an error- or warning-severity finding whose span
or related spans overlap the target; false alarms: clean cases with any
error or warning.  Prints a per-group table; exits 0 (it measures, it does
not judge).  Skips cleanly when the shared folder is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import check_text  # noqa: E402


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


def hit(findings, text, target):
    t0 = text.find(target)
    if t0 < 0:
        return False
    t1 = t0 + len(target)
    for f in findings:
        if not f.is_problem:
            continue
        spans = [(f.start, f.end)] + [(r.start, r.end) for r in f.related]
        if any(overlaps(s, e, t0, t1) for s, e in spans):
            return True
    return False


def score_cases(cases, verbose=False):
    groups = {}
    for case in cases:
        findings = check_text(case["text"], case.get("published"))
        problems = [f for f in findings if f.is_problem]
        g = groups.setdefault(case["rule"], {"flag": 0, "hit": 0, "clean": 0, "alarm": 0, "misses": [], "alarms": []})
        if case["expect"] == "flag":
            g["flag"] += 1
            if hit(findings, case["text"], case["target"]):
                g["hit"] += 1
            else:
                g["misses"].append(case["id"])
        else:
            g["clean"] += 1
            if problems:
                g["alarm"] += 1
                g["alarms"].append(case["id"])
        if verbose:
            print(f"--- {case['id']} expect={case['expect']} target={case['target']!r}")
            for f in findings:
                print(f"    {f.severity} {f.rule} {case['text'][f.start:f.end]!r}: {f.message}")
    return groups


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cases", help="a cases file in the same format (default: SHARED/eval/cases.jsonl)")
    ap.add_argument("--rule", help="only this group (sum, share, percent, ...)")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    path = Path(args.cases) if args.cases else Path(args.shared) / "eval" / "cases.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found")
        return 0
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.rule:
        cases = [c for c in cases if c["rule"] == args.rule]
    groups = score_cases(cases, args.verbose)
    tf = th = tc = ta = 0
    print(f"{'group':12} {'detected':>10} {'false alarms':>14}  misses / alarms")
    for name, g in sorted(groups.items()):
        tf += g["flag"]; th += g["hit"]; tc += g["clean"]; ta += g["alarm"]
        det = f"{g['hit']}/{g['flag']}" if g["flag"] else "-"
        print(f"{name:12} {det:>10} {g['alarm']:>6}/{g['clean']:<7}  {' '.join(g['misses'])} / {' '.join(g['alarms'])}")
    print(f"{'all':12} {th}/{tf} ({100*th/max(tf,1):.0f}%)  false alarms {ta}/{tc} ({100*ta/max(tc,1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

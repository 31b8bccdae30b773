"""Score folders of labelled articles: NN-clean.txt / NN-flag.txt and a manifest.jsonl
(the format of ../shared/eval/articles).

    python tools/eval_articles.py [-v] FOLDER...        (default: tests/labelled/articles/*)

A flag article counts as detected when an error or warning lies on its target (the
changed figure) or names it among its related figures; a clean article counts as
kept clean when it has no error or warning at all.  ``-v`` prints every miss and
false alarm with its findings.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from checker import check_text  # noqa: E402
from eval_cases import hit  # noqa: E402


def article_rows(folder: Path) -> list[dict]:
    """One row per article of ``folder``'s manifest: its outcome ("detected", "missed", "clean",
    "false alarm"), whether that is what the manifest expects, and its error/warning findings."""
    rows = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        findings = check_text(text, entry.get("published"))
        problems = [f for f in findings if f.is_problem]
        if entry["expect"] == "flag":
            ok = hit(findings, text, entry["target"])
            outcome = "detected" if ok else "missed"
        else:
            ok = not problems
            outcome = "clean" if ok else "false alarm"
        rows.append({
            "file": entry["file"], "expect": entry["expect"], "target": entry.get("target", ""),
            "why": entry.get("why", ""), "outcome": outcome, "ok": ok,
            "problems": [
                {"rule": f.rule, "severity": str(f.severity), "message": f.message,
                 "at": " ".join(text[f.start:f.end].split())} for f in problems
            ],
            "info": sum(1 for f in findings if not f.is_problem),
        })
    return rows


def counts(rows: list[dict]) -> dict:
    flags = [r for r in rows if r["expect"] == "flag"]
    cleans = [r for r in rows if r["expect"] == "clean"]
    return {"flags": len(flags), "detected": sum(r["ok"] for r in flags),
            "cleans": len(cleans), "kept": sum(r["ok"] for r in cleans)}


def score_folder(folder: Path, verbose: bool = False) -> dict:
    rows = article_rows(folder)
    if verbose:
        for r in rows:
            if not r["ok"]:
                print(f"  {r['outcome'].upper()} {folder.name}/{r['file']} target={r['target']!r}: {r['why']}")
                for f in r["problems"]:
                    print(f"      {f['severity']} {f['rule']} {f['at']!r}: {f['message'][:160]}")
    return counts(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    folders = args.folders or sorted(p for p in (ROOT / "tests" / "labelled" / "articles").iterdir() if p.is_dir())
    total = {"flags": 0, "detected": 0, "cleans": 0, "kept": 0}
    for folder in folders:
        if not (folder / "manifest.jsonl").is_file():
            print(f"{folder}: no manifest.jsonl", file=sys.stderr)
            return 2
        s = score_folder(folder, args.verbose)
        for k in total:
            total[k] += s[k]
        print(f"{folder.name:10} flag articles detected {s['detected']}/{s['flags']}, "
              f"clean articles kept clean {s['kept']}/{s['cleans']}")
    print(f"{'all':10} flag articles detected {total['detected']}/{total['flags']}, "
          f"clean articles kept clean {total['kept']}/{total['cleans']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

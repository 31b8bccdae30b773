"""The accuracy report: ``make eval`` -> reports/eval.md and reports/eval.json.

    python tools/evaluate.py [--shared DIR] [--out DIR] [--jobs N]
                             [--classification FILE] [--no-published] [--limit N]

Three measurements, all on ../shared (skipped cleanly, exit 0, when absent):

1. Labelled cases (eval/cases.jsonl): per rule group, flag cases detected
   (an error/warning finding overlapping the target) and clean cases with a
   false alarm (any error/warning finding) -- the scoring of
   tools/eval_cases.py.
2. Labelled articles (eval/articles/manifest.jsonl): each flag article must
   be flagged at its target, each clean one must have no error/warning.
3. The corpus (corpus/manifest.tsv: 2,116 published BBC and Reuters
   articles): every error/warning finding, per 100 articles and listed one
   by one with a short excerpt (the figure and a few words around it) and
   the verdict a person gave it in reports/corpus-classification.tsv
   ("unreviewed" until someone does); and coverage: the share of numeric
   tokens (the grammar's own scanner: digit tokens and number words) that
   end up inside a quantity mention and in at least one relation, and the
   most frequent forms that no mention covers -- the grammar's to-do list.

Reuters articles are checked with their wire date from the manifest as the
publication date (BBC ones have none); ``--no-published`` turns that off.
The corpus must not be copied into the project: the report holds only
excerpts of at most ``EXCERPT_WIDTH`` characters around flagged figures,
and unparsed forms as a token shape with its neighbouring words.
"""
from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from checker import __version__  # noqa: E402
from checker.api import analyse, check_document  # noqa: E402
from checker.lexer import scanner  # noqa: E402
from checker.relate import relate  # noqa: E402
from checker.rules import RULES  # noqa: E402
from eval_cases import hit, score_cases  # noqa: E402

EXCERPT_WIDTH = 80
UNREVIEWED = "unreviewed"
CLASSIFICATION_HEADER = ["file", "rule", "figures", "verdict", "note"]
VERDICTS = ("false alarm", "real error", "debatable")

# The grammar's terminals that are numbers: written with digits, or words.
DIGIT_TYPES = frozenset({"DIGITS", "ORDINAL_NUM", "DECADE", "CLOCK", "VULGAR"})
WORD_TYPES = frozenset(
    """ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN
    SIXTEEN SEVENTEEN EIGHTEEN NINETEEN TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY
    HUNDRED HUNDREDS THOUSAND THOUSANDS MILLION MILLIONS BILLION BILLIONS TRILLION DOZEN DOZENS
    HALF QUARTER QUARTERS TENS_ONES FRACTION_HYPHEN""".split()
)


# --------------------------------------------------------------------------
# small helpers


def one_line(text: str) -> str:
    return " ".join(text.split())


def excerpt(text: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> str:
    """The span and a few words either side, at most ``width`` characters."""
    span = one_line(text[start:end])
    if len(span) >= width - 2:
        return span[: width - 3] + "…"
    room = width - 2 - len(span)
    left = min(start, room * 2 // 5)
    a = start - left
    b = min(len(text), end + room - left)
    before, after = text[a:start], text[end:b]
    if a > 0 and " " in before:  # do not start or end inside a word
        before = before[before.index(" ") + 1:]
    if b < len(text) and " " in after:
        after = after[: after.rindex(" ")]
    before, after = one_line(before), one_line(after)
    pre = "…" if a > 0 else ""
    post = "…" if b < len(text) else ""
    sep_b = " " if before and text[start - 1:start].isspace() else ""
    sep_a = " " if after and text[end:end + 1].isspace() else ""
    return f"{pre}{before}{sep_b}{span}{sep_a}{after}{post}"


def figures_key(text: str, finding) -> str:
    parts = [one_line(text[finding.start:finding.end])] + [one_line(r.text) for r in finding.related]
    return " | ".join(p.replace("\t", " ") for p in parts)


def shape(value: str) -> str:
    """A token's form with its digits abstracted: 1,234 -> N,N; 12th -> Nth."""
    return re.sub(r"\d+", "N", value) if any(c.isdigit() for c in value) else value.lower()


def neighbour(tokens, i: int) -> str:
    if 0 <= i < len(tokens):
        v = tokens[i].value
        return shape(v) if any(c.isdigit() for c in v) else v.lower()
    return "¶"


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10)
        return out.stdout.strip() + ("+uncommitted changes" if dirty.stdout.strip() else "")
    except Exception:
        return "unknown"


def md_cell(text: str) -> str:
    return one_line(str(text)).replace("|", "\\|")


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


# --------------------------------------------------------------------------
# 1 and 2: the labelled set


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def eval_cases(shared: Path) -> dict | None:
    path = shared / "eval" / "cases.jsonl"
    if not path.is_file():
        return None
    groups = score_cases(load_jsonl(path))
    return {name: groups[name] for name in sorted(groups)}


OWN_CASES = ROOT / "tests" / "labelled"


def eval_own_cases(folder: Path = OWN_CASES) -> dict | None:
    """Our own labelled sets, in the eval format, shipped with the repository."""
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        return None
    return {f.name: score_cases(load_jsonl(f)) for f in files}


def eval_own_articles(folder: Path = ROOT / "tests" / "labelled" / "articles") -> dict | None:
    """Our own labelled articles: {set: counts} (see tools/eval_articles.py)."""
    if not folder.is_dir():
        return None
    from eval_articles import score_folder

    return {p.name: score_folder(p) for p in sorted(folder.iterdir()) if (p / "manifest.jsonl").is_file()}


def eval_articles(shared: Path) -> list[dict] | None:
    folder = shared / "eval" / "articles"
    if not (folder / "manifest.jsonl").is_file():
        return None
    from eval_articles import article_rows

    return article_rows(folder)


# --------------------------------------------------------------------------
# 3: the corpus


def read_manifest(corpus: Path) -> list[dict]:
    with open(corpus / "manifest.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def wire_date(text: str) -> str | None:
    try:
        return _dt.datetime.strptime(text.strip(), "%d-%b-%Y").date().isoformat()
    except ValueError:
        return None


def corpus_article(path: str, name: str, published: str | None) -> dict:
    """Everything measured on one article; never raises."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        pub = _dt.date.fromisoformat(published) if published else None
        doc = analyse(text, pub, name)
        findings = check_document(doc)
        relations = relate(doc)
    except Exception as exc:  # reported, never stops the evaluation
        return {"file": name, "crash": f"{type(exc).__name__}: {one_line(str(exc))[:200]}"}

    problems = []
    for f in findings:
        if f.is_problem:
            problems.append({
                "file": name, "rule": f.rule, "name": f.name, "severity": str(f.severity),
                "message": f.message, "excerpt": excerpt(text, f.start, f.end),
                "figures": figures_key(text, f),
            })
    info = Counter(f.rule for f in findings if not f.is_problem)

    mention_spans = sorted(((m.start, m.end, m) for m in doc.mentions), key=lambda x: (x[0], x[1]))
    related_spans = sorted({(m.start, m.end) for r in relations for m in r.members()})
    tokens = scanner().scan(text)
    cov = Counter()
    unparsed_next: Counter = Counter()
    unparsed_prev: Counter = Counter()

    mi = ri = 0
    for i, tok in enumerate(tokens):
        kind = "digit" if tok.type in DIGIT_TYPES else "word" if tok.type in WORD_TYPES else None
        if kind is None:
            continue
        cov[f"{kind}_tokens"] += 1
        while mi < len(mention_spans) and mention_spans[mi][1] <= tok.start:
            mi += 1
        in_mention = mi < len(mention_spans) and mention_spans[mi][0] <= tok.start < mention_spans[mi][1]
        mention = mention_spans[mi][2] if in_mention else None
        in_quantity = in_mention and mention.is_quantity
        while ri < len(related_spans) and related_spans[ri][1] <= tok.start:
            ri += 1
        in_relation = ri < len(related_spans) and related_spans[ri][0] <= tok.start < related_spans[ri][1]
        cov[f"{kind}_in_mention"] += in_mention
        cov[f"{kind}_in_quantity"] += bool(in_quantity)
        cov[f"{kind}_in_relation"] += in_relation
        category = form_category(mention)
        if category:
            cov[f"{kind}_{category}"] += 1
            s = shape(tok.value)
            unparsed_next[f"{category}\t{s} {neighbour(tokens, i + 1)}"] += 1
            unparsed_prev[f"{category}\t{neighbour(tokens, i - 1)} {s}"] += 1

    return {
        "file": name,
        "bytes": len(text.encode("utf-8")),
        "problems": problems,
        "info": dict(info),
        "coverage": dict(cov),
        "kinds": dict(Counter(m.kind.value for m in doc.mentions)),
        "relations": dict(Counter(type(r).__name__ for r in relations)),
        "unparsed_next": dict(unparsed_next),
        "unparsed_prev": dict(unparsed_prev),
    }


UNPARSED_CATEGORIES = (
    ("none", "in no mention at all"),
    ("bare", "parsed only as a bare count: no noun, unit or hedge attached"),
    ("code", "taken for a code or a name (not a quantity)"),
)


def form_category(mention) -> str | None:
    """Why a numeric token counts as not (fully) understood, or None."""
    if mention is None:
        return "none"
    if mention.kind.value == "code":
        return "code"
    if mention.kind.value == "count" and mention.noun is None and mention.unit is None \
            and not mention.hedge and not mention.is_range:
        return "bare"
    return None


def _corpus_task(args):
    return corpus_article(*args)


def eval_corpus(shared: Path, jobs: int, use_published: bool, limit: int | None) -> dict | None:
    corpus = shared / "corpus"
    if not (corpus / "manifest.tsv").is_file():
        return None
    manifest = read_manifest(corpus)
    if limit:
        manifest = manifest[:limit]
    tasks = []
    for row in manifest:
        published = wire_date(row.get("date") or "") if use_published else None
        tasks.append((str(corpus / row["file"]), row["file"], published))
    # warm the grammar once so that forked workers inherit it
    analyse("1")
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_corpus_task, tasks, chunksize=16))
    else:
        results = [_corpus_task(t) for t in tasks]

    sources = Counter(row["file"].split("/")[0] for row in manifest)
    out = {
        "articles": len(manifest),
        "by_source": {},
        "words": sum(int(row.get("words") or 0) for row in manifest),
        "bytes": sum(r.get("bytes", 0) for r in results),
        "findings": [],
        "crashes": [],
        "by_rule": {},
        "info_by_rule": Counter(),
        "coverage": Counter(),
        "kinds": Counter(),
        "relations": Counter(),
        "unparsed_next": Counter(),
        "unparsed_prev": Counter(),
        "published_from_manifest": use_published,
    }
    per_source = {s: {"articles": n, "problems": 0} for s, n in sorted(sources.items())}
    for r in results:
        if "crash" in r:
            out["crashes"].append(r)
            continue
        out["findings"].extend(r["problems"])
        per_source[r["file"].split("/")[0]]["problems"] += len(r["problems"])
        out["info_by_rule"].update(r["info"])
        out["coverage"].update(r["coverage"])
        out["kinds"].update(r["kinds"])
        out["relations"].update(r["relations"])
        out["unparsed_next"].update(r["unparsed_next"])
        out["unparsed_prev"].update(r["unparsed_prev"])
    for s in per_source.values():
        s["per_100"] = round(100 * s["problems"] / max(s["articles"], 1), 2)
    out["by_source"] = per_source
    by_rule: dict[str, dict] = {}
    for f in out["findings"]:
        entry = by_rule.setdefault(f["rule"], {"name": f["name"], "error": 0, "warning": 0})
        entry[f["severity"]] += 1
    for code, entry in by_rule.items():
        entry["per_100"] = round(100 * (entry["error"] + entry["warning"]) / max(out["articles"], 1), 2)
    out["by_rule"] = dict(sorted(by_rule.items()))
    out["per_100"] = round(100 * len(out["findings"]) / max(out["articles"], 1), 2)
    return out


# --------------------------------------------------------------------------
# classification by a person


def read_classification(path: Path) -> dict[tuple[str, str, str], dict]:
    if not path.is_file():
        return {}
    table = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                  quoting=csv.QUOTE_NONE):
            if not row.get("file"):
                continue
            key = (row["file"].strip(), row["rule"].strip(), (row.get("figures") or "").strip())
            table[key] = {"verdict": (row.get("verdict") or "").strip() or UNREVIEWED,
                          "note": (row.get("note") or "").strip()}
    return table


def apply_classification(findings: list[dict], table: dict) -> list[tuple]:
    """Set each finding's verdict; return the table's rows that matched no finding."""
    used = set()
    for f in findings:
        key = (f["file"], f["rule"], f["figures"])
        row = table.get(key)
        f["verdict"] = row["verdict"] if row else UNREVIEWED
        f["note"] = row["note"] if row else ""
        if row:
            used.add(key)
    return sorted(set(table) - used)


def write_classification_template(path: Path, findings: list[dict], table: dict) -> int:
    """Add a row (verdict "unreviewed") for each finding the file does not
    know yet, so that a person only has to fill in the verdict column.
    Existing rows, reviewed or stale, are kept as they are."""
    new = [f for f in findings if (f["file"], f["rule"], f["figures"]) not in table]
    exists = path.is_file()
    if not new and exists:
        return 0
    with open(path, "a", encoding="utf-8", newline="") as fh:
        if not exists:
            fh.write("# Verdicts on figcheck's error/warning findings on ../shared/corpus, by a person.\n")
            fh.write(f"# verdict: one of {', '.join(VERDICTS)} (or {UNREVIEWED}); key: file + rule + figures.\n")
            fh.write("\t".join(CLASSIFICATION_HEADER) + "\n")
        for f in new:
            fh.write("\t".join([f["file"], f["rule"], f["figures"], UNREVIEWED, ""]) + "\n")
    return len(new)


# --------------------------------------------------------------------------
# the report


def coverage_table(cov: Counter) -> list[dict]:
    rows = []
    for kind, label in (("digit", "digit tokens"), ("word", "number words"), ("all", "all numeric tokens")):
        if kind == "all":
            get = lambda k: cov.get(f"digit_{k}", 0) + cov.get(f"word_{k}", 0)  # noqa: E731
        else:
            get = lambda k, kind=kind: cov.get(f"{kind}_{k}", 0)  # noqa: E731
        total = get("tokens")
        rows.append({
            "tokens": label, "count": total,
            "in_mention": get("in_mention"), "in_quantity": get("in_quantity"), "in_relation": get("in_relation"),
            "in_mention_pct": round(100 * get("in_mention") / max(total, 1), 1),
            "in_quantity_pct": round(100 * get("in_quantity") / max(total, 1), 1),
            "in_relation_pct": round(100 * get("in_relation") / max(total, 1), 1),
        })
    return rows


def top_forms_keys(counter: Counter, category: str, n: int) -> list[tuple[str, int]]:
    items = [(key, c) for key, c in counter.items() if key.startswith(category + "\t")]
    return sorted(items, key=lambda kv: (-kv[1], kv[0]))[:n]


def top_forms(counter: Counter, kind: str, n: int) -> list[tuple[str, int]]:
    items = [(key.split("\t", 1)[1], c) for key, c in counter.items() if key.startswith(kind + "\t")]
    return sorted(items, key=lambda kv: (-kv[1], kv[0]))[:n]


def group_rows(groups: dict, label: str | None = None) -> list[str]:
    """Table rows of a scored case file: one per group, then the totals
    (``label`` fills a leading file column)."""
    lead = f"| {label} " if label else ""
    rows = []
    tf = th = tc = ta = 0
    for name, g in sorted(groups.items()):
        tf += g["flag"]; th += g["hit"]; tc += g["clean"]; ta += g["alarm"]
        det = f"{g['hit']}/{g['flag']} ({pct(g['hit'], g['flag'])})" if g["flag"] else "-"
        fa = f"{g['alarm']}/{g['clean']} ({pct(g['alarm'], g['clean'])})" if g["clean"] else "-"
        rows.append(f"{lead}| {name} | {det} | {fa} | {' '.join(g['misses'])} | {' '.join(g['alarms'])} |")
    lead = f"| **{label}** " if label else ""
    rows.append(f"{lead}| **all** | **{th}/{tf} ({pct(th, tf)})** | **{ta}/{tc} ({pct(ta, tc)})** | | |")
    return rows


def render_markdown(data: dict) -> str:
    L: list[str] = []
    add = L.append
    meta = data["meta"]
    add("# figcheck accuracy report")
    add("")
    add(f"Generated by `make eval` (tools/evaluate.py) on {meta['date']}, figcheck {meta['version']} "
        f"at commit {meta['commit']}, {meta['rules']} rules registered, in {meta['seconds']:.0f} s. "
        "Rules are still being written: rerun `make eval` for current numbers.")
    add("")
    add("Detection = flag cases with an error/warning finding overlapping the target; false alarm = clean "
        "case with any error/warning finding. Info findings (verified relations) never count.")
    add("")

    cases = data.get("cases")
    add("## 1. Labelled cases (../shared/eval/cases.jsonl)")
    add("")
    if cases is None:
        add("Skipped: cases.jsonl not found.")
    else:
        add("| group | detected | false alarms | missed cases | false-alarm cases |")
        add("|---|---|---|---|---|")
        L.extend(group_rows(cases))
    add("")

    own = data.get("own_cases")
    add("## 1b. Our own labelled cases (tests/labelled/*.jsonl)")
    add("")
    if not own:
        add("Skipped: no files in tests/labelled.")
    else:
        add("Written by the project in the same format, each file scored with the checker of the day; "
            "tests/labelled/README.md says which were written before the rules they test were tuned.")
        add("")
        add("| file | group | detected | false alarms | missed cases | false-alarm cases |")
        add("|---|---|---|---|---|---|")
        for fname, groups in own.items():
            L.extend(group_rows(groups, fname))
    add("")

    own_arts = data.get("own_articles")
    add("## 1c. Our own labelled articles (tests/labelled/articles/*/)")
    add("")
    if not own_arts:
        add("Skipped: no folders in tests/labelled/articles.")
    else:
        add("Full articles written for round 12, each clean one with a twin where one figure was changed "
            "(`python tools/eval_articles.py -v` lists every miss). A flag article counts when an error or "
            "warning lies on the changed figure; a clean one when it has no error or warning at all.")
        add("")
        add("| set | flag articles detected | clean articles kept clean |")
        add("|---|---|---|")
        for name, r in own_arts.items():
            add(f"| {name} | {r['detected']}/{r['flags']} | {r['kept']}/{r['cleans']} |")
        td, tf = sum(r["detected"] for r in own_arts.values()), sum(r["flags"] for r in own_arts.values())
        tk, tc = sum(r["kept"] for r in own_arts.values()), sum(r["cleans"] for r in own_arts.values())
        add(f"| **all** | **{td}/{tf} ({pct(td, tf)})** | **{tk}/{tc}** |")
    add("")

    arts = data.get("articles")
    add("## 2. Labelled articles (../shared/eval/articles)")
    add("")
    if arts is None:
        add("Skipped: articles/manifest.jsonl not found.")
    else:
        flags = [a for a in arts if a["expect"] == "flag"]
        cleans = [a for a in arts if a["expect"] == "clean"]
        add(f"Flag articles detected at their target: **{sum(a['ok'] for a in flags)}/{len(flags)}**; "
            f"clean articles without any error/warning: **{sum(a['ok'] for a in cleans)}/{len(cleans)}**.")
        add("")
        add("| file | expect | target | outcome | error/warning findings | info |")
        add("|---|---|---|---|---|---|")
        for a in arts:
            probs = "; ".join(f"{p['rule']} {p['severity']} at '{md_cell(p['at'])}'" for p in a["problems"]) or "-"
            add(f"| {a['file']} | {a['expect']} | {md_cell(a['target']) or '-'} | {a['outcome']} | {probs} | {a['info']} |")
    add("")

    corpus = data.get("corpus")
    add("## 3. Published articles (../shared/corpus)")
    add("")
    if corpus is None:
        add("Skipped: corpus/manifest.tsv not found.")
        return "\n".join(L) + "\n"
    n = corpus["articles"]
    add(f"{n:,} articles ({corpus['words']:,} words, {corpus['bytes'] / 1e6:.1f} MB): BBC News 2004-05 and "
        "Reuters-21578, Distribution 1.0. "
        + ("Reuters articles checked with their wire date as publication date. " if corpus["published_from_manifest"] else "")
        + f"**{len(corpus['findings'])} error/warning findings = {corpus['per_100']:.2f} per 100 articles** "
        "(target: at most 2 per 100 for all rules together).")
    add("")
    add("| source | articles | error/warning findings | per 100 articles |")
    add("|---|---|---|---|")
    for src, s in corpus["by_source"].items():
        add(f"| {src} | {s['articles']:,} | {s['problems']} | {s['per_100']:.2f} |")
    add("")
    add("### By rule")
    add("")
    verdicts = Counter(f["verdict"] for f in corpus["findings"])
    if corpus["by_rule"] or corpus["info_by_rule"]:
        add("| rule | errors | warnings | per 100 articles | info (verified) |")
        add("|---|---|---|---|---|")
        codes = sorted(set(corpus["by_rule"]) | set(corpus["info_by_rule"]))
        for code in codes:
            r = corpus["by_rule"].get(code, {"name": "", "error": 0, "warning": 0, "per_100": 0})
            name = r["name"] or next((x.name for x in RULES if x.code == code), "")
            add(f"| {code} {name} | {r['error']} | {r['warning']} | {r['per_100']:.2f} | {corpus['info_by_rule'].get(code, 0)} |")
    else:
        add("No findings.")
    add("")
    add("Verdicts (reports/corpus-classification.tsv, filled in by a person): "
        + (", ".join(f"{k}: {v}" for k, v in sorted(verdicts.items())) or "none needed") + ".")
    add("")
    add("### Every error/warning finding")
    add("")
    if corpus["findings"]:
        add("| # | file | rule | severity | message | excerpt | verdict |")
        add("|---|---|---|---|---|---|---|")
        for i, f in enumerate(corpus["findings"], 1):
            verdict = f["verdict"] + (f" ({md_cell(f['note'])})" if f.get("note") else "")
            add(f"| {i} | {f['file']} | {f['rule']} | {f['severity']} | {md_cell(f['message'])} | "
                f"{md_cell(f['excerpt'])} | {verdict} |")
    else:
        add("None.")
    add("")
    if corpus.get("stale_classifications"):
        add("Rows of the classification file that match no current finding (the finding went away or changed "
            "its figures): " + "; ".join(f"{f} {r} '{md_cell(g)}'" for f, r, g in corpus["stale_classifications"]) + ".")
        add("")
    if corpus["crashes"]:
        add("### Crashes")
        add("")
        for c in corpus["crashes"]:
            add(f"- {c['file']}: {md_cell(c['crash'])}")
        add("")

    add("## 4. Coverage of numeric tokens (corpus)")
    add("")
    add("Numeric tokens are the grammar scanner's digit tokens (DIGITS, ORDINAL_NUM, DECADE, CLOCK, VULGAR) and "
        "number words (one ... ninety, hundred ... trillion, dozen, half, quarter, twenty-one, one-third). "
        "A token is *in a mention* when any mention covers it (years, dates, codes included), *in a quantity* "
        "when a quantity mention (count, money, percent, ...) does, *in a relation* when it is inside a member "
        "of at least one relation.")
    add("")
    add("| tokens | count | in a mention | in a quantity mention | in a relation |")
    add("|---|---|---|---|---|")
    for row in corpus["coverage_table"]:
        add(f"| {row['tokens']} | {row['count']:,} | {row['in_mention_pct']}% | {row['in_quantity_pct']}% | {row['in_relation_pct']}% |")
    add("")
    add("Mentions by kind: " + ", ".join(f"{k} {v:,}" for k, v in corpus["kinds"].most_common()) + ".")
    add("")
    add("Relations by type: " + (", ".join(f"{k} {v:,}" for k, v in corpus["relations"].most_common()) or "none") + ".")
    add("")
    add("## 5. Most frequent unparsed forms (the grammar's to-do list)")
    add("")
    add("Numeric tokens the extractor did not fully understand, as the token's shape (digits as N, ¶ = text "
        "edge) with the word after it and with the word before it. Number words such as 'one' are often "
        "pronouns ('one of the'), not figures; 'quarter' is often a period of the year.")
    add("")
    cov = corpus["coverage"]
    for category, label in UNPARSED_CATEGORIES:
        nxt = top_forms(corpus["unparsed_next"], category, 30)
        prv = top_forms(corpus["unparsed_prev"], category, 30)
        total = cov.get(f"digit_{category}", 0) + cov.get(f"word_{category}", 0)
        add(f"**{category}** — {label}: {total:,} tokens ({cov.get(f'digit_{category}', 0):,} digit, "
            f"{cov.get(f'word_{category}', 0):,} word).")
        add("")
        if not nxt:
            continue
        add("| # | form + next word | count | previous word + form | count |")
        add("|---|---|---|---|---|")
        for i in range(max(len(nxt), len(prv))):
            a = nxt[i] if i < len(nxt) else ("", "")
            b = prv[i] if i < len(prv) else ("", "")
            add(f"| {i + 1} | `{md_cell(a[0])}` | {a[1]} | `{md_cell(b[0])}` | {b[1]} |")
        add("")
    return "\n".join(L) + "\n"


def render_findings_worksheet(data: dict, cls_path: str) -> str:
    """reports/corpus-findings.md: the corpus findings grouped by rule, with
    their verdicts -- the page a reviewer works from."""
    corpus = data["corpus"]
    L = ["# figcheck findings on the corpus, for review", ""]
    add = L.append
    meta = data["meta"]
    add(f"Generated by `make eval` on {meta['date']} at commit {meta['commit']}. Every error/warning finding on "
        f"../shared/corpus ({corpus['articles']:,} published articles) is a suspected false alarm until a person "
        "has checked the arithmetic against the article. To review one: open the article, decide, and set the "
        f"`verdict` column of its row in `{cls_path}` to one of: {', '.join(VERDICTS)} (a short `note` says why). "
        "Rows are keyed by file + rule + the figures' texts, so a verdict survives until the finding itself "
        "changes; `make eval` adds a row for each new finding.")
    add("")
    verdicts = Counter(f["verdict"] for f in corpus["findings"])
    add(f"**{len(corpus['findings'])} findings ({corpus['per_100']:.2f} per 100 articles)**: "
        + (", ".join(f"{v} {k}" for k, v in sorted(verdicts.items())) or "none") + ".")
    add("")
    by_rule: dict[str, list] = {}
    for f in corpus["findings"]:
        by_rule.setdefault(f"{f['rule']} {f['name']}", []).append(f)
    for rule, items in sorted(by_rule.items()):
        add(f"## {rule} ({len(items)})")
        add("")
        for f in items:
            add(f"- **{f['verdict']}** — `{f['file']}` ({f['severity']}): {md_cell(f['message'])}  ")
            add(f"  excerpt: “{md_cell(f['excerpt'])}”" + (f"  \n  note: {md_cell(f['note'])}" if f.get("note") else ""))
        add("")
    return "\n".join(L) + "\n"


def to_json(data: dict) -> dict:
    out = json.loads(json.dumps(data, default=lambda o: dict(o) if isinstance(o, Counter) else str(o)))
    corpus = out.get("corpus")
    if corpus:
        # the full tallies are long; keep the top of them
        for key in ("unparsed_next", "unparsed_prev"):
            counter = Counter(data["corpus"][key])
            corpus[key] = [{"category": k.split("\t")[0], "form": k.split("\t")[1], "count": c}
                           for cat, _ in UNPARSED_CATEGORIES
                           for k, c in top_forms_keys(counter, cat, 50)]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "reports"))
    ap.add_argument("--classification", default=None,
                    help="verdicts file (default: OUT/corpus-classification.tsv)")
    ap.add_argument("--jobs", type=int, default=0, help="processes for the corpus (0: one per core)")
    ap.add_argument("--no-published", action="store_true", help="do not pass the Reuters wire dates")
    ap.add_argument("--limit", type=int, help="only the first N corpus articles (for a quick look)")
    ap.add_argument("--no-template", action="store_true",
                    help="do not append unreviewed rows for new findings to the classification file")
    args = ap.parse_args(argv)

    shared = Path(args.shared)
    t0 = time.time()
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    data: dict = {}
    data["own_cases"] = eval_own_cases()
    data["own_articles"] = eval_own_articles()
    if not (shared / "eval").is_dir() and not (shared / "corpus").is_dir():
        print(f"skipped: {shared} has no eval/ or corpus/ (the shared data is absent); only tests/labelled is scored")
    data["cases"] = eval_cases(shared)
    data["articles"] = eval_articles(shared)
    data["corpus"] = eval_corpus(shared, jobs, not args.no_published, args.limit)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cls_path = Path(args.classification) if args.classification else out / "corpus-classification.tsv"
    if data["corpus"] is not None:
        table = read_classification(cls_path)
        stale = apply_classification(data["corpus"]["findings"], table)
        data["corpus"]["stale_classifications"] = stale
        if not args.no_template and not args.limit:
            added = write_classification_template(cls_path, data["corpus"]["findings"], table)
            if added:
                print(f"{cls_path}: {added} new finding(s) to review")
        data["corpus"]["coverage_table"] = coverage_table(data["corpus"]["coverage"])

    data["meta"] = {
        "date": _dt.date.today().isoformat(), "version": __version__, "commit": git_commit(),
        "rules": len(RULES), "seconds": round(time.time() - t0, 1),
        "shared": "../shared", "limit": args.limit,
    }
    (out / "eval.md").write_text(render_markdown(data), encoding="utf-8")
    (out / "eval.json").write_text(json.dumps(to_json(data), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    written = [out / "eval.md", out / "eval.json"]
    if data["corpus"] is not None and not args.limit:
        shown = os.path.relpath(cls_path, ROOT) if cls_path.is_absolute() else str(cls_path)
        (out / "corpus-findings.md").write_text(render_findings_worksheet(data, shown), encoding="utf-8")
        written.append(out / "corpus-findings.md")

    # a short summary on stdout
    if data["cases"] is not None:
        g = data["cases"].values()
        th, tf = sum(x["hit"] for x in g), sum(x["flag"] for x in g)
        ta, tc = sum(x["alarm"] for x in g), sum(x["clean"] for x in g)
        print(f"cases: detected {th}/{tf} ({pct(th, tf)}), false alarms {ta}/{tc} ({pct(ta, tc)})")
    for fname, groups in (data["own_cases"] or {}).items():
        g = groups.values()
        th, tf = sum(x["hit"] for x in g), sum(x["flag"] for x in g)
        ta, tc = sum(x["alarm"] for x in g), sum(x["clean"] for x in g)
        print(f"own cases {fname}: detected {th}/{tf} ({pct(th, tf)}), false alarms {ta}/{tc} ({pct(ta, tc)})")
    if data["own_articles"]:
        oa = data["own_articles"].values()
        print(f"own articles: {sum(r['detected'] for r in oa)}/{sum(r['flags'] for r in oa)} flag detected, "
              f"{sum(r['kept'] for r in oa)}/{sum(r['cleans'] for r in oa)} clean kept clean")
    if data["articles"] is not None:
        a = data["articles"]
        print(f"articles: {sum(x['ok'] for x in a if x['expect'] == 'flag')}/{sum(x['expect'] == 'flag' for x in a)} "
              f"flag detected, {sum(x['ok'] for x in a if x['expect'] == 'clean')}/{sum(x['expect'] == 'clean' for x in a)} clean kept clean")
    if data["corpus"] is not None:
        c = data["corpus"]
        allrow = c["coverage_table"][2]
        print(f"corpus: {len(c['findings'])} error/warning findings in {c['articles']} articles "
              f"({c['per_100']:.2f} per 100), {len(c['crashes'])} crashes; numeric tokens in a quantity "
              f"{allrow['in_quantity_pct']}%, in a relation {allrow['in_relation_pct']}%")
    print(f"wrote {', '.join(str(p) for p in written)} in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

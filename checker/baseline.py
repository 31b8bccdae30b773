"""Baselines: accept the problems a set of drafts has today, report only new ones.

    figcheck check drafts/ --write-baseline figcheck-baseline.json
    figcheck check drafts/ --baseline figcheck-baseline.json

A finding is known to the baseline by its file, its rule and the texts of
the figures involved (the figure it points at, then its related figures,
white space normalised) -- not by line or column, so edits elsewhere in a
draft do not bring it back, while changing one of its figures does.  The
same key may occur several times; the baseline keeps a count and hides at
most that many findings with the key.  Only problems (warnings and errors)
are recorded and hidden.

File paths are stored relative to the baseline file's folder, with ``/``
separators, so a baseline works from any working directory and on any
system.  The file is JSON::

    {"figcheck-baseline": 1,
     "findings": [{"path": "drafts/toll.md", "rule": "FC101",
                   "figures": ["3,800", "2,337", "906", "561"],
                   "count": 1, "message": "..."}]}
"""
from __future__ import annotations

import json
import os
from collections import Counter
from typing import Iterable

from .model import Finding

FORMAT_VERSION = 1


class BaselineError(Exception):
    """An unreadable baseline file; the message is one line."""


def _norm_path(path: str, base_dir: str) -> str:
    if path in ("-", "<stdin>") or path.startswith("<"):
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), base_dir)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def figures(source: str, f: Finding) -> tuple[str, ...]:
    first = " ".join(source[f.start:f.end].split())
    return (first,) + tuple(" ".join(r.text.split()) for r in f.related)


def key(path: str, source: str, f: Finding, base_dir: str) -> tuple:
    return (_norm_path(path, base_dir), f.rule, figures(source, f))


class Baseline:
    def __init__(self, counts: Counter, base_dir: str, path: str | None = None) -> None:
        self.counts = counts
        self.base_dir = base_dir
        self.path = path

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline file not found (create it with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}: not a figcheck baseline (invalid JSON: {exc.msg} at line {exc.lineno})") from None
        if not isinstance(data, dict) or data.get("figcheck-baseline") != FORMAT_VERSION:
            raise BaselineError(f"{path}: not a figcheck baseline (expected \"figcheck-baseline\": {FORMAT_VERSION})")
        counts: Counter = Counter()
        for i, entry in enumerate(data.get("findings") or []):
            try:
                k = (str(entry["path"]), str(entry["rule"]), tuple(str(x) for x in entry["figures"]))
                n = int(entry.get("count", 1))
            except (KeyError, TypeError, ValueError):
                raise BaselineError(f"{path}: finding {i + 1} needs \"path\", \"rule\" and \"figures\"") from None
            counts[k] += max(n, 0)
        return cls(counts, os.path.dirname(os.path.abspath(path)), path)

    def filter(self, path: str, source: str, findings: Iterable[Finding]) -> tuple[list[Finding], int]:
        """The findings the baseline does not know, and how many it hid."""
        kept: list[Finding] = []
        hidden = 0
        for f in findings:
            if f.is_problem:
                k = key(path, source, f, self.base_dir)
                if self.counts.get(k, 0) > 0:
                    self.counts[k] -= 1
                    hidden += 1
                    continue
            kept.append(f)
        return kept, hidden


class BaselineWriter:
    """Collects problems file by file, then writes them as a baseline."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.base_dir = os.path.dirname(os.path.abspath(path))
        self.entries: dict[tuple, dict] = {}

    def add(self, path: str, source: str, findings: Iterable[Finding]) -> None:
        for f in findings:
            if not f.is_problem:
                continue
            k = key(path, source, f, self.base_dir)
            if k in self.entries:
                self.entries[k]["count"] += 1
            else:
                self.entries[k] = {"path": k[0], "rule": k[1], "figures": list(k[2]), "count": 1,
                                   "message": f.message}

    def __len__(self) -> int:
        return sum(e["count"] for e in self.entries.values())

    def write(self) -> None:
        data = {"figcheck-baseline": FORMAT_VERSION,
                "findings": sorted(self.entries.values(), key=lambda e: (e["path"], e["rule"], e["figures"]))}
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, self.path)

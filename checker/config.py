"""Configuration: ``[tool.figcheck]`` in pyproject.toml, or figcheck.toml.

Where it is read from
    For each checked file, the nearest configuration walking up from the
    file's folder (from the current folder for stdin): in each folder a
    ``figcheck.toml`` (its keys at the top level) wins over a
    ``pyproject.toml``, and a pyproject.toml without a ``[tool.figcheck]``
    table is passed over.  ``--config FILE`` uses that file for every
    input; ``--isolated`` reads no configuration at all.

Keys (all optional)::

    [tool.figcheck]
    select = ["FC1", "FC201"]        # only these rules (codes, prefixes, names)
    extend-select = ["FC5"]          # added to select (or to all rules)
    ignore = ["FC6"]                 # never these
    fail-level = "warning"           # "error" (default) or "warning"

    [tool.figcheck.severity]         # per-rule severity of its problems
    FC101 = "warning"                # "error", "warning" or "info"

    [tool.figcheck.tolerances]       # how far hedged figures may stretch
    approx-share = 0.05              # "about 100" allows at least ±5%  (or "5%")
    fraction-word-share = 0.10       # "a third" allows 1/3 ± 10% of itself
    band-share = 0.10                # "almost 100" reaches down 10%

Command-line options come on top: ``--select`` replaces the configured
selection (``select``, ``extend-select`` and ``ignore``), ``--ignore``
adds to ``ignore``, ``--fail-level`` replaces ``fail-level``.
Unknown keys and bad values are errors (exit status 2) naming the file.
``figcheck config [PATH]`` prints the settings in effect for PATH.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any, Iterable

from .hedges import DEFAULT_TOLERANCES, Tolerances
from .model import Document, Finding, Severity
from .suppress import META_CODES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = ("figcheck.toml", "pyproject.toml")
KEYS = ("select", "extend-select", "ignore", "fail-level", "severity", "tolerances")
TOLERANCE_KEYS = {
    "approx-share": "approx_share",
    "fraction-word-share": "fraction_word_share",
    "band-share": "band_share",
}
FAIL_LEVELS = ("error", "warning")
SEVERITIES = ("error", "warning", "info")


class ConfigError(Exception):
    """A configuration that cannot be used; the message is one line."""


# --------------------------------------------------------------------------
# rule selection


def _all_rules() -> list[tuple[str, str]]:
    """(code, name) of every rule, the meta rules included."""
    from .rules import RULES

    return [(r.code, r.name) for r in RULES] + sorted(META_CODES.items())


def selector_matches(selector: str, code: str, name: str) -> bool:
    sel = selector.strip()
    if sel.upper().startswith("FC"):
        return code.upper().startswith(sel.upper())
    return name == sel.lower()


def check_selector(selector: str, where: str) -> str:
    """Validate one selector; return it normalised (codes upper-case)."""
    if not isinstance(selector, str) or not selector.strip():
        raise ConfigError(f"{where}: expected a rule code, prefix or name, got {selector!r}")
    sel = selector.strip()
    if re.fullmatch(r"FC\d{0,2}", sel, re.IGNORECASE):
        return sel.upper()  # a prefix may match nothing
    known = _all_rules()
    if re.fullmatch(r"FC\d{3}", sel, re.IGNORECASE):
        if not any(code == sel.upper() for code, _ in known):
            raise ConfigError(f"{where}: unknown rule code {sel!r} (see 'figcheck rules')")
        return sel.upper()
    if not any(name == sel.lower() for _, name in known):
        hint = difflib.get_close_matches(sel.lower(), [n for _, n in known], n=1)
        more = f" (did you mean {hint[0]!r}?)" if hint else " (see 'figcheck rules')"
        raise ConfigError(f"{where}: unknown rule {sel!r}{more}")
    return sel.lower()


def known_selector(selector: str) -> bool:
    try:
        check_selector(selector, "")
    except ConfigError:
        return False
    return True


# --------------------------------------------------------------------------
# settings


@dataclass(frozen=True)
class Settings:
    """The settings in effect for one input."""

    select: tuple[str, ...] | None = None  # None: every rule
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_level: Severity = Severity.ERROR
    severity: tuple[tuple[str, Severity], ...] = ()
    tolerances: Tolerances = DEFAULT_TOLERANCES
    path: str | None = None  # the configuration file, if any

    def enabled(self, code: str, name: str) -> bool:
        chosen = self.select is None or any(selector_matches(s, code, name) for s in self.select)
        chosen = chosen or any(selector_matches(s, code, name) for s in self.extend_select)
        return chosen and not any(selector_matches(s, code, name) for s in self.ignore)

    def rules(self) -> list[type] | None:
        """The rule classes to run, ``None`` for all of them."""
        if self.select is None and not self.ignore:
            return None
        from .rules import RULES

        return [r for r in RULES if self.enabled(r.code, r.name)]

    def severity_of(self, code: str, name: str) -> Severity | None:
        for key, sev in self.severity:
            if key == code or key == name:
                return sev
        return None

    def adjust_severity(self, f: Finding) -> Finding:
        """A rule's configured severity applies to its problems (warnings
        and errors); verified (info) findings stay info."""
        sev = self.severity_of(f.rule, f.name)
        if sev is None or f.severity < Severity.WARNING or sev == f.severity:
            return f
        return replace(f, severity=sev)

    def apply_tolerances(self, doc: Document) -> Document:
        """``doc`` with its mentions' intervals recomputed for these tolerances."""
        if self.tolerances == DEFAULT_TOLERANCES:
            return doc
        return retolerance(doc, self.tolerances)

    def as_dict(self) -> dict[str, Any]:
        return {
            "config": self.path,
            "select": list(self.select) if self.select is not None else None,
            "extend-select": list(self.extend_select),
            "ignore": list(self.ignore),
            "fail-level": str(self.fail_level),
            "severity": {k: str(v) for k, v in self.severity},
            "tolerances": {key: _share_text(getattr(self.tolerances, attr)) for key, attr in TOLERANCE_KEYS.items()},
        }

    def fingerprint(self) -> str:
        """A short hash of everything that changes findings."""
        data = self.as_dict()
        data.pop("config")
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]

    def with_cli(self, select: Iterable[str] = (), ignore: Iterable[str] = (),
                 fail_level: str | None = None) -> "Settings":
        """These settings with command-line options on top."""
        select = [check_selector(s, "--select") for s in select]
        ignore = [check_selector(s, "--ignore") for s in ignore]
        out = self
        if select:  # the command line's choice, whole: the configured ones go
            out = replace(out, select=tuple(select), extend_select=(), ignore=())
        if ignore:
            out = replace(out, ignore=out.ignore + tuple(ignore))
        if fail_level:
            out = replace(out, fail_level=Severity.parse(fail_level))
        return out


def _share_text(value: Fraction) -> str:
    pct = value * 100
    return f"{float(pct):g}%"


def retolerance(doc: Document, tolerances: Tolerances) -> Document:
    """Recompute the intervals of hedged and fraction-word figures.

    Only mentions whose interval is exactly what the default tolerances
    give are touched (ranges and vague plurals like "hundreds" keep theirs).
    """
    from . import hedges
    from .model import Kind

    mentions = []
    changed = False
    for m in doc.mentions:
        if m.is_quantity and m.value is not None and m.interval is not None and not m.is_range:
            kw = dict(fraction_word=m.kind == Kind.FRACTION, exact_count=m.precision == 1 and m.kind == Kind.COUNT)
            if hedges.interval_for(m.value, m.precision, m.hedge, **kw) == m.interval:
                new = hedges.interval_for(m.value, m.precision, m.hedge, tolerances=tolerances, **kw)
                if new != m.interval:
                    m = replace(m, interval=new)
                    changed = True
        mentions.append(m)
    return replace(doc, mentions=tuple(mentions)) if changed else doc


# --------------------------------------------------------------------------
# reading files


def _where(path: str, in_pyproject: bool) -> str:
    return f"{path}: [tool.figcheck]" if in_pyproject else path


def _share(value: Any, where: str) -> Fraction:
    if isinstance(value, bool):
        raise ConfigError(f"{where}: expected a share such as 0.05 or \"5%\", got {value!r}")
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%\s*", value)
        if not m:
            raise ConfigError(f"{where}: expected a share such as 0.05 or \"5%\", got {value!r}")
        share = Fraction(m.group(1)) / 100
    elif isinstance(value, (int, float)):
        share = Fraction(str(value))
    else:
        raise ConfigError(f"{where}: expected a share such as 0.05 or \"5%\", got {value!r}")
    if not (0 <= share < 1):
        raise ConfigError(f"{where}: a share must be at least 0 and below 1 (100%), got {value!r}")
    return share


def _selectors(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list of rule codes, got {value!r}")
    return tuple(check_selector(v, where) for v in value)


def _unknown_key(key: str, known: Iterable[str], where: str) -> ConfigError:
    hint = difflib.get_close_matches(key, list(known), n=1)
    more = f" (did you mean {hint[0]!r}?)" if hint else f" (known keys: {', '.join(known)})"
    return ConfigError(f"{where}: unknown key {key!r}{more}")


def from_table(table: Any, where: str, path: str | None = None) -> Settings:
    """Settings from a parsed ``[tool.figcheck]`` table (validated)."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table")
    settings = Settings(path=path)
    for key, value in table.items():
        if key not in KEYS:
            raise _unknown_key(key, KEYS, where)
        if key == "select":
            settings = replace(settings, select=_selectors(value, f"{where} select"))
        elif key == "extend-select":
            settings = replace(settings, extend_select=_selectors(value, f"{where} extend-select"))
        elif key == "ignore":
            settings = replace(settings, ignore=_selectors(value, f"{where} ignore"))
        elif key == "fail-level":
            if not isinstance(value, str) or value.lower() not in FAIL_LEVELS:
                raise ConfigError(f"{where} fail-level: expected \"error\" or \"warning\", got {value!r}")
            settings = replace(settings, fail_level=Severity.parse(value))
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where} severity: expected a table of rule = \"severity\"")
            pairs = []
            for rule, sev in value.items():
                code = check_selector(rule, f"{where} severity")
                if re.fullmatch(r"FC\d{0,2}", code):
                    raise ConfigError(f"{where} severity: {rule!r} is a prefix; name one rule (FC101)")
                if not isinstance(sev, str) or sev.lower() not in SEVERITIES:
                    raise ConfigError(
                        f"{where} severity {rule}: expected \"error\", \"warning\" or \"info\", got {sev!r}")
                pairs.append((code, Severity.parse(sev)))
            settings = replace(settings, severity=tuple(pairs))
        elif key == "tolerances":
            if not isinstance(value, dict):
                raise ConfigError(f"{where} tolerances: expected a table")
            tol = {}
            for tkey, tval in value.items():
                if tkey not in TOLERANCE_KEYS:
                    raise _unknown_key(tkey, TOLERANCE_KEYS, f"{where} tolerances")
                tol[TOLERANCE_KEYS[tkey]] = _share(tval, f"{where} tolerances {tkey}")
            settings = replace(settings, tolerances=Tolerances(**{**DEFAULT_TOLERANCES.__dict__, **tol}))
    return settings


def _load_toml(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None


def load(path: str) -> Settings:
    """Settings from one file: a pyproject.toml (its ``[tool.figcheck]``
    table) or any other TOML file (its top level, or its own
    ``[tool.figcheck]`` table if it has one)."""
    data = _load_toml(path)
    is_pyproject = os.path.basename(path) == "pyproject.toml"
    table = data.get("tool", {}).get("figcheck") if isinstance(data.get("tool"), dict) else None
    if table is not None:
        return from_table(table, _where(path, True), path)
    if is_pyproject:
        return Settings(path=path)
    return from_table(data, path, path)


def find(start: str) -> str | None:
    """The nearest configuration file at or above the folder ``start``."""
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, "figcheck.toml")
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(candidate) and _has_figcheck_table(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_figcheck_table(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError:
        return False
    if b"figcheck" not in raw:
        return False
    data = _load_toml(path)
    tool = data.get("tool")
    return isinstance(tool, dict) and "figcheck" in tool


class Resolver:
    """Settings per input, with the command line on top; caches by folder."""

    def __init__(self, *, config: str | None = None, isolated: bool = False,
                 select: Iterable[str] = (), ignore: Iterable[str] = (), fail_level: str | None = None) -> None:
        self.isolated = isolated
        self.cli = (tuple(select), tuple(ignore), fail_level)
        self._by_file: dict[str | None, Settings] = {}
        self._by_folder: dict[str, str | None] = {}
        self.fixed: Settings | None = None
        if config is not None:
            if not os.path.isfile(config):
                raise ConfigError(f"{config}: configuration file not found")
            self.fixed = self._finish(load(config))
        elif isolated:
            self.fixed = self._finish(Settings())

    def _finish(self, settings: Settings) -> Settings:
        select, ignore, fail_level = self.cli
        return settings.with_cli(select, ignore, fail_level)

    def for_folder(self, folder: str) -> Settings:
        if self.fixed is not None:
            return self.fixed
        folder = os.path.abspath(folder)
        if folder not in self._by_folder:
            self._by_folder[folder] = find(folder)
        path = self._by_folder[folder]
        if path not in self._by_file:
            self._by_file[path] = self._finish(load(path) if path else Settings())
        return self._by_file[path]

    def settings(self, item) -> Settings:
        """Settings for a :class:`checker.inputs.Input`."""
        return self.for_path(None if item.is_stdin else item.path)

    def for_path(self, path: str | None) -> Settings:
        """Settings for a file (``None`` or ``"-"``: stdin, from the cwd)."""
        if path is None or path == "-":
            return self.for_folder(os.getcwd())
        folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
        return self.for_folder(folder)


def render(settings: Settings, target: str | None = None) -> str:
    """The settings in effect, as TOML a user could paste."""
    from .rules import RULES

    lines = []
    if target:
        lines.append(f"# settings in effect for {target}")
    lines.append(f"# read from {settings.path}" if settings.path else "# no configuration file: defaults")
    lines.append("[tool.figcheck]")

    def toml_list(items) -> str:
        return "[" + ", ".join(json.dumps(i) for i in items) + "]"

    if settings.select is not None:
        lines.append(f"select = {toml_list(settings.select)}")
    else:
        lines.append("# select: every rule")
    lines.append(f"extend-select = {toml_list(settings.extend_select)}")
    lines.append(f"ignore = {toml_list(settings.ignore)}")
    lines.append(f"fail-level = {json.dumps(str(settings.fail_level))}")
    lines.append("")
    lines.append("[tool.figcheck.severity]")
    for key, sev in settings.severity:
        lines.append(f"{key} = {json.dumps(str(sev))}")
    lines.append("")
    lines.append("[tool.figcheck.tolerances]")
    for key, attr in TOLERANCE_KEYS.items():
        value = getattr(settings.tolerances, attr)
        lines.append(f"{key} = {float(value)!r}  # {_share_text(value)}")
    lines.append("")
    enabled = [f"{r.code} {r.name}" for r in RULES if settings.enabled(r.code, r.name)]
    enabled += [f"{c} {n}" for c, n in sorted(META_CODES.items()) if settings.enabled(c, n)]
    lines.append(f"# rules that run ({len(enabled)}):")
    lines.extend(f"#   {e}" for e in enabled)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# the command line's view: settings per input, baselines


def add_arguments(parser) -> None:
    """The options of ``figcheck check`` that this module handles."""
    parser.add_argument("--config", metavar="FILE",
                        help="read settings from FILE (a figcheck.toml or pyproject.toml) for every input")
    parser.add_argument("--isolated", action="store_true",
                        help="read no configuration file; only the command line counts")
    parser.add_argument("--baseline", metavar="FILE",
                        help="hide the problems recorded in FILE (see --write-baseline); report only new ones")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="record every problem found in FILE, to accept them with --baseline later")


class Session:
    """Configuration, baseline and suppressions for one ``figcheck check`` run.

    ``Session(args, inputs)`` reads every configuration the inputs need up
    front, so that a bad one stops the run before anything is checked
    (:class:`ConfigError`, or :class:`checker.baseline.BaselineError`).
    Then, per input: ``check(item, published)`` reads and checks it
    (raising :class:`checker.inputs.InputError`), ``after(item, source,
    findings)`` applies the baseline, ``fail_level(item)`` says what fails;
    ``finish()`` writes ``--write-baseline``.  It pickles, for worker
    processes.
    """

    def __init__(self, args, inputs=()) -> None:
        from .baseline import Baseline, BaselineWriter

        select = _split(getattr(args, "select", None))
        ignore = _split(getattr(args, "ignore", None))
        self.resolver = Resolver(
            config=getattr(args, "config", None), isolated=bool(getattr(args, "isolated", False)),
            select=select, ignore=ignore, fail_level=getattr(args, "fail_level", None),
        )
        for item in inputs:
            if item.error is None:
                self.settings(item)
        path = getattr(args, "baseline", None)
        self.baseline = Baseline.load(path) if path else None
        out = getattr(args, "write_baseline", None)
        self.writer = BaselineWriter(out) if out else None
        self.hidden = 0

    def settings(self, item) -> Settings:
        return self.resolver.settings(item)

    def rules(self, item) -> list[type] | None:
        return self.settings(item).rules()

    def check(self, item, published=None, stdin=None):
        """``(source text, findings)`` for one input."""
        from .inputs import check_input

        return check_input(item, self.settings(item), published, stdin)

    def after(self, item, source: str, findings: list[Finding]) -> list[Finding]:
        if self.writer is not None:
            self.writer.add(item.display, source, findings)
        if self.baseline is not None:
            findings, hidden = self.baseline.filter(item.display, source, findings)
            self.hidden += hidden
        return findings

    def fail_level(self, item=None) -> Severity:
        """The fail level for an input (``None``: the run's, from the
        current folder's configuration or ``--config``)."""
        if item is None:
            return self.resolver.for_path(None).fail_level
        return self.settings(item).fail_level

    def finish(self, err=None) -> None:
        err = err or sys.stderr
        if self.writer is not None:
            self.writer.write()
            print(f"figcheck: wrote {len(self.writer)} problem(s) to baseline {self.writer.path}", file=err)
        if self.hidden:
            print(f"figcheck: {self.hidden} known problem(s) hidden by the baseline", file=err)


def _split(values) -> list[str]:
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out

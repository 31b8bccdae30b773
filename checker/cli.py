"""The ``figcheck`` command.

    figcheck check PATH... [options]   check drafts (files, folders, - for stdin)
    figcheck rules                     list the rules
    figcheck rule CODE                 explain one rule, with its examples
    figcheck --version

Exit codes of ``check``: 0 when no finding reaches the fail level (``error``
by default, ``--fail-level warning`` to be stricter; ``--exit-zero`` always
gives 0 for findings), 1 when at least one does, 2 for a usage error or any
input that could not be checked (missing, unreadable, binary, not UTF-8,
an empty folder).  Bad inputs are reported on stderr, one line each, and
the other inputs are still checked; 2 takes precedence over 1.  An
interrupt gives 130.  No traceback ever reaches the user: set
``FIGCHECK_DEBUG=1`` to see one for an internal error.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import gc
import inspect
import io
import os
import re
import sys
import textwrap
import traceback
from typing import Sequence, TextIO

from . import __version__
from .config import ConfigError, Session
from .config import add_arguments as add_config_arguments
from .inputs import CHECKABLE_EXTENSIONS, collect
from .model import Finding, Severity
from .reporters import FORMATS

PROG = "figcheck"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A bad command line; the message is one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _err(message: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    print(f"{PROG}: error: {message}", file=stream)


def _debug() -> bool:
    return os.environ.get("FIGCHECK_DEBUG", "") not in ("", "0")


# --------------------------------------------------------------------------
# argument types


def iso_date(text: str) -> _dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: expected YYYY-MM-DD")
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: {exc}") from None


def _codes(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def _matches(rule: type, selector: str) -> bool:
    return rule.code.upper().startswith(selector.upper()) or rule.name == selector.lower()


def select_rules(select: list[str], ignore: list[str]) -> list[type] | None:
    """The rules to run, or ``None`` for the default set.

    Selectors are rule codes (``FC101``), code prefixes (``FC1``, ``FC``)
    or rule names (``parts-total-mismatch``).  A full code or a name that
    names no rule is a usage error; a prefix may match nothing.
    """
    from .rules import RULES

    for sel in select + ignore:
        is_prefix = re.fullmatch(r"FC\d{0,2}", sel, re.IGNORECASE)
        is_code = re.fullmatch(r"FC\d{3}", sel, re.IGNORECASE)
        if is_prefix:
            continue
        if not any(_matches(r, sel) for r in RULES):
            kind = "rule code" if is_code else "rule selector"
            raise UsageError(f"unknown {kind} {sel!r} (see '{PROG} rules')")
    if not select and not ignore:
        return None
    chosen = [r for r in RULES if not select or any(_matches(r, s) for s in select)]
    return [r for r in chosen if not any(_matches(r, s) for s in ignore)]


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of jobs {text!r}: expected a whole number, 0 for all cores") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"invalid number of jobs {text!r}: expected 0 or more")
    return value


# --------------------------------------------------------------------------
# parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Check the figures in news writing: sums, shares, changes, dates and units.",
        epilog="Run 'figcheck check --help' for the options of check.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    exts = " ".join(CHECKABLE_EXTENSIONS)
    check = sub.add_parser(
        "check",
        help="check drafts for figures that contradict each other",
        description=(
            "Check drafts for figures that contradict each other. PATH may be a file, "
            f"a folder (searched recursively for {exts}) or - for stdin."
        ),
        epilog=(
            "exit status: 0 no finding at or above the fail level, 1 at least one, "
            "2 usage error or an input that could not be checked"
        ),
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    check.add_argument(
        "--format", choices=FORMATS, default="text",
        help="output format (default: text); jsonl streams one JSON object per file, for large archives",
    )
    check.add_argument("--concise", action="store_true", help="text format: one line per finding, no excerpt")
    check.add_argument(
        "-o", "--output", metavar="FILE",
        help="write the report to FILE instead of stdout (any format; --format docx needs it)",
    )
    check.add_argument(
        "-q", "--quiet", action="store_true",
        help="show only warnings and errors (the summary still counts verified figures)",
    )
    check.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD", help="publication date, for relative dates")
    check.add_argument("--stdin-filename", metavar="NAME", help="name to report for text read from stdin")
    check.add_argument(
        "--select", action="append", metavar="CODES",
        help="run only these rules: comma-separated codes, prefixes (FC1) or names",
    )
    check.add_argument("--ignore", action="append", metavar="CODES", help="skip these rules (same syntax as --select)")
    check.add_argument(
        "--fail-level", choices=("error", "warning"), default=None,
        help="lowest severity that makes the exit status 1 (default: the configuration's, else error)",
    )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings (input errors still give 2)")
    add_config_arguments(check)
    check.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N",
        help="check files in N parallel processes (0: one per core; default 1); the output is the same",
    )

    sub.add_parser("rules", help="list the rules", description="List the rules: code, name, severity, summary.")
    rule = sub.add_parser("rule", help="explain one rule", description="Explain one rule, with its examples.")
    rule.add_argument("code", metavar="CODE", help="rule code (FC101) or name")
    config = sub.add_parser(
        "config", help="show the settings in effect",
        description="Show the settings in effect for PATH (default: the current folder), as TOML.",
    )
    config.add_argument("path", nargs="?", metavar="PATH", help="a draft or folder")
    config.add_argument("--config", metavar="FILE", help="read settings from FILE")
    config.add_argument("--isolated", action="store_true", help="read no configuration file")
    return parser


# --------------------------------------------------------------------------
# commands


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import json as _json

    from .parallel import Progress, check_inputs
    from .reporters import json as json_reporter
    from .reporters import text as text_reporter
    from .reporters.lines import LineIndex

    inputs = collect(args.paths, args.stdin_filename)
    session = _session(args, inputs)  # configuration, baseline
    from .reporters import REPORTERS, FileResult, ReportRun, usage_problem, write_output

    reporter = REPORTERS[args.format]
    problem = usage_problem(args.format, [i.path for i in inputs], args.output)
    if problem:
        raise UsageError(problem)
    if args.output:  # the report goes to the file at the end, whatever the format
        out = io.StringIO()
    results: list[FileResult] = []  # for the whole-run formats (sarif, html, ...)
    fail_level = session.fail_level()
    color = args.format == "text" and text_reporter.use_color(out)

    counts = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
    checked = 0
    bad = False
    failing = False
    entries: list[dict] = []

    # jsonl: one line per file as soon as it is checked, nothing kept; a
    # progress bar on stderr when that is a terminal.
    jsonl = args.format == "jsonl"
    progress = Progress(len(inputs), err) if jsonl and Progress.wanted(err) else None

    def emit_line(entry: dict) -> None:
        line = {"schema_version": json_reporter.SCHEMA_VERSION, **entry}
        out.write(_json.dumps(line, ensure_ascii=False) + "\n")
        out.flush()

    for result in check_inputs(inputs, args.published, session.resolver, jobs=args.jobs):
        item, text = result.item, result.text
        source = None if item.is_stdin else item.path
        if result.input_error is not None or result.internal_error is not None:
            results.append(FileResult(item.display, None, error=result.input_error or result.internal_error, source=source))
        if progress:
            progress.tick()
        if progress and (result.input_error is not None or result.internal_error is not None or not text):
            progress.clear()
        if result.input_error is not None:
            bad = True
            _err(f"{item.display}: {result.input_error}", err)
            entry = json_reporter.file_entry(item.display, None, error=result.input_error)
            emit_line(entry) if jsonl else entries.append(entry)
            continue
        if not text:
            print(f"{PROG}: note: {item.display}: empty file, nothing to check", file=err)
        if result.internal_error is not None:
            bad = True
            if _debug() and result.traceback:
                err.write(result.traceback)
            _err(f"{item.display}: {result.internal_error} (set FIGCHECK_DEBUG=1 for details)", err)
            entry = json_reporter.file_entry(item.display, None, error=result.internal_error)
            emit_line(entry) if jsonl else entries.append(entry)
            continue
        findings: list[Finding] = result.findings or []
        findings = session.after(item, text, findings)
        checked += 1
        for f in findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
            if f.severity >= session.fail_level(item):
                failing = True
        shown = [f for f in findings if f.is_problem] if args.quiet else findings
        if not reporter.streaming:
            results.append(FileResult(item.display, text, shown, source=source))
        elif args.format == "json":
            entries.append(json_reporter.file_entry(item.display, text, shown))
        elif jsonl:
            emit_line(json_reporter.file_entry(item.display, text, shown))
        elif shown:
            lines = text_reporter.format_file(
                item.display, text, shown, concise=args.concise, color=color, index=LineIndex(text)
            )
            out.write("\n".join(lines) + "\n")
            out.flush()

    errors, warnings, info = counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]
    if args.format == "json":
        summary = json_reporter.summary_dict(errors, warnings, info, checked)
        out.write(json_reporter.render(entries, summary, __version__) + "\n")
    elif jsonl:
        if progress:  # stdout stays one line per file; the totals go to the terminal
            progress.close()
            err.write(text_reporter.format_summary(errors, warnings, info, checked) + "\n")
    elif reporter.streaming:
        out.write(text_reporter.format_summary(errors, warnings, info, checked) + "\n")
    out.flush()
    try:
        report = "" if reporter.streaming else reporter.render(
            ReportRun(results, __version__, fail_level, output=args.output))
        if isinstance(report, bytes) or args.output:
            write_output(args.output, report if isinstance(report, bytes) else out.getvalue() + report)
        elif report:
            out.write(report)
            out.flush()
    except OSError as exc:
        bad = True
        _err(f"cannot write {args.output}: {exc.strerror or exc}", err)
    except Exception as exc:  # a report that cannot be made (docx: unreadable package, ...)
        bad = True
        if _debug():
            traceback.print_exc(file=err)
        _err(f"cannot write the {args.format} report: {' '.join(str(exc).split()) or type(exc).__name__}", err)

    session.finish(err)
    if bad:
        return EXIT_ERROR
    if failing and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK


def _session(args: argparse.Namespace, inputs) -> Session:
    """Configuration and baseline for a run; a bad one is a usage error."""
    from .baseline import BaselineError

    try:
        return Session(args, inputs)
    except (ConfigError, BaselineError) as exc:
        raise UsageError(str(exc)) from None


def cmd_config(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .config import Resolver, render

    try:
        settings = Resolver(config=args.config, isolated=args.isolated).for_path(args.path)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    out.write(render(settings, args.path or os.getcwd()))
    return EXIT_OK


def cmd_rules(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .rules import RULES

    if not RULES:
        out.write("no rules registered\n")
        return EXIT_OK
    rows = [(r.code, r.name, str(r.severity), r.summary()) for r in RULES]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(3)] + [row[3]]
        out.write("  ".join(cells).rstrip() + "\n")
    return EXIT_OK


def _example_lines(example) -> list[str]:
    lines = textwrap.indent(example.text.strip("\n"), "    ").splitlines() or ["    (empty)"]
    extra = []
    if getattr(example, "target", ""):
        extra.append(f"points at {example.target!r}")
    if getattr(example, "published", None):
        extra.append(f"published {example.published}")
    if extra:
        lines.append("    (" + "; ".join(extra) + ")")
    return ["  -" + lines[0][3:]] + lines[1:]


def cmd_rule(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .rules import rule_by_code

    rule = rule_by_code(args.code)
    if rule is None:
        raise UsageError(f"unknown rule {args.code!r} (see '{PROG} rules')")
    lines = [f"{rule.code} {rule.name} ({rule.severity})", ""]
    doc = inspect.cleandoc(rule.__doc__ or "")
    if doc:
        lines.extend(doc.splitlines())
        lines.append("")
    if rule.fail:
        lines.append("Examples that are reported:")
        for ex in rule.fail:
            lines.extend(_example_lines(ex))
        lines.append("")
    if rule.ok:
        lines.append("Examples that pass:")
        for ex in rule.ok:
            lines.extend(_example_lines(ex))
        lines.append("")
    out.write("\n".join(lines).rstrip("\n") + "\n")
    return EXIT_OK


COMMANDS = {"check": cmd_check, "rules": cmd_rules, "rule": cmd_rule, "config": cmd_config}


# --------------------------------------------------------------------------
# entry point


# A check makes many short-lived objects and almost no reference cycles, so
# Python's cycle collector, run every 700 allocations by default, finds next
# to nothing; the command line runs it every 50,000 instead and leaves the
# objects of start-up (grammar, tables) out of its scans.  About 4% faster
# on the corpus; memory is freed by reference counting as before.
GC_FIRST_THRESHOLD = 50_000


def tune_gc() -> None:
    """Collector settings for a figcheck process (the command line and its
    workers; a library caller keeps its own)."""
    gc.freeze()
    _, second, third = gc.get_threshold()
    gc.set_threshold(GC_FIRST_THRESHOLD, second, third)


def _run(argv: Sequence[str] | None) -> int:
    tune_gc()
    parser = build_parser()
    args = parser.parse_args(None if argv is None else list(argv))
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    return COMMANDS[args.command](args, sys.stdout, sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run figcheck; return the exit status.  Never raises."""
    try:
        return _run(argv)
    except UsageError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except SystemExit as exc:  # --help, --version
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_ERROR)
    except KeyboardInterrupt:
        try:
            print(f"{PROG}: interrupted", file=sys.stderr)
        except Exception:
            pass
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except Exception:
            pass
        return EXIT_FINDINGS
    except Exception as exc:
        if _debug():
            traceback.print_exc()
        try:
            _err(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())} (set FIGCHECK_DEBUG=1 for details)")
        except Exception:
            pass
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())

"""Checking many inputs, in one process or in several.

``check_inputs(inputs, published, rules, jobs)`` yields one
:class:`Result` per input, always in the order of ``inputs``, whatever
the number of processes: the output of ``figcheck check --jobs N`` is
the output of the serial run.

With ``jobs > 1`` files are read and checked in worker processes
(``concurrent.futures.ProcessPoolExecutor``), a chunk of files per task
so that the per-task overhead stays small next to the checking.  Only a
bounded number of chunks is in flight at once, so an archive of hundreds
of thousands of files streams through in constant memory.  Standard input
is always read and checked in the calling process.

Nothing raised while checking one file stops the run: an unreadable or
binary file comes back as a result with ``input_error`` set, a bug in the
pipeline as one with ``internal_error`` set, and a worker process that
dies (killed, out of memory) is replaced, its files retried one at a
time, and only the file that kills a worker again is reported.
"""
from __future__ import annotations

import datetime as _dt
import gc
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterator, Sequence, TextIO

from .inputs import Input, InputError, read_draft
from .model import Finding

CHUNK_MAX = 16  # files per task, at most
IN_FLIGHT_PER_JOB = 4  # chunks queued per worker process


@dataclass
class Result:
    """What checking one input gave."""

    item: Input
    text: str | None = None  # None when the input could not be read
    findings: list[Finding] | None = None  # None when the input was not checked
    input_error: str | None = None  # missing, unreadable, binary, not UTF-8
    internal_error: str | None = None  # a bug while checking: "internal error while checking: ..."
    traceback: str | None = None  # of the internal error, for FIGCHECK_DEBUG


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``--jobs`` value to a process count: 0 means one per core."""
    if jobs is None:
        return 1
    if jobs <= 0:
        return cpu_count()
    return jobs


def check_one(item: Input, published: _dt.date | None, rules: Sequence[type] | None) -> Result:
    """Read and check one input; never raises ``Exception``."""
    from .formats import check_draft

    try:
        draft = read_draft(item)  # the format by extension: text, Markdown, HTML, Word
        text = draft.source  # what line:col refer to
    except InputError as exc:
        return Result(item, input_error=str(exc))
    try:
        # ``rules``: a config.Resolver (settings per input), a list of rule classes, or None
        settings = rules.settings(item) if hasattr(rules, "settings") else rules
        findings = check_draft(draft, settings, published, path=item.display)
    except Exception as exc:  # a bug in a rule must not hide the other files
        reason = f"internal error while checking: {type(exc).__name__}: {exc}".strip()
        return Result(item, text=text, internal_error=" ".join(reason.split()), traceback=traceback.format_exc())
    return Result(item, text=text, findings=list(findings))


def _check_chunk(items: list[Input], published, rules) -> list[Result]:
    return [check_one(item, published, rules) for item in items]


def _worker_init() -> None:
    # The parent handles Ctrl-C and shuts the pool down; workers stay quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# a short story with figures of several families, checked once before the
# workers start (see ``_warm_up``)
_WARM_UP_TEXT = ("Council approves 2024 budget\n\nSome 1,200 people were counted on Monday 3 March: 700 in the "
                 "north and 500 in the south, about 40% of them children, up from 950 a year ago.\n")


def _warm_up() -> None:
    """Load the grammar, the pint registry and every finder's lazily built
    state in the parent, so that forked workers inherit them instead of each
    building its own (a whole check, not only a parse)."""
    try:
        from . import api

        api.check_text(_WARM_UP_TEXT)
    except Exception:
        pass


def _forking() -> bool:
    """Workers are forked on Linux (they inherit the loaded grammar and modules; Python 3.14 makes
    "forkserver" the default there, whose workers would import and build everything again); other
    systems keep their default (macOS and Windows: spawn)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def chunk_size(n_items: int, jobs: int) -> int:
    return max(1, min(CHUNK_MAX, n_items // (jobs * IN_FLIGHT_PER_JOB) or 1))


def check_inputs(
    inputs: Sequence[Input],
    published: _dt.date | None = None,
    rules: Sequence[type] | None = None,
    jobs: int = 1,
) -> Iterator[Result]:
    """One :class:`Result` per input, in input order."""
    jobs = resolve_jobs(jobs)
    pooled = [item for item in inputs if not item.is_stdin and item.error is None]
    if jobs <= 1 or len(pooled) <= 1:
        for item in inputs:
            yield check_one(item, published, rules)
        return
    yield from _check_pooled(list(inputs), published, rules, jobs)


def _check_pooled(inputs: list[Input], published, rules, jobs: int) -> Iterator[Result]:
    # Chunks of consecutive inputs; stdin and already-failed items are done
    # here, in order, as one-item "local" chunks.
    size = chunk_size(len(inputs), jobs)
    chunks: list[tuple[bool, list[Input]]] = []
    current: list[Input] = []
    for item in inputs:
        if item.is_stdin or item.error is not None:
            if current:
                chunks.append((True, current))
                current = []
            chunks.append((False, [item]))
            continue
        current.append(item)
        if len(current) >= size:
            chunks.append((True, current))
            current = []
    if current:
        chunks.append((True, current))

    _warm_up()
    # The objects the parent has built (grammar, tables, compiled patterns)
    # are frozen out of the collector before the fork, as the gc module's
    # documentation advises: a collection in a worker then never writes to
    # their pages, which stay shared instead of being copied into each worker.
    ours = _forking() and gc.get_freeze_count() == 0
    if _forking():
        gc.freeze()
    pool = _new_pool(jobs)
    pending: deque[tuple[bool, list[Input], Future | None]] = deque()
    next_chunk = 0
    limit = jobs * IN_FLIGHT_PER_JOB
    try:
        while next_chunk < len(chunks) or pending:
            while next_chunk < len(chunks) and len(pending) < limit:
                remote, items = chunks[next_chunk]
                next_chunk += 1
                future = _submit(pool, items, published, rules) if remote else None
                pending.append((remote, items, future))
            if ours:  # the workers are forked (at the first task): a library caller's collector as it was
                gc.unfreeze()
                ours = False
            remote, items, future = pending.popleft()
            if not remote:
                for item in items:
                    yield check_one(item, published, rules)
                continue
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(jobs)
                results = _retry_one_by_one(items, published, rules, jobs)
                # the other chunks in flight died with the pool: submit again
                pending = deque(
                    (r, its, _submit(pool, its, published, rules) if r else None)
                    for r, its, _ in pending
                )
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, items: list[Input], published, rules) -> Future:
    try:
        return pool.submit(_check_chunk, items, published, rules)
    except BrokenProcessPool as exc:  # the pool broke before we noticed
        failed: Future = Future()
        failed.set_exception(exc)
        return failed


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("fork") if _forking() else None
    return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, mp_context=context)


def _retry_one_by_one(items: list[Input], published, rules, jobs: int) -> list[Result]:
    """After a worker died: each file of its chunk alone in a fresh pool,
    so that only the file that kills a worker is reported."""
    results = []
    for item in items:
        pool = _new_pool(1)
        try:
            results.append(pool.submit(check_one, item, published, rules).result())
        except BrokenProcessPool:
            results.append(Result(item, internal_error="internal error while checking: the worker process died"))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return results


class Progress:
    """A one-line progress bar on a terminal (stderr).  ``clear()`` before
    printing anything else on the same stream."""

    WIDTH = 30
    INTERVAL = 0.1  # seconds between redraws

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = max(total, 1)
        self.stream = stream
        self.done = 0
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    @staticmethod
    def wanted(stream: TextIO) -> bool:
        isatty = getattr(stream, "isatty", None)
        try:
            return bool(isatty and isatty())
        except (ValueError, OSError):
            return False

    def tick(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.INTERVAL or self.done >= self.total:
            self.last = now
            self.draw(now)

    def draw(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        frac = min(self.done / self.total, 1.0)
        filled = int(frac * self.WIDTH)
        rate = self.done / max(now - self.started, 1e-9)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} files {frac:4.0%} {rate:,.0f} files/s")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def close(self) -> None:
        self.clear()


__all__ = ["Result", "Progress", "check_inputs", "check_one", "resolve_jobs", "cpu_count", "chunk_size"]

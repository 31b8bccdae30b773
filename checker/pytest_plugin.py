"""pytest plugin: check drafts as part of a test run (opt-in).

    pytest --figcheck drafts/            # one test item per draft
    pytest --figcheck -m figcheck        # only the draft checks

Installed with figcheck (entry point ``pytest11``), it does nothing unless
``--figcheck`` is given.  Then every ``.md``, ``.markdown``, ``.txt``,
``.html``/``.htm`` and ``.docx`` file pytest collects becomes one item,
marked ``figcheck``, that fails when figcheck finds a problem at or above
the fail level (``error`` unless the configuration says ``fail-level =
"warning"``), showing one line per problem.  The configuration is read as
the command does (nearest ``figcheck.toml`` or ``[tool.figcheck]`` above
each file).

A draft that passed is not checked again while its content, the settings
in effect for it and the figcheck version stay the same: the item is
skipped, using pytest's cache (``--cache-clear`` forgets it).
"""
from __future__ import annotations

import hashlib
import os

import pytest

EXTENSIONS = (".md", ".markdown", ".txt", ".html", ".htm", ".docx")
CACHE_KEY = "figcheck/clean"
_STASH: "pytest.StashKey[_State]" = pytest.StashKey()


class _State:
    def __init__(self, config: pytest.Config) -> None:
        from .config import Resolver

        self.resolver = Resolver()
        cache = getattr(config, "cache", None)
        self.cache = cache
        self.clean: dict[str, str] = dict(cache.get(CACHE_KEY, {}) if cache is not None else {})
        self.changed = False


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("figcheck", "figure-consistency checks of drafts")
    group.addoption(
        "--figcheck", action="store_true", default=False,
        help="check drafts (.md .markdown .txt .html .htm .docx) with figcheck, one test item per file",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "figcheck: figure-consistency check of a draft (pytest --figcheck)")
    if config.getoption("figcheck", False):
        config.stash[_STASH] = _State(config)


def pytest_collect_file(file_path, parent):
    config = parent.config
    if not config.getoption("figcheck", False):
        return None
    if not file_path.name.lower().endswith(EXTENSIONS):
        return None
    return FigcheckFile.from_parent(parent, path=file_path)


def pytest_sessionfinish(session: pytest.Session) -> None:
    state = session.config.stash.get(_STASH, None)
    if state is not None and state.changed and state.cache is not None:
        state.cache.set(CACHE_KEY, state.clean)


class FigcheckError(Exception):
    """Problems found in a draft; ``str()`` is the report."""


class FigcheckFile(pytest.File):
    def collect(self):
        yield FigcheckItem.from_parent(self, name="figcheck")


class FigcheckItem(pytest.Item):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_marker("figcheck")

    def _display(self) -> str:
        try:
            return os.path.relpath(self.path, self.config.invocation_params.dir)
        except ValueError:
            return str(self.path)

    def _key(self, data: bytes, settings) -> str:
        from . import __version__

        h = hashlib.sha256()
        h.update(data)
        h.update(settings.fingerprint().encode())
        h.update(__version__.encode())
        return h.hexdigest()

    def runtest(self) -> None:
        from .formats import check_draft, read
        from .inputs import InputError
        from .reporters.text import format_file

        from .config import ConfigError

        state: _State = self.config.stash[_STASH]
        try:
            settings = state.resolver.for_path(str(self.path))
        except ConfigError as exc:
            raise FigcheckError(f"figcheck configuration error: {exc}") from None
        data = self.path.read_bytes()
        key = self._key(data, settings)
        node = self.nodeid
        if state.clean.get(node) == key:
            pytest.skip("figcheck: unchanged since it last passed")
        display = self._display()
        try:
            draft = read(data, self.path.name)
        except InputError as exc:
            raise FigcheckError(f"{display}: cannot be checked: {exc}") from None
        findings = check_draft(draft, settings, path=display)
        failing = [f for f in findings if f.severity >= settings.fail_level]
        if failing:
            state.clean.pop(node, None)
            state.changed = True
            lines = format_file(display, draft.source, failing, concise=True, color=False)
            raise FigcheckError("\n".join(lines))
        state.clean[node] = key
        state.changed = True

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FigcheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"figcheck {self._display()}"

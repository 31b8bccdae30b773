"""(round 46) No module of the checker binds one top-level name twice.

The finder modules hold hundreds of module-level patterns; a second ``_NAME = re.compile(...)`` written thousands of
lines after the first silently replaces it for every function that reads it (round 46 found one in
``relate/shares.py`` and wrote one into ``relate/sums.py`` before this test caught it)."""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_bindings(tree: ast.Module) -> collections.Counter:
    names: collections.Counter = collections.Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_top_level_name_bound_twice(path):
    names = _top_level_bindings(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, n in names.items() if n > 1] == []


def test_the_check_sees_a_second_binding():
    tree = ast.parse("import re\n_A = re.compile('x')\ndef f():\n    return _A\n_A = re.compile('y')\n")
    assert _top_level_bindings(tree)["_A"] == 2

"""Round 16, speed: the finder modules' patterns kept between imports (checker.relate._stored_patterns)
are the very patterns ``re.compile`` makes, and a cache that cannot be read changes nothing."""
import importlib
import re
import subprocess
import sys

import pytest

import checker.relate as relate

FINDER_MODULES = ("changes", "comparisons", "context", "dates", "lists", "percents", "restatements", "shares",
                  "sums", "times", "transpositions", "units")


def _patterns():
    for name in FINDER_MODULES:
        module = importlib.import_module(f"checker.relate.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{name}.{attr}", value


def test_every_pattern_is_the_one_re_compile_makes():
    seen = 0
    for name, p in _patterns():
        assert p == re.compile(p.pattern, p.flags), name
        seen += 1
    assert seen > 1000


def test_compile_args_round_trip():
    for pattern, flags in ((r"(?P<a>\d+)\s*(?i:per\s+cent)\b", 0), (r"[^\W\d_]+(?<![a-z])", re.I),
                           (r"^\s*(?:the|a)\s+$", re.I | re.M)):
        args = relate._compile_args(pattern, flags)
        assert args is not None
        assert relate._compiled(args) == re.compile(pattern, flags)


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xe9\x00\x00\x00", None])
def test_unreadable_or_missing_cache_gives_the_same_patterns(tmp_path, content):
    cache = tmp_path / "cache"
    if content is not None:  # a file where the cache is kept that is empty, not marshal or not a dict
        (cache / "figcheck").mkdir(parents=True)
        (cache / "figcheck" / relate._pattern_cache_path().rsplit("/", 1)[-1]).write_bytes(content)
    code = ("import re, checker.relate.sums as s, checker.relate.dates as d; "
            "print(sum(1 for m in (s, d) for v in vars(m).values() if isinstance(v, re.Pattern) "
            "and v == re.compile(v.pattern, v.flags)))")
    runs = [subprocess.run([sys.executable, "-c", code], env={"XDG_CACHE_HOME": str(cache), "PATH": ""},
                           capture_output=True, text=True, check=True).stdout for _ in range(2)]
    plain = subprocess.run([sys.executable, "-c", code], env={"FIGCHECK_NO_CACHE": "1", "PATH": ""},
                           capture_output=True, text=True, check=True).stdout
    assert runs[0] == runs[1] == plain and int(plain) > 300

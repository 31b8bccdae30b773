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
        made = relate._compile_args(pattern, flags)
        assert made is not None
        args, compiled = made
        assert relate._compiled(args) == re.compile(pattern, flags)
        assert compiled == re.compile(pattern, flags)


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


@pytest.mark.parametrize("after", ["  in total, 40", " in\nall", " altogether.", " in totality", " a year each", " per Annum",
                                   " every  week", "a year", "\ta day", " each hour-long", " in all-party"])
def test_comparisons_read_after_a_figure_as_on_the_rest_of_the_text(after):
    # the average-total finders match at a position of the whole text instead of on a copy of its rest
    from checker.relate import comparisons
    text = "It cost £40" + after + " and more."
    at = len("It cost £40")
    for new, old in ((comparisons._TOTAL_AFTER, r"^\s+(?:in\s+total|in\s+all|altogether)\b"),
                     (comparisons._PERIOD_AFTER, r"^\s+(?:a|an|per|each|every)\s+(day|week|month|year|annum|hour)\b")):
        got, want = new.match(text, at), re.match(old, text[at:], re.I)
        assert bool(got) == bool(want) and (not got or got.groups() == want.groups())


@pytest.mark.parametrize("value", ["2024-03-14", "14 March 2024", "March 14, 2024", "Sept. 3rd 2016", "no date here",
                                   "14 March 24", "١٤ March ٢٠٢٤", "2024", "By Jo Lee | 3 min read"])
def test_parse_date_pre_test_changes_nothing(value):
    # parse_date skips its three patterns when the value holds no four digits in a row: as the old loop read it
    import datetime as dt
    from checker import published
    want = None
    for rx, order in ((published._ISO, "ymd"), (published._DMY, "dmy"), (published._MDY, "mdy")):
        m = rx.search(value)
        if not m:
            continue
        g = [m.group(1), m.group(2), m.group(3)]
        if order == "ymd":
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        elif order == "dmy":
            y, mo, d = int(g[2]), published._month(g[1]), int(g[0])
        else:
            y, mo, d = int(g[2]), published._month(g[0]), int(g[1])
        try:
            want = dt.date(y, mo, d)
        except ValueError:
            want = None
        break
    assert published.parse_date(value) == want


@pytest.mark.parametrize("text", ["Published today", "UPDATED", "nothing", "İssued", "fıled", "poſted", ""])
def test_may_match_as_before(text):
    from checker import published
    words = published._KEYWORD_CORES
    low = text.lower()
    assert published._may_match(text, words) == (any(w in low for w in words)
                                                 or any(c in text for c in published._FOLDS_TO_LETTERS))

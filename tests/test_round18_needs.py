"""Round 18 (speed): finders declare what they need of a document (checker/relate/needs.py) and relate()
skips those whose needs a document lacks.  A declaration must be true: a finder skipped on a document
would have found nothing there.  Guarded here over a sample of the labelled cases and articles (every
finder whose needs are unmet, called anyway, finds nothing; relate() gives the same relations with and
without the skipping), and on small written texts for the profile itself."""
from __future__ import annotations

import datetime as dt
import glob
import json
import os

import pytest

from checker.api import analyse
from checker.model import Kind
from checker.relate import FINDERS, relate
from checker.relate.needs import Need, Profile, declared, needs

HERE = os.path.dirname(__file__)


def _labelled_texts(every: int):
    """Every ``every``-th labelled case and article: (name, text, published)."""
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "labelled", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    n += 1
                    if n % every == 0:
                        case = json.loads(line)
                        yield f"{os.path.basename(path)}:{case['id']}", case["text"], case.get("published")
    for folder in sorted(glob.glob(os.path.join(HERE, "labelled", "articles", "*"))):
        published = {}
        manifest = os.path.join(folder, "manifest.jsonl")
        if os.path.exists(manifest):
            with open(manifest, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        entry = json.loads(line)
                        published[entry["file"]] = entry.get("published")
        for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
            n += 1
            if n % every == 0:
                with open(path, encoding="utf-8") as fh:
                    yield path, fh.read(), published.get(os.path.basename(path))


def _doc(text, published):
    return analyse(text, dt.date.fromisoformat(published) if published else None)


DECLARING = [f for f in FINDERS if declared(f)]


def test_some_finders_declare_needs():
    assert len(DECLARING) >= 40
    for finder in DECLARING:
        for need in declared(finder):
            assert isinstance(need, Need) and (need.kinds or need.words)


def test_a_finder_skipped_would_find_nothing():
    """Each finder whose declared needs a labelled text lacks, called on it anyway, finds nothing."""
    wrong = []
    skipped = 0
    for name, text, published in _labelled_texts(every=6):
        doc = _doc(text, published)
        profile = Profile(doc)
        for finder in DECLARING:
            if not profile.allows(declared(finder)):
                skipped += 1
                found = list(finder(doc))
                if found:
                    wrong.append((finder.__name__, name, found[0]))
    assert skipped > 1000  # the sample does exercise the skipping
    assert wrong == []


def test_relate_same_with_and_without_skipping():
    for name, text, published in _labelled_texts(every=20):
        doc = _doc(text, published)
        assert relate(doc) == relate(_doc(text, published), every_finder=True), name


@pytest.mark.parametrize("declaration, text, met", [
    # a kind, counted over every mention of the text
    (needs(Kind.MEASURE), "The wall is 3 metres high.", True),
    (needs(Kind.MEASURE), "The wall cost £300.", False),
    (needs(Kind.MONEY, count=2), "It cost £300, up from £250 in 2024.", True),
    (needs(Kind.MONEY, count=2), "It cost £300 in 2024.", False),
    # several kinds: together
    (needs(Kind.PERCENT, Kind.FRACTION, count=2), "Half of them, or 52%, agreed.", True),
    # only the mentions written as a modifier
    (needs(Kind.DURATION, compound=True), "The six-week trial ended after seven weeks.", True),
    (needs(Kind.DURATION, compound=True), "The trial ended after seven weeks.", False),
    # a word, in the lower-cased text
    (needs(words="net"), "NET migration was 40,000.", True),
    (needs(words=("remaining", "last")), "The other 12 went home.", False),
    # what a case-blind pattern reads as the letter: the long s, the dotless i, the dotted capital I
    (needs(words="last"), "The la\u017ft 12 went home.", True),
    (needs(words="this"), "TH\u0130S year 12 went home.", True),
    (needs(words="this"), "th\u0131s year 12 went home.", True),
    # or else a word
    (needs(Kind.DURATION, or_words=("week",)), "A week later 40 were found.", True),
    (needs(Kind.DURATION, or_words=("week",)), "Later 40 were found.", False),
])
def test_profile_meets_what_the_text_has(declaration, text, met):
    finder = declaration(lambda doc: ())
    assert Profile(analyse(text)).allows(declared(finder)) is met

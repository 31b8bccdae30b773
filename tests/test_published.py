"""Publication-date inference: front matter, datelines, wire datelines, and
the cases where nothing may be inferred."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker import check_text
from checker.api import analyse
from checker.published import infer_published, parse_date

D = dt.date


@pytest.mark.parametrize("text,expected", [
    ("---\ntitle: Rail strike\ndate: 2022-06-21\n---\nTrains stopped on Tuesday.", D(2022, 6, 21)),
    ("---\ntitle: \"Rail strike\"\npublished: '21 June 2022'\ntags: [rail]\n---\nBody.", D(2022, 6, 21)),
    ("---\ndate: 2022-06-21T07:30:00+01:00\n---\nBody.", D(2022, 6, 21)),
    ("\ufeff---\nDate: June 21, 2022\n...\nBody.", D(2022, 6, 21)),
])
def test_front_matter(text, expected):
    assert analyse(text).published == expected


def test_front_matter_wins_over_a_dateline():
    text = "---\ndate: 2022-06-21\n---\nHeadline\nPublished 3 May 2020\n\nBody."
    assert analyse(text).published == D(2022, 6, 21)


@pytest.mark.parametrize("text,expected", [
    ("Bridge to close for repairs\nUpdated 6:15 PM EST, Wed November 20, 2019\n\nThe bridge will close.",
     D(2019, 11, 20)),
    ("Published 2 April 2021 | 4 min read\nCouncil approves 300 homes on the old depot site.", D(2021, 4, 2)),
    ("Harbour plan approved\nBy Sam Reid, Local Democracy Reporter | 2 April 2021\n\nBody.", D(2021, 4, 2)),
    ("Harbour plan approved\n2 April 2021\n\nThe plan was approved.", D(2021, 4, 2)),
    ("Harbour plan approved\nLast updated: 2021-04-02 09:10 BST\n\nBody.", D(2021, 4, 2)),
    ("Harbour plan approved\nPosted by Sam Reid on April 2, 2021\n\nBody.", D(2021, 4, 2)),
])
def test_dateline_in_the_first_lines(text, expected):
    assert analyse(text).published == expected


def test_published_preferred_to_updated():
    text = "Headline\nUpdated 5 April 2021\nPublished 2 April 2021\n\nBody."
    assert analyse(text).published == D(2021, 4, 2)


@pytest.mark.parametrize("text", [
    # a date in the body is not the publication date
    "Harbour plan approved\n\nThe council approved the plan on 2 April 2021 after a long debate.",
    # a headline that carries a date is not a dateline
    "Remembering the floods of 2 April 2021\n\nBody text here.",
    # a dated line below the first few lines
    "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\n2 April 2021",
    # a wire dateline has no year
    "OIL PRICES EDGE UP\n\nHOUSTON, March 3 - Crude prices rose 20 cts a barrel.",
    "Floods kill 12\n\nACCRA, Ghana, Sept 14 (Reuters) - Floods killed 12 people.",
    # nothing at all
    "Council approves plan\n\nThe council approved the plan on Monday.",
    # front matter without a usable date
    "---\ntitle: Plan\ndate: soon\n---\nBody.",
])
def test_no_publication_date(text):
    assert analyse(text).published is None


def test_wire_dateline_takes_its_year_from_the_page_furniture():
    text = "OIL PRICES EDGE UP\n\nHOUSTON, March 3 - Crude prices rose.\n\n© 2016 Example Wire"
    assert analyse(text).published == D(2016, 3, 3)


@pytest.mark.parametrize("text,expected", [
    ("CHICAGO, Oct 2, 2019 (Reuters) - Grain futures fell.", D(2019, 10, 2)),
    ("Headline\n\nMarch 3, 2016 - The city council voted to approve the plan.", D(2016, 3, 3)),
])
def test_wire_dateline_with_its_year(text, expected):
    assert analyse(text).published == expected


def test_wire_dateline_with_two_copyright_years_is_not_guessed():
    text = "OIL\n\nHOUSTON, March 3 - Crude rose.\n\n© 2015 Example. Photo © 2016 Other."
    assert analyse(text).published is None


def test_explicit_published_always_wins():
    text = "Headline\nPublished 2 April 2021\n\nBody."
    assert analyse(text, D(2023, 1, 1)).published == D(2023, 1, 1)


def test_inferred_date_drives_the_date_rules():
    # "Published" line dates the story: 12 March 2019 was a Tuesday, not a Saturday
    text = ("Man charged after break-in\nPublished 14 March 2019\n\n"
            "Police arrested a man on Saturday, March 12, at a flat in Hove.")
    findings = [f for f in check_text(text) if f.is_problem]
    assert [f.rule for f in findings] == ["FC501"]
    # the caller's date wins: 12 March 2022 was a Saturday
    assert not [f for f in check_text(text, "2022-03-14") if f.is_problem]


def test_function_can_be_called_without_mentions():
    assert infer_published("---\ndate: 2020-01-02\n---\nx") == D(2020, 1, 2)
    assert infer_published("Headline\nPublished: 2020-01-02\n\nBody") == D(2020, 1, 2)


@pytest.mark.parametrize("value,expected", [
    ("2024-03-14", D(2024, 3, 14)),
    ("14 March 2024", D(2024, 3, 14)),
    ("14th Mar. 2024", D(2024, 3, 14)),
    ("March 14, 2024", D(2024, 3, 14)),
    ("Sept 3 2019", D(2019, 9, 3)),
    ("2024-02-30", None),
    ("March 2024", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_no_publication_date_guessed_from_corpus_bodies():
    # Reuters datelines carry no year and BBC pages no date line: nothing is inferred
    files = sorted(CORPUS.glob("*/*.txt"))[:300]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert analyse(text).published is None, path.name

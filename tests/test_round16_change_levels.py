"""Round 16 (rep2), changes: a change's levels told apart from its size.

Table 1 (``checker.relate.changes.level_before_move``): the new level stated alone in one sentence, the next
sentence opening on the measure and a change verb with the old level ("from") and the size, naming its base
period ("the year before").  Table 2 (``checker.relate.percents._periods``): a percentage change in one sentence
and the two levels in the next, where a clause about another measure sizes its own change as a fraction ("by
about a quarter"): a fraction is no period.  Every flagged row has a clean twin with consistent figures."""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

# (text with {old}, right old, wrong old, rule prefix)
LEVEL_BEFORE = {
    "bare": ("Museum income reached a record £48.6m in 2024. Museum income rose from {old} the year before, "
             "an increase of 20%.", "£40.5m", "£44.5m", "FC2"),
    "paragraphs": ("The Wexley Museum took in a record £48.6m in income in 2024, the trust said.\n\n"
                   "Income rose from {old} the year before, an increase of 20%, helped by two big exhibitions.",
                   "£40.5m", "£44.5m", "FC2"),
    "headline_names": ("Wexley museum income climbs to record £48.6m\n\nThe Wexley Museum took in a record £48.6m "
                       "from tickets, shops and gifts in 2024, according to its annual report.\n\n"
                       "Income rose from {old} the previous year, an increase of 20%, the report shows.",
                       "£40.5m", "£44.5m", "FC2"),
    "attribution_after": ("Museum income reached £48.6m in 2024, the trust said on Friday. Museum income rose from "
                          "{old} a year earlier, an increase of 20%, according to its accounts.",
                          "£40.5m", "£44.5m", "FC2"),
    "size_first": ("Museum income reached £48.6m in 2024. Museum income rose 20% from {old} the year before.",
                   "£40.5m", "£44.5m", "FC2"),
    "hedge": ("Museum income reached £48.6m in 2024. Museum income rose from {old} the year before, an increase "
              "of almost 20%.", "£40.6m", "£44.6m", "FC2"),
    "fall": ("Museum income slipped to £32.4m in 2024. Museum income fell from {old} the year before, a drop of "
             "10%.", "£36m", "£38m", "FC2"),
    "count": ("The festival drew 18,000 visitors this summer. Visitor numbers rose from {old} last year, a rise of "
              "20%.", "15,000", "16,000", "FC2"),
    "amount": ("Museum income reached £48.6m in 2024. Museum income rose from {old} the year before, an increase "
               "of £8.1m.", "£40.5m", "£42.5m", "FC3"),
    "dash": ("Museum income reached £48.6m in 2024 - a record. Museum income rose from {old} the year before, "
             "an increase of 20%.", "£40.5m", "£44.5m", "FC2"),
}


@pytest.mark.parametrize("name", sorted(LEVEL_BEFORE))
def test_level_before_move_flagged(name):
    text, _, wrong, rule = LEVEL_BEFORE[name]
    assert_flagged(text.format(old=wrong), wrong, rule)


@pytest.mark.parametrize("name", sorted(LEVEL_BEFORE))
def test_level_before_move_clean(name):
    text, right, _, _ = LEVEL_BEFORE[name]
    assert_clean(text.format(old=right))


def test_level_before_move_other_measure_left_alone():
    # the sentence before states another measure's level: not the new level of this one
    assert_clean("Ticket sales reached £48.6m in 2024. Shop income rose from £44.5m the year before, an increase "
                 "of 20%.")


# (text with {old}, right old, wrong old)
FRACTION_BESIDE = {
    "about_a_quarter": ("Lorne Ferries said revenue rose 12% in its latest financial year. Revenue for the year climbed to £33.6 million "
                        "from {old}, while profit increased by about a quarter to £5 million from £4 million.",
                        "£30 million", "£32 million"),
    "almost_a_quarter": ("Lorne Ferries said revenue rose 12% in its latest financial year. Revenue for the year climbed to £33.6 "
                         "million from {old}, while profit grew by almost a quarter.", "£30 million", "£32 million"),
    "a_quarter_of": ("Lorne Ferries said revenue rose 12% in the year to March, the company said. Revenue for the "
                     "year climbed to £33.6 million from {old}, with a quarter of it from freight.",
                     "£30 million", "£32 million"),
    "by_a_quarter_attributed": ("Revenue rose 12% in the financial year, Lorne Ferries said on Monday. Revenue for "
                                "the year climbed to £33.6 million from {old}, while its profit rose by a quarter.",
                                "£30 million", "£32 million"),
    "dash": ("Lorne Ferries said revenue rose 12% in its latest financial year - its best result yet. Revenue for the year climbed to "
             "£33.6 million from {old}, while profit increased by about a quarter.", "£30 million", "£32 million"),
}


@pytest.mark.parametrize("name", sorted(FRACTION_BESIDE))
def test_fraction_beside_levels_flagged(name):
    text, _, wrong = FRACTION_BESIDE[name]
    assert_flagged(text.format(old=wrong), wrong, "FC2")


@pytest.mark.parametrize("name", sorted(FRACTION_BESIDE))
def test_fraction_beside_levels_clean(name):
    text, right, _ = FRACTION_BESIDE[name]
    assert_clean(text.format(old=right))


def test_quarter_as_period_still_parts():
    # "in the second quarter" is a period: the year's change and the quarter's levels stay apart
    assert_clean("Lorne Ferries said revenue rose 12% in its latest financial year. Revenue in the second quarter climbed to £9.6 "
                 "million from £8 million.")

"""Round 30 (dates): readings learnt from a never-tuned set, each written for its family of shapes (five variants
sharing none of the learning case's content words), with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# Fix 1: a period's end told by its day word ("ended yesterday", "resume today", "ends tomorrow", "until today"),
# dated from the publication date, against the period's length.
@pytest.mark.parametrize("text, target, published", [
    ("Ferry crossings to the island resume today, bringing to an end a 12-day suspension that had begun on 20 January.",
     "12-day", "2023-02-14"),
    ("The blockade of the port began on March 3 and ended yesterday, lasting 20 days.", "20 days", "2025-04-10"),
    ("The nine-day search for the missing yachtsman, which started on 14 July, was called off yesterday.",
     "nine-day", "2022-08-01"),
    ("The pool has been closed from 2 January until today, 19 days in all.", "19 days", "2024-01-30"),
    ("The 8-day festival, which began on 1 June, ends tomorrow.", "8-day", "2023-06-20"),
    ("The 40-day mission to map the sunken wreck, which began on 2 May, ended yesterday.", "40-day", "2024-05-20"),
])
def test_period_ended_by_day_word_is_flagged(text, target, published):
    assert_flagged(text, target, "FC507", published)


@pytest.mark.parametrize("text, published", [
    ("Ferry crossings to the island resume today, bringing to an end a 25-day suspension that had begun on 20 January.",
     "2023-02-14"),
    ("The blockade of the port began on March 3 and ended yesterday, lasting 37 days.", "2025-04-10"),
    ("The 17-day search for the missing yachtsman, which started on 14 July, was called off yesterday.", "2022-08-01"),
    ("The pool has been closed from 2 January until today, 28 days in all.", "2024-01-30"),
    ("The 20-day festival, which began on 1 June, ends tomorrow.", "2023-06-20"),
    # counting both ends
    ("The 21-day festival, which began on 1 June, ends tomorrow.", "2023-06-20"),
    # another period, another year, or no tie between the day word and the length
    ("Ferry crossings to the island resume today; a 12-day suspension had begun on 20 January last year.", "2023-02-14"),
    ("Ferry crossings resume today after a 12-day suspension that began on 20 January.", "2023-02-14"),
    ("The 8-day festival, which began on 1 June 2019, ends tomorrow.", "2023-06-20"),
    ("The 8-day festival began on 1 June; tickets for today's concert are sold out.", "2023-06-20"),
    ("The 8-day festival, which began on 1 June, ended on 8 June; the last stage was taken down yesterday.",
     "2023-06-20"),
    # no publication date: no day to count to
    ("The 8-day festival, which began on 1 June, ends tomorrow.", None),
])
def test_period_ended_by_day_word_twin_is_clean(text, published):
    assert_clean(text, published)

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


# Fix 2: a countdown to a dated day ("N days to go until", "N weeks left before", "N days remain before") counts
# from the publication date.
@pytest.mark.parametrize("text, target, published", [
    ("With 30 days to go before polling day on 4 July, the parties are stepping up their campaigns.", "30 days",
     "2024-06-10"),
    ("There are just 50 days left until the festival opens on 1 August.", "50 days", "2023-06-01"),
    ("Only 14 days remain before the referendum on Thursday 18 September.", "14 days", "2014-09-01"),
    ("Organisers, with six weeks to go until the marathon on April 21, say the course is ready.", "six weeks",
     "2024-03-01"),
    ("Just 12 days are left before the deadline for applications on Friday 31 January.", "12 days", "2025-01-10"),
])
def test_countdown_to_a_date_is_flagged(text, target, published):
    assert_flagged(text, target, "FC502", published)


@pytest.mark.parametrize("text, published", [
    ("With 24 days to go before polling day on 4 July, the parties are stepping up their campaigns.", "2024-06-10"),
    ("With 25 days to go before polling day on 4 July, the parties are stepping up their campaigns.", "2024-06-10"),
    ("There are just 61 days left until the festival opens on 1 August.", "2023-06-01"),
    ("Only 17 days remain before the referendum on Thursday 18 September.", "2014-09-01"),
    ("Organisers, with seven weeks to go until the marathon on April 21, say the course is ready.", "2024-03-01"),
    ("Just 21 days are left before the deadline for applications on Friday 31 January.", "2025-01-10"),
    # told of another time: a past, a stated earlier year, a day already gone
    ("With 30 days to go before polling day on 4 July 2019, the party was trailing badly.", "2024-06-10"),
    ("There were just 50 days left until the festival opened on 1 August.", "2023-06-01"),
    ("With 12 days left before the deadline on 31 January, the council approved the plan.", "2025-02-05"),
    # a window for something else, not a countdown to the date
    ("The firm has 30 days left to appeal against the ruling due on 3 July.", "2024-06-10"),
    ("The team finished with two days to spare before the deadline on Friday 31 January.", "2025-01-10"),
    # no publication date
    ("There are just 50 days left until the festival opens on 1 August.", None),
])
def test_countdown_to_a_date_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 3: "last Thursday" / "next Monday" beside its date: the nearest such weekday, or the one a week further only
# when that is the weekday of the previous (next) calendar week, weeks begun on Monday or Sunday.
@pytest.mark.parametrize("text, target, published", [
    ("The fire broke out last Friday, 8 March, at a warehouse near the docks.", "last Friday", "2024-03-19"),
    ("Shareholders backed the merger last Friday, Jan. 10, by a wide margin.", "last Friday", "2025-01-22"),
    ("The tribunal will sit next Monday, 2 December, to hear the appeal.", "next Monday", "2024-11-21"),
    ("A record crowd turned out this past Saturday, May 4, for the derby.", "this past Saturday", "2024-05-13"),
    ("Polls open next Thursday, 14 November, in all 40 wards.", "next Thursday", "2024-11-01"),
])
def test_named_weekday_a_week_off_is_flagged(text, target, published):
    assert_flagged(text, target, "FC502", published)


@pytest.mark.parametrize("text, published", [
    ("The fire broke out last Friday, 15 March, at a warehouse near the docks.", "2024-03-19"),
    ("Shareholders backed the merger last Friday, Jan. 17, by a wide margin.", "2025-01-22"),
    ("The tribunal will sit next Monday, 25 November, to hear the appeal.", "2024-11-21"),
    ("A record crowd turned out this past Saturday, May 11, for the derby.", "2024-05-13"),
    ("Polls open next Thursday, 7 November, in all 40 wards.", "2024-11-01"),
    # the weekday of the previous (next) calendar week, a week further than the nearest one
    ("The fire broke out last Friday, 8 March, at a warehouse near the docks.", "2024-03-17"),
    ("The board met last Monday, 11 March, to sign off the accounts.", "2024-03-22"),
    ("The museum reopens next Friday, 29 November, after repairs.", "2024-11-18"),
    ("Crowds gathered last Sunday, 10 March, for the parade.", "2024-03-23"),
])
def test_named_weekday_a_week_off_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 4: "last month", "next month", "this month", "last week", "last year" set before "on" and a day, no comma.
@pytest.mark.parametrize("text, target, published", [
    ("Councillors approved the budget last month on 14 March.", "last month", "2024-05-02"),
    ("The company laid off 200 workers last week on Feb. 3 and closed its Ohio plant.", "last week", "2025-02-20"),
    ("Ticket sales open next month on 2 September, the organisers said.", "next month", "2024-07-10"),
    ("The results were announced earlier this month on 2 May by the exam board.", "this month", "2024-06-10"),
    ("Prices were cut last year on 1 April 2021, the firm said.", "last year", "2023-06-21"),
])
def test_relative_month_before_on_a_day_is_flagged(text, target, published):
    assert_flagged(text, target, "FC502", published)


@pytest.mark.parametrize("text, published", [
    ("Councillors approved the budget last month on 14 April.", "2024-05-02"),
    ("The company laid off 200 workers last week on Feb. 13 and closed its Ohio plant.", "2025-02-20"),
    ("Ticket sales open next month on 2 August, the organisers said.", "2024-07-10"),
    ("The results were announced earlier this month on 3 June by the exam board.", "2024-06-10"),
    ("Prices were cut last year on 1 April 2022, the firm said.", "2023-06-21"),
    # no year to the day; the date of another thing; no day after "on"
    ("Prices were cut last year on 1 April, the firm said.", "2023-06-21"),
    ("Councillors approved last month a plan drawn up on 14 March.", "2024-05-02"),
    ("Sales rose last month on the back of a 14 March price cut.", "2024-05-02"),
])
def test_relative_month_before_on_a_day_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 5: a wedding anniversary named by its gift ("golden wedding (anniversary)", "ruby wedding", "pearl wedding
# anniversary"), counted from the marriage ("married", "wed", "tied the knot"; "wed on 2 June 1990").
@pytest.mark.parametrize("text, target, published", [
    ("The Okafors, who wed in 1984, will mark their ruby wedding on Saturday.", "ruby wedding", "2021-05-05"),
    ("Married at Gretna Green in March 1961, Joan and Alf Pike celebrated their diamond wedding anniversary yesterday.",
     "diamond wedding anniversary", "2024-03-10"),
    ("Bob and Linda Harris, who tied the knot in 1999, are celebrating their silver wedding anniversary this week.",
     "silver wedding anniversary", "2021-08-02"),
    ("Ann and Ted Rowe, who married in 1977, toasted their golden wedding with family today.", "golden wedding",
     "2024-06-10"),
    ("Their pearl wedding anniversary falls today: the couple wed on 2 June 1990.", "pearl wedding anniversary",
     "2023-06-02"),
])
def test_wedding_anniversary_by_its_gift_is_flagged(text, target, published):
    assert_flagged(text, target, "FC505", published)


@pytest.mark.parametrize("text, published", [
    ("The Okafors, who wed in 1981, will mark their ruby wedding on Saturday.", "2021-05-05"),
    ("Married at Gretna Green in March 1964, Joan and Alf Pike celebrated their diamond wedding anniversary yesterday.",
     "2024-03-10"),
    ("Bob and Linda Harris, who tied the knot in 1996, are celebrating their silver wedding anniversary this week.",
     "2021-08-02"),
    ("Ann and Ted Rowe, who married in 1974, toasted their golden wedding with family today.", "2024-06-10"),
    ("Their pearl wedding anniversary falls today: the couple wed on 2 June 1993.", "2023-06-02"),
    # another year for the celebration; no marriage dated; a name, not an anniversary
    ("The couple, who married in 1974, plan to celebrate their golden wedding in 2024.", "2021-06-19"),
    ("The Okafors will mark their ruby wedding on Saturday; their son was born in 1984.", "2021-05-05"),
    ("The Golden Wedding, a pub opened in 1990, reopens today after a refit.", "2024-06-10"),
])
def test_wedding_anniversary_by_its_gift_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 6: "N years ago" against a full date ("ago today, on 18 August 1975", "ago this week, on 9 May 1995"): the day
# set apart after the time word is the event's; with two full dates a plain whole number of years is the years
# completed or the elapsed time rounded, not one more.
@pytest.mark.parametrize("text, target, published", [
    ("Exactly 30 years ago this week, on 9 May 1995, the ferry sank off the headland.", "30 years", "2024-05-10"),
    ("The mine disaster, 25 years ago today, on 2 March 2000, killed 14 men.", "25 years", "2024-03-02"),
    ("Ten years ago today, on 1 July 2015, the club was promoted.", "Ten years", "2024-07-01"),
    ("Forty years ago, on Oct. 3, 1985, the plant opened its gates.", "Forty years", "2024-10-03"),
    ("The treaty was signed 20 years ago, on 14 June 2003.", "20 years", "2024-06-14"),
])
def test_years_ago_against_a_full_date_is_flagged(text, target, published):
    assert_flagged(text, target, "FC504", published)


@pytest.mark.parametrize("text, published", [
    ("Exactly 29 years ago this week, on 9 May 1995, the ferry sank off the headland.", "2024-05-10"),
    ("The mine disaster, 24 years ago today, on 2 March 2000, killed 14 men.", "2024-03-02"),
    ("Nine years ago today, on 1 July 2015, the club was promoted.", "2024-07-01"),
    ("Thirty-nine years ago, on Oct. 3, 1985, the plant opened its gates.", "2024-10-03"),
    ("The treaty was signed 21 years ago, on 14 June 2003.", "2024-06-14"),
    # the day not yet come round (20 completed years, 21 rounded), a hedge, an elapsed time rounded
    ("The treaty was signed 21 years ago, on 14 June 2003.", "2024-06-10"),
    ("The treaty was signed 20 years ago, on 14 June 2003.", "2024-06-10"),
    ("Almost 21 years ago, on 14 June 2003, the treaty was signed.", "2024-06-10"),
    ("Twenty years after the attack of 3 March 2004, on 1 December 2023, a memorial was unveiled.", None),
    ("Twenty years after the attack of 3 March 2004, on 1 September 2023, a memorial was unveiled.", None),
    # the date of another thing
    ("Twenty years ago today the treaty was signed; a second pact followed on 14 June 2005.", "2024-06-14"),
])
def test_years_ago_against_a_full_date_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 7: the length told between the two ends, the end after "until" ("began on D1 and ran for 40 days until the crew
# wrapped on D2", "and lasts for 30 days, until D2").
@pytest.mark.parametrize("text, target, published", [
    ("The roadworks begin on 3 June and will run for six weeks until the junction reopens on 2 August.", "six weeks",
     "2024-05-20"),
    ("Filming started on March 4 and ran for 40 days until the crew wrapped on May 30.", "40 days", "2023-06-01"),
    ("The consultation opened on 1 February and lasts for 30 days, until 31 March.", "30 days", "2024-01-20"),
    ("The exhibition opens on Friday 4 October and runs for three weeks until Sunday 1 December.", "three weeks",
     "2024-09-20"),
    ("Repairs began on 10 January and continued for 10 days until the line reopened on 2 February.", "10 days",
     "2024-02-10"),
])
def test_length_between_start_and_until_is_flagged(text, target, published):
    assert_flagged(text, target, "FC507", published)


@pytest.mark.parametrize("text, published", [
    ("The roadworks begin on 3 June and will run for nine weeks until the junction reopens on 2 August.", "2024-05-20"),
    ("Filming started on March 4 and ran for 87 days until the crew wrapped on May 30.", "2023-06-01"),
    ("The consultation opened on 1 February and lasts for 59 days, until 31 March.", "2024-01-20"),
    ("The exhibition opens on Friday 4 October and runs for eight weeks until Sunday 1 December.", "2024-09-20"),
    ("Repairs began on 10 January and continued for 23 days until the line reopened on 2 February.", "2024-02-10"),
    # the end of another thing, after a clause of its own
    ("Repairs began on 10 January and continued for 10 days until the contractor left; the line reopened on 2 February.",
     "2024-02-10"),
    ("Repairs began on 10 January and continued for 10 days until funds ran out, and the line reopened on 2 February.",
     "2024-02-10"),
])
def test_length_between_start_and_until_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 8: an age "when" a dated event came, the event's year told with a part of it ("in the summer of 2019", "in
# autumn 2002", "during the spring of 1985", "in early 1990"), against the birth year; not a winter (it may run on).
@pytest.mark.parametrize("text, target, published", [
    ("Born in 1990, the midfielder was 25 when he moved to Porto in the summer of 2012.", "25", "2024-03-10"),
    ("Kim Ardern, born in 1975, was 30 when she entered parliament in the autumn of 2002.", "30", "2024-03-10"),
    ("Born in 1961, she was 19 when she emigrated during the spring of 1985.", "19", "2024-03-10"),
    ("Born in 2001, he was only 15 when he signed for the club in summer 2019.", "15", "2024-03-10"),
    ("Born in 1955, the author was 40 when she published her debut novel in early 1990.", "40", "2024-03-10"),
])
def test_age_when_in_a_season_of_a_year_is_flagged(text, target, published):
    assert_flagged(text, target, "FC506", published)


@pytest.mark.parametrize("text, published", [
    ("Born in 1990, the midfielder was 22 when he moved to Porto in the summer of 2012.", "2024-03-10"),
    ("Kim Ardern, born in 1975, was 27 when she entered parliament in the autumn of 2002.", "2024-03-10"),
    ("Born in 1961, she was 23 when she emigrated during the spring of 1985.", "2024-03-10"),
    ("Born in 2001, he was only 18 when he signed for the club in summer 2019.", "2024-03-10"),
    ("Born in 1955, the author was 35 when she published her debut novel in early 1990.", "2024-03-10"),
    # another person's event; a winter that may run into the next year
    ("Born in 1990, the midfielder was 25 when his brother moved to Porto in the summer of 2012.", "2024-03-10"),
    ("Born in 1955, the author was 36 when she published her debut novel during the winter of 1990.", "2024-03-10"),
])
def test_age_when_in_a_season_of_a_year_twin_is_clean(text, published):
    assert_clean(text, published)

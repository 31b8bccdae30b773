"""Round 24 (lead, dates): three narrow requirements relaxed.

- A weekday wrong in the publication year but right in the year before used to be left alone ("another reading
  of the year would make it right"); when the other day of the same range ("from Friday, July 19, to Sunday,
  July 20") is right in the publication's year only, the two days share that year and the first is flagged
  (``dates._range_partner_year``).
- A weekday wrong in the publication year was left alone whenever its sentence also named another year ("began on
  Thursday, June 18, ... the record set in 2019"); it is flagged now when it is wrong in that year too and in the
  years either side of the publication (and the day lies within 60 days of it).
- An anniversary whose event carries its year in a clause after a comma ("the 75th anniversary of the twinning,
  agreed in 1954, with events this month"): the participle clause names the start (``dates._EVENT_IN``) and no
  longer hides the marking's "this month" (``dates._EVENT_CLAUSE``).

Every flagged row has a clean twin (the same text with a consistent figure); rows are
(flagged, clean, target, rule, published)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

RANGE_PARTNER = [
    ('The festival runs from Friday, July 19, to Sunday, July 20, on farmland near the river.',
     'The festival runs from Friday, July 18, to Sunday, July 20, on farmland near the river.',
     'Friday, July 19', 'FC501', '2025-04-03'),
    ('The county show will be held from Friday, May 16 until Sunday, May 17 at the showground.',
     'The county show will be held from Friday, May 15 until Sunday, May 17 at the showground.',
     'Friday, May 16', 'FC501', '2026-02-10'),
    ('Voting runs between Tuesday, 5 March and Saturday, 8 March, the council said.',
     'Voting runs between Tuesday, 4 March and Saturday, 8 March, the council said.',
     'Tuesday, 5 March', 'FC501', '2025-01-20'),
    ('The tournament, from Wednesday, June 11 through Saturday, June 13, has sold out.',
     'The tournament, from Wednesday, June 10 through Saturday, June 13, has sold out.',
     'Wednesday, June 11', 'FC501', '2026-03-02'),
    ('Organisers said the fair would run Saturday, 24 August - Tuesday, 26 August.',
     'Organisers said the fair would run Saturday, 23 August - Tuesday, 26 August.',
     'Saturday, 24 August', 'FC501', '2025-05-05'),
    ('The regatta takes place from Friday, September 5 to Sunday, September 6, with racing from 9am.',
     'The regatta takes place from Friday, September 4 to Sunday, September 6, with racing from 9am.',
     'Friday, September 5', 'FC501', '2026-06-01'),
    ('Tickets are on sale for the three-day event, from Friday, 14 June to Sunday, 15 June, organisers said.',
     'Tickets are on sale for the three-day event, from Friday, 13 June to Sunday, 15 June, organisers said.',
     'Friday, 14 June', 'FC501', '2025-02-14'),
    ('The library will close from Monday, April 7 to Thursday, April 9 while the roof is repaired.',
     'The library will close from Monday, April 6 to Thursday, April 9 while the roof is repaired.',
     'Monday, April 7', 'FC501', '2026-01-08'),
]

WRONG_IN_EVERY_YEAR = [
    ('The meeting, which began on Thursday, June 21, drew 61,000 racegoers, beating the record set in 2019.',
     'The meeting, which began on Thursday, June 20, drew 61,000 racegoers, beating the record set in 2019.',
     'Thursday, June 21', 'FC501', '2024-06-23'),
    ('The trial opened on Thursday, March 8, a decade after the first complaint was made in 2015.',
     'The trial opened on Thursday, March 6, a decade after the first complaint was made in 2015.',
     'Thursday, March 8', 'FC501', '2025-03-14'),
    ('Voting closed on Thursday, September 20, and turnout was the highest since 2005, officials said.',
     'Voting closed on Thursday, September 19, and turnout was the highest since 2005, officials said.',
     'Thursday, September 20', 'FC501', '2024-10-02'),
    ('The pool reopened on Friday, November 10 after a refit, its first since 2012.',
     'The pool reopened on Friday, November 7 after a refit, its first since 2012.',
     'Friday, November 10', 'FC501', '2025-11-20'),
    ('Workers walked out on Friday, January 28, the first strike at the plant since 1998.',
     'Workers walked out on Friday, January 26, the first strike at the plant since 1998.',
     'Friday, January 28', 'FC501', '2024-02-09'),
    ('The show, first staged in 1987, returned on Saturday, July 14 with a record entry.',
     'The show, first staged in 1987, returned on Saturday, July 12 with a record entry.',
     'Saturday, July 14', 'FC501', '2025-07-30'),
    ('Police were called at about 11pm on Saturday, May 5; the man had been released from prison in 2021.',
     'Police were called at about 11pm on Saturday, May 4; the man had been released from prison in 2021.',
     'Saturday, May 5', 'FC501', '2024-05-17'),
    ("The ferry ran aground on Thursday, August 30, the company's first accident since 2016.",
     "The ferry ran aground on Thursday, August 28, the company's first accident since 2016.",
     'Thursday, August 30', 'FC501', '2025-09-09'),
]

ANNIVERSARY_EVENT_CLAUSE = [
    ("Residents will mark the 75th anniversary of the town's twinning with Rouen, agreed in 1954, with a weekend of events this month.",
     "Residents will mark the 70th anniversary of the town's twinning with Rouen, agreed in 1954, with a weekend of events this month.",
     '75th anniversary', 'FC505', '2024-09-02'),
    ('The club will celebrate the 50th anniversary of its cup win, achieved in 1979, with a dinner next month.',
     'The club will celebrate the 45th anniversary of its cup win, achieved in 1979, with a dinner next month.',
     '50th anniversary', 'FC505', '2024-09-02'),
    ('The school will mark the 90th anniversary of its opening, which took place in 1924, with a concert next week.',
     'The school will mark the 100th anniversary of its opening, which took place in 1924, with a concert next week.',
     '90th anniversary', 'FC505', '2024-09-02'),
    ('Veterans gathered to mark the 60th anniversary of the pit closure, announced in 1968, at a service last week.',
     'Veterans gathered to mark the 56th anniversary of the pit closure, announced in 1968, at a service last week.',
     '60th anniversary', 'FC505', '2024-03-12'),
    ('The village will celebrate the 40th anniversary of the bypass, built in 1986, with a street party next month.',
     'The village will celebrate the 38th anniversary of the bypass, built in 1986, with a street party next month.',
     '40th anniversary', 'FC505', '2024-05-20'),
    ('Staff will mark the 25th anniversary of the hospice, set up in 2001, with an open day later this month.',
     'Staff will mark the 23rd anniversary of the hospice, set up in 2001, with an open day later this month.',
     '25th anniversary', 'FC505', '2024-06-03'),
    ('The choir will celebrate the 30th anniversary of its founding, first registered in 1996, with a gala this month.',
     'The choir will celebrate the 28th anniversary of its founding, first registered in 1996, with a gala this month.',
     '30th anniversary', 'FC505', '2024-11-04'),
    ('Fans will mark the 20th anniversary of the title, won in 2005, with a parade next month.',
     'Fans will mark the 19th anniversary of the title, won in 2005, with a parade next month.',
     '20th anniversary', 'FC505', '2024-04-15'),
]


@pytest.mark.parametrize("flagged, clean, target, rule, published",
                         RANGE_PARTNER + WRONG_IN_EVERY_YEAR + ANNIVERSARY_EVENT_CLAUSE)
def test_flagged_and_clean_twin(flagged, clean, target, rule, published):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


def test_a_range_that_fits_another_year_whole_stays_silent():
    # both days right in 2024, the year before the publication: no guess at the year
    assert_clean("The festival ran from Friday, July 19, to Sunday, July 21, on farmland.", "2025-04-03")


def test_a_far_day_beside_another_year_stays_silent():
    # the day lies months from the publication: it may belong to the named year's season
    assert_clean("The club won on Thursday, March 9, its first title since 2016.", "2024-09-20")

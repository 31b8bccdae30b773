"""Round 29 (dates): readings learnt from a never-tuned set, each written for its family of shapes, with clean
twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# Fix 1: the age at death after the death's day or place (commas of a date masked) or set on the subject
# before "died", against a birth in the same or the next sentence ("She was born ...", "Reyes was born ...").
@pytest.mark.parametrize("text, target, published", [
    ("The actress Mary Coles died at her home in Bath on 4 March, aged 70. She was born in 1931 and trained at RADA.", "aged 70", "2024-03-06"),
    ("Former senator Tom Reyes died on Tuesday, April 30, at 88. Reyes was born in 1952 in El Paso.", "88", "2024-05-02"),
    ("Composer Ilse Varga, who wrote three operas, died in Vienna on 2 June 2021 aged 64. Born in 1940, she studied in Graz.", "aged 64", None),
    ("The novelist Ben Ardley died on Sunday, aged 59, his publisher said. He was born in Cork in 1952.", "aged 59", "2024-03-05"),
    ("The painter Odile Marchand, 77, died on 12 October. She was born in Lyon in 1939.", "77", "2023-10-14"),
    ("Harriet Vane, born in 1950, died at her home in Oxford on Monday, 3 June, aged 81.", "aged 81", "2024-06-05"),
    ("Born in 1950, the poet died on Monday, June 3, aged 81.", "aged 81", "2024-06-05"),
    ("The poet Harriet Vane died on 3 June, aged 81, her publisher said. She was born in 1950.", "aged 81", "2024-06-05"),
])
def test_age_at_death_with_the_day_between_is_flagged(text, target, published):
    assert_flagged(text, target, "FC506", published)


@pytest.mark.parametrize("text, published", [
    ("The actress Mary Coles died at her home in Bath on 4 March, aged 92. She was born in 1931 and trained at RADA.", "2024-03-06"),
    ("The novelist Ben Ardley died on Sunday, aged 59, his publisher said. His daughter was born in 1982.", "2024-03-05"),
    ("The painter Odile Marchand died on 12 October, aged 77. Her gallery was founded in 1939.", "2023-10-14"),
    ("Her husband died at home on 4 March, aged 70. She was born in 1931 and trained at RADA.", "2024-03-06"),
    ("Former senator Tom Reyes died on Tuesday, April 30, at 88. Reyes was born in 1936 in El Paso.", "2024-05-02"),
    ("The painter Odile Marchand, 77, died on 12 October. She was born in Lyon in 1946.", "2023-10-14"),
    ("Reyes's wife, Ana, died on Tuesday, April 30, aged 70. Reyes was born in 1936 in El Paso.", "2024-05-02"),
    ("The painter Odile Marchand, 77, died on 12 October. Her brother was born in Lyon in 1939.", "2023-10-14"),
])
def test_age_at_death_with_the_day_between_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 2: the end of a period dated first, then "ending a N-day X that began on D1".
@pytest.mark.parametrize("text, target, published", [
    ("The port reopened on 19 March, ending a 21-day blockade that had started on 2 March.", "21-day", "2024-03-20"),
    ("Nurses went back to their wards April 30, ending a 40-day walkout that started April 8.", "40-day", "2024-05-02"),
    ("A 12-day siege, which began on 4 June, ended on 26 June when police entered the building.", "12-day", "2024-06-28"),
    ("Flights resumed on Monday, 9 September, bringing to an end the nine-day shutdown that had begun on 23 August.", "nine-day", "2024-09-10"),
    ("Lifts in the tower were working again by 12 May, ending a fortnight-long outage that began on 21 April.", "fortnight-long", "2024-05-14"),
])
def test_period_ended_first_is_flagged(text, target, published):
    assert_flagged(text, target, "FC507", published)


@pytest.mark.parametrize("text, published", [
    ("The port reopened on 19 March, ending a 17-day blockade that had started on 2 March.", "2024-03-20"),
    ("Nurses went back to their wards April 30, ending a 22-day walkout that started April 8.", "2024-05-02"),
    ("The port reopened on 19 March, ending a 21-day blockade; talks that started on 2 March had failed.", "2024-03-20"),
    ("Flights resumed on Monday, 9 September, ending the nine-day shutdown of a runway that had been resurfaced on 23 August.", "2024-09-10"),
    ("The museum reopened on 10 January, ending a 26-day closure that began on 15 December.", "2025-01-12"),
    ("The theatre went dark on 20 May, ending the 12-day run of the comedy that began on 1 May.", "2025-05-22"),
    ("The port reopened on 19 March, ending a planned 21-day blockade that had started on 2 March.", "2024-03-20"),
])
def test_period_ended_first_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 3: two dated events joined by "and", then ", a break of N" naming the time between.
@pytest.mark.parametrize("text, target, published", [
    ("The crew will depart Houston on 3 March and come back on 18 March, a mission of almost five weeks.", "almost five weeks", "2025-02-20"),
    ("Pupils break up on 19 December and go back on 6 January, a holiday of more than a month.", "more than a month", "2024-12-10"),
    ("Parliament rose on 21 July and returned on 10 October - a recess of two weeks.", "two weeks", "2024-10-12"),
    ("The clinic closed Aug. 2 and reopened Aug. 9, a shutdown of nearly three weeks.", "nearly three weeks", "2024-08-12"),
    ("Ana Ruiz set off on 1 April and was back home on 30 May, a trip of ten days.", "ten days", "2024-06-02"),
])
def test_paired_events_period_is_flagged(text, target, published):
    assert_flagged(text, target, "FC507", published)


@pytest.mark.parametrize("text, published", [
    ("The crew will depart Houston on 3 March and come back on 18 March, a mission of just over two weeks.", "2025-02-20"),
    ("Parliament rose on 21 July and returned on 10 October - a recess of almost three months.", "2024-10-12"),
    ("The clinic closed Aug. 2 and reopened Aug. 9, a shutdown of one week.", "2024-08-12"),
    ("Parliament rose on 21 July and returned on 10 October, a year after a recess of two weeks.", "2024-10-12"),
])
def test_paired_events_period_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 4: "last year's X, held in MONTH YEAR": the thing's taking place dated in apposition.
@pytest.mark.parametrize("text, target, published", [
    ("Attendance at last year's festival, staged in August 2022, fell by a third.", "August 2022", "2024-05-01"),
    ("Last year's final, played on 14 May 2021, drew 60,000 fans.", "14 May 2021", "2023-03-01"),
    ("The council blamed last year's floods, which struck in February 2019, for the overspend.", "February 2019", "2021-01-10"),
    ("Sales at last year's show, held March 2020, topped $4 million.", "March 2020", "2022-06-01"),
    ("Next year's summit, to be hosted in Lima in November 2027, will focus on water.", "November 2027", "2025-06-01"),
])
def test_last_year_thing_held_is_flagged(text, target, published):
    assert_flagged(text, target, "FC502", published)


@pytest.mark.parametrize("text, published", [
    ("Attendance at last year's festival, staged in August 2023, fell by a third.", "2024-05-01"),
    ("Last year's report on the October 2021 election was never published.", "2023-03-01"),
    ("Turnout in last year's vote, held in December 2024, was low.", "2025-01-05"),
    ("Last year's final drew 60,000 fans, more than the 2019 final, played on 14 May 2019.", "2023-03-01"),
])
def test_last_year_thing_held_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 5: a name with its year after it ("the Licensing Act 2003", "Expo 2010"), made N years ago.
@pytest.mark.parametrize("text, target, published", [
    ("The Data Protection Act 1998, passed 30 years ago, still governs how councils store records.", "30 years ago", "2024-03-01"),
    ("The Paris Agreement of 2015, which was signed four years ago, set a goal of 1.5C.", "four years ago", "2024-03-01"),
    ("The Geneva Convention of 1949, adopted in Switzerland 50 years ago, protects civilians in war.", "50 years ago", "2024-03-01"),
    ("The Clean Air Act of 1970, signed 60 years ago, set the first national limits on smog.", "60 years ago", "2024-03-01"),
    ("Under the Licensing Act 2003, introduced by Parliament 25 years ago, pubs may open late.", "25 years ago", "2024-03-01"),
])
def test_named_year_ago_is_flagged(text, target, published):
    assert_flagged(text, target, "FC504", published)


@pytest.mark.parametrize("text, published", [
    ("Saudi Vision 2030, launched eight years ago, aims to diversify the economy.", "2024-03-01"),
    ("The Data Protection Act 1998, passed 26 years ago, still governs how councils store records.", "2024-03-01"),
    ("The Children Act 1989, amended two years ago, sets out the duties of councils.", "2024-03-01"),
    ("Agenda 2030, adopted by the UN nine years ago, sets 17 goals.", "2024-03-01"),
    ("Vision 2020, launched by the government 30 years ago, promised developed-nation status.", "2021-03-01"),
    ("The Data Protection Act 1998, passed 26 years ago, was replaced in 2018.", "2024-03-01"),
])
def test_named_year_ago_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 6: "closed in 1988, reopened in 2019 after 21 years": the years after the later of two years.
@pytest.mark.parametrize("text, target, published", [
    ("The cinema, which closed in 1988, reopened in 2019 after 21 years.", "21 years", "2024-03-01"),
    ("The club folded in 1995 and was relaunched in 2016 after 31 years.", "31 years", "2024-03-01"),
    ("Shut in 2001, the railway line reopened in 2022 after 12 years of closure.", "12 years", "2024-03-01"),
    ("Banned in 1957, the party was legalised again in 1990 after 43 years.", "43 years", "2024-03-01"),
    ("The ship sank in 1912 and was found in 1985, after 83 years of neglect.", "83 years", "2024-03-01"),
])
def test_after_years_is_flagged(text, target, published):
    assert_flagged(text, target, "FC504", published)


@pytest.mark.parametrize("text, published", [
    ("The church was gutted by fire in 1940 and reopened in 1962 following 12 years of restoration.", "2024-03-01"),
    ("The cinema, which closed in 1988, reopened in 2019 after 31 years.", "2024-03-01"),
    ("Born in 1950, she won her first title in 1990 after 20 years of trying.", "2024-03-01"),
    ("The party was founded in 1990 and won power in 2010 after 20 years in opposition.", "2024-03-01"),
    ("The cinema, which closed in 1988, reopened in 2019 after a 21-year campaign.", "2024-03-01"),
    ("The pier, destroyed by fire in 1976, reopened in 2009 after 23 years of campaigning.", None),
    ("Born in 1950, she won the title in 1990 after 20 years.", "2024-03-01"),
])
def test_after_years_twin_is_clean(text, published):
    assert_clean(text, published)


# Fix 7: a headline's "marks N years" against the year the lead's first sentence opens the thing.
@pytest.mark.parametrize("text, target, published", [
    ("Village choir celebrates 40 years\nThe choir was formed in 1990 by three friends from the parish church.", "40 years", "2024-05-01"),
    ("Local cinema marks 50 years\nThe Regal opened in 1981 with a double bill and has shown films ever since.", "50 years", "2024-05-01"),
    ("Diner celebrates 30 years in business\nMel's Diner was founded in 2001 by Mel Ortiz, a former trucker.", "30 years", "2024-05-01"),
    ("Rotary club marks 60 years\nThe club was chartered in 1975 and now has 40 members.", "60 years", "2024-05-01"),
    ("Bookshop celebrates 25 years on Cheap Street\nJo and Sam Reed opened the bookshop in Frome in 2008 after leaving teaching.", "25 years", "2024-05-01"),
])
def test_headline_years_is_flagged(text, target, published):
    assert_flagged(text, target, "FC504", published)


@pytest.mark.parametrize("text, published", [
    ("Village choir celebrates 34 years\nThe choir was formed in 1990 by three friends from the parish church.", "2024-05-01"),
    ("Lollipop lady marks 30 years\nThe school opened in 1970 and has 300 pupils.", "2024-05-01"),
    ("Rotary club marks 60 years\nThe club's new hall was opened in 1995 by the mayor.", "2024-05-01"),
    ("Hospital marks 70 years of NHS care\nThe NHS was founded in 1948.", "2024-05-01"),
    ("Rotary club set to mark 60 years\nThe club was chartered in 1975 and now has 40 members.", "2024-05-01"),
    ("Grandmother marks 100 years\nThe village hall opened in 1924 and hosted her party.", "2024-05-01"),
    ("Rovers mark 50 years since cup win\nThe club was founded in 1900 and plays at Eastville.", "2024-05-01"),
    ("Rotary club marks 49 years\nThe club was chartered in 1975 and now has 40 members.", "2024-05-01"),
])
def test_headline_years_twin_is_clean(text, published):
    assert_clean(text, published)


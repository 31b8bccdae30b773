"""Round 29 (dates), after review: the new readings narrowed to the shapes their docstrings name. Each block
holds consistent text of the shapes the reviewer found alarmed (in other words) and the flag rows the reading was
built for, which must still flag."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# A headline's "marks N years": words after the count give the years of something else (a league, a venue, a
# street the thing moved to), save "in business" and the thing's street when the lead tells of no move.
@pytest.mark.parametrize("text, published", [
    ("Rugby side celebrates 30 years in the premiership\nThe side was formed in 1950 and climbed the leagues slowly.", "2024-06-10"),
    ("Brass band marks 40 years at town hall\nThe band was founded in 1920 and has played at the hall since the 1980s.", "2024-06-10"),
    ("Cobbler marks 60 years on Bridge Street\nPenn & Sons opened in 1910 in a yard off the market, moving later to Bridge Street.", "2024-06-10"),
    ("Orchestra celebrates 20 years on tour\nThe orchestra was established in 1975 and first toured abroad in 2004.", "2024-06-10"),
    ("Youth club marks 35 years in its barn\nThe club was set up in 1960 and moved into the barn in 1989.", "2024-06-10"),
])
def test_headline_years_of_another_span_are_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text, target, published", [
    ("Family bakery marks 75 years on the high street\nHopkins & Daughter opened its doors on Mill Lane in 1962 and has been run by the same family ever since.", "75 years", "2024-09-12"),
    ("Diner celebrates 30 years in business\nMel's Diner was founded in 2001 by Mel Ortiz, a former trucker.", "30 years", "2024-05-01"),
    ("Ironmonger celebrates 90 years on Bank Road\nThe ironmonger was founded in 1980 by two brothers.", "90 years", "2024-05-01"),
    ("Village choir celebrates 40 years\nThe choir was formed in 1990 by three friends from the parish church.", "40 years", "2024-05-01"),
])
def test_headline_years_of_the_thing_still_flag(text, target, published):
    assert_flagged(text, target, "FC504", published)


# "after N years" on the later of two years: with words of its own the count is a role's or state's, which may
# have begun before the first year (not an upper bound): not read.  Bare or "of closure" it still is.
@pytest.mark.parametrize("text, published", [
    ("He was made head coach in 2016 and stepped down in 2023 after 14 years at the club.", "2024-03-10"),
    ("The mill shut in 1980 and its last weaver retired in 2005 after 35 years at the looms.", "2024-03-10"),
    ("Banned in 1957, the party was legalised again in 1990 after 43 years underground.", "2024-03-10"),
    ("The wreck sank in 1912 and was raised in 1985, after 90 years on the seabed.", "2024-03-10"),
])
def test_after_years_with_words_of_their_own_are_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text, target, published", [
    ("The cinema, which closed in 1988, reopened in 2019 after 21 years.", "21 years", "2024-03-01"),
    ("Shut in 2001, the railway line reopened in 2022 after 12 years of closure.", "12 years", "2024-03-01"),
    ("The lido was abandoned in 1979 and restored in 2015, after 16 years of neglect.", "16 years", "2024-03-01"),
])
def test_after_years_bare_or_of_closure_still_flag(text, target, published):
    assert_flagged(text, target, "FC504", published)


# Two dated events joined by "and", then ", a N of ...": only a going away and the same subject's coming back
# bound a period; two events of different subjects, or a tour's stops, do not.
@pytest.mark.parametrize("text, published", [
    ("Entries open on 2 April and the race starts on 30 June, a race of three days.", "2024-03-10"),
    ("The choir sang in York on 4 May 2023 and in Durham on 21 May, a tour of 30 days in all.", "2024-03-10"),
    ("Voting begins on 1 June and results come on 9 June, a count of two days.", "2024-03-10"),
    ("Staff walked out on 3 May and returned to work on 20 May, a strike of 17 days.", "2024-03-10"),
])
def test_paired_events_not_a_leaving_and_return_are_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text, target, published", [
    ("MPs will leave Westminster on 25 July for the summer recess and return on 2 September, a break of nearly three months.", "nearly three months", "2024-07-20"),
    ("The clinic closed Aug. 2 and reopened Aug. 9, a shutdown of nearly three weeks.", "nearly three weeks", "2024-08-12"),
    ("Ana Ruiz set off on 1 April and was back home on 30 May, a trip of ten days.", "ten days", "2024-06-02"),
    ("The court adjourned on 4 March and reconvened on 11 March, a break of a month.", "a month", "2024-03-20"),
])
def test_paired_leaving_and_return_still_flag(text, target, published):
    assert_flagged(text, target, "FC507", published)


# A name with a year after it, made N years ago: only a legal text's name (Act, Treaty, Agreement ...) is dated
# by its year; an event or product named by a year often happened or came out in another.
@pytest.mark.parametrize("text, published", [
    ("Expo 2020, staged in Dubai two years ago, drew 24 million visits.", "2024-03-10"),
    ("Windows Server 2019, released six years ago, still runs most of the council's machines.", "2024-03-10"),
    ("Euro 2020, played in eleven cities three years ago, was the first of its kind.", "2024-03-10"),
])
def test_named_year_of_a_brand_or_event_is_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text, target, published", [
    ("The Pension Reform Act 2014, enacted 12 years ago, raised the age of retirement.", "12 years ago", "2024-03-10"),
    ("The Paris Agreement of 2015, which was signed four years ago, set a goal of 1.5C.", "four years ago", "2024-03-01"),
])
def test_named_year_of_a_legal_text_still_flags(text, target, published):
    assert_flagged(text, target, "FC504", published)


# No publication date: "X was born ..." after a death dated in full in a sentence naming X.
def test_born_by_name_after_a_dated_death_is_flagged():
    assert_flagged("Ana Reyes died in Vienna on 2 June 2021 aged 64. Reyes was born in 1940 in El Paso.",
                   "aged 64", "FC506", None)


@pytest.mark.parametrize("text", [
    "Ana Reyes died in Vienna on 2 June 2021 aged 81. Reyes was born in 1940 in El Paso.",
    "Ana Reyes died in Vienna on 2 June 2021 aged 64. Ortiz was born in 1940 in El Paso.",
])
def test_born_by_name_after_a_dated_death_twin_is_clean(text):
    assert_clean(text, None)


# "a gap of" / "an interval of" after a date range: the gap in that range, not another.
@pytest.mark.parametrize("text, published", [
    ("The show runs from 3 May to 20 May, a gap of two years since the last one.", "2024-03-10"),
    ("Exams run from 3 May to 20 May, with an interval of three days between papers.", "2024-03-10"),
    ("The line is shut from 3 May to 20 May, a gap of 17 days in the service.", "2024-03-10"),
])
def test_gap_after_a_range_is_clean(text, published):
    assert_clean(text, published)

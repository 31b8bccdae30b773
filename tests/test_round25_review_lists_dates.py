"""Round 25 review (w1b): false alarms on consistent text from this round's list and date readings, mended in
general, each next to the flag row the reading was built for.

* dates: a "when" clause is dated by its own verb only -- not by a second verb, a participle after a noun, an
  infinitive or a relative word inside it (``dates._when_clause_one_verb``); "the last year" is the past twelve
  months, not the calendar year (``dates._REL_WEEK``); a role whose relative clause tells another's birth ("a nurse
  whose father was born in") is not the subject's birth (``dates._OPENS_ON_BORN_NAME``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- dates: the "when" clause's own time ---------------------------------------------------------------------------

WHEN_OWN_VERB_FLAGGED = [
    ("Last year's strike, when porters walked out in November {y}, closed two wards.", "2025-02-03", "2022", "2024"),
    ("Last year, when the depot was shut in June {y}, bus routes were cut.", "2025-02-03", "2021", "2024"),
    ("Last year's gales, when a storm tore through the port in January {y} and sank boats, cost millions.",
     "2025-02-03", "2020", "2024"),
]


@pytest.mark.parametrize("template,published,flagged,clean", WHEN_OWN_VERB_FLAGGED)
def test_when_clause_own_verb_still_flags(template, published, flagged, clean):
    assert_flagged(template.format(y=flagged), "ast year", "FC502", published=published)
    assert_clean(template.format(y=clean), published=published)


WHEN_OTHER_TIME_CLEAN = [
    # a participle after a noun inside the clause dates that noun
    ("Last year's walkout, when porters rejected a wage deal offered in October 2023, closed two wards.", "2025-02-03"),
    ("Last year's match, when City beat a team relegated in April 2022 and rebuilt since, drew 30,000.", "2025-02-03"),
    ("Last year, when the board backed proposals lodged in July 2023, shareholders revolted.", "2025-02-03"),
    ("Last month's blackout, when pylons collapsed onto cables installed in March 1995, hit 9,000 homes.",
     "2025-02-03"),
    # an infinitive: the time of the plan, not of the event
    ("Last month's vote, when members agreed to shut the pool in May 2025 and sell the site, was close.", "2024-11-04"),
    # a second clause inside the clause
    ("Last year's hearing, when the judge said the contract was signed in August 2021 and later voided, ran long.",
     "2025-02-03"),
]


@pytest.mark.parametrize("text,published", WHEN_OTHER_TIME_CLEAN)
def test_when_clause_other_time_clean(text, published):
    assert_clean(text, published=published)


# ---- dates: "the last year" is twelve months ------------------------------------------------------------------------

THE_LAST_YEAR_CLEAN = [
    ("Across the last year, when fares rose in February 2024 and again in May, ridership fell.", "2024-09-15"),
    ("Output dipped over the last year, when the plant flooded in December 2023.", "2024-09-15"),
]


@pytest.mark.parametrize("text,published", THE_LAST_YEAR_CLEAN)
def test_the_last_year_is_twelve_months(text, published):
    assert_clean(text, published=published)


def test_bare_last_year_still_flags():
    text = "Output dipped last year, when the plant flooded in December 2022 and closed for weeks."
    assert_flagged(text, "last year", "FC502", published="2024-09-15")


# ---- dates: a role whose clause tells another's birth --------------------------------------------------------------

def test_role_with_whose_birth_is_not_the_subjects():
    assert_clean("Ruth Ambler, a carer whose son was born in 1982, ran the relay. The 66-year-old finished third.",
                 published="2025-02-03")
    assert_clean("Ruth Ambler, an artist whose studio was built in 1905, spoke. The 58-year-old smiled.",
                 published="2025-02-03")


def test_role_birth_still_flags():
    text = "Ruth Ambler, a retired nurse born in April 1950, ran the relay. The {a}-year-old finished third."
    assert_flagged(text.format(a=61), "61-year-old", "FC506", published="2025-02-03")
    assert_clean(text.format(a=74), published="2025-02-03")


# ---- lists: a clause behind a dash or colon is no apposition on the list ------------------------------------------

CLAUSE_AFTER_LIST_CLEAN = [
    "Buses were halted at Ripon, Selby and Goole: the two companies cited snow.",
    "Staff will be cut at depots in Ripon, Selby and Goole - the two owners blamed falling orders.",
    "Rain lashed homes in Ripon, Selby and Goole - the two streams overflowed their banks - and closed lanes.",
    "Unions picketed Argos, Boots and Next - the two chains cited high rents - on Saturday.",
]


@pytest.mark.parametrize("text", CLAUSE_AFTER_LIST_CLEAN)
def test_clause_after_list_is_no_apposition(text):
    assert_clean(text)


APPOSITION_AFTER_LIST_FLAGGED = [
    ("Cuts to bus routes in Ripon, Selby, Goole and Thirsk - the three towns that share a depot - start soon.", "three"),
    ("Talks with Argos, Boots and Next - the two chains still in the running - resumed.", "two"),
    ("Unions picketed Argos, Boots and Next - the two chains - on Saturday.", "two"),
]


@pytest.mark.parametrize("text,target", APPOSITION_AFTER_LIST_FLAGGED)
def test_apposition_after_list_still_flags(text, target):
    assert_flagged(text, target, "FC410")


# ---- lists: a comma splice after names sharing a head --------------------------------------------------------------

def test_comma_splice_after_shared_head_clean():
    assert_clean("Staff will walk out at the Argos and Boots warehouses in June, the three unions involved said.")
    assert_clean("Officers searched the Ripon and Selby shops on Tuesday, the three women held were later released.")


def test_shared_head_apposition_still_flags():
    text = "Engineers will close the Ripon and Selby depots on Tuesday, the three oldest in the county."
    assert_flagged(text, "three", "FC410")


# ---- lists: a list of agents after "led by" is not the members ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "A 15-doctor team - headed by Ann Roe, Bo Lee and Cy Fox - ran the trial.",
    "A seven-judge panel - chaired by Ann Roe and Bo Lee - heard the appeal.",
    "A 10-member board - led by Ann Roe, Bo Lee and Cy Fox - met on Friday.",
])
def test_led_by_names_are_not_the_members(text):
    assert_clean(text)


def test_member_list_still_flags():
    text = "A four-judge panel - Ann Roe, Bo Lee and Cy Fox - heard the appeal."
    assert_flagged(text, "four-judge", "FC410")


# ---- lists: a list made of pairs counted name by name ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The band plays in six towns: Ripon and Selby, Goole and Thirsk, and Whitby and Malton.",
    "The four clubs - Ripon and Selby, and Goole and Thirsk - share a ground.",
])
def test_pairs_counted_name_by_name_clean(text):
    assert_clean(text)


def test_paired_names_still_flag():
    text = "The two states - Trinidad and Tobago, Antigua and Barbuda, and St Kitts and Nevis - signed."
    assert_flagged(text, "two", "FC410")


# ---- lists: things with an article in apposition to a bare subject noun ------------------------------------------

def test_articled_things_apposed_to_bare_subject_flag():
    text = "Two bridges, the viaduct, the footbridge and the swing bridge, were closed."
    assert_flagged(text, "Two", "FC410")
    assert_clean("Three bridges, the viaduct, the footbridge and the swing bridge, were closed.")
    # bare words may go on with other things
    assert_clean("Two vans, cash, heroin and cocaine, were seized.")


# ---- lists: names that "each" take an amount, then people of another kind -----------------------------------------

@pytest.mark.parametrize("text", [
    "Mr Kerr and Mrs Lowe will each receive £2,000 in compensation. The three daughters live abroad.",
    "Ann Roe, Bo Lee and Cy Fox will each pay £300 in costs. The two women were also banned from driving.",
])
def test_each_amount_then_other_people_clean(text):
    assert_clean(text)


def test_each_amount_places_still_flag():
    text = "Ripon, Selby and Goole will each receive £1m from the fund. The four towns bid last year."
    assert_flagged(text, "four", "FC410")

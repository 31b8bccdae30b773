"""Round 43: the shapes behind the misses of round 42's sealed sets, once opened, told in our own words -- each with a
text that must be flagged and one that must not."""
from __future__ import annotations

import pytest

from checker import analyse
from checker.api import check_text
from checker.model import Kind, Severity


def _alarms(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start:f.end]) for f in check_text(text, published) if f.severity >= Severity.WARNING]


def _rules(text: str, published: str | None = None) -> set[str]:
    return {rule for rule, _ in _alarms(text, published)}


# (text flagged, the rule, the same text with its figures agreeing)
CASES = [
    # "number" as a verb before a figure grouped in thousands: a count, no reference number
    ("Registered food stalls in the old town now number 4,800, four times as many as the 1,600 counted in 2016.",
     "FC302",
     "Registered food stalls in the old town now number 4,800, three times as many as the 1,600 counted in 2016."),
    # a multiple's verb, a short clause, then a participle of the move and its two levels
    ("Orders for the board game tripled after it won the award, climbing from 3,000 sets to 6,600.", "FC302",
     "Orders for the board game tripled after it won the award, climbing from 3,000 sets to 9,100."),
    # a film's opening weekend and its three days after "with"
    ("The thriller earned $26.4 million over its opening weekend, with $9.8 million on Friday, $9.9 million on "
     "Saturday and $5.1 million on Sunday.", "FC101",
     "The thriller earned $24.8 million over its opening weekend, with $9.8 million on Friday, $9.9 million on "
     "Saturday and $5.1 million on Sunday."),
    # a whole that "has come from" its labelled parts in brackets, a time still to come after them
    ("The club's 71 points this season have come from home games (44) and away games (25), with three games left.",
     "FC101",
     "The club's 71 points this season have come from home games (44) and away games (27), with three games left."),
    # "N of the whole's M UNIT" then a share in dashes
    ("Wind farms supply 9 of the region's 30 gigawatts of capacity - almost half - and more are planned.", "FC201",
     "Wind farms supply 14 of the region's 30 gigawatts of capacity - almost half - and more are planned."),
    # a turnout, its electorate, then the votes cast after "with"
    ("Turnout was 58% of the 640,000 registered voters, with 420,000 ballots cast.", "FC201",
     "Turnout was 58% of the 640,000 registered voters, with 371,000 ballots cast."),
    # the votes cast, then "a turnout of" a share of the electorate
    ("About 52,000 ballots were cast, a turnout of 47% of the 84,000 people on the roll.", "FC201",
     "About 39,500 ballots were cast, a turnout of 47% of the 84,000 people on the roll."),
    # a fraction in words beside two round counts: the counts read as stated
    ("The insurer will move a quarter of its 3,600 staff, some 1,100 people, to its Leeds office.", "FC201",
     "The insurer will move a quarter of its 3,600 staff, some 900 people, to its Leeds office."),
    ("Two-thirds of the 2,400 tonnes landed at the port, or 1,400 tonnes, went to processors in Spain.", "FC201",
     "Two-thirds of the 2,400 tonnes landed at the port, or 1,600 tonnes, went to processors in Spain."),
    # those on trial named again as the defendants
    ("Nine men went on trial at Carlisle Crown Court in May over the robbery. On Friday the jury convicted all 11 "
     "defendants.", "FC402",
     "Nine men went on trial at Carlisle Crown Court in May over the robbery. On Friday the jury convicted all nine "
     "defendants."),
    # a place's people named again as its residents
    ("The 860 people of Holm Ness depend on a single ferry. Rehousing the island's 680 residents would take a "
     "decade, the council said.", "FC402",
     "The 860 people of Holm Ness depend on a single ferry. Rehousing the island's 860 residents would take a "
     "decade, the council said."),
    # a capacity told twice, the second in an abbreviated unit
    ("The Baltic link has an annual capacity of 8 billion cubic metres and opens next spring. At its full capacity "
     "of 10 bcm a year, it could replace a third of imports.", "FC402",
     "The Baltic link has an annual capacity of 10 billion cubic metres and opens next spring. At its full capacity "
     "of 10 bcm a year, it could replace a third of imports."),
    # a headline count, then the lead's list of its parts with no figure of the whole
    ("Grocer to close 96 stores\nThe grocer will close stores in all three of its divisions: 41 in the east, 30 in "
     "the midlands and 19 in the west, it said on Monday.", "FC101",
     "Grocer to close 90 stores\nThe grocer will close stores in all three of its divisions: 41 in the east, 30 in "
     "the midlands and 19 in the west, it said on Monday."),
]


@pytest.mark.parametrize("flagged, rule, agreeing", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged, rule, agreeing):
    assert rule in _rules(flagged)
    assert _alarms(agreeing) == []


def test_number_before_a_small_figure_stays_a_reference():
    mentions = analyse("The 43 bus leaves from stand number 12 every hour.").mentions
    assert [m.kind for m in mentions if m.text == "12"] == [Kind.CODE]


def test_an_anniversary_with_its_start_in_the_next_sentence():
    # an anniversary of the subject's own thing, its start told by the next sentence's subject
    text = ("The Harrow Lane brewery is celebrating the 40th anniversary of its taproom this month. The bar, which "
            "poured its first pint in 1990, now serves 300 people a night.")
    assert ("FC505", "40th anniversary") in _alarms(text, "2025-05-02")
    assert _alarms(text.replace("40th", "35th"), "2025-05-02") == []


def test_more_told_between_is_no_restatement():
    # (round 43) the second may be the sum of the first and those added after it
    assert _alarms("Police charged 12 men over the riot. Two more were charged on Friday. The judge later sentenced "
                   "all 14 defendants.") == []
    assert _alarms("Eleven people were taken to hospital. Two more people were taken to hospital later. All 13 "
                   "patients are stable.") == []


def test_a_second_plant_has_its_own_capacity():
    assert _alarms("The plant has a capacity of 120 megawatts. A second plant, with a capacity of 150 megawatts, "
                   "opens next year.") == []


def test_an_anniversary_of_another_event_takes_no_start_from_the_next_sentence():
    assert _alarms("The town is marking the 50th anniversary of the uprising this week. The town, which was "
                   "founded in 1820, has 4,000 people.", "2025-07-01") == []


def test_people_evacuated_are_not_the_whole_population():
    assert _alarms("Some 300 residents of the island were evacuated. Officials said moving the island's 1,500 "
                   "residents would cost about $90 million.") == []


def test_bcm_is_a_billion_cubic_metres():
    m = [m for m in analyse("It carries 15 bcm a year.").mentions if m.kind == Kind.MEASURE]
    assert [(x.unit, x.value) for x in m] == [("bcm", 15)]


def test_a_fraction_word_message_says_the_counts_are_read_as_stated():
    found = [f for f in check_text("Three-fifths of the 1,800 tonnes, or 900 tonnes, went abroad.") if f.rule == "FC201"]
    assert found and "the counts read as stated" in found[0].tolerance

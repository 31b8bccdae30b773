"""Round 17 (r17-rep2): the lead's figure restated far down with a slip, three guards narrowed.

* an aim after another figure of the second's sentence tells that figure, not the second: "The $67.8 million
  profit was ahead of the $59.1 million brokers had expected" (``_next_figure_start`` in ``_lead_restated_far``);
* a bare figure whose clause goes on into the main verb with its object is told of by its clause: "The 2.47
  billion euros we earned gives us room" (``_MAIN_VERB_NEXT`` in ``_TOLD_OF_BARE``);
* "still" of concession before a comparison sets nothing apart in time: "The £362 million we made is still
  comfortably more than we need" (``_SINCE``).

Each row is a flagged text, its target, the consistent value of its clean twin, the rule prefix and the date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# four sentences between the lead and the restatement, none with a figure of the kind
FILLER = ("Managers said the figures were being studied closely. A review will report in the spring. "
          "Staff were thanked for their work over a difficult period. The board meets again next month.\n\n")

AIM_OF_ANOTHER = [
    ("Grain trader's profit climbs\n\nThe Brackley grain trader reported higher profit on Monday. Its net profit "
     "rose to $63.8 million from $55.0 million.\n\n" + FILLER +
     "The $67.8 million profit was ahead of the $59.1 million brokers had expected.", "$67.8 million", "$63.8 million"),
    # attribution, a period in the first
    ("Grain trader's profit climbs\n\nThe Brackley grain trader reported higher profit, the company said. Net "
     "profit rose to $63.8 million in 2024 from $55.0 million.\n\n" + FILLER +
     "The $67.8 million profit was above the $59.1 million that analysts had forecast, Reuters said.",
     "$67.8 million", "$63.8 million"),
    # a dash and a trailing clause
    ("Grain trader's profit climbs\n\nThe Brackley grain trader reported higher profit. Net profit rose to "
     "$63.8 million - its best result.\n\n" + FILLER +
     "The $67.8 million profit came in over the $59.1 million predicted by brokers, which lifted the shares.",
     "$67.8 million", "$63.8 million"),
]

BARE_TOLD_THEN_VERB = [
    ("Insurer's profit jumps\n\nThe Vesterhav insurer said on Tuesday its net profit rose last year to 2.47 "
     "billion euros.\n\n" + FILLER +
     "\"The 2.74 billion euros we earned gives us room to grow,\" the chief executive said.",
     "2.74 billion euros", "2.47 billion euros"),
    # written as bn, a hedge in the first
    ("Insurer's profit jumps\n\nThe Vesterhav insurer said its net profit rose to about 2.47 billion euros, "
     "the company said.\n\n" + FILLER +
     "The chairman said the 2.74 billion euros it made shows the strategy is working.",
     "2.74 billion euros", "2.47 billion euros"),
    # a colon in the first, the main verb with "the"
    ("Insurer's profit jumps\n\nThe Vesterhav insurer had a strong year: net profit rose to 2.47 billion "
     "euros in 2023.\n\n" + FILLER +
     "She said the 2.74 billion euros we made proves the point.", "2.74 billion euros", "2.47 billion euros"),
]

STILL_MORE_THAN = [
    ("Mutual's profit falls\n\nThe Fernside building society reported lower annual profit on Friday. Pre-tax "
     "profit was £362 million, down from £401 million.\n\n" + FILLER +
     "\"The £326 million we made is still comfortably more than we need,\" the chief executive said.",
     "£326 million", "£362 million"),
    # attribution after, written "m"
    ("Mutual's profit falls\n\nThe Fernside building society reported lower annual profit. Pre-tax profit "
     "was £362m, down from £401m, it said.\n\n" + FILLER +
     "The £326m we made is still well above what regulators require, she added.", "£326m", "£362m"),
    # a period in the first, no adverb
    ("Mutual's profit falls\n\nThe Fernside building society reported lower profit. Pre-tax profit for 2024 "
     "was £362 million (down from £401 million).\n\n" + FILLER +
     "The £326 million we made is still more than most rivals, the society said.", "£326 million",
     "£362 million"),
]

TABLE = [(text, target, fixed, "FC4", None)
         for table in (AIM_OF_ANOTHER, BARE_TOLD_THEN_VERB, STILL_MORE_THAN)
         for text, target, fixed in table]

_GRAIN = ("Grain trader's profit climbs\n\nThe Brackley grain trader reported higher profit on Monday. Its net "
          "profit rose to $63.8 million from $55.0 million.\n\n" + FILLER)
_INSURER = ("Insurer's profit jumps\n\nThe Vesterhav insurer said on Tuesday its net profit rose last year to 2.47 "
            "billion euros.\n\n" + FILLER)
_MUTUAL = ("Mutual's profit falls\n\nThe Fernside building society reported lower annual profit on Friday. "
           "Pre-tax profit was £362 million, down from £401 million.\n\n" + FILLER)
# the same shapes set apart: still clean
APART = [
    _GRAIN + "The $67.8 million profit analysts had expected was not reached.",  # the aim is the second's own
    _INSURER + "The 2.74 billion euros we earned overseas this year is not included.",  # the clause goes on
    _INSURER + "The 2.74 billion euros we earned towards the target is separate.",
    _MUTUAL + "The £326 million we made is still held in reserve.",  # still: what remains
    _MUTUAL + "The £326 million we made in 2019 is still more than this year.",  # another year
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)


# one digit changed, the noun of the act the lead's sentence tells by its verb ("repaired" ... "the repairs")
ACT_OF_VERB = [
    ("Council patches more roads\n\nThe Ashcombe council repaired 27,360 potholes in the year to March, up from "
     "21,900.\n\n" + FILLER + "The cabinet member said the 27,860 repairs were a record.", "27,860", "27,360"),
    # attribution, a period
    ("Council patches more roads\n\nThe Ashcombe council repaired 27,360 potholes in 2024, officials said.\n\n"
     + FILLER + "Critics said the 27,860 repairs had not stopped the roads getting worse.", "27,860", "27,360"),
    # a written lead-in, a bracket and a trailing clause
    ("Clinic checks thousands\n\nNurses at the Lowdell clinic screened 4,615 patients (a record) last winter.\n\n"
     + FILLER + "The 4,915 screenings, which took four months, found few new cases.", "4,915", "4,615"),
]
ACT_TABLE = [(text, target, fixed, "FC4", None) for text, target, fixed in ACT_OF_VERB]
_ROADS = ("Council patches more roads\n\nThe Ashcombe council repaired 27,360 potholes in the year to March, up "
          "from 21,900.\n\n" + FILLER)
ACT_APART = [
    _ROADS + "The 27,860 repairers hired by the council were paid on time.",  # the doer, not the act
    _ROADS + "Of the 27,860 repairs planned for next year, most are on rural roads.",  # an aim
    "Inspectors busy\n\nInspectors visited 4,520 homes in the county last year, the council said.\n\n" + FILLER
    + "The 4,820 visitors to the county museum were counted separately.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", ACT_TABLE)
def test_act_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", ACT_TABLE)
def test_act_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed), published)


@pytest.mark.parametrize("text", ACT_APART)
def test_act_apart_clean(text):
    assert_clean(text)


# two digits swapped, the lead naming the second's noun before its figure with "of"
NOUN_OF_FIRST = [
    ("Lender's profit climbs\n\nThe Carrow bank said quarterly results were strong. It made a pre-tax profit of "
     "£2.37 billion in the three months, up from £2.05 billion.\n\n" + FILLER +
     "The chairman said the £2.73 billion profit showed the plan was working.", "£2.73 billion", "£2.37 billion"),
    # attribution, a hedge, a trailing clause
    ("Lender's profit climbs\n\nThe Carrow bank reported strong results, it said on Friday. It posted a profit "
     "of about £2.37 billion, helped by mortgages.\n\n" + FILLER +
     "Analysts said the £2.73 billion profit, the best in years, was no surprise.", "£2.73 billion",
     "£2.37 billion"),
    # a colon, another noun, in 2024
    ("Club's takings rise\n\nThe Marlow rugby club had a good season. It reported revenue of £6.41 million in "
     "2024: a record.\n\n" + FILLER + "The treasurer said the £6.14 million revenue would pay for a new stand.",
     "£6.14 million", "£6.41 million"),
]
NOUN_OF_TABLE = [(text, target, fixed, "FC4", None) for text, target, fixed in NOUN_OF_FIRST]
_CARROW = ("Lender's profit climbs\n\nThe Carrow bank said quarterly results were strong. It made a pre-tax profit "
           "of £2.37 billion in the three months, up from £2.05 billion.\n\n" + FILLER)
NOUN_OF_APART = [
    _CARROW + "The £2.73 billion profit of its insurance arm was reported separately.",  # another part's
    _CARROW + "The £2.73 billion profit analysts had forecast was not reached.",  # an aim
    _CARROW + "The £2.73 billion revenue of the unit rose too.",  # another noun
]


@pytest.mark.parametrize("text,target,fixed,rule,published", NOUN_OF_TABLE)
def test_noun_of_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", NOUN_OF_TABLE)
def test_noun_of_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed), published)


@pytest.mark.parametrize("text", NOUN_OF_APART)
def test_noun_of_apart_clean(text):
    assert_clean(text)


# two digits swapped, the second given as "the NOUN of N" under the noun the lead's clause names
THE_NOUN_OF = [
    ("Councillors back pay rise\n\nCouncillors in Dunmere voted to raise their basic allowance by 4% to £12,560 "
     "a year.\n\n" + FILLER + "The new basic allowance of £12,650 will be paid from May.", "£12,650", "£12,560"),
    # attribution, a period, a trailing clause
    ("Councillors back pay rise\n\nCouncillors in Dunmere voted on Tuesday to raise their allowance to £12,560 "
     "for 2025, the council said.\n\n" + FILLER +
     "Officials said the allowance of £12,650, which is taxed, was modest.", "£12,650", "£12,560"),
    # a bracket, a count
    ("Club grows\n\nThe Calder walking club lifted its membership (after a drive) to 48,730 last year.\n\n"
     + FILLER + "Its secretary said the membership of 47,830 had surprised the committee.", "47,830", "48,730"),
]
THE_NOUN_OF_TABLE = [(text, target, fixed, "FC4", None) for text, target, fixed in THE_NOUN_OF]
_DUNMERE = ("Councillors back pay rise\n\nCouncillors in Dunmere voted to raise their basic allowance by 4% to "
            "£12,560 a year.\n\n" + FILLER)
THE_NOUN_OF_APART = [
    _DUNMERE + "The old basic allowance of £12,650 in Harford is higher.",  # a word the lead lacks, another place
    _DUNMERE + "The special allowance of £12,650 is paid to the leader.",  # another allowance
    _DUNMERE + "The average allowance of £12,650 across the region is higher.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", THE_NOUN_OF_TABLE)
def test_the_noun_of_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", THE_NOUN_OF_TABLE)
def test_the_noun_of_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed), published)


@pytest.mark.parametrize("text", THE_NOUN_OF_APART)
def test_the_noun_of_apart_clean(text):
    assert_clean(text)

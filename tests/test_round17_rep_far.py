"""Round 17 (r17-rep): the lead's figure restated far down the report with a slip of the keyboard.

* the lead is the first two body sentences: "The trust received 3,572 complaints ..." in the second one, "the
  3,752 complaints" seven sentences on (``_swapped_far_from_lead``);
* a bare definite figure told of by a clause of its own, two digits swapped: "fell to £52.7 million ... The
  £57.2 million we made" (``_TOLD_OF_BARE``); a period after "than" is what the figure is set against, not its
  time ("is less than last year", ``_THAN_PERIOD``);
* one digit changed under the noun the first's sentence names before it: "Operating profit ... fell to $718
  million ... The $748 million profit" (``_named_before``; not a slip of another figure too);
* the doer noun of the headline's word: "31,462 finish" / "... 31,462 riders" ... "the 31,642 finishers"
  (``_doer_of`` in ``_story_tie``).

Each row is a flagged text, its target, the consistent value of its clean twin, the rule prefix and the date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# five sentences between the lead and the restatement, none with a figure of the kind
FILLER = ("Managers said the figures were being studied closely. A review will report in the spring. "
          "Staff were thanked for their work over a difficult period. The board meets again next month. "
          "Several members asked for more detail.\n\n")

SECOND_LEAD_SENTENCE = [
    ("Patients raise concerns\n\nPatients at the Elmford trust have complained in record numbers, a report found. "
     "The trust received 3,572 complaints during the year, it said.\n\n" + FILLER +
     "The report said the 3,752 complaints included many about waiting times.", "3,752", "3,572"),
    # attribution after, a trailing clause
    ("Patients raise concerns\n\nPatients at the Elmford trust have complained in record numbers. The trust "
     "received 3,572 complaints in 2023, the watchdog said.\n\n" + FILLER +
     "Inspectors said the 3,752 complaints, most of them about delays, had been answered.", "3,752", "3,572"),
    # a dash, a hedge
    ("Patients raise concerns\n\nPatients at the Elmford trust have complained in record numbers. Some 3,572 "
     "complaints were received - most by email.\n\n" + FILLER +
     "Officials said the 3,752 complaints would be published in full.", "3,752", "3,572"),
]

BARE_TOLD_OF = [
    ("Lender's profit falls\n\nThe Greybridge building society reported lower annual profit on Tuesday. Profit "
     "fell to £52.7 million from £60.4 million, it said.\n\n" + FILLER +
     "Its chief executive said: \"The £57.2 million we made is less than last year, and that was our choice.\"",
     "£57.2 million", "£52.7 million"),
    # a period in the first, a bracket
    ("Lender's profit falls\n\nThe Greybridge building society reported lower profit. Profit fell to £52.7 "
     "million in 2023 (from £60.4 million).\n\n" + FILLER +
     "The society said the £57.2 million it earned would be kept as reserves.", "£57.2 million",
     "£52.7 million"),
    # written as "m", attribution
    ("Lender's profit falls\n\nThe Greybridge building society reported lower profit, the society said. Profit "
     "fell to £52.7m from £60.4m.\n\n" + FILLER +
     "\"The £57.2m we made is a good result,\" the chairman told members.", "£57.2m", "£52.7m"),
]

CHANGED_UNDER_NOUN = [
    ("Miner's profit drops\n\nThe Tarn Valley mining group reported a sharp fall in profit on Thursday. Operating "
     "profit for the half fell to $718 million from $903 million.\n\n" + FILLER +
     "The $748 million profit included a charge on a closed mine, the finance chief said.", "$748 million",
     "$718 million"),
    # attribution first, a colon
    ("Miner's profit drops\n\nThe Tarn Valley mining group reported a sharp fall in profit, analysts said. Its "
     "profit fell to $718 million: the lowest in five years.\n\n" + FILLER +
     "Analysts said the $748 million profit was better than feared.", "$748 million", "$718 million"),
    # a phrase of the period after the noun names the first's own
    ("Miner's profit drops\n\nThe Tarn Valley mining group reported a sharp fall in profit. Operating profit "
     "fell to $718 million from $903 million.\n\n" + FILLER +
     "The $748 million profit for the half included a charge on a closed mine.", "$748 million", "$718 million"),
]

DOER_OF_HEADLINE = [
    ("Record 31,462 finish city bike ride\n\nA record 31,462 riders completed the city bike ride on Sunday in "
     "warm sunshine.\n\n" + FILLER + "Organisers said the 31,642 finishers had raised money for charity.",
     "31,642", "31,462"),
    # a period, a trailing clause
    ("Record 31,462 finish city bike ride\n\nA record 31,462 riders completed the city bike ride in June, "
     "organisers said.\n\n" + FILLER + "The 31,642 finishers each received a medal, which was made locally.",
     "31,642", "31,462"),
]

TABLE = [(text, target, fixed, "FC4", None)
         for table in (SECOND_LEAD_SENTENCE, BARE_TOLD_OF, CHANGED_UNDER_NOUN, DOER_OF_HEADLINE)
         for text, target, fixed in table]

# the same shapes set apart: still clean
APART = [
    # another figure of the thing near the second's value between: it may restate that one
    "Patients raise concerns\n\nPatients at the Elmford trust complained in record numbers. The trust received "
    "3,572 complaints during the year.\n\nIts sister trust received 3,700 complaints.\n\n" + FILLER +
    "The report said the 3,752 complaints included many about waiting times.",
    # one digit changed under a noun the lead's sentence does not name before the figure
    "Miner's profit drops\n\nThe Tarn Valley mining group reported a sharp fall in profit. Revenue fell to $718 "
    "million from $903 million.\n\n" + FILLER + "The $748 million profit included a charge on a closed mine.",
    # a bare figure of another year
    "Lender's profit falls\n\nThe Greybridge building society reported lower profit. Profit fell to £52.7 "
    "million from £60.4 million.\n\n" + FILLER + "The £57.2 million it earned in 2019 remains its record.",
    # a bare figure its verb tells as another thing than the lead's profit
    "Lender's profit falls\n\nThe Greybridge building society reported lower profit. Profit fell to £52.7 "
    "million from £60.4 million.\n\n" + FILLER + "The £57.2 million it spent on branches was money well used.",
    # a period of the second's own, not after "than"
    "Lender's profit falls\n\nThe Greybridge building society reported lower profit. Profit fell to £52.7 "
    "million from £60.4 million.\n\n" + FILLER + "The £57.2 million it made last year was paid into reserves.",
]
_PROFIT = ("Miner's profit drops\n\nThe Tarn Valley mining group reported a sharp fall in profit on Thursday. Net "
           "profit for the half fell to $718 million from $903 million.\n\n" + FILLER)
_LENDER = ("Lender's profit falls\n\nThe Greybridge building society reported lower profit. Profit fell to £52.7 "
           "million from £60.4 million.\n\n" + FILLER)
_TRUST = ("Patients raise concerns\n\nPatients at the Elmford trust complained in record numbers. The trust received "
          "3,572 complaints during the year.\n\n" + FILLER)
APART += [
    _PROFIT + "The $748 million profit that analysts had forecast was not reached.",  # an aim
    _PROFIT + "The $748 million profit of its trading arm was a bright spot.",  # a phrase naming another part
    _PROFIT + "The $748 million profit expected for the full year would be lower.",
    _LENDER + "The £57.2 million we made from selling the old head office is not included.",  # the clause goes on
    _LENDER + "The £57.2 million we made two years ago was a record.",
    _TRUST + "The 3,752 complaints from the previous year were mostly about parking.",
    _TRUST + "By comparison, the 3,752 complaints at the Westbury trust took longer to answer.",
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

"""Round 30 (restatements, learnt from a never-tuned set): readings written as families, each with five
variants that share no content words with the sentence it came from and with one another, and clean twins
(another thing, another time, a change wished for, an update, a figure quoted from before) that stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# -- a move's size told by its verb, then named again as "the N rise/cut" (checker/relate/restated_changes.py)
CHANGE_SIZE_FLAGGED = [
    ("Council tax in Eastmoor is going up by 4.2% from April, the authority confirmed. Residents criticised the "
     "3.9% rise at a packed meeting.", "3.9%"),
    ("The club's season tickets fell by £35 to £410 after fans protested. Supporters welcomed the £45 cut on "
     "Thursday.", "£45"),
    ("Membership of the union grew by 1,800 over twelve months. Organisers credited the 2,300 increase to a "
     "recruitment drive.", "2,300"),
    ("Water bills to rise by £27\nThe £31 increase will take the average bill to £480, the regulator said.", "£31"),
    ("Rents were raised by $150 a month to $1,900 by the landlord. That $210 hike was condemned by tenants.", "$210"),
]
CHANGE_SIZE_CLEAN = [
    # the same size
    "Council tax in Eastmoor is going up by 4.2% from April, the authority confirmed. Residents criticised the "
    "4.2% rise at a packed meeting.",
    # another year's change
    "Council tax in Eastmoor is going up by 4.2% from April. Last year's 3.9% rise was the smallest in a decade.",
    "The club's season tickets fell by £35 to £410 this summer. The £45 cut in 2019 was reversed within a year.",
    # another change, or one wished for
    "Membership of the union grew by 1,800 over twelve months. Leaders had hoped for the 2,300 increase promised "
    "by the recruitment drive.",
    "Rents were raised by $150 a month to $1,900. Tenants said they could not afford another $200 hike.",
    "Water bills to rise by £27\nCampaigners had expected the £31 increase proposed in the spring.",
    # what changed is named: another measure
    "Bus fares will rise by 12p from Sunday. The 15p increase in parking charges starts in May.",
    # the other way
    "Ticket prices rose by £5 this season. The £8 cut in programme prices was welcomed.",
    # an update
    "Fares were due to rise by 12p. The operator has now revised that to the 15p increase passengers feared.",
]


@pytest.mark.parametrize("text,target", CHANGE_SIZE_FLAGGED)
def test_change_size_restated(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", CHANGE_SIZE_CLEAN)
def test_change_size_clean(text):
    assert_clean(text)

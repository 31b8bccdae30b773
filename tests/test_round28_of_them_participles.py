"""Round 28: after "N of them", a later part's noun reached past a participle ("12 carrying medical supplies") is the
object of what the part does, not another kind of thing: the parts still count the total's things."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The airline flew 212 aircraft last year, 130 of them carrying passengers, 64 carrying cargo and 31 carrying "
     "mail.", "212"),
    ("Rescuers sent out 36 boats, 20 of them towing dinghies and 19 carrying supplies.", "36"),
    ("Some 85 buses, 40 of them serving schools, 30 serving hospitals and 20 serving villages, were withdrawn.",
     "Some 85"),
    ("Of the fleet's 640 trucks, 410 of them hauling containers, 150 hauling timber and 95 hauling livestock, "
     "most are diesel.", "640"),
    ("Inspectors checked 96 vessels, 51 of them flying foreign flags, 30 flying the national flag and 22 flying "
     "no flag at all.", "96"),
]

CLEAN = [
    "The airline flew 212 aircraft last year, 130 of them carrying passengers, 64 carrying cargo and 18 carrying "
    "mail.",
    "The charity runs 48 shops, 31 of them selling clothes, and employs 120 staff.",
    "Rescuers sent out 36 boats, 20 of them towing dinghies, and rescued 19 people carrying children.",
    "The council owns 48 buildings, 31 of them housing offices, and leases 12 housing units.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_of_them_participles_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", CLEAN)
def test_of_them_participles_clean(text):
    assert_clean(text)

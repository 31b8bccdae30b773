"""Round 33 (open-c): readings learned from the opened never-seen articles, each with five worded variants that
flag and clean twins that stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. A list closed by its "and" part, then ", and" with a verb of the subject's own: a new predicate, no more parts.
NEW_PREDICATE = [
    ("The bank has 643 branches, made up of 412 high-street offices and 231 kiosks, and closed 17 rural sites last spring.",
     "The bank has 643 branches, made up of 412 high-street offices and 221 kiosks, and closed 17 rural sites last spring.",
     "643"),
    ("The museum holds 2,317 paintings, made up of 1,708 oils and 609 watercolours, and bought 45 prints in March.",
     "The museum holds 2,317 paintings, made up of 1,708 oils and 619 watercolours, and bought 45 prints in March.",
     "2,317"),
    ("Our fleet numbers 86 aircraft, comprising 54 narrow-body jets and 32 wide-body jets, and leased six freighters.",
     "Our fleet numbers 86 aircraft, comprising 54 narrow-body jets and 30 wide-body jets, and leased six freighters.",
     "86"),
    ("The charity runs 153 shops, made up of 121 high-street stores and 32 outlet stores, and also sold 12 vans.",
     "The charity runs 153 shops, made up of 121 high-street stores and 37 outlet stores, and also sold 12 vans.",
     "153"),
    ("The county keeps 95 libraries, made up of 70 branch libraries and 25 mobile units, and has hired 14 new staff.",
     "The county keeps 95 libraries, made up of 70 branch libraries and 23 mobile units, and has hired 14 new staff.",
     "95"),
]


@pytest.mark.parametrize("clean, flagged, target", NEW_PREDICATE)
def test_new_predicate_after_list_is_no_part(clean, flagged, target):
    assert_clean(clean)
    assert_flagged(flagged, target, "FC101")


# 2. "N of them" is a subset of the whole; the whole and the later parts add up to a figure stated elsewhere.
SUBSET_THEN_SIBLINGS = [
    ("The course had 90 graduates this summer. 61 graduates found jobs, 40 of them in the city, while 18 went on to "
     "further study and the remaining 11 were still looking.",
     "The course had 90 graduates this summer. 61 graduates found jobs, 40 of them in the city, while 18 went on to "
     "further study and the remaining 12 were still looking.", "61"),
    ("The clinic saw 733 patients in May. It said 415 patients were treated on the day, 288 of them within an hour, "
     "while 219 were referred on and the remaining 99 were sent home.",
     "The clinic saw 733 patients in May. It said 415 patients were treated on the day, 288 of them within an hour, "
     "while 219 were referred on and the remaining 97 were sent home.", "415"),
    ("Insurers received 1,240 claims after the storm. They said 817 claims had been paid, 523 of them in full, while "
     "268 were refused and the remaining 155 were still open.",
     "Insurers received 1,240 claims after the storm. They said 817 claims had been paid, 523 of them in full, while "
     "268 were refused and the remaining 151 were still open.", "817"),
    ("The league fielded 48 teams this season. In all 31 clubs kept their coach, 12 of them for a fifth year, while "
     "9 clubs changed coach and the remaining 8 folded.",
     "The league fielded 48 teams this season. In all 31 clubs kept their coach, 12 of them for a fifth year, while "
     "9 clubs changed coach and the remaining 7 folded.", "31"),
    ("The garage serviced 412 cars in March. It said 268 cars had passed inspection, 191 of them first time, while "
     "97 were sent for repair and the remaining 47 were scrapped.",
     "The garage serviced 412 cars in March. It said 268 cars had passed inspection, 191 of them first time, while "
     "97 were sent for repair and the remaining 45 were scrapped.", "268"),
]


@pytest.mark.parametrize("clean, flagged, target", SUBSET_THEN_SIBLINGS)
def test_subset_part_then_siblings_of_stated_total(clean, flagged, target):
    assert_clean(clean)
    assert_flagged(flagged, target, "FC101")

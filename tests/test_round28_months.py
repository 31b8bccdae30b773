"""Round 28: "last month", "this month" and "next month" name a month from the publication date: the month
the first's sentence names ("1,240 dogs in August ... the 1,420 dogs it took in last month", published in
September) is the same period, another month sets the two apart; without a publication date it stays a time
of its own."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Exports from the port rose to 2,350 tonnes in March, the harbour board said. The 2,530 tonnes shipped last "
     "month were the most since the quay reopened.", "2,530 tonnes", "2025-04-10"),
    ("The county shelter took in 1,240 dogs in August, its director said. The 1,420 dogs it took in last month "
     "included 80 puppies.", "1,420 dogs", "2024-09-03"),
    ("Last month 3,160 insurance claims were filed after the storm, the regulator said. Insurers said the 3,610 "
     "claims filed in June would take months to settle.", "3,610", "2024-07-02"),
    ("The museum counted 48,200 visitors in October, up by a third on a year ago. Staff said the 42,800 visitors "
     "this month had queued round the block.", "42,800 visitors", "2024-10-28"),
    ("Online sales at the chain reached £4.7m in January, its best start to a year. The £7.4m taken last month "
     "came mostly from clearance lines.", "£7.4m", "2025-02-14"),
]

CLEAN = [
    ("The county shelter took in 1,240 dogs in November, its director said. The 1,420 dogs it took in last month "
     "included 80 puppies.", "2025-01-05"),
    ("The county shelter took in 1,240 dogs in August, its director said. The 1,420 dogs it took in last month "
     "included 80 puppies.", None),
    ("Last month 3,160 insurance claims were filed after the storm, the regulator said. Insurers said the 3,610 "
     "claims filed in April would take months to settle.", "2024-07-02"),
    ("The county shelter took in 1,240 dogs in August, its director said. The 1,240 dogs it took in last month "
     "included 80 puppies.", "2024-09-03"),
    ("Exports from the port rose to 2,350 tonnes in March, the harbour board said. The 2,530 tonnes shipped next "
     "month will set a record.", "2025-03-20"),
]


@pytest.mark.parametrize("text,target,published", FLAGGED)
def test_same_month_flagged(text, target, published):
    assert_flagged(text, target, "FC4", published)


@pytest.mark.parametrize("text,published", CLEAN)
def test_other_month_clean(text, published):
    assert_clean(text, published)

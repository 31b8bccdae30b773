"""Round 28: what happens in a moment (a quake, a blast, a crash, a shooting) has a clock time, told by a verb of
its happening ("struck at", "happened at", "was heard at") or named with it ("the 3.15pm blast"); a time given
twice for it must agree (times.find_time_restatements). Silent for another event of the kind ("A second,
stronger quake", "aftershock") and a time that is not of its happening ("Police arrived at the crash at")."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The explosion at the fireworks factory happened at 2.15pm, the fire service said. Residents said the "
     "3.15pm blast shattered windows a mile away.", "3.15pm"),
    ("A magnitude 4.2 tremor struck at 11.20pm on Tuesday, seismologists said. The 11.50pm quake was felt "
     "across three counties.", "11.50pm"),
    ("The crash happened at 6.45am on the M6 near Stafford, police said. Three people were hurt in the 7.45am "
     "collision, which closed the motorway for five hours.", "7.45am"),
    ("The shooting happened at 1.30am outside a nightclub in Leeds, police said. Detectives said the 1.10am "
     "shooting left two men injured.", "1.10am"),
    ("The blast was heard at 9.05pm across the city, witnesses said. Police said the 9.50pm explosion was "
     "caused by a gas leak.", "9.50pm"),
]

CLEAN = [
    "A magnitude 5.1 tremor struck at 3.40am, seismologists said. A second, stronger quake struck at 4.40am.",
    "The crash happened at 6.45am on the M6, police said. Police arrived at the crash at 7.05am.",
    "The explosion happened at 2.15pm, the fire service said. The 3.15pm train from the station was cancelled.",
    "The earthquake struck at 3.40am local time, the survey said. The 3.40am quake was felt in the capital.",
    "The earthquake struck at 3.40am, the survey said. The 5.10am aftershock was felt in the capital.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_moment_time_flagged(text, target):
    assert_flagged(text, target, "FC412")


@pytest.mark.parametrize("text", CLEAN)
def test_moment_time_clean(text):
    assert_clean(text)

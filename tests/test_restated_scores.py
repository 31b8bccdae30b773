"""FC407: a match score (or a vote's tally) restated with other numbers."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text):
    return [f for f in check_text(text) if f.is_problem]


FLAGGED = [
    ("Leeds beat Hull 2-0 at Elland Road on Sunday. Ann Roe scored both goals in the 3-0 victory.", "3-0"),
    ("Arsenal lost 1-2 to Chelsea on Tuesday. The manager blamed the referee for the 1-3 defeat.", "1-3"),
    ("Ireland drew 2-2 with Wales in Cardiff. The 1-1 draw leaves both sides level on points.", "1-1"),
    ("Rovers stun City 2-1\nA late header sealed the 3-1 win for Rovers at the Den on Saturday.", "3-1"),
    ("The council voted 7-2 to approve the plan. Opponents said the 6-3 vote ignored residents.", "6-3"),
    ("Munster defeated Ulster 5-3 in Limerick. Kerr's late try settled their 5-2 win over Ulster.", "5-2"),
    ("Harlequins beat Saracens 27-24 at the Stoop on Saturday. Smith kicked 12 points in the 27-21 win over "
     "Saracens.", "27-21"),
    ("Spurs were beaten 3-1 by Villa on Sunday. The manager said Sunday's 4-1 defeat was unacceptable.", "4-1"),
    ("Rovers beat Town 2-0 in the FA Cup on Saturday. Speaking after the 3-0 FA Cup win, the manager praised "
     "his defence.", "3-0"),
    ("Celtic beat Hibs 3-1 on Saturday. The 4-1 win extends their lead at the top to nine points.", "4-1"),
    ("Celtic beat Hibs 3-1 on Saturday. Celtic's 4-1 win keeps them top.", "4-1"),
    # a headline's score and the lead's, naming a side in common
    ("Celtic sink Hibs 3-1 to go nine clear\nCeltic beat Hibs 4-1 at Parkhead on Saturday to move nine points "
     "clear at the top.", "4-1"),
    ("Ireland hold Wales 2-2 in Cardiff\nA late penalty earned Ireland a 1-1 draw with Wales at the "
     "Principality Stadium.", "1-1"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_restated_score_flagged(text, target):
    found = [f for f in _problems(text) if f.rule == "FC407"]
    assert found, [(f.rule, f.message) for f in check_text(text)]
    start = text.rindex(target)
    assert found[0].start <= start < found[0].end
    assert str(found[0].severity) == "warning"


@pytest.mark.parametrize("text", [
    "Leeds beat Hull 2-0 at Elland Road on Sunday. Ann Roe scored both goals in the 2-0 victory.",
    # one side's 1-2 defeat is the other's 2-1 win
    "Arsenal lost 1-2 to Chelsea on Tuesday. The manager blamed the referee for the 2-1 defeat.",
    # another match, another score in play
    "Leeds beat Hull 2-0 on Sunday. It followed the 3-0 win over Bath last week.",
    "Leeds led 2-0 at half-time and went on to win. Ann Roe scored twice in the 4-1 win.",
    "Leeds won 2-1 on the night. The 4-3 aggregate win sends them through.",
    "Leeds beat Hull 2-0 on Sunday. Bath drew 1-1 with York. Ann Roe scored in the 3-0 win.",
    "Leeds beat Hull 2-0 on Sunday. Roe, who scored in last month's 3-0 win, was rested.",
    "Leeds beat Hull 2-0 on Sunday, a week after the 4-1 win at Bath.",
    "Leeds beat Hull 2-0 on Sunday. The 4-1 win in 2019 is still remembered.",
    "The council voted 7-2 to approve the plan. It reversed the 6-3 vote of March.",
    "Celtic beat Hibs 3-1 on Saturday. Following the 3-1 win, Celtic are nine points clear.",
    "Celtic beat Hibs 3-1 on Saturday. Their striker scored in the 4-1 win over Hibs in August.",
    "Celtic beat Hibs 3-1 on Saturday. Their striker also scored in the 4-1 win over Hibs on Tuesday.",
    "Celtic took a 2-0 lead before Hibs pulled one back. Their striker scored twice in the 4-1 win.",
    "Celtic sink Hibs 3-1 to go nine clear\nCeltic beat Hibs 3-1 at Parkhead on Saturday to move nine points "
    "clear at the top.",
    "Ireland hold Wales 2-2 in Cardiff\nA late penalty earned Ireland a 2-2 draw with Wales at the Principality "
    "Stadium.",
    # the lead's score is another match's or another time's
    "Late goal sinks Rovers 2-1\nCity beat Town 3-0 in the other game on Saturday.",
    "Celtic sink Hibs 3-1\nCeltic beat Hibs 4-1 in the first meeting of the season in August.",
    "Rovers beat Town on penalties\nRovers drew 1-1 with Town before winning 4-3 on penalties.",
    # another side's result
    "Celtic beat Hibs 3-1 on Saturday. Real Madrid's 4-0 win kept them top.",
])
def test_restated_score_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]

"""Round 9: digit slips (FC406/FC408/FC409) tied more widely, each shape with clean twins."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import Severity

FLAGGED = [
    # an age in apposition restated as "the N-year-old"
    ("A woman, 52, was arrested after the fire at a block of flats in Crewe. The 25-year-old was later "
     "released on bail.", "25-year-old", "FC40"),
    ("A cyclist, 61, died after a collision with a lorry. Police said the 16-year-old had been riding "
     "home from work.", "16-year-old", "FC40"),
    # a headline figure restated in a sentence that also holds a small unrelated tally
    ("Planners back 2,360 flats at old gasworks\nCouncillors voted eight to three on Wednesday to approve "
     "the 2,630-flat scheme beside the canal.", "2,630", "FC406"),
    # a crowd restated as supporters, fans, spectators
    ("A crowd of 31,476 watched the final on Sunday. The club thanked the 31,746 fans for their patience.",
     "31,746", "FC40"),
    ("An attendance of 18,215 saw the hosts win. The 18,125 spectators were the most since the stand opened.",
     "18,125", "FC40"),
    # an opening participle's year dates the thing's beginning, not its price
    ("The trust has approved the £4.6bn hospital rebuild. First announced in 2019, the rebuild's £4.6m "
     "budget has been questioned by auditors.", "£4.6m", "FC409"),
]

CLEAN = [
    # another person of another age
    ("A woman, 52, was arrested after the fire. A man, 25, was also held.",),
    ("A woman, 52, was arrested after the fire. Her son, a 25-year-old student, was not hurt.",),
    # a second figure of the same order between the two sets the second apart
    ("Planners back 2,360 flats at old gasworks\nA rival plan for 2,500 flats was rejected, and "
     "the 2,630-flat scheme in Leeds went to appeal.",),
    # two crowds on two days
    ("A crowd of 31,476 watched the final on Sunday. A week earlier, 31,746 fans saw the semi-final.",),
    # a year that dates the figure itself
    ("The trust approved a £4.6bn rebuild this year. In 2019, it spent £4.6m on the first designs.",),
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    findings = [f for f in check_text(text) if f.severity >= Severity.WARNING]
    start = text.index(target)
    assert any(f.rule.startswith(rule) and f.start <= start < f.end or
               any(s.start <= start < s.end for s in f.related) for f in findings), findings


@pytest.mark.parametrize("text", [c[0] for c in CLEAN])
def test_clean(text):
    assert [f for f in check_text(text) if f.severity >= Severity.WARNING] == []

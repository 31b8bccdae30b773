"""Round 9: digit slips (FC406/FC408/FC409) tied more widely, each shape with clean twins."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import Severity

FLAGGED = [
    # a headline figure restated in a sentence that also holds a small unrelated tally
    ("Planners back 2,360 flats at old gasworks\nCouncillors voted eight to three on Wednesday to approve "
     "the 2,630-flat scheme beside the canal.", "2,630", "FC406"),
    # a crowd restated as supporters, fans, spectators
    ("A crowd of 31,476 watched the final on Sunday. The club thanked the 31,746 fans for their patience.",
     "31,746", "FC40"),
    ("An attendance of 18,215 saw the hosts win. The 18,125 spectators were the most since the stand opened.",
     "18,125", "FC40"),
    # a unit written two ways ("km", "-kilometre"); "the full" before the figure
    ("The 36km trail opens in April. Walkers can follow the full 63-kilometre trail from July.", "63", "FC406"),
    ("A 2.8-mile bypass was approved. The 8.2 miles of road will cost £40m to build.", "8.2", "FC406"),
    # a part of the second figure before it in its own sentence
    ("Fourteen people were hurt in the blast. Nine of the 41 hurt were treated at the scene.", "41", "FC406"),
    # a length restated in a fronted "At N," phrase, "m" read as metres beside "metres"
    ("The new spire is 210 metres tall. At 201m, it will overlook the whole city.", "201m", "FC406"),
    # compared with a forecast, not with the first figure
    ("Inflation fell to 4.7% in June. The 7.4% figure was higher than expected.", "7.4%", "FC406"),
    # a weekday dates the act when the first sentence names no time
    ("The board has earmarked £6.2m for the scheme. Governors signed off the £2.6m plan on Tuesday.", "£2.6m",
     "FC40"),
    # a sum named, then given: "The money, £N,"
    ("The appeal raised £340,000 in a month. The money, £304,000, will buy a scanner.", "£304,000", "FC406"),
    # the noun before "of" echoes the first figure's verb
    ("Investors will pour €150m into the airport. The investment of €510m will double its capacity.", "€510m",
     "FC406"),
    # both long, the same deal: "sold for" and "paid ... for"
    ("The farm sold for £1.85m at auction. A local family paid £1.58m for the property.", "£1.58m", "FC406"),
    # a year with the first figure only dates what the second restates
    ("Councillors approved a £3.8bn budget for 2027. The £3.8m budget includes a rise in council tax.", "£3.8m",
     "FC409"),
    # a year after "by" dates no figure
    ("The trust will build 2,350 homes. Planners expect the 2,530 homes to be finished by 2031.", "2,530",
     "FC40"),
    # a currency word plural and singular
    ("The airline agreed to buy 30 jets for 3.6 billion euros. The 3.6 million euro order was signed in Paris.",
     "3.6 million euro", "FC409"),
    # an opening participle's year dates the thing's beginning, not its price
    ("The trust has approved the £4.6bn hospital rebuild. First announced in 2019, the rebuild's £4.6m "
     "budget has been questioned by auditors.", "£4.6m", "FC409"),
]

CLEAN = [
    # a second figure of the same order between the two sets the second apart
    ("Planners back 2,360 flats at old gasworks\nA rival plan for 2,500 flats was rejected, and "
     "the 2,630-flat scheme in Leeds went to appeal.",),
    # another trail of another length
    ("The 36km trail opens in April. A separate 63-kilometre trail opens in July.",),
    ("Fourteen people were hurt in the blast. Nine of the 14 hurt were treated at the scene.",),
    ("The new spire is 210 metres tall. At 201m, the rival tower will be shorter.",),
    ("Inflation fell to 4.7% in June. The 7.4% rate for food was higher than in May.",),
    ("The board has earmarked £6.2m for the scheme. Last month governors signed off a £2.6m plan for roads.",),
    ("The appeal raised £340,000 in a month. The target, £430,000, is still in sight.",),
    ("The farm sold for £1.85m at auction. A local family paid £1.58m for the cottage next door last year.",),
    # a year with the second figure only: another time
    ("The festival sold 16,480 tickets this year. In 2019, it sold 16,840 tickets.",),
    ("The festival sold 16,480 tickets last year. It sold 16,840 in 2023, a record.",),
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


def test_last_year_is_the_year_before_publication():
    import datetime
    text = "The festival sold 16,480 tickets last year. Organisers said the 16,840 tickets sold in 2025 were a record."
    flagged = [f for f in check_text(text, datetime.date(2026, 3, 1)) if f.severity >= Severity.WARNING]
    assert [f.rule for f in flagged] in (["FC402"], ["FC406"])
    assert not [f for f in check_text(text, datetime.date(2028, 3, 1)) if f.severity >= Severity.WARNING]

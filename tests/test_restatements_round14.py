"""Round 14: restated figures (digit slips and plain restatements) missed for a general reason.

Each shape: a flagged sentence pair and a clean twin (the figure restated right, or a text that
really speaks of another quantity)."""
from __future__ import annotations

import pytest

from checker import check_text

FLAGGED = [
    # a superlative ranking the second figure within the present period dates nothing
    ("Priya Lal ran 49.37sec to take the 400m hurdles title. Lal's 49.73 is the quickest by a European "
     "this year.", "49.73", "FC40"),
    ("The auction house sold the painting for £2.48m on Tuesday. The £2.84m sale was the highest for a "
     "Scottish artist this year.", "£2.84m", "FC40"),
    ("Some 1,562 runners finished the hill race. The 1,652 finishers were the most in its history this "
     "season.", "1,652", "FC40"),
    # the present period after the verb of the figure's noun phrase dates what is said of the figure
    ("A survey found 3,174 households in the borough are in arrears. Helping the 3,714 households was the "
     "council's main aim this year, its leader said.", "3,714", "FC40"),
    ("Inspectors found 2,635 potholes on the county's roads. Filling the 2,365 potholes is the main job "
     "this spring.", "2,365", "FC40"),
    # a figure of another thing between, in the second's own sentence
    ("Ana Ruiz won the 164km race from Girona. She broke clear 12km from the end of the 146km race and "
     "won alone.", "146km", "FC40"),
    ("The 2,450-tonne ship sank off Malta. Divers found it 45 metres down, and the 2,540-tonne ship "
     "lies on its side.", "2,540", "FC40"),
    # the verb of the first's things after a place: the second's noun is made from it
    ("Records show 5,912 pupils in Kent schools were excluded last term. Cutting the 5,192 exclusions "
     "is the county's aim.", "5,192", "FC40"),
    ("Some 1,847 tenants at Hill Court complained about damp. The 1,487 complaints will be heard in "
     "March.", "1,487", "FC40"),
    # the whole of a part, under "still": the part has changed, the whole is the first's
    ("Rescuers said 421 sheep had been cut off by the flood. Farmers are still trying to reach 60 of the "
     "241 sheep.", "241", "FC40"),
    ("In all 1,356 passengers were stranded by the strike. Some 300 of the 1,536 passengers are still "
     "waiting for a flight.", "1,536", "FC40"),
    # a measure of a thing ("NOUN of N unit", "N unit NOUN") restated as "the N-unit NOUN"
    ("Gusts of 78mph battered the pier on Sunday night. The 68mph gust was the strongest in Sussex.", "68mph",
     "FC402"),
    ("Hailstones of 6cm fell on the town overnight. The 4cm hailstones smashed car windows.", "4cm", "FC402"),
    ("A snowfall of 40cm blocked roads across the Highlands. The 30cm snowfall closed 200 schools.", "30cm",
     "FC402"),
    ("A swell of 12ft reached the harbour. That 21ft swell damaged boats.", "21ft", "FC40"),
    # a result-line headline against the lead's result
    ("Leicester 24 Bath 18\nTigers scored three tries at Welford Road. Their 24-13 win keeps them top.", "24-13",
     "FC407"),
    ("Hearts 2 Hibernian 1\nHearts beat Hibernian 2-0 at Tynecastle on Sunday.", "2-0", "FC407"),
    ("Wigan Warriors 30 St Helens 12\nWigan's 30-21 victory at the DW Stadium was their fifth in a row.",
     "30-21", "FC407"),
    # two figures of four significant digits, two digits swapped, alone in consecutive sentences
    ("The regulator's new price cap of £1,928 starts in April. Typical households will pay £1,298 a year "
     "under it.", "£1,298", "FC406"),
    ("The council will spend £2,375 per pupil next year. Schools will receive £2,735 for every child on "
     "the roll.", "£2,735", "FC406"),
    ("Ticket sales for the final reached 41,265 by Friday. Organisers hope all 41,625 ticket holders "
     "arrive early.", "41,625", "FC406"),
]

CLEAN = [
    ("Priya Lal ran 49.37sec to take the 400m hurdles title. Lal's 49.37 is the quickest by a European "
     "this year.",),
    ("The auction house sold the painting for £2.48m on Tuesday. The £2.48m sale was the highest for a "
     "Scottish artist this year.",),
    # another year's figure stays apart
    ("Priya Lal ran 49.37sec to take the 400m hurdles title. Her 49.73 last year was slower.",),
    ("A survey found 3,174 households in the borough are in arrears. Helping the 3,174 households was the "
     "council's main aim this year, its leader said.",),
    # a count of this period, the first of another: apart
    ("Some 2,635 potholes were reported in 2023. The 2,365 potholes reported this year were fixed.",),
    ("Ana Ruiz won the 164km race from Girona. She broke clear 12km from the end of the 164km race and "
     "won alone.",),
    # a figure of the same noun between sets the second apart
    ("Ana Ruiz won the 164km race from Girona. Her team-mate won the 155km race on Sunday, and "
     "the 146km race went to Ruiz's rival.",),
    ("Records show 5,912 pupils in Kent schools were excluded last term. Cutting the 5,912 exclusions "
     "is the county's aim.",),
    ("Rescuers said 421 sheep had been cut off by the flood. Farmers are still trying to reach 60 of the "
     "421 sheep.",),
    # what remains, not the whole of a part
    ("Rescuers said 421 sheep had been cut off by the flood. The 241 sheep still stranded are on the "
     "hill.",),
    ("Gusts of 78mph battered the pier on Sunday night. The 78mph gust was the strongest in Sussex.",),
    # another place, another gust; a previous one; a forecast one
    ("Gusts of 78mph battered the pier on Sunday night. The 68mph gust at Shoreham was the strongest "
     "inland.",),
    ("Gusts of 78mph battered the pier on Sunday night. The previous 68mph gust came in 2019.",),
    ("A 92mph gust hit the Needles on Sunday. Forecasters said the 70mph gust expected on Monday would be "
     "weaker.",),
    # two measures of the thing before: which one?
    ("Hailstones of 6cm fell in Ely and hailstones of 3cm in March. The 4cm hailstones smashed windows.",),
    # a mark set is not the figure: a limit, a target
    ("The lorry was travelling at 56mph when it crashed. The 65mph limit applies on that road.",),
    ("Output reached 2,415 tonnes in May. The 2,145 target was set last year.",),
    ("The regulator's new price cap of £1,928 starts in April. Typical households will pay £1,928 a year "
     "under it.",),
    # a third figure of the kind, a rival, a new name, a sentence between: two quantities
    ("The regulator's new price cap of £1,928 starts in April, against £1,650 now. Typical households will "
     "pay £1,298 a year.",),
    ("The firm made a profit of £4,512 per worker. Rival firms made £5,412 per worker.",),
    ("The firm made a profit of £4,512 per worker. Workers at Acme made £5,412 on average.",),
    ("The regulator's new price cap of £1,928 starts in April. Last winter households paid £1,298 on "
     "average.",),
    ("The regulator's new price cap of £1,928 starts in April. Ofwat's cap of £1,298 applies to water.",),
    ("The trust saw 6,318 patients in March. The 6,138 beds it runs were all in use.",),
    ("Leicester 24 Bath 18\nTigers scored three tries at Welford Road. Their 24-18 win keeps them top.",),
    ("Wigan Warriors 30 St Helens 12\nSaints lost 12-30 at the DW Stadium, their fifth defeat in a row.",),
    ("Leicester 24 Bath 18\nTigers led 14-6 at half-time at Welford Road. Their 24-13 win keeps them top.",),
    ("Leicester 24 Bath 18\nTigers scored three tries at Welford Road. It avenged their 24-13 defeat last "
     "season.",),
    ("The council will spend £2,375 per pupil next year. Heads welcomed it. Schools will receive £2,735 "
     "for every child on the roll.",),
]


@pytest.mark.parametrize("text, target, code", FLAGGED)
def test_flagged(text, target, code):
    fs = [f for f in check_text(text) if f.is_problem]
    start = text.index(target)
    assert any(f.rule.startswith(code) and f.start <= start < f.end + 1 for f in fs), \
        [(f.rule, text[f.start:f.end]) for f in fs]


@pytest.mark.parametrize("text", [c[0] for c in CLEAN])
def test_clean(text):
    fs = [f for f in check_text(text) if f.is_problem]
    assert not fs, [(f.rule, text[f.start:f.end], f.message) for f in fs]

"""Our own labelled sets (tests/labelled/*.jsonl): well-formed, no false
alarm on any clean case, and detection kept above a floor per file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import check_text

FOLDER = Path(__file__).parent / "labelled"
GROUPS = {"sum", "share", "percent", "change", "repeat", "listcount", "date", "unit", "distractor"}
# flag cases detected, at least (the measured figure at the last tuning,
# less a little room): lowering one needs a reason in the commit message
FLOORS = {"own-a.jsonl": 0.95, "own-b.jsonl": 0.90, "own-c.jsonl": 0.95, "own-d.jsonl": 0.90,
          "own-e1.jsonl": 0.85, "own-e2.jsonl": 0.90, "own-f.jsonl": 0.90,
          "own-g.jsonl": 0.90, "own-h1.jsonl": 0.90, "own-h2.jsonl": 0.90, "own-h3.jsonl": 0.90,
          "own-i1.jsonl": 0.90, "own-j1.jsonl": 0.90, "own-j2.jsonl": 0.85, "own-j3.jsonl": 0.90,
          "own-k1.jsonl": 0.90, "own-m1.jsonl": 0.90, "own-m2.jsonl": 0.90,
          "own-n1.jsonl": 0.90, "own-n2.jsonl": 0.90, "own-n3.jsonl": 0.90, "own-o1.jsonl": 0.90,
          "own-o2.jsonl": 0.90, "own-p1.jsonl": 0.85, "own-p2.jsonl": 0.85, "own-q1.jsonl": 0.70, "own-q2.jsonl": 0.85,
          "own-r1.jsonl": 0.80, "own-r2.jsonl": 0.78, "own-s1.jsonl": 0.92, "own-s2.jsonl": 0.92,
          "own-t1.jsonl": 0.92, "own-t2.jsonl": 0.90, "own-u1.jsonl": 0.92, "own-u2.jsonl": 0.92,
          "own-v1.jsonl": 0.90, "own-v2.jsonl": 0.95, "own-w1.jsonl": 0.85, "own-w2.jsonl": 0.92,
          "own-x1.jsonl": 0.90, "own-x2.jsonl": 0.85, "own-y1.jsonl": 0.85, "own-y2.jsonl": 0.92,
          "own-z1.jsonl": 0.90, "own-z2.jsonl": 0.85,
          "own-aa1.jsonl": 0.92, "own-aa2.jsonl": 0.95,
          "own-ad1.jsonl": 0.95, "own-ad2.jsonl": 0.95,
          "own-ac1.jsonl": 0.95, "own-ac2.jsonl": 0.95, "own-af1.jsonl": 0.92, "own-af2.jsonl": 0.90,
          # round 18: ae (the never-seen sets of round 17, opened), ah1 (written mid-round 18 to learn from)
          "own-ae1.jsonl": 0.95, "own-ae2.jsonl": 0.95, "own-ah1.jsonl": 0.92,
          # round 19: ag (the never-seen sets of round 18, opened)
          "own-ag1.jsonl": 0.95, "own-ag2.jsonl": 0.95,
          # round 20: ai (the never-seen sets of round 19, opened)
          "own-ai1.jsonl": 0.95, "own-ai2.jsonl": 0.95,
          # round 21: aj (the never-seen sets of round 20, opened); al (written at the start of round 21 to learn
          # from, one group each: sums, restatements, changes)
          "own-aj1.jsonl": 0.95, "own-aj2.jsonl": 0.95,
          "own-al-sum.jsonl": 0.85, "own-al-repeat.jsonl": 0.75, "own-al-change.jsonl": 0.85,
          # round 22: ak (the never-seen sets of round 21, opened); an (written at the start of round 22 to learn
          # from, one group each: restatements, changes)
          "own-ak1.jsonl": 0.95, "own-ak2.jsonl": 0.95,
          "own-an-repeat.jsonl": 0.9, "own-an-change.jsonl": 0.9,
          "own-am1.jsonl": 0.95, "own-am2.jsonl": 0.95, "own-ap-sum.jsonl": 0.9, "own-ap-repeat.jsonl": 0.9,
          # round 24: ao (the never-seen sets of round 23, opened)
          "own-ao1.jsonl": 0.95, "own-ao2.jsonl": 0.95,
          # round 24: av (written at the start of round 24 to learn from, one group each: restatements 20/30 and
          # dates 17/30 when written)
          "own-av-repeat.jsonl": 0.95, "own-av-date.jsonl": 0.85,
          # round 25: ax1 (written at the start of round 25 to learn from, every group: 42/48 when written, with
          # 1/70 false alarms; 48/48 and 0/70 after the mixed helper's fixes)
          "own-ax1.jsonl": 0.95,
          # round 25: ax-list (written at the start of round 25 to learn from, list counts: 14/30 when written,
          # 26/30 after the round's list work)
          "own-ax-list.jsonl": 0.8,
          # round 26: az-list (written at the start of round 26 to learn from, list counts: 17/30 with 1/30 false alarms
          # when written, 26/30 and 0/30 after the round's list work)
          "own-az-list.jsonl": 0.8,
          # round 25: ax-pc (written at the start of round 25 to learn from: percentages and changes, 25/30 found
          # when written, 30/30 after round 25's pc branch)
          "own-ax-pc.jsonl": 0.95,
          # round 25: ax-repeat (written at the start of round 25 to learn from, restatements: 21/30 when written,
          # 28/30 after r25-repeat)
          "own-ax-repeat.jsonl": 0.9,
          # round 25: ax-date (written at the start of round 25 to learn from by writers who never saw the code:
          # 19/30 and 1/30 false alarms when written, 30/30 and 0/30 after round 25's dates work)
          "own-ax-date.jsonl": 0.95,
          # round 25: aw (the round's never-seen sets, sealed at its start and scored at its start and end: 85/96
          # both times, 0/140; opened at the end and shipped, not yet learned from)
          # (round 28, r28-mixed learnt from their misses outside restatements and lists: aw1 44/48, aw2 45/48)
          "own-aw1.jsonl": 0.88, "own-aw2.jsonl": 0.9,
          # round 26: az-mix (written at the start of round 26 to learn from by writers who never saw the code, every
          # group: 42/48 and 0/70 false alarms when written, 46/48 and 0/70 after r26-mixed; the misses left: a
          # list count of ages, "five teenagers, aged 15, 16, 16 and 17", r26-lists's, and "the 58,000-seat arena"
          # for a stadium, left alone: an arena is as often another venue)
          "own-az-mix.jsonl": 0.9,
          # round 26: az-repeat (written at the start of round 26 to learn from, restatements: 14/30 and 0/30 false
          # alarms when written and at the end of round 26: the round's restatement branch reached 28/30 but its
          # readings alarmed on 58 of 100 consistent sentences a reviewer wrote, so it was not merged)
          "own-az-repeat.jsonl": 0.4,
          # round 26: az (the round's never-seen sets, sealed at its start and scored at its start and end: 86/96
          # both times, 0/140; az1 41/48, az2 45/48; opened at the end and shipped, not yet learned from)
          # (round 28, r28-mixed: az1 42/48, az2 46/48)
          "own-az1.jsonl": 0.85, "own-az2.jsonl": 0.9,
          # round 27: ba-list (written at the start of round 27 to learn from by writers who never saw the code, list
          # counts: 15/30 and 0/30 false alarms when written, 25/30 and 0/30 after r27-lists)
          "own-ba-list.jsonl": 0.8,
          # round 27: ba-repeat (written at the start of round 27 to learn from by writers who never saw the code,
          # restatements: 9/30 and 0/30 false alarms when written, 18/30 and 0/30 after r27-restate)
          "own-ba-repeat.jsonl": 0.55,
          # round 27's never-seen sets, sealed at its start (85/96 at its start and its end, 0/140), opened and
          # shipped at its end: 42/48 and 43/48 with 0/70 each after the a171 age fix
          # (round 28, r28-mixed: ba1 42/48, ba2 45/48)
          "own-ba1.jsonl": 0.85, "own-ba2.jsonl": 0.9,
          # round 28: bb-repeat (written at the start of round 28 to learn from by writers who never saw the code,
          # restatements: 12/30 and 0/30 false alarms when written, 18/30 and 0/30 after r28-restate; 14/30 after its
          # review: the shares-told-in-words and scale-converted readings were removed, losing 023, 059 and 055, and
          # 'the N workers had been told' is now read as the whole workforce, losing 045)
          "own-bb-repeat.jsonl": 0.45,
          # round 28: bb-list (written at the start of round 28 to learn from by writers who never saw the code, list
          # counts: 16/30 and 1/30 false alarms when written, 21/30 after r28-lists; the alarm, bb-list-listcount-046,
          # is mended on the lead's branch)
          "own-bb-list.jsonl": 0.65,
          # round 28's never-seen sets, sealed at its start and opened after its end measurement: 81/96 at the start,
          # 82/96 at the end (bb1 40/48, bb2 42/48), 0/140 false alarms; not learned from yet
          "own-bb1.jsonl": 0.8, "own-bb2.jsonl": 0.85,
          # round 29: bc-percent (written at the start of round 29 to learn from by writers who never saw the code,
          # percentages: 21/30 and 0/30 false alarms when written, 28/30 and 0/30 after r29-percent; left: a share of
          # a share, "of those, 40% ... about 480 people", and a head-to-head "led 47% to 45%")
          "own-bc-percent.jsonl": 0.9,
          # round 29: bc-change (written at the start of round 29 to learn from by writers who never saw the code,
          # changes: 21/30 and 0/30 false alarms when written, 28/30 and 0/30 after r29-change)
          "own-bc-change.jsonl": 0.88,
          # round 29: bc-date (written at the start of round 29 to learn from by writers who never saw the code, dates:
          # 25/30 and 0/30 false alarms when written, 29/30 and 0/30 after r29-dates)
          "own-bc-date.jsonl": 0.9,
          # round 29: bc-sum (written at the start of round 29 to learn from by writers who never saw the code, sums:
          # 19/30 and 0/30 false alarms when written, 26/30 after r29-sums; left: a budget's allocations, a
          # by-election's two named candidates, a tenure list after "Of these", "There were" kinds after a count)
          "own-bc-sum.jsonl": 0.8,
          # round 29's never-seen sets, sealed at its start and opened after its end measurement: 85/96 at the start
          # and at the end (bc1 42/48, bc2 43/48), 1/140 false alarms both times (bc1-sum-010, mended on opening)
          "own-bc1.jsonl": 0.8, "own-bc2.jsonl": 0.85,
          # round 30: the never-seen sets of round 30, opened an hour before its end (bd2-listcount-012 relabelled)
          "own-bd1.jsonl": 0.8, "own-bd2.jsonl": 0.75,
          # round 30: bd-sum (written at the start of round 30 to learn from by writers who never saw the code, sums:
          # 23/30 and 1/30 false alarms when written, 27/30 and 0/30 after r30-sums; left: a death toll after the
          # killed, "accounted for N of the dead" after a level and its old value, "Altogether" over another noun)
          "own-bd-sum.jsonl": 0.85,
          # round 30: bd-date (written at the start of round 30 to learn from by writers who never saw the code, dates:
          # 18/30 and 0/30 false alarms when written, 28/30 and 0/30 after r30-dates; left: a centenary of a birth
          # dated in a 'who was born' clause, 'More than a decade after ... 2018' against a weekday's date)
          "own-bd-date.jsonl": 0.85,
          # round 30: bd-repeat (written at the start of round 30 to learn from by writers who never saw the code,
          # restatements: 10/30 and 0/30 false alarms when written, 18/30 and 0/30 after r30-repeat; left: a length told
          # by "lasted" after a modifier, a population after a count of its kind, a quoted hedged count, a part "Of the
          # N injured", a bare count with no determiner, a reading named by its place, a cricket innings, a headline
          # speed past a limit, "a gap of", a carcass's weight, a fraction against a percentage, a year's possessive);
          # 16/30 after m30-repeat narrowed the change, event and journey readings to a bare subject with its verb
          # (a reviewer's 25 false alarms on ordinary text): -013 (an event's length as an object with a time) and -017
          # (a running total "since its launch") left
          "own-bd-repeat.jsonl": 0.5,
          # round 30: bd-percent (percentages, written at the start of round 30 by writers who never saw the code:
          # 23/30 and 1/30 false alarms when written, 29/30 and 0/30 after r30-percent; left: grade shares summing
          # to 90% with no word saying they cover every entry)
          "own-bd-percent.jsonl": 0.9,
          # round 31: be-sum (sums, written at the start of round 31 to learn from by writers who never saw the code:
          # 19/30 and 1/30 false alarms when written, 25/30 and 0/30 after r31-sum; left: "with N awaiting ..." states
          # of a backlog, a quota "shared between" bracketed parts and one "of N", "the remaining N" past a bracketed
          # share, "in both English and maths" read as an overlap, a colon list after "up from 29 four years ago"
          # (test_sums.py keeps that shape clean))
          "own-be-sum.jsonl": 0.8,
          # round 31: be-list (list counts, written at the start of round 31 by writers who never saw the code: 17/30
          # and 2/30 false alarms when written, 24/30 and 0/30 after r31-list; left: headline counts against the
          # body's names or breakdown (-003, -045, -059), a pair of routes "from A to B, C and D" (-055), date ranges
          # as items (-035), a long lower-case item (-039))
          "own-be-list.jsonl": 0.75,
          # round 31: be-mix (dates, unit conversions and changes, written at the start of round 31 to learn from by
          # writers who never saw the code: 25/30 and 0/30 false alarms when written, 29/30 and 0/30 after r31-mix;
          # left: a power plant's yearly output in MWh equal to its MW capacity, a plausibility, not a contradiction)
          "own-be-mix.jsonl": 0.9,
          # round 31: be-repeat (written at the start of round 31 to learn from by writers who never saw the code,
          # restatements: 9/30 and 0/30 false alarms when written, 18/30 and 0/30 after r31-repeat; left: a sum's
          # million/billion slip under another noun ("spend £2.8bn ... the £280m programme"), a term told as what
          # the judge would have given, a quoted "These N miles of" another noun of the route, a level "rose to"
          # against a quote, a fraction against a percentage, a depth told twice, dates and weekdays, a runway's
          # length as "the strip", "half-million-dollar", "the four days of action" after a strike's length, a
          # headline's "Half" against a share)
          "own-be-repeat.jsonl": 0.55,
          # round 31: be-cleancases (96 clean cases, 12 a group, written to hunt false alarms by a writer who never
          # saw the code: 2 alarmed at the round's start code, both mended by the lead; no flag cases, no floor read)
          "own-be-cleancases.jsonl": 0.0,
          # round 31: be2-cleancases (96 more, written after the first set's mends: 1 alarmed at the round's start
          # code and after the merges, mended by the lead)
          "own-be2-cleancases.jsonl": 0.0,
          # round 32: bf-cleancases (96 clean cases by a writer who never saw the code: none alarmed at the round's
          # start code)
          "own-bf-cleancases.jsonl": 0.0,
          # round 32: bf-date (dates, written at the start of round 32 to learn from by writers who never saw the code:
          # 22/30 and 0/30 false alarms when written, 28/30 and 0/30 after r32-dates; left: "at 67" closing a clause of
          # a present perfect after another age ("left school at 15"), "exactly 30 years after the last train ran"
          # after a closure in 1985 (the event after "after" is not dated itself))
          "own-bf-date.jsonl": 0.9,
          # round 31: be1, be2 (never seen through round 31: sealed at its start, 83/96 at the start and after every
          # merge, 0/140 false alarms; opened 95 minutes before its end to learn from: 94/96 after two fixers; left:
          # a takings figure restated as "Its $N debut" one digit apart, "N times" counts of discharges summed)
          "own-be1.jsonl": 0.95,
          "own-be2.jsonl": 0.9,
          # round 32: bf1, bf2 (never seen through the first 16 minutes of round 32: sealed at its start, 85/96 at the
          # start and after the lead's first mends, 0/140 false alarms; then opened to learn from)
          "own-bf1.jsonl": 0.9,
          "own-bf2.jsonl": 0.95,
          # round 32: bg1, bg2 (written mid-round 32 by writers who never saw the code, sealed and scored with the
          # round's start code and again after every merge but its last mender: 77/96 both times, 0/140 false alarms
          # (restatements 3 of 12); then opened to learn from)
          "own-bg1.jsonl": 0.8,
          "own-bg2.jsonl": 0.75,
          # round 32: bf-repeat (written at the start of round 32 to learn from by writers who never saw the code,
          # restatements: 11/30 and 0/30 false alarms when written, 17/30 and 0/30 after r32-repeat; left: a
          # headline's figure against the lead's under other words ("$84m opening" / "took $48.2 million"), an age
          # against a coming birthday, "That 8.7-tonne figure", a census count against "now more than", a
          # refurbishment's length as "the closure", a multiple's "3.8m times" against "its 380,000 downloads", a
          # year told by a quote, a ship's "20,000-container" against its caption, "Quadruplets" against "three
          # babies", a finishing place, "Nearly two-thirds" against a percentage, a fare told by a quote)
          "own-bf-repeat.jsonl": 0.5,
          # round 32: bf-list (list counts, written at the start of round 32 by writers who never saw the code: 19/30
          # and 1/30 false alarms when written, 26/30 and 0/30 after r32-list; left: a headline's "Four headliners"
          # against "the acts topping the bill" (-001, another noun), "one ..., one ... and a third" (-007), items
          # with their own figures and plurals, "votes at 16" (-027), a last item with a "that" clause (-057))
          "own-bf-list.jsonl": 0.8,
          # round 32: bf-sum (sums, written at the start of round 32 to learn from by writers who never saw the code:
          # 19/30 and 0/30 false alarms when written, 28/30 and 0/30 after r32-sum; left: "took 4,120 of the recruits"
          # naming the whole by its noun alone across a sentence (-036), grade bands "grades 7 to 9" read as ranges and
          # a part after a semicolon (-052))
          "own-bf-sum.jsonl": 0.85,
          # round 33: bh-list (list counts, written at the start of round 33 by writers who never saw the code: 19/30
          # and 0/30 false alarms when written, 24/30 and 0/30 after r33-list; left: "Fennick, Loam & Co, ..." (-023,
          # one-word names before an "&" name may be its words), kinds "- four awards in all -" (-049, each kind may
          # hold several), "four colours, black, silver and a new sage green, and goes" (-051, a list closed by the
          # sentence's next verb), the villages named two sentences on (-053), planets designated by single letters
          # (-059), names under adjective labels with a last one unlabelled (-021))
          "own-bh-list.jsonl": 0.75,
          # round 33: bh-repeat (restatements, written for round 33 to learn from by writers who never saw the code:
          # 18/30 and 1/30 false alarms when written ("four years and six months" against "the four-and-a-half-year
          # sentence"), 25/30 and 0/30 after r33-repeat; left: a minimum term against "the 25 years he must serve
          # before parole" (-005), a ticket price against "this year's £159 weekend pass" (-009), an inquiry's opening
          # day against "When hearings begin on 19 June" (-015), a race's length told by "takes runners 100km"
          # against "the 110km route" (-033), seats won against "With 29 seats, the party" (-049))
          "own-bh-repeat.jsonl": 0.8,
          # round 33: bh-sum (sums, written at the start of round 33 to learn from by writers who never saw the code:
          # 18/30 and 0/30 false alarms when written, 29/30 and 0/30 after r33-sum; left: a combined term told per
          # person, "jailed for a combined 19 years" (-003, the lead's combined_terms))
          "own-bh-sum.jsonl": 0.9,
          # round 33: bh-change (changes, written at the start of round 33 to learn from by writers who never saw the
          # code: 19/30 and 0/30 false alarms when written, 25/30 and 0/30 after r33-change; left: a time record
          # "beaten by" a margin with the record's seconds unwritten (-009), a league table's gap in points against
          # the two sides' points in the next sentence (-023), "the reduction of £200,000" read as rounded to the
          # nearest £100,000 (-027), the old level a sentence later naming the pupils "children" (-035), a glacier's
          # retreat against its distance from a hut (-037))
          "own-bh-change.jsonl": 0.8,
          # round 33: bh1, bh2 (written at the start of round 33 by writers who never saw the code, sealed outside
          # the repository and scored with the round's start code and after every merge: 83/96 (44 + 39) every time,
          # 0/140 false alarms; opened 85 minutes before the round's end to learn from)
          "own-bh1.jsonl": 0.9,
          "own-bh2.jsonl": 0.8,
          # (round 34: 16/30 and 9/30 when written; round 35, without the modifier finder: 19/30 and 12/30; round 36:
          # 23/30 and 15/30)
          "own-bi-repeat.jsonl": 0.7, "own-bi-repeat2.jsonl": 0.45,
          # round 36: c1 (round 35's never-seen set: 44/48 and 1/70 at its start and end; mended and read in round 36:
          # 48/48, 0/70) and c2 (round 36's: 40/48, 0/70 at its start; opened and learnt from: 43/48, 0/70)
          "own-c1.jsonl": 0.95, "own-c2.jsonl": 0.85,
          # round 37: c3, c4, c5 (round 36's never-seen sets: 39/48, 40/48, 40/48 at its start and end; opened and
          # learnt from: 44, 47, 47) and c6, c7, c8 (round 37's: 37/48, 35/48, 38/48 and one alarm at its start; opened
          # and learnt from: 44, 44, 45, no alarm)
          "own-c3.jsonl": 0.9, "own-c4.jsonl": 0.95, "own-c5.jsonl": 0.95,
          "own-c6.jsonl": 0.9, "own-c7.jsonl": 0.85, "own-c8.jsonl": 0.9,
          # round 38: c9, d2 (round 37's never-seen sets, 38/48 and 41/48 at round 38's start; learnt from: 47, 46), d1
          # (opened in round 37: 42/48, now 44), d3-d9 (round 38's: scored unseen at its start, 40, 36, 37, 39, 31, 42, 41 of 48
          # with 2 alarms in d8-d9; opened and learnt from: 46, 40, 42, 45, 36, 42, 43, no alarm)
          "own-c9.jsonl": 0.95, "own-d1.jsonl": 0.9, "own-d2.jsonl": 0.95, "own-d3.jsonl": 0.95,
          "own-d4.jsonl": 0.8, "own-d5.jsonl": 0.85, "own-d6.jsonl": 0.9, "own-d7.jsonl": 0.75,
          "own-d8.jsonl": 0.85, "own-d9.jsonl": 0.85,
          # round 39: d10, d11 (round 38's sealed sets, 37/48 and 41/48 with one alarm at round 39's start; opened: 43,
          # 48, no alarm); e2, e3, f1, f2 (round 39's, scored unseen at its start: 36, 35, 35, 45 of 48, 2 alarms in
          # f1; opened and learnt from: 40, 40, 37, 45, no alarm). e1, g1, g2 stay sealed for round 40.
          # (round 39's sets ship as own-r39-*: own-e1 and own-e2 are round 9's)
          "own-d10.jsonl": 0.85, "own-d11.jsonl": 0.95, "own-r39-e2.jsonl": 0.8, "own-r39-e3.jsonl": 0.8,
          "own-r39-f1.jsonl": 0.75, "own-r39-f2.jsonl": 0.9,
          # round 40: e1, g1, g2 (round 39's sealed sets, 37/48, 42/48 and 43/48 at round 39's start and end and at
          # round 40's start; opened: 44, 47 and 45 of 48)
          "own-r39-e1.jsonl": 0.9, "own-r39-g1.jsonl": 0.95, "own-r39-g2.jsonl": 0.9,
          # round 40: h2 (science and technology; 42/48 unseen at round 40's start and after e1-g2's readings;
          # opened: 46/48)
          "own-r40-h2.jsonl": 0.95,
          # round 42: r41a, r41b (round 41's sealed sets, 38/48 and 40/48 at round 41's end and round 42's start;
          # opened: 45 and 48 of 48, no alarm)
          "own-r41a.jsonl": 0.9, "own-r41b.jsonl": 0.95,
          # round 42: r42c, r42d (sums, shares and restatements twice over; 35/48 and 40/48 with one alarm, never seen,
          # at round 42's start; opened: 40 and 43 of 48, no alarm)
          "own-r42c.jsonl": 0.8, "own-r42d.jsonl": 0.85,
          # round 42: r42e (sums, shares and restatements; 35/48 never seen at the round's start and at its end code
          # alike, 0/70; opened in the last hour)
          "own-r42e.jsonl": 0.75,
          # round 43: r42a, r42b (round 42's sealed sets, 43/48 and 38/48 never seen at round 42's end and round 43's
          # start, no alarm; opened and learnt from: 47 and 47 of 48, no alarm)
          "own-r42a.jsonl": 0.95, "own-r42b.jsonl": 0.95,
          # round 43: r43d (sums, shares and restatements weighted; 39/48 with one alarm never seen, at round 43's
          # start and after its first readings alike; opened and learnt from)
          "own-r43d.jsonl": 0.9,
          # round 43: r43c (weighted like r43d; 40/48 with one alarm never seen at the start, 41/48 after the round's
          # first readings; opened: 42/48, no alarm)
          "own-r43c.jsonl": 0.85,
          # round 44: r43b (round 43's sealed set, 41/48 with one alarm never seen at round 43's start and end and
          # round 44's start; opened and learnt from: 46/48, no alarm)
          "own-r43b.jsonl": 0.95,
          # round 45: r44a, r44c, r44d (round 44's sealed sets; 39, 40 and 42 of 48, no alarm, never seen at round
          # 44's start and end and round 45's start; opened and learnt from)
          "own-r44a.jsonl": 0.8, "own-r44c.jsonl": 0.8, "own-r44d.jsonl": 0.85,
          # round 46: r45a-d (round 45's sealed sets; 43, 41, 38 and 34 of 48, one alarm in r45b, never seen at round
          # 45's start and end and round 46's start; opened and learnt from)
          "own-r45a.jsonl": 0.9, "own-r45b.jsonl": 0.95, "own-r45c.jsonl": 0.85, "own-r45d.jsonl": 0.8,
          # round 47: r46a-d (round 46's sealed sets; 43, 40, 37 and 40 of 48, one alarm in r46c, never seen at round
          # 46's start and end and round 47's start; opened and learnt from: 48, 44, 47 and 45, no alarm)
          "own-r46a.jsonl": 0.95, "own-r46b.jsonl": 0.9, "own-r46c.jsonl": 0.95, "own-r46d.jsonl": 0.9,
          # round 47: r47e (restatements only, written blind and opened at once to learn from; 14/30 never seen)
          "own-r47e.jsonl": 0.7,
          # round 47: r47f (restatements, sums and dates, written blind and opened at once; 22/40 never seen)
          "own-r47f.jsonl": 0.55,
          # round 48: r47a-d (round 47's sealed sets; 41, 38, 40 and 37 of 48, alarms 2, 0, 1, 0, never seen at round
          # 47's end and round 48's start; opened and learnt from)
          "own-r47a.jsonl": 0.85, "own-r47b.jsonl": 0.75, "own-r47c.jsonl": 0.8, "own-r47d.jsonl": 0.75,
          # round 48: r48e (restatements only, written blind and opened at once; 13/30, one alarm, never seen)
          "own-r48e.jsonl": 0.4,
          # round 48: r48f (restatements, sums and dates, written blind and opened at once; 22/40, two alarms, never seen)
          "own-r48f.jsonl": 0.55,
          # round 48: r48g (restatements and dates) and r48h (sums, shares, changes, percentages, list counts, units),
          # written blind mid-round and opened at once; 19/34 and 33/42 (one alarm) never seen
          "own-r48g.jsonl": 0.6, "own-r48h.jsonl": 0.8,
          # round 49: r48a-d (round 48's sealed sets; 39, 40, 40 and 37 of 48, one alarm each in r48a-c, never seen at
          # round 48's end and round 49's start; opened and learnt from: 44, 41, 44 and 39 after it, no alarm)
          "own-r48a.jsonl": 0.9, "own-r48b.jsonl": 0.85, "own-r48c.jsonl": 0.9, "own-r48d.jsonl": 0.8,
          # round 49: r49e (restatements only) and r49f (sums, list counts, restatements), written blind and opened at
          # once; 14/30 and 26/40 never seen, no alarm (19/30 and 33/40 after the round)
          "own-r49e.jsonl": 0.6, "own-r49f.jsonl": 0.8,
          # round 49: r49g (restatements and dates) and r49h (sums, shares, changes, percentages, list counts, units),
          # written blind mid-round and opened at once; 23/34 and 34/42 never seen (code 3ea83d02), no alarm
          "own-r49g.jsonl": 0.7, "own-r49h.jsonl": 0.8,
          # round 50: r49a-d (round 49's sealed sets; 39, 42, 39 and 32 of 48, two alarms in r49d, never seen at round
          # 49's end and round 50's start; opened and learnt from: 40, 45, 43 and 36 after it, no alarm)
          "own-r49a.jsonl": 0.8, "own-r49b.jsonl": 0.9, "own-r49c.jsonl": 0.85, "own-r49d.jsonl": 0.75,
          # round 50: r50e (restatements only), r50f (sums, list counts, restatements), r50g (restatements and dates)
          # and r50h (the other groups), written blind and opened at once; 14/30, 28/40, 19/34 and 37/42 (two alarms)
          # never seen at round 50's start code; 20/30, 32/40, 28/34 and 37/42, no alarm, after the round
          "own-r50e.jsonl": 0.65, "own-r50f.jsonl": 0.8, "own-r50g.jsonl": 0.8, "own-r50h.jsonl": 0.85,
          # round 51: r50a-d (round 50's sealed sets; 42, 41, 38 and 35 of 48, one alarm each in r50a and r50d, never
          # seen at round 50's start and end and again at round 51's start, 9cc6ce4e), opened
          "own-r50a.jsonl": 0.9, "own-r50b.jsonl": 0.85, "own-r50c.jsonl": 0.85, "own-r50d.jsonl": 0.8,
          # round 51: r51e (restatements only), r51f (sums, list counts, restatements), r51g (restatements and dates)
          # and r51h (the other groups), written blind and opened at once; 11/30, 29/40 (one alarm), 25/34 and 40/42
          # never seen at 9cc6ce4e
          "own-r51e.jsonl": 0.45, "own-r51f.jsonl": 0.8, "own-r51g.jsonl": 0.8, "own-r51h.jsonl": 0.95,
          # round 52: r51a-d (round 51's sealed sets; 36, 40, 32 and 38 of 48, one alarm in r51c and two in r51d, never
          # seen at round 51's start and end and again at round 52's start, eac446d1), opened; 43, 43, 37, 43 after
          "own-r51a.jsonl": 0.85, "own-r51b.jsonl": 0.85, "own-r51c.jsonl": 0.75, "own-r51d.jsonl": 0.85,
          # round 52: r52e (restatements only), r52f (sums, list counts, restatements), r52g (restatements and dates)
          # and r52h (the other groups), written blind and opened at once; 12/30, 19/40 (three alarms), 17/34 and
          # 32/42 (one alarm) never seen at eac446d1; 16/30, 25/40, 27/34 and 35/42, no alarm, after the round
          "own-r52e.jsonl": 0.5, "own-r52f.jsonl": 0.6, "own-r52g.jsonl": 0.75, "own-r52h.jsonl": 0.8,
          # round 53: r52a-d (round 52's sealed sets; 37, 41, 35 and 37 of 48, one alarm each in r52b and r52c and
          # two in r52d, never seen at round 52's end and again at round 53's start); 41, 46, 37, 41 after the round
          "own-r52a.jsonl": 0.85, "own-r52b.jsonl": 0.95, "own-r52c.jsonl": 0.75, "own-r52d.jsonl": 0.85,
          # round 53: r53e (restatements only), r53f (sums, list counts, restatements), r53g (restatements and dates)
          # and r53h (the other groups), written blind and opened at once; 11/30 (one alarm), 30/40 (one alarm), 17/34
          # (one alarm) and 37/42 (two alarms) never seen at 9be5f9e9; 15/30, 32/40, 26/34 and 40/42, no alarm, after
          "own-r53e.jsonl": 0.5, "own-r53f.jsonl": 0.8, "own-r53g.jsonl": 0.75, "own-r53h.jsonl": 0.95,
          # round 54: r53a-d (round 53's sealed sets; 42, 35, 43 and 33 of 48, one alarm in r53a, never seen at round
          # 53's start and end and again at round 54's start); 45, 40, 46 and 41 after the round
          "own-r53a.jsonl": 0.9, "own-r53b.jsonl": 0.75, "own-r53c.jsonl": 0.95, "own-r53d.jsonl": 0.8,
          # round 54: r54e (restatements only), r54f (sums, list counts, restatements), r54g (restatements and dates)
          # and r54h (the other groups), written blind and opened at once; 14/30, 22/40 (two alarms), 21/34 and 37/42
          # never seen at 389a8c2e; 19/30, 28/40, 26/34 and 40/42, no alarm, after the round
          "own-r54e.jsonl": 0.6, "own-r54f.jsonl": 0.7, "own-r54g.jsonl": 0.7, "own-r54h.jsonl": 0.95,
          # round 55: r54a-d (round 54's sealed sets; 40, 39, 38 and 40 of 48, one alarm in r54b, never seen at round
          # 54's start and end and again at round 55's start); 44, 42, 41 and 43 after the round
          "own-r54a.jsonl": 0.9, "own-r54b.jsonl": 0.85, "own-r54c.jsonl": 0.8, "own-r54d.jsonl": 0.85,
          # round 55: r55e (restatements only), r55f (sums, list counts, restatements), r55g (restatements and dates)
          # and r55h (the other groups), written blind and opened at once; 18/30 (two alarms), 27/40 (two alarms),
          # 16/34 and 33/42 never seen at f5ec8882; 21/30, 28/40, 20/34 and 34/42, no alarm, after the round
          "own-r55e.jsonl": 0.65, "own-r55f.jsonl": 0.65, "own-r55g.jsonl": 0.55, "own-r55h.jsonl": 0.8,
          # round 56: r55a-d (round 55's sealed sets; 39, 39, 37 and 42 of 48, one alarm each in r55a and r55b, never
          # seen at round 55's start and end and again at round 56's start, e1d5b1df); 47, 46, 45 and 46 after the round
          "own-r55a.jsonl": 0.95, "own-r55b.jsonl": 0.9, "own-r55c.jsonl": 0.9, "own-r55d.jsonl": 0.9,
          # round 56: r56e (restatements only), r56f (list counts, changes, sums), r56g (restatements and dates) and
          # r56h (the other groups), written blind and opened at once; 13/30, 29/40, 23/34 (two alarms) and 35/42 (one
          # alarm) never seen at e1d5b1df; 25/30, 36/40, 31/34 and 39/42, no alarm, after the round
          "own-r56e.jsonl": 0.8, "own-r56f.jsonl": 0.85, "own-r56g.jsonl": 0.85, "own-r56h.jsonl": 0.9,
          # round 57: r56a-d (round 56's sealed sets; 38, 47, 41 and 33 of 48, one alarm in r56d, never seen at round
          # 56's start and end and again at round 57's start, 94fdfd69) and r56i, r56j (written mid-round 56 as a
          # transfer check: 9/30 with two alarms and 20/34); the three alarms mended at once
          "own-r56a.jsonl": 0.75, "own-r56b.jsonl": 0.95, "own-r56c.jsonl": 0.85, "own-r56d.jsonl": 0.65,
          "own-r56i.jsonl": 0.3, "own-r56j.jsonl": 0.55,
          # round 58: r57a-d (round 57's sealed sets; 41, 40, 34 of 48 and 15/30, one alarm each in r57a-c, never seen
          # at round 57's start and end and again at round 58's start, abe57935); the three alarms mended at once
          "own-r57a.jsonl": 0.85, "own-r57b.jsonl": 0.8, "own-r57c.jsonl": 0.7, "own-r57d.jsonl": 0.5,
          # round 58: r58e (restatements only) and r58f (restatements, list counts, sums, dates), written blind and
          # opened at once; 17/30 (one alarm) and 22/34 never seen at d4ef8c84; 17/30 and 24/34, no alarm, after
          "own-r58e.jsonl": 0.55, "own-r58f.jsonl": 0.65,
          # round 59: r58a-d (round 58's sealed sets; 42, 42, 40 of 48 and 15/30, one alarm in r58a and three in r58c,
          # never seen at round 58's end and again at round 59's start, 9a987951); the four alarms mended at once
          "own-r58a.jsonl": 0.85, "own-r58b.jsonl": 0.85, "own-r58c.jsonl": 0.8, "own-r58d.jsonl": 0.5,
          # round 59: r59e (restatements only) and r59f (restatements, list counts, sums, dates), written blind and
          # opened at once; 17/30 and 24/34 (one alarm) never seen at 9a987951 and at fa87e3df's readings alike
          "own-r59e.jsonl": 0.65, "own-r59f.jsonl": 0.7,
          # round 60: r59a-d, r59g, r59h (round 59's sealed sets; 43, 41, 40 of 48 and 11/30, two alarms in r59c, and
          # the late checks 17/30 and 45/48, never seen at round 59's start and end and again at round 60's start,
          # 7e035bc6); the two alarms mended at once; 48, 47, 46 of 48, 21/30, 24/30 and 47/48 after the round
          "own-r59a.jsonl": 0.95, "own-r59b.jsonl": 0.95, "own-r59c.jsonl": 0.9, "own-r59d.jsonl": 0.65,
          "own-r59g.jsonl": 0.75, "own-r59h.jsonl": 0.95,
          # round 61: r60a-d, r60g, r60h (round 60's sealed sets; 43, 38, 41 of 48 and 18/30, one alarm each in r60c
          # and r60d, and the mid-round checks 17/30 and 41/48, never seen at round 60's start and end and again at
          # round 61's start, b6e31b49); the two alarms mended at once; 44, 45, 44 of 48, 18/30, 18/30 and 45/48 after
          "own-r60a.jsonl": 0.9, "own-r60b.jsonl": 0.9, "own-r60c.jsonl": 0.9, "own-r60d.jsonl": 0.55,
          "own-r60g.jsonl": 0.55, "own-r60h.jsonl": 0.9,
          # round 62: r61a-d, r61g, r61h (round 61's sealed sets; 40, 37, 31 of 48 and 16/30, no alarm, and the
          # mid-round checks 9/30 and 37/48 with one alarm each, never seen at round 61's start and end and again at
          # round 62's start, 1f780819); the two alarms mended at once; 44, 45, 42 of 48, 18/30, 12/30 and 43/48 after
          "own-r61a.jsonl": 0.9, "own-r61b.jsonl": 0.9, "own-r61c.jsonl": 0.85, "own-r61d.jsonl": 0.6,
          "own-r61g.jsonl": 0.4, "own-r61h.jsonl": 0.85,
          # round 63: r62a-d, r62g, r62h (round 62's sealed sets; 42, 45, 34 of 48 and 15/30, one alarm each in r62b
          # and r62c, and the mid-round checks 15/30 and 39/48, never seen at round 62's start and end and again at
          # round 63's start, db814611); the two alarms mended at once; 43, 46, 37 of 48, 17/30, 18/30 and 42/48 after
          "own-r62a.jsonl": 0.85, "own-r62b.jsonl": 0.95, "own-r62c.jsonl": 0.75, "own-r62d.jsonl": 0.55,
          "own-r62g.jsonl": 0.6, "own-r62h.jsonl": 0.85}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


FILES = sorted(FOLDER.glob("*.jsonl"))
CASES = [(path.name, case) for path in FILES for case in _load(path)]


def _hit(case: dict) -> bool:
    text, target = case["text"], case["target"]
    t0 = text.index(target)
    t1 = t0 + len(target)
    for f in check_text(text, case["published"]):
        if f.is_problem and any(s < t1 and t0 < e for s, e in [(f.start, f.end)] + [(r.start, r.end) for r in f.related]):
            return True
    return False


def test_every_file_is_listed_with_a_floor():
    assert FILES and {p.name for p in FILES} == set(FLOORS)


@pytest.mark.parametrize("name, case", CASES, ids=[c["id"] for _, c in CASES])
def test_case_is_well_formed(name, case):
    assert set(case) == {"id", "rule", "text", "published", "expect", "target", "why"}
    assert case["rule"] in GROUPS and case["expect"] in ("flag", "clean")
    if case["expect"] == "flag":
        assert case["target"] and case["target"] in case["text"]
    else:
        assert case["target"] == ""


@pytest.mark.parametrize("name, case", [(n, c) for n, c in CASES if c["expect"] == "clean"],
                         ids=[c["id"] for _, c in CASES if c["expect"] == "clean"])
def test_clean_case_raises_no_alarm(name, case):
    problems = [(f.rule, case["text"][f.start:f.end], f.message)
                for f in check_text(case["text"], case["published"]) if f.is_problem]
    assert problems == []


# (round 31) files of clean cases only (false-alarm hunting) have no detection to floor
FLAGGED_FILES = [p for p in FILES if any(c["expect"] == "flag" for c in _load(p))]


@pytest.mark.parametrize("path", FLAGGED_FILES, ids=[p.name for p in FLAGGED_FILES])
def test_detection_floor(path):
    flags = [c for c in _load(path) if c["expect"] == "flag"]
    detected = sum(_hit(c) for c in flags)
    assert detected / len(flags) >= FLOORS[path.name], f"{detected}/{len(flags)} detected"

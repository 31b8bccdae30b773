"""Round 13 (restated figures): my own sentences for each shape, each with a flagged twin.

Shapes: the whole a share is taken from ("about 36% of the 114,000 vans") is no restatement of the
part counted before; a headline figure stated again in the lead leaves another sum of the lead alone;
a figure told as another occasion's ("her previous best, a £4,000 prize", "the £800,000 won by ... in
2019", "breaking the club record of £3.1m") restates nothing; digit slips under a noun made from the
first's clause, "the final" of a match, a change brought in with "a"; nautical miles and singular mass
units read; a streak restated as "that run of N"; a headline's score in a full match report.
Someone else's age ("The 43-year-old, who lives next door,") stays unlinked."""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

SHARE_BASES = [
    # (clean: the whole of a share, flagged twin: the same figure restated, target)
    ('Brightway is recalling 41,300 vans over a wiring fault. The recall affects about 36% of the 114,000 '
     'vans it has built since 2022.',
     'Brightway is recalling 41,300 vans over a wiring fault. The 43,100 vans were built between 2022 and '
     '2024.', '43,100'),
    ('Of the 9,200 flights the airline operated in May, 7,400 left on time. A further 380 were cancelled, '
     'about 4% of the 9,580 flights it had scheduled.',
     'Of the 9,200 flights the airline operated in May, 7,400 left on time. The 9,020 flights carried '
     '1.1 million passengers.', '9,020'),
    ('Flood water entered 1,260 homes along the river. That was roughly 8 per cent of the 15,400 homes '
     'in the borough.',
     'Flood water entered 1,260 homes along the river. The 1,620 homes will need new floors.', '1,620'),
    ('The council collected 2,150 tonnes of garden waste and 310 bins were missed. Nearly 3.5 percent of '
     'its 8,900 bins go uncollected each month.',
     'The council collected garden waste from 8,900 bins last month. Its 9,800 bins are emptied weekly.',
     '9,800'),
]


SHARE_BASES.append(
    ('Brightway is recalling 41,300 vans. Among the 124,000 vans built since 2022, only the diesel models are '
     'affected.',
     'Brightway is recalling 41,300 vans. The 43,100 vans will be repaired free of charge.', '43,100'))


@pytest.mark.parametrize("good, bad, target", SHARE_BASES)
def test_base_of_a_share_is_another_quantity(good, bad, target):
    assert_clean(good)
    assert_flagged(bad, target, "FC402")


HEADLINE_OTHER_SUM = [
    ('Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the '
     'final on Sunday. The title is worth €142,000, nearly double the €71,500 she took home from Rome.',
     'Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the '
     'final on Sunday and took home a prize of €124,000.', '€124,000'),
    ('Hull teenager scoops £25,000 art prize\n\nA 17-year-old from Hull has won the £25,000 top award at '
     'the national art show, and the £5,000 she won for her sketches.',
     'Hull teenager scoops £25,000 art prize\n\nA 17-year-old from Hull has won a £52,000 prize at the '
     'national art show.', '£52,000'),
]


@pytest.mark.parametrize("good, bad, target", HEADLINE_OTHER_SUM)
def test_headline_figure_stated_first_in_lead(good, bad, target):
    assert_clean(good)
    assert_flagged(bad, target, "FC401")


OTHER_OCCASION = [
    ('Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. It was nearly double her previous biggest pay day, the €71,500 she earned in Palermo last July.',
     'Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. It was her biggest pay day, the €71,500 prize for the title.', '€71,500'),
    ('Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. It was nearly double the €71,500 she earned in Palermo last July.',
     'Moravec stuns top seed to claim €142,000 prize\n\nDalia Moravec beat the top seed 6-4, 6-3 in the final '
     'on Sunday. She took home the €71,500 prize.', '€71,500'),
    ('Hull teenager scoops £25,000 prize at art show\n\nA 17-year-old from Hull has won the top award at the '
     'national art show. Her previous best, a £4,000 prize at a regional show, came two years ago.',
     'Hull teenager scoops £25,000 prize at art show\n\nA 17-year-old from Hull has won the top award at the '
     'national art show. She collected a £2,500 prize from the judges on Friday.', '£2,500'),
    ('Couple claim £1.2m lottery jackpot\n\nA couple from Leeds have claimed a £1.2m jackpot. It beats the '
     '£800,000 won by their neighbours in 2019.',
     'Couple claim £1.2m lottery jackpot\n\nA couple from Leeds have claimed a £1.2m jackpot. The £2.1m jackpot '
     'will pay off their mortgage.', '£2.1m'),
    ('Club pays record £4.5m fee for striker\n\nCity have signed striker Tom Hale, breaking the club record of '
     '£3.1m set in 2021.',
     'Club pays record £4.5m fee for striker\n\nCity have signed striker Tom Hale for a club record fee of £5.4m.',
     '£5.4m'),
]


OTHER_OCCASION.append(
    ('Acme wins $2bn frigate deal\n\nAcme has won a $2bn contract to build frigates. The deal dwarfs the $450m '
     'order it won from Chile.',
     'Acme wins $2bn frigate deal\n\nAcme has won a $2bn contract to build frigates. The $4.5bn order will keep '
     '2,000 people in work.', '$4.5bn'))


OTHER_OCCASION += [
    ('Firm to cut 300 jobs\n\nAcme will close its Hull plant with the loss of 300 jobs. The 1,200 jobs it cut in '
     '2020 went at its Leeds site.',
     'Firm to cut 300 jobs\n\nAcme will close its Hull plant with the loss of 300 jobs. The 350 jobs will go by '
     'the end of the year.', '350 jobs'),
    ('Airline to buy 60 jets\n\nThe airline has ordered 60 Airbus jets worth $6bn. The order follows the 40 jets '
     'it bought in 2021.',
     'Airline to buy 60 jets\n\nThe airline has ordered 60 Airbus jets worth $6bn. The 80 jets will be delivered '
     'from 2028.', '80 jets'),
]


@pytest.mark.parametrize("good, bad, target", OTHER_OCCASION)
def test_another_occasions_figure(good, bad, target):
    assert_clean(good)
    assert_flagged(bad, target, "FC40")


# ---------------------------------------------------------------- digit slips (transpositions.py)

SLIPS = [
    # (flagged, clean twin, target, rule)
    # the second's noun made from what the first's clause says its things did
    ('Some 340 drivers brought the claim against the delivery firm. The tribunal found the 430 claimants '
     'were owed holiday pay.',
     'Some 340 drivers brought the claim against the delivery firm. The tribunal found the 340 claimants '
     'were owed holiday pay.', '430 claimants', 'FC406'),
    ('Some 560 nurses joined the strike at three hospitals on Monday. The 650 strikers want a 9% pay rise.',
     'Some 560 nurses joined the strike at three hospitals on Monday. The 650 patients were moved.',
     '650 strikers', 'FC406'),
    ('About 270 fans took part in the protest outside the town hall. Police said the 720 protesters '
     'were peaceful.',
     'About 270 fans took part in the protest outside the town hall. Police said the 720 officers '
     'were on duty.', '720 protesters', 'FC406'),
    # "the final" of a match is no outturn
    ('A record 3,610 spectators watched the final in Perth. The crowd of 3,160 stayed on its feet through '
     'the final end.',
     'A record 3,610 spectators watched the final in Perth. The crowd of 3,610 stayed on its feet through '
     'the final end.', '3,160', 'FC406'),
    # an opening "when"/"once" participle dates the thing's completion, not its size
    ('Work starts on 2,350m harbour crossing\n\nPiling began on Monday. Once completed in 2031, the '
     '3,250-metre structure will carry two rail lines.',
     'Work starts on 2,350m harbour crossing\n\nPiling began on Monday. Once completed in 2031, the '
     '2,350-metre structure will carry two rail lines.', '3,250-metre', 'FC406'),
    # a change brought in with "a", restated as "the N% increase"
    ('The board agreed a 3.75% rise in water bills from April. The 3.57% increase adds £19 to the '
     'average bill.',
     'The board agreed a 3.75% rise in water bills from April. The 3.75% increase adds £19 to the '
     'average bill.', '3.57%', 'FC40'),
    ('Ministers approved a 6.2 per cent increase in the minimum wage. The 2.6 per cent rise takes effect '
     'in April.',
     'Ministers approved a 6.2 per cent increase in the minimum wage. The 2.6 per cent rise in fuel duty '
     'takes effect in April.', '2.6 per cent', 'FC406'),
]


@pytest.mark.parametrize("bad, good, target, rule", SLIPS)
def test_digit_slips(bad, good, target, rule):
    assert_flagged(bad, target, rule)
    assert_clean(good)


# ---------------------------------------------------------------- units read (grammar, units.py)

UNITS = [
    ('The yacht covered 1,250 nautical miles (1,440km) in nine days.',
     'The yacht covered 1,250 nautical miles (2,315km) in nine days.', '1,440km'),
    ('The 600-nautical-mile (600-mile) race starts in Cowes.',
     'The 600-nautical-mile (690-mile) race starts in Cowes.', '600-mile'),
    ('A 200-gram (20oz) bar of chocolate costs £2.',
     'A 200-gram (7oz) bar of chocolate costs £2.', '20oz'),
    ('The kitten weighed one ounce (2.8g) at birth.',
     'The kitten weighed one ounce (28g) at birth.', '2.8g'),
    ('Each 5-kilogram (5lb) bag was checked at the border.',
     'Each 5-kilogram (11lb) bag was checked at the border.', '5lb'),
]


@pytest.mark.parametrize("bad, good, target", UNITS)
def test_units_now_read(bad, good, target):
    assert_flagged(bad, target, "FC601")
    assert_clean(good)


@pytest.mark.parametrize("text", [
    # someone else's age: a passive's agent, another noun, another person brought in
    'Ruth Ames, 58, was knocked over by a cyclist in the park. The 85-year-old, who was riding on the path, '
    'stopped to help.',
    'Ruth Ames, 58, was hurt in the crash. The 85-year-old driver of the van was unhurt.',
    'Ruth Ames, 58, was hurt in the crash. The 85-year-old man in the other car was unhurt.',
    # "the N-year-old, who ..." or ", a NOUN," brings someone in
    'Sarah Cole, 34, was at home when the fire started. The 43-year-old, who lives next door, called the fire '
    'brigade.',
    'Sarah Cole, 34, was rescued from the sea on Sunday. The 43-year-old, a fisherman from Whitby, was praised.',
    'Tom Ince, 21, scored twice. The 12-year-old, who was mascot for the day, led the team out.',
])
def test_age_swaps_of_someone_else(text):
    assert_clean(text)


# ---------------------------------------------------------------- a headline's score in a full match report

_REPORT = ("{head}\n\n{lead}\n\nCity led 1-0 at half-time through a Ken Obi header, but Rovers levelled within "
           "four minutes of the restart. A 2-2 draw looked likely until the 88th minute.")
HEADLINE_SCORES = [
    (_REPORT.format(head="Rovers sink City 3-1 to go top",
                    lead="Rovers beat City 3-2 at the Valley on Saturday to move top of the table."),
     _REPORT.format(head="Rovers sink City 3-1 to go top",
                    lead="Rovers beat City 3-1 at the Valley on Saturday to move top of the table."), "3-2"),
    (_REPORT.format(head="Rovers edge past City 3-2",
                    lead="Rovers moved top on Saturday, edging City 2-3 in a tense game at the Valley.".replace(
                        "2-3", "4-2")),
     _REPORT.format(head="Rovers edge past City 3-2",
                    lead="Rovers moved top on Saturday, edging City 3-2 in a tense game at the Valley."), "4-2"),
    ("Hawks hold off Storm 27-26 in thriller\n\nThe Hawks held off the Storm 27-25 on Sunday night to reach the "
     "play-offs for the first time since 2011.\n\nThe Storm had led 14-3 at the break.",
     "Hawks hold off Storm 27-26 in thriller\n\nThe Hawks held off the Storm 26-27 on Sunday night to reach the "
     "play-offs for the first time since 2011.\n\nThe Storm had led 14-3 at the break.", "27-25"),
]


@pytest.mark.parametrize("bad, good, target", HEADLINE_SCORES)
def test_headline_score_in_a_report(bad, good, target):
    assert_flagged(bad, target, "FC407")
    assert_clean(good)


@pytest.mark.parametrize("text", [
    # another match, another time, an aggregate, a part-time score in the lead
    _REPORT.format(head="Rovers beat City 3-1 in cup",
                   lead="Rovers, who lost 2-0 to City in the league last month, went through on Saturday."),
    _REPORT.format(head="Rovers through 4-2 on aggregate",
                   lead="Rovers beat City 3-1 at the Valley on Saturday to reach the final."),
    _REPORT.format(head="Rovers sink City 3-1 to go top",
                   lead="Rovers, 1-0 down at half-time, moved top of the table on Saturday."),
    _REPORT.format(head="Rovers sink City 3-1 to go top",
                   lead="Rovers beat City 2-0 in 2019, the last time the sides met in the league."),
    # a running total, not a result; a score in a clause about another match
    'England 350-6 as Root hits century\n\nJoe Root hit his 35th Test century as England reached 352-7 against '
    'India at stumps on day one.',
    'Celtic beat Rangers 2-1\n\nCeltic, who lost 3-0 to Rangers in the League Cup final, beat them on Sunday.',
    'Rovers beat City 3-1\n\nCity had beaten Rovers 4-0 in the reverse fixture, but were outplayed at the Valley '
    'on Saturday.',
])
def test_headline_score_near_misses(text):
    assert_clean(text)


# ---------------------------------------------------------------- a streak restated as "that run of N"

STREAKS = [
    ('Okafor won seven frames in a row to take control. This run of eight consecutive frames put her 9-4 up.',
     'Okafor won seven frames in a row to take control. This run of seven consecutive frames put her 9-4 up.',
     'eight'),
    ('The Hawks have now won 14 games in a row. That winning streak of 15 straight games has lifted them to '
     'second.',
     'The Hawks have now won 14 games in a row. That winning streak of 14 straight games has lifted them to '
     'second.', '15'),
    ('Price took six successive legs after the interval. That sequence of nine legs turned the match.',
     'Price took six successive legs after the interval. That sequence of six legs turned the match.', 'nine'),
]


@pytest.mark.parametrize("bad, good, target", STREAKS)
def test_streak_restated(bad, good, target):
    assert_flagged(bad, target, "FC402")
    assert_clean(good)


@pytest.mark.parametrize("text", [
    'Lee won 11 legs in a row. His previous run of 12 straight legs came in the 2019 final.',
    'The Hawks have won 14 games in a row. Their record run of 17 straight games was set in 1998.',
    'The Hawks have won 14 games in a row. The run of 17 games that followed the war is the record.',
    'Humphries won 11 legs in a row before the interval. He took the next one too, stretching that run of 12 '
    'straight legs.',
    'Humphries won 11 legs in a row. That run of 12 straight legs in last year\'s final is still the record.',
    'City have won nine games in a row. That run of 12 straight games without defeat ended in March.',
    'She won 15 points in a row. That streak of 20 straight points by Lee in 2022 is the tour record.',
])
def test_streak_near_misses(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    # another place, period or rival thing after the second, or a comparison: no slip
    'Water bills in England will see a 3.75% rise from April. The 3.57% increase approved for Wales is smaller.',
    'Rail fares will go up by a 4.6% rise in March. Last year\'s 6.4% increase was the biggest in a decade.',
    'Some 340 drivers brought the claim against the firm. The 430 claims from passengers will be heard next year.',
    'About 1,250 workers joined the strike on Monday. The 1,520 strikers at the sister plant walked out in May.',
    'Around 230 residents signed the petition against the mast. The 320 signatories to a rival petition backed it.',
])
def test_digit_slip_near_misses(text):
    assert_clean(text)
